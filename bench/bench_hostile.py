"""Benchmark: input shaped to make kaarten's work grow faster than the input (BAD_INPUT F3).

Each shape is built at a small and a large size; the time per item is printed for both,
with their ratio. Linear work keeps the ratio near 1.0; quadratic work makes it grow with
the size (the large size is 10 times the small one, so quadratic shows as about 10).

- ``refs``: unresolved definitie references, each once worth a fuzzy match over every
  definitie (1,000 of them took 35 s).
- ``steps``: a bijlage with many checklist steps and one duplicate id (19,000: 19 s).
- ``duplicates``: a card set whose card ids are all the same.
- ``unknown keys``: a misspelt key on every card, each once worth a fuzzy match.
- ``overview``: opening the overview (o) of a set with many cards (21,000: 30 s).
- ``log``: reading a session log whose records are all forged action points for a
  participant that does not exist.

Run: ``python bench/bench_hostile.py``
"""

from __future__ import annotations

import asyncio
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kaarten.deck.library import load_library

DECK = 'soort: deck\nid: b\ntitel: B\nthemas:\n  - id: "1"\n    titel: T\n'
SET = 'soort: kaartenset\nid: "s.1"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'


def _deck(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text(DECK, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def refs(folder: Path, n: int) -> Path:
    definitions = "".join(f"- {{id: d{i}, titel: D, tekst: t}}\n" for i in range(500))
    cards = "".join(f"- {{id: g{i}, tekst: v, definities: [x{i}]}}\n" for i in range(n))
    return _deck(
        folder,
        {
            "d.yaml": f"soort: definities\ndefinities:\n{definitions}",
            "s.yaml": f"{SET}gesprekskaarten:\n{cards}",
        },
    )


def steps(folder: Path, n: int) -> Path:
    rows = "".join(f"  - {{id: s{i}, tekst: t}}\n" for i in range(n))
    text = "soort: bijlage\nid: b1\ntitel: B\nvorm: checklist\ngroepen:\n- titel: G\n  stappen:\n"
    return _deck(folder, {"b.yaml": f"{text}{rows}  - {{id: s0, tekst: t}}\n"})


def unknown_keys(folder: Path, n: int) -> Path:
    cards = "".join(f"- {{id: g{i}, tkst: v}}\n" for i in range(n))
    return _deck(folder, {"s.yaml": f"{SET}gesprekskaarten:\n{cards}"})


def duplicates(folder: Path, n: int) -> Path:
    cards = "".join("- {id: g, tekst: v}\n" for _ in range(n))
    return _deck(folder, {"s.yaml": f"{SET}gesprekskaarten:\n{cards}"})


def many_cards(folder: Path, n: int) -> Path:
    cards = "".join(f"- {{id: g{i}, tekst: v{i}}}\n" for i in range(n))
    return _deck(folder, {"s.yaml": f"{SET}gesprekskaarten:\n{cards}"})


def load(maker: Callable[[Path, int], Path]) -> Callable[[Path, int], Callable[[], object]]:
    def prepare(folder: Path, n: int) -> Callable[[], object]:
        deck = maker(folder, n)
        return lambda: load_library([deck])

    return prepare


def overview(folder: Path, n: int) -> Callable[[], object]:
    from kaarten.ui.app import make_app

    deck = many_cards(folder, n)

    async def open_it() -> None:
        app = make_app("nl", (deck,), rng=random.Random(1))
        async with app.run_test(size=(100, 40)) as pilot:
            app.go.card_sets(app.result.library.decks["b"], ["s.1"])
            await pilot.pause()
            await pilot.press("o")
            await pilot.pause()

    return lambda: asyncio.run(open_it())


def log(folder: Path, n: int) -> Callable[[], object]:
    from kaarten.journal.log import encode
    from kaarten.session.store import SessionStore

    store = SessionStore(folder)
    store.folder.mkdir(parents=True)
    header = {"nr": 0, "tijd": "2026-01-01T10:00:00+01:00", "soort": "sessie", "formaat": 1}
    header |= {"id": "x", "titel": "t", "datum": "2026-01-01", "deelnemers": [], "agenda": []}
    lines = [encode(header)]
    for i in range(1, n + 1):
        lines.append(
            encode(
                {"nr": i, "tijd": header["tijd"], "soort": "actiepunt", "id": f"a{i}"}
                | {"deelnemer": "niemand", "tekst": "t"}
            )
        )
    path = store.folder / "2026-01-01-100000-aaaaaa.jsonl"
    path.write_bytes(b"".join(lines))
    return lambda: (store.summaries(), store.open(path, write=False))


SHAPES: dict[str, tuple[Callable[[Path, int], Callable[[], object]], int]] = {
    "refs": (load(refs), 1_000),
    "steps": (load(steps), 1_900),
    "duplicates": (load(duplicates), 1_000),
    "unknown keys": (load(unknown_keys), 1_000),
    "overview": (overview, 1_500),
    "log": (log, 2_000),
}


def per_item(prepare: Callable[[Path, int], Callable[[], object]], n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        action = prepare(Path(tmp, "x"), n)
        action()  # warm up
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            action()
            best = min(best, time.perf_counter() - started)
    return best / n


def main() -> None:
    """Measure every shape at two sizes and print the table."""
    print(f"{'shape':<13} {'n':>7} {'µs/item':>9} {'n×10':>7} {'µs/item':>9} {'ratio':>6}")
    for name, (prepare, n) in SHAPES.items():
        small = per_item(prepare, n)
        large = per_item(prepare, n * 10)
        print(
            f"{name:<13} {n:>7} {small * 1e6:>9.1f} {n * 10:>7} {large * 1e6:>9.1f}"
            f" {large / small:>6.2f}"
        )
    print("goal: every ratio near 1 (linear); about 10 would be quadratic")


if __name__ == "__main__":
    main()
