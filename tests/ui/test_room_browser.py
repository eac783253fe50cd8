"""The room view in a real browser (headless Chromium): it follows the app at once, a
long card is large on a Full HD projector, and its QR code scans."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.card_table import CardTableScreen
from tests.ui.browser import Browser
from tests.ui.conftest import AppFactory
from tests.ui.test_room import room_on
from tests.ui.test_session_screens import SIZE

DECK = "ouderbetrokkenheid"
PAGE_TEXT = "document.getElementById('text').textContent"


def page_origin(app: KaartenApp) -> str:
    return app.room.address.split("/", 3)[0] + "//" + app.room.address.split("/", 3)[2]


def _js(text: str) -> str:
    return repr(text).replace("\\'", "\\u0027")


async def test_the_page_follows_the_app(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser() as page:
        await page.open(await room_on(pilot, app))
        await page.wait_for("document.body.className === 'welkom'")
        cards = app.result.library.decks[DECK].card_sets["1.1"].cards
        app.open_card_sets(app.result.library.decks[DECK], ["1.1"])
        await page.wait_for(f"{PAGE_TEXT} === {_js(cards[0].text)}")
        await pilot.press("space")
        # How fast is for bench/bench_room.py to measure; a shared machine is too noisy here.
        await page.wait_for(f"{PAGE_TEXT} === {_js(cards[1].text)}")
        # Everything the page loaded came from kaarten itself: it works offline.
        loaded = "performance.getEntriesByType('resource').map(r => r.name)"
        assert all(name.startswith(page_origin(app)) for name in await page.evaluate(loaded))


async def test_a_long_card_is_large_on_a_full_hd_projector(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    app = app_factory()
    deck = app.result.library.decks[DECK]
    longest = max((c for c in deck.cards() if len(c.text) <= 200), key=lambda c: len(c.text))
    assert len(longest.text) > 150
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await page.open(await room_on(pilot, app))
        app.open_card_sets(deck, [longest.set_id])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen) and screen.show_card(longest.id)
        await page.wait_for(f"{PAGE_TEXT} === {_js(longest.text)}")
        await page.wait_for("document.fonts.status === 'loaded'")
        size = await page.evaluate(
            "parseFloat(getComputedStyle(document.getElementById('text')).fontSize)"
        )
        assert size >= 0.05 * 1080  # readable from the back of a room
        fits = (
            "(() => { const t = document.getElementById('text').getBoundingClientRect();"
            " const s = document.getElementById('stage').getBoundingClientRect();"
            " return t.top >= s.top && t.bottom <= s.bottom && t.left >= s.left"
            " && t.right <= s.right; })()"
        )
        assert await page.evaluate(fits)  # and the whole text is on the screen
        await page.screenshot(tmp_path / "card.png")


async def test_the_qr_code_on_the_projector_scans(app_factory: AppFactory, tmp_path: Path) -> None:
    app = app_factory()
    deck = app.result.library.decks[DECK]
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await page.open(await room_on(pilot, app))
        app.open_card_sets(deck, ["3.2"])
        await pilot.pause()
        await pilot.press("q")
        await page.wait_for("document.body.className === 'qr'")
        link = _shown_link(app)
        picture = await page.screenshot(tmp_path / "qr.png")
    zbarimg = shutil.which("zbarimg")
    assert zbarimg is not None, "zbarimg is not installed (.ci/run installs zbar-tools)"
    decoded = subprocess.run(
        [zbarimg, "--quiet", "--raw", str(picture)], capture_output=True, text=True, check=True
    )
    assert decoded.stdout.strip() == link


def _shown_link(app: KaartenApp) -> str:
    from kaarten.ui.dialogs.link import LinkModal

    dialog = app.screen
    assert isinstance(dialog, LinkModal)
    url = dialog.links[dialog.shown].url
    assert url
    return url


async def test_after_kaarten_quits_a_neighbour_on_its_port_cannot_put_anything_up(
    app_factory: AppFactory,
) -> None:
    """The page on the projector reconnects to whoever answers on the port: a process that
    took it within 2 s put its own state (a phishing QR code) on the projector."""
    import json

    from aiohttp import web
    from yarl import URL

    app = app_factory()
    deck = app.result.library.decks[DECK]
    async with Browser() as page:
        async with app.run_test(size=SIZE) as pilot:
            address = await room_on(pilot, app)
            await page.open(address)
            app.open_card_sets(deck, ["1.1"])
            await page.wait_for(f"{PAGE_TEXT} === {_js(deck.card_sets['1.1'].cards[0].text)}")
        # kaarten has quit; a neighbour takes its port and answers every path.
        asked: list[str] = []
        fake = {"view": "qr", "title": "Scan voor je cijfers", "qr": ["1"], "address": "x"}
        lies = [
            {"state": json.dumps(fake), "mac": "00" * 32},  # signed with a wrong key
            {"state": json.dumps(fake)},  # not signed
            fake,  # as the page read states before they were signed
        ]

        async def answer(request: web.Request) -> web.StreamResponse:
            asked.append(request.path)
            response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
            await response.prepare(request)
            for lie in lies:
                await response.write(f"data: {json.dumps(lie)}\n\n".encode())
            return response

        neighbour = web.Application()
        neighbour.router.add_route("*", "/{tail:.*}", answer)
        runner = web.AppRunner(neighbour)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", URL(address).port).start()
        try:
            await page.wait_for("Number(document.body.dataset.refused || 0) >= 3", timeout=20)
            assert await page.evaluate("document.body.className") != "qr"
            assert "Scan voor je cijfers" not in await page.evaluate("document.body.textContent")
            secret = URL(address).path.strip("/")
            assert asked and not any(secret in path for path in asked)  # it learnt nothing
        finally:
            await runner.cleanup()
