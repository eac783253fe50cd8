"""The room view in a real browser (headless Chromium): it follows the app at once, a
long card is large on a Full HD projector, and its QR code scans."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kaarten.deck.draw import is_blank
from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.card_table import CardTableScreen
from tests.ui.browser import Browser
from tests.ui.conftest import AppFactory, wait_until
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
        app.go.card_sets(app.result.library.decks[DECK], ["1.1"])
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
        app.go.card_sets(deck, [longest.set_id])
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
        app.go.card_sets(deck, ["3.2"])
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
            app.go.card_sets(deck, ["1.1"])
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


SPLIT_WORDS = """(() => {
  // Every word (a run of letters and digits) whose characters stand on more than one line.
  const text = document.getElementById('text');
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  const split = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const found of node.data.matchAll(/[\\p{L}\\p{N}\\u00ad]+/gu)) {
      const range = document.createRange();
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0)
        .map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(found[0]);
    }
  }
  const wide = text.scrollWidth > text.clientWidth + 1;
  return {split, wide, size: parseFloat(getComputedStyle(text).fontSize)};
})()"""

ROOM_SIZES = [(1920, 1080), (1280, 720), (1024, 768)]


async def test_no_word_of_a_built_in_card_is_split_on_the_projector(
    app_factory: AppFactory,
) -> None:
    """``overflow-wrap: anywhere`` let the page break "ouderbetrokkenheid" in the middle
    (8 of the 62 cards at 1920×1080): the text is now fitted so its longest word fits."""
    app = app_factory()
    deck = app.result.library.decks[DECK]
    split: dict[str, list[str]] = {}
    async with app.run_test(size=SIZE) as pilot, Browser(*ROOM_SIZES[0]) as page:
        await page.open(await room_on(pilot, app))
        await page.wait_for("document.fonts.status === 'loaded'")
        for card_set in deck.sorted_sets():
            app.go.card_sets(deck, [card_set.id])
            await wait_until(pilot, lambda: isinstance(app.screen, CardTableScreen), "the table")
            screen = app.screen
            assert isinstance(screen, CardTableScreen)
            for card in card_set.cards:
                assert screen.show_card(card.id)
                await page.wait_for(f"{PAGE_TEXT} === {_js(card.text)}")
                for width, height in ROOM_SIZES:
                    await page.size(width, height)
                    found = await page.evaluate(SPLIT_WORDS)
                    assert not found["wide"], (card.id, width)
                    if found["split"]:
                        split.setdefault(f"{width}×{height}", []).append(card.id)
                    assert found["size"] >= 0.025 * height, (card.id, width)  # readable
                await page.size(*ROOM_SIZES[0])
    assert split == {}


async def test_one_word_wider_than_the_screen_breaks_at_a_syllable_with_a_hyphen(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    app = app_factory()
    word = "Kinderopvangtoeslagaanvraagformulierenbehandelingsprocedure"
    async with app.run_test(size=SIZE) as pilot, Browser(1024, 768) as page:
        await page.open(await room_on(pilot, app))
        app.go.card_sets(app.result.library.decks[DECK], ["1.1"])
        await wait_until(pilot, lambda: isinstance(app.screen, CardTableScreen), "the table")
        await pilot.press("e", *f"Wat is een {word}?", "enter")  # a question of one's own
        await page.wait_for(f"{PAGE_TEXT}.replaceAll('\\u00ad', '').includes({_js(word)})")
        await page.size(300, 768)  # a narrow window: the word cannot fit whole
        shown = await page.evaluate(PAGE_TEXT)
        assert "\u00ad" in shown  # broken only where a syllable ends
        assert shown.replace("\u00ad", "") == f"Wat is een {word}?"
        found = await page.evaluate(SPLIT_WORDS)
        assert not found["wide"]
        await page.screenshot(tmp_path / "hyphenated.png")


async def test_an_energizer_keeps_its_paragraphs_and_bullets_in_the_room(
    app_factory: AppFactory,
) -> None:
    """Energizers 1 and 5 arrived as one paragraph: lists and paragraphs were lost."""
    app = app_factory()
    energizers = app.result.library.decks["energizers"]
    async with app.run_test(size=SIZE) as pilot, Browser(1280, 720) as page:
        await page.open(await room_on(pilot, app))
        app.go.energizer(energizers, "1")
        await page.wait_for("document.body.className === 'energizer'")
        blocks = (
            "[...document.querySelectorAll('#text .block')]"
            ".map((b) => [b.className, b.textContent])"
        )
        shown = await page.evaluate(blocks)
        assert [kind for kind, _ in shown] == ["block p"] * 3 + ["block li"] * 5
        assert shown[3][1] == "•… ouders soms maar spannend vindt"
        assert shown[2][1] == "Voorbeelden: “Ik ben de enige die…”"  # ** marks dropped
        found = await page.evaluate(SPLIT_WORDS)
        assert not found["split"] and not found["wide"]
        await pilot.press("escape")
        app.go.energizer(energizers, "5")
        await page.wait_for("document.querySelectorAll('#text .block.li').length === 4")


async def test_the_room_reads_whose_turn_it_is_and_never_the_coachs_keys(
    app_factory: AppFactory,
) -> None:
    """The blank eigen-vraag card told the room "Druk op e om hem te typen.", and "voor
    Anna" and "Tijd is om" were the smallest things on the screen (4.5% and 3.2%)."""
    from tests.ui.test_session_screens import fake_clock, start_session

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await start_session(pilot)
        await page.open(await room_on(pilot, app))
        clock = fake_clock(app)
        await pilot.press("v", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CardTableScreen), "the table")
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        await pilot.press("t", "r")  # the timer runs, and the card goes to Anna
        await page.wait_for("document.getElementById('turn').textContent === 'voor Anna'")
        clock.now += 60 * 60
        await page.wait_for("document.body.classList.contains('over')")
        height = "window.innerHeight"
        for part in ("turn", "timer-label"):
            size = await page.evaluate(
                f"parseFloat(getComputedStyle(document.getElementById('{part}')).fontSize)"
                f" / {height}"
            )
            assert size >= 0.06, part
        blank = next(c for c in screen.pile.cards if is_blank(c))
        assert screen.show_card(blank.id)
        await page.wait_for(f"{PAGE_TEXT}.startsWith('Eigen vraag')")
        shown = await page.evaluate("document.body.textContent")
        assert "Druk op e" not in shown and " e " not in await page.evaluate(PAGE_TEXT)
