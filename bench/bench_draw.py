"""Benchmark: drawing the next card in a 10-card and a 5,000-card kaartenset.

Runs the real card table headless and times ``next card`` plus the screen update it
causes, alternating between the two decks. Prints the median per draw and the ratio.
Goal: ratio about 1 (drawing does not get slower with deck size).

Run: ``python bench/bench_draw.py``
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time

from kaarten.deck.library import LoadResult
from kaarten.deck.model import Card, CardKind, CardSet, Deck, Library, Source, Theme
from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.card_table import CardTableScreen

DRAWS = 9  # per round: a 10-card set allows nine draws before it must start over
ROUNDS = 15


def library(cards: int) -> Library:
    """One deck with one kaartenset of ``cards`` gesprekskaarten."""
    source = Source("bench.yaml", 1)
    questions = tuple(
        Card(f"k{i}", CardKind.QUESTION, f"Vraag {i}: " + "woord " * 20, "1.1", source)
        for i in range(cards)
    )
    card_set = CardSet("1.1", "1", "Bench", "doel", "werkwijze", source, questions=questions)
    deck = Deck("bench", "Bench", ".", source, themes=(Theme("1", "Thema"),))
    deck.card_sets["1.1"] = card_set
    return Library({"bench": deck})


async def time_draws(cards: int) -> list[float]:
    """Seconds per draw, ``ROUNDS × DRAWS`` of them."""
    app = KaartenApp(LoadResult(library(cards), [], 1), [], rng=random.Random(1))
    times: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.go.card_sets(app.result.library.decks["bench"], ["1.1"])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        for _ in range(ROUNDS):
            screen.pile.go_to(0)
            for _ in range(DRAWS):
                start = time.perf_counter()
                screen.action_next()
                await pilot.pause()
                times.append(time.perf_counter() - start)
    return times


async def main() -> None:
    small: list[float] = []
    large: list[float] = []
    for _ in range(3):  # alternate so machine noise hits both
        small += await time_draws(10)
        large += await time_draws(5000)
    a, b = statistics.median(small), statistics.median(large)
    print(f"10 cards    : {a * 1000:6.2f} ms per draw (median of {len(small)})")
    print(f"5,000 cards : {b * 1000:6.2f} ms per draw")
    print(f"ratio       : {b / a:6.2f}  (goal: about 1)")


if __name__ == "__main__":
    asyncio.run(main())
