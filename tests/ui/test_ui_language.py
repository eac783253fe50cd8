"""No English of Textual in the Dutch UI: the palette's words and the key names."""

from __future__ import annotations

from tests.ui.conftest import AppFactory, flat, wait_for_text


async def test_the_palette_speaks_dutch(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert "Zoek een opdracht" in flat(app) and "Search for" not in flat(app)
        await pilot.press(*"qqqzzz")
        await wait_for_text(pilot, "Niets gevonden")
        assert "No matches" not in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        app.search_themes()
        await pilot.pause()
        assert "Zoek een kleurenthema" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert " space " not in flat(app) and " esc " not in flat(app)
