"""Benchmark: printing cards to cut, as time per card, from the built-in deck to 5,000.

Prints the built-in decks whole (cards, handleiding, bijlagen, energizers: what a trainer
prints), then the cards of generated decks of 62, 500 and 5,000 cards, with their backs,
and the time per card of each. Goals: the built-in deck well under a few seconds; time
per card flat (the ratio 5,000 vs 62 about 1). The PDF is made in memory; writing it is
one atomic rename.

Run: ``python bench/bench_print.py``
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import make_deck

from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots
from kaarten.printing.deckbook import CARDS, deck_document, select

SIZES = (62, 500, 5000)


def seconds(action: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``action`` over ``repeats`` runs, after one warm-up."""
    action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Measure and print the table."""
    decks = list(load_library(builtin_roots()).library.decks.values())
    whole = seconds(lambda: deck_document(select(decks), "nl").output(), 3)
    pages = deck_document(select(decks), "nl").page_no()
    print(f"built-in decks, everything: {whole:.2f} s for {pages} pages (goal: well under 3 s)")
    print(f"{'kaarten':>8} {'seconden':>9} {'ms/kaart':>9}")
    per_card = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            folder = Path(tmp, f"deck{size}")
            make_deck(folder, size)
            chosen = select(list(load_library([folder]).library.decks.values()))

            def run(chosen: list = chosen) -> bytes:  # type: ignore[type-arg]
                return bytes(deck_document(chosen, "nl", [CARDS]).output())

            took = seconds(run, 3 if size < 5000 else 1)
            per_card.append(took / size)
            print(f"{size:>8} {took:>9.2f} {took / size * 1000:>9.2f}")
    print(
        f"time per card, {SIZES[-1]} vs {SIZES[0]} cards (goal ~1.0, flat): "
        f"{per_card[-1] / per_card[0]:.2f}"
    )


if __name__ == "__main__":
    main()
