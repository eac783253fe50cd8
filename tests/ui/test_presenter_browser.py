"""The presenter's room page in a real browser (headless Chromium): the break countdown,
the amber timer, what the group said under the card (and never a note), the chime after a
click on the page, and the test page."""

from __future__ import annotations

from kaarten import clock
from kaarten.ui.dialogs.wall import WallModal
from kaarten.ui.screens.break_screen import BreakScreen
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.room_trial import RoomTrialScreen
from tests.ui.browser import Browser
from tests.ui.conftest import AppFactory, wait_for_screen
from tests.ui.test_presenter import TEN, at, open_cards
from tests.ui.test_room import room_on
from tests.ui.test_session_screens import SIZE, fake_clock, start_session

TEXT = "document.getElementById('{}').textContent"


async def test_the_room_counts_down_the_break_and_turns_amber_before_time_is_up(
    app_factory: AppFactory,
) -> None:
    clock.set_clock(TEN, running=False)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await start_session(pilot, "Anna")
        await page.open(await room_on(pilot, app))
        ticking = fake_clock(app)
        await pilot.press("space")  # the 10-minute energizer
        ticking.now = 8 * 60 + 30
        await page.wait_for("document.body.classList.contains('soon')")
        amber = await page.evaluate(
            "getComputedStyle(document.getElementById('timer-digits')).color"
        )
        assert amber == "rgb(242, 184, 75)"  # the page's amber (--accent)
        await pilot.press("k")
        await wait_for_screen(pilot, BreakScreen)
        await page.wait_for("document.body.className.startsWith('pauze')")
        assert await page.evaluate(TEXT.format("text")) == "Pauze, om 10:10 gaan we verder"
        assert await page.evaluate(TEXT.format("title")) == app.sessions.run.session.title  # type: ignore[union-attr]
        assert await page.evaluate(TEXT.format("timer-digits")) == "10:00"
        assert not await page.evaluate("document.body.classList.contains('soon')")
        clock.set_clock(at(3), running=False)
        await page.wait_for(f"{TEXT.format('timer-digits')} === '07:00'")
        await pilot.press("plus")
        await page.wait_for(f"{TEXT.format('text')}.includes('10:15')")
        await page.wait_for(f"{TEXT.format('timer-digits')} === '12:00'")


async def test_the_group_s_words_are_under_the_card_and_a_note_never_is(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await start_session(pilot, "Anna\nBram")
        await page.open(await room_on(pilot, app))
        table = await open_cards(pilot)
        await pilot.press("n", *"Bram twijfelt", "enter")
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("z")
        await wait_for_screen(pilot, WallModal)
        await pilot.press(*"Elke week één ouder bellen", "ctrl+s")
        await wait_for_screen(pilot, CardTableScreen)
        await page.wait_for(f"{TEXT.format('wall')} === 'Elke week één ouder bellen'")
        body = await page.evaluate("document.body.textContent")
        assert "twijfelt" not in body
        # Under the card, large, and the card still wholly on the screen.
        card = await page.evaluate("document.getElementById('text').getBoundingClientRect().bottom")
        wall = await page.evaluate("document.getElementById('wall').getBoundingClientRect().top")
        stage = await page.evaluate(
            "document.getElementById('stage').getBoundingClientRect().bottom"
        )
        assert card <= wall <= stage
        size = await page.evaluate(
            "parseFloat(getComputedStyle(document.getElementById('wall')).fontSize)"
            " / window.innerHeight"
        )
        assert size >= 0.045
        text = await page.evaluate(TEXT.format("text"))
        assert text == table.card.text


async def test_the_page_chimes_after_a_click_once_the_bell_rings(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await start_session(pilot, "Anna")
        await page.open(await room_on(pilot, app))
        await page.wait_for("!document.getElementById('sound').hidden")
        assert await page.evaluate(TEXT.format("sound")) == "Klik om het geluid aan te zetten"
        box = await page.evaluate(
            "(() => { const r = document.getElementById('sound').getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            await page.send(
                "Input.dispatchMouseEvent",
                type=kind,
                x=box[0],
                y=box[1],
                button="left",
                clickCount=1,
            )
        await page.wait_for("document.body.dataset.audio === 'running'")
        await page.wait_for("document.getElementById('sound').hidden")
        assert await page.evaluate("localStorage.getItem('kaarten.geluid')") == "aan"
        assert await page.evaluate("document.body.dataset.chimes") is None
        app.sessions.ring()  # time is up
        await page.wait_for("document.body.dataset.chimes === '1'")
        await pilot.press("g")  # the coach's bell off: off in the room too
        await pilot.pause()
        app.room.ring()
        await page.wait_for("document.getElementById('sound').hidden")
        assert await page.evaluate("document.body.dataset.chimes") == "1"


async def test_the_test_page_shows_the_longest_card_the_timer_a_qr_code_and_sizes(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot, Browser(1920, 1080) as page:
        await page.open(await room_on(pilot, app))
        await pilot.press("ctrl+e")
        await wait_for_screen(pilot, RoomTrialScreen)
        await page.wait_for("document.body.className.startsWith('proef')")
        state = app.room.state()
        assert await page.evaluate(TEXT.format("text")) == state.text
        assert await page.evaluate(TEXT.format("timer-digits")) == "12:34"
        assert await page.evaluate(TEXT.format("turn")) == "voor Anna"
        assert await page.evaluate("document.getElementById('qr-path').getAttribute('d').length")
        sizes = await page.evaluate(
            "[...document.querySelectorAll('#sizes li')].map(li =>"
            " parseFloat(getComputedStyle(li).fontSize) / window.innerHeight)"
        )
        assert len(sizes) == 4 and sizes == sorted(sizes) and sizes[0] >= 0.024
        # The longest card fits the screen whole, its words unbroken.
        fits = (
            "(() => { const t = document.getElementById('text');"
            " return t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1"
            " && !t.classList.contains('-broken'); })()"
        )
        assert await page.evaluate(fits)
