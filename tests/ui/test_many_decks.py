"""More than one deck with kaartensets: Zelf aan de slag and search say which deck each set
or card is in (a library of copies has many a "1.1 Behoefte van ouders")."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from kaarten.cli.main import main
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.walk import WalkScreen
from kaarten.ui.widgets.set_progress import SetProgressList
from tests.ui.conftest import LARGE, AppFactory, flat, wait_for_screen, wait_for_text


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the built-in deck beside it: the same sets, under another deck."""
    folder = tmp_path / "kopie"
    assert main(["nieuw", str(folder), "--van", "ouderbetrokkenheid"]) == 0
    return folder


async def test_zelf_aan_de_slag_lists_each_decks_sets_under_its_title(
    app_factory: AppFactory, copy: Path
) -> None:
    app = app_factory(extra=(copy,))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await wait_for_text(pilot, "Ouderbetrokkenheid (kopie)")
        sets = app.screen.query_one(SetProgressList)
        prompts = [str(sets.get_option_at_index(i).prompt) for i in range(sets.option_count)]
        first, second = (
            prompts.index("Ouderbetrokkenheid"),
            prompts.index("Ouderbetrokkenheid (kopie)"),
        )
        assert prompts[first + 1].startswith("1.1  Behoefte van ouders")
        assert prompts[second + 1].startswith("1.1  Behoefte van ouders")
        assert sets.highlighted == first + 1  # never on a deck's title
        sets.highlighted = second + 1
        await pilot.press("enter")
        await wait_for_screen(pilot, WalkScreen)
        assert isinstance(app.screen, WalkScreen)
        assert app.screen.deck.id == "ouderbetrokkenheid-kopie"


async def test_search_says_which_deck_a_card_is_in(app_factory: AppFactory, copy: Path) -> None:
    app = app_factory(extra=(copy,))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"VERWACHTINGEN hebben ouders")
        await wait_for_text(pilot, "Ouderbetrokkenheid (kopie) · Kaart 1.1: Welke verwachtingen")
        assert "Ouderbetrokkenheid · Kaart 1.1: Welke verwachtingen" in flat(app)
        hits = app.screen.query_one(OptionList)
        copy_hit = next(
            i
            for i in range(hits.option_count)
            if "(kopie)" in str(hits.get_option_at_index(i).prompt)
        )
        hits.highlighted = copy_hit
        await pilot.press("enter")
        await wait_for_screen(pilot, CardTableScreen)
        assert isinstance(app.screen, CardTableScreen)
        assert app.screen.deck.id == "ouderbetrokkenheid-kopie" and app.screen.card.id == "1.1-g4"
