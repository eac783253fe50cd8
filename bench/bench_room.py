"""Benchmark: from a draw in the app to the room view's page showing the new card.

Runs the real app headless with the room view on and a headless Chromium on the page
(the DevTools helper of the tests), draws 50 cards and times each until the page's text
is the new card's. As a baseline in the same run: a state pushed by the server straight
away, until the page shows it (the browser, the stream and the page fitting the same
card texts, without the app). Prints both
medians and their ratio. Goal: within 2× the push (the app tells the room after each key
instead of looking ten times a second).

Needs chromium (Debian's package). Run: ``python bench/bench_room.py``
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' browser helper

from textual import events

from kaarten.ui.app import make_app
from tests.ui.browser import Browser

DRAWS = 50
TEXT = "document.getElementById('text').textContent"
WATCH = """
window.shownAt = null;
new MutationObserver(() => { window.shownAt = window.shownAt ?? Date.now(); })
  .observe(document.getElementById('text'), {childList: true, characterData: true, subtree: true});
"""
"""Notes, in the page, the moment its card text changes: the page's own clock, since the
app, the server and this script share one event loop, so a script that asks the page
whether it changed hears back late while the app draws its own screen."""


def _js(text: str) -> str:
    return repr(text).replace("\\'", "\\u0027")


async def _until_shown(page: Browser, before: str, start: float) -> float:
    """Seconds from ``start`` (wall clock) until the page's text left ``before``."""
    await page.wait_for(f"{TEXT} !== {_js(before)} && window.shownAt !== null")
    return float(await page.evaluate("window.shownAt")) / 1000 - start


async def main() -> None:
    app = make_app(rng=random.Random(7), data=Path(tempfile.mkdtemp()))
    app.room.open_browser = False
    async with app.run_test(size=(120, 40)) as pilot, Browser() as page:
        await app.room.start()
        server = app.room.server
        assert server is not None
        await page.open(app.room.address)
        await page.wait_for("document.body.className === 'welkom'")
        deck = app.result.library.decks["ouderbetrokkenheid"]
        app.go.card_sets(deck, [s for s in deck.card_sets])
        await pilot.pause()
        draws, shown = [], []
        for _ in range(DRAWS):
            before = app.room.state().text
            await page.evaluate(WATCH)
            start = time.time()
            # The key as the terminal delivers it (pilot.press also waits for the app to
            # be idle, 200 ms here, which a coach's key does not).
            app.post_message(events.Key("space", " "))
            draws.append(await _until_shown(page, before, start))
            shown.append(app.room.state())
            await pilot.pause()
        await app.room.stop()  # the baseline: the server alone, pushing at once
        await server.start()
        await page.open(server.address)
        await page.wait_for("document.getElementById('text') !== null")
        pushes = []
        for state in shown:  # the same cards: the page fits the same texts
            before = await page.evaluate(TEXT)
            await page.evaluate(WATCH)
            start = time.time()
            server.publish(state.to_json())
            pushes.append(await _until_shown(page, before, start))
        await server.stop()
    draw, push = statistics.median(draws), statistics.median(pushes)
    print(f"push to page (baseline) : {push * 1000:7.1f} ms (median of {DRAWS})")
    print(f"draw to page            : {draw * 1000:7.1f} ms")
    print(f"ratio                   : {draw / push:7.1f}  (goal: at most 2)")


if __name__ == "__main__":
    asyncio.run(main())
