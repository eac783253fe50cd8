"""Benchmark: from a draw in the app to the room view's page showing the new card.

Runs the real app headless with the room view on and a headless Chromium on the page
(the DevTools helper of the tests), draws 50 cards and times each until the page's text
is the new card's. As a baseline in the same run: a state pushed by the server straight
away, until the page shows it (the browser and the stream, without the app). Prints both
medians and their ratio. Goal: under a second per draw (the app looks 5 times a second).

Needs chromium (Debian's package). Run: ``python bench/bench_room.py``
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' browser helper

from kaarten.room.state import RoomState, View
from kaarten.ui.app import make_app
from tests.ui.browser import Browser

DRAWS = 50
TEXT = "document.getElementById('text').textContent"


def _js(text: str) -> str:
    return repr(text).replace("\\'", "\\u0027")


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
        app.open_card_sets(deck, [s for s in deck.card_sets])
        await pilot.pause()
        loop = asyncio.get_running_loop()
        draws = []
        for _ in range(DRAWS):
            start = loop.time()
            await pilot.press("space")
            shown = app.room.state().text  # what the room should see now
            await page.wait_for(f"{TEXT} === {_js(shown)}")
            draws.append(loop.time() - start)
        await app.room.stop()  # the baseline: the server alone, pushing at once
        await server.start()
        await page.open(server.address)
        pushes = []
        for number in range(DRAWS):
            text = f"Proef {number}"
            start = loop.time()
            server.publish(RoomState(view=View.CARD, text=text).to_json())
            await page.wait_for(f"{TEXT} === {_js(text)}")
            pushes.append(loop.time() - start)
        await server.stop()
    draw, push = statistics.median(draws), statistics.median(pushes)
    print(f"push to page (baseline) : {push * 1000:7.1f} ms (median of {DRAWS})")
    print(f"draw to page            : {draw * 1000:7.1f} ms")
    print(f"ratio                   : {draw / push:7.1f}  (goal: a draw shows within 1 s)")


if __name__ == "__main__":
    asyncio.run(main())
