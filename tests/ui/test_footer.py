"""The footer at 80×24: the main keys of each screen, whole, and "? Help" for the rest."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.session import SessionScreen
from kaarten.ui.widgets.key_footer import KeyFooter
from tests.ui.conftest import SMALL, AppFactory, screen_text
from tests.ui.test_session_screens import start_session


def _footer(app: KaartenApp) -> str:
    keys = app.screen.query(FooterKey)
    width = app.size.width
    for key in keys:  # never cut by the window's edge
        assert key.region.right <= width, f"{key.description!r} is cut"
        assert key.region.width >= len(key.key_display) + 1 + len(key.description)
    rows = 2 if app.screen.query_one(KeyFooter).has_class("-two-rows") else 1
    return "\n".join(screen_text(app).splitlines()[-rows:])


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_home_footer(app_factory: AppFactory, language: str) -> None:
    app = app_factory(language)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        footer = _footer(app)
        for key in ("n ", "s ", "? "):
            assert key in footer
        assert footer.rstrip().endswith(("^p Opdrachten", "^p Commands"))


async def test_card_table_footer_alone_and_in_a_session(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        app.go.card_sets(app.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        footer = _footer(app)
        for key in ("← Vorige", "→ Volgende", "h Handleiding", "? Help"):
            assert key in footer
        await pilot.press("escape")
        await pilot.pause()
        await start_session(pilot)
        assert isinstance(app.screen, SessionScreen)
        footer = _footer(app)
        # Every key of a session at hand, on a second row at 80×24: closing and the action
        # points were missing there.
        for key in ("⏎ Kaarten", "spatie Timer", "v Volgende", "p Actiepunten", "x Afsluiten"):
            assert key in footer
        assert footer.rstrip().endswith("? Help")
        await pilot.press("v", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        footer = _footer(app)
        for key in ("→ Volgende", "t Timer", "r Rondje", "l Voor later", "n Notitie"):
            assert key in footer
        assert "a Actiepunt" in footer and footer.rstrip().endswith("? Help")
