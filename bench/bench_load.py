"""Benchmark: loading and validating decks vs a bare libyaml parse of the same files.

Generates decks of 50, 500 and 5,000 cards (100 cards per kaartenset file) and prints, per
size, the median time of ``load_library`` next to a bare ``yaml.load(..., CSafeLoader)`` of
the same files, measured in the same run, and their ratio. Goals: ratio at most 2x; time
per card flat from 50 to 5,000 cards.

Run: ``python bench/bench_load.py``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from kaarten.deck.library import load_library

CARDS_PER_FILE = 100
SIZES = (50, 500, 5000)
REPEATS = 7


def make_deck(folder: Path, cards: int, deck_id: str = "bench") -> list[Path]:
    """Write a deck of ``cards`` gesprekskaarten to ``folder``; return its files."""
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text(
        f"soort: deck\nid: {deck_id}\ntitel: Bench {deck_id}\nthemas:\n"
        '  - id: "1"\n    titel: Thema\n',
        encoding="utf-8",
    )
    files = [folder / "deck.yaml"]
    for number, start in enumerate(range(0, cards, CARDS_PER_FILE), start=1):
        lines = [
            "soort: kaartenset",
            f'id: "b.{number}"',
            'thema: "1"',
            f"titel: Kaartenset {number}",
            "doel: |\n  Na deze activiteit kan de deelnemer iets uitleggen.",
            "werkwijze: |\n  Met behulp van de gesprekskaarten gaan de deelnemers in gesprek.",
            "gesprekskaarten:",
        ]
        for index in range(start, min(cards, start + CARDS_PER_FILE)):
            lines.append(f"  - id: b.{number}-g{index}")
            group = index % 8 + 1
            lines.append(f"    tekst: Wat denk jij dat ouders in groep {group} nodig hebben?")
        path = folder / f"b.{number}.yaml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def median_seconds(*actions: Callable[[], object]) -> list[float]:
    """Median wall time of each action over REPEATS rounds, after one warm-up. The actions
    alternate within each round, so machine noise hits them alike."""
    times: list[list[float]] = [[] for _ in actions]
    for action in actions:
        action()
    for _ in range(REPEATS):
        for action, bucket in zip(actions, times, strict=True):
            started = time.perf_counter()
            action()
            bucket.append(time.perf_counter() - started)
    return [statistics.median(bucket) for bucket in times]


def bare_parse(files: list[Path]) -> None:
    """The baseline: read and parse every file with libyaml's safe loader."""
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def main() -> None:
    """Measure every size and print the table."""
    print(f"libyaml: {yaml.__with_libyaml__}")
    print(f"{'kaarten':>8} {'bare (ms)':>10} {'kaarten (ms)':>13} {'ratio':>6} {'µs/kaart':>9}")
    per_card = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            folder = Path(tmp, f"deck{size}")
            files = make_deck(folder, size)
            bare, ours = median_seconds(
                lambda files=files: bare_parse(files),
                lambda folder=folder: load_library([folder]),
            )
            result = load_library([folder])
            assert not result.errors, [p.render() for p in result.errors]
            cards = sum(len(s.cards) for s in result.library.decks["bench"].card_sets.values())
            assert cards == size
            per_card.append(ours / size)
            print(
                f"{size:>8} {bare * 1000:>10.1f} {ours * 1000:>13.1f} {ours / bare:>6.2f}"
                f" {ours / size * 1e6:>9.1f}"
            )
    print(f"ratio kaarten/bare at {SIZES[-1]} cards (goal <= 2.0): {ours / bare:.2f}")
    print(
        f"time per card, {SIZES[-1]} vs {SIZES[1]} cards (goal ~1.0, flat): "
        f"{per_card[-1] / per_card[1]:.2f}"
    )


if __name__ == "__main__":
    main()
