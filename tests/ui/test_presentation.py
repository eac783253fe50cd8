"""Presentation mode (F5): the room sees every kind of item, and the mode ends where it
was turned on."""

from __future__ import annotations

import pytest

from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.definitions import DefinitionsScreen
from tests.ui.conftest import LARGE, SMALL, AppFactory, flat, screen_text

ENERGIZERS = {
    "1": "Ik ben de enige die",  # text only
    "2": "Kind",
    "5": "Kind",
    "6": "associ",  # text only
}


@pytest.mark.parametrize("energizer", sorted(ENERGIZERS))
@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x48"])
async def test_every_energizer_shows_something_in_presentation_mode(
    app_factory: AppFactory, energizer: str, size: tuple[int, int]
) -> None:
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        app.go.energizer(app.result.library.decks["energizers"], energizer)
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert app.presenting
        text = flat(app)
        assert ENERGIZERS[energizer].lower() in text.lower()


async def test_a_definition_and_a_bijlage_show_in_presentation_mode(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        deck = app.result.library.decks["ouderbetrokkenheid"]
        app.go.definitions(deck, show=next(iter(deck.definitions)))
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert "Ouderbetrokkenheid is alle betrokkenheid" in flat(app)
        await pilot.press("escape", "escape")
        await pilot.pause()
        app.go.appendix(deck, next(iter(deck.appendices)))
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert deck.appendices[next(iter(deck.appendices))].title in flat(app)


async def test_esc_ends_presentation_mode_before_it_leaves_a_screen(
    app_factory: AppFactory,
) -> None:
    """Card table → d → F5 → Esc: back to the full definitions screen, not presenting on
    the card table; the next h there hides the handleiding."""
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        app.go.card_sets(app.result.library.decks["ouderbetrokkenheid"], ["2.3"])
        await pilot.pause()
        assert "Werkwijze" in flat(app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DefinitionsScreen)
        await pilot.press("f5")
        await pilot.pause()
        assert app.presenting
        await pilot.press("escape")
        await pilot.pause()
        assert not app.presenting and isinstance(app.screen, DefinitionsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen) and "Werkwijze" in flat(app)
        await pilot.press("h")
        await pilot.pause()
        assert not app.presenting and "Werkwijze" not in flat(app)
        assert "Volgende" in flat(app)  # the footer is still there: not presenting


@pytest.mark.parametrize("size", [SMALL, LARGE, (200, 60)], ids=["80x24", "160x48", "200x60"])
async def test_the_timer_alone_grows_with_the_window(
    app_factory: AppFactory, size: tuple[int, int]
) -> None:
    from kaarten.ui.widgets.big_digits import BigDigits
    from tests.ui.test_session_screens import start_session

    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await start_session(pilot)
        big = app.screen.query_one(BigDigits)
        assert not big.display or big.region.height == 0  # small while not presenting
        await pilot.press("f5")
        await pilot.pause()
        width, height = size
        assert big.region.height >= height / 3  # a third of the window at least
        drawn = [line for line in screen_text(app).splitlines() if "█" in line]
        # The digits themselves take a third of the height (at 80×24 they took 7 rows).
        assert len(drawn) >= height / 3
        if height >= 48:
            assert len(drawn) >= 14 and max(len(line.strip()) for line in drawn) >= width / 2


@pytest.mark.parametrize("size", [SMALL, (200, 60)], ids=["80x24", "200x60"])
async def test_the_card_uses_the_space_it_has(
    app_factory: AppFactory, size: tuple[int, int]
) -> None:
    from kaarten.ui.widgets.card_view import CardView

    app = app_factory()
    async with app.run_test(size=size) as pilot:
        app.go.card_sets(app.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        card = app.screen.query_one(CardView).region
        width, height = size
        assert card.width >= 0.9 * width and card.height >= 0.7 * height
