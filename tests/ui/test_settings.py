"""The user's choices stay from one start to the next (instellingen.json); a damaged or
strange file is reported or ignored, never fatal."""

from __future__ import annotations

import json
import random

from kaarten.ui.app import KaartenApp, make_app
from tests.ui.conftest import SMALL, flat
from tests.ui.test_session_screens import start_session


def _app() -> KaartenApp:
    return make_app(None, rng=random.Random(7))  # no --taal: the remembered language


async def test_language_contrast_bell_and_handleiding_are_remembered() -> None:
    first = _app()
    async with first.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l", "ctrl+k")  # English, high contrast
        first.open_card_sets(first.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        await pilot.press("h")  # the handleiding hidden (not in a session)
        await pilot.pause()
    assert first.data_folder is not None
    kept = json.loads((first.data_folder / "instellingen.json").read_text())
    expected = {"taal": "en", "hoog_contrast": True, "bel": False, "handleiding_verborgen": True}
    assert {key: kept[key] for key in expected} == expected
    again = _app()
    async with again.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert again.ui_language == "en" and again.theme == "kaarten-contrast"
        assert "New session" in flat(again)
        again.open_card_sets(again.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        assert again.screen.has_class("-no-guide")


async def test_the_bell_is_remembered() -> None:
    first = _app()
    async with first.run_test(size=(120, 40)) as pilot:
        await start_session(pilot)
        await pilot.press("g")
        await pilot.pause()
    again = _app()
    async with again.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert again.sessions.bell is True


async def test_a_damaged_settings_file_is_reported_and_the_defaults_used() -> None:
    app = _app()
    assert app.data_folder is not None
    app.data_folder.mkdir(parents=True, exist_ok=True)
    (app.data_folder / "instellingen.json").write_text('{"taal": "en", ')
    app = _app()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause(0.3)
        assert app.ui_language == "nl"
        assert "konden niet gelezen worden" in flat(app)


async def test_strange_values_are_ignored() -> None:
    app = _app()
    assert app.data_folder is not None
    app.data_folder.mkdir(parents=True, exist_ok=True)
    strange = {"taal": "fr", "hoog_contrast": "ja", "bel": 1, "nieuw": True}
    (app.data_folder / "instellingen.json").write_text(json.dumps(strange))
    app = _app()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert app.ui_language == "nl" and app.theme != "kaarten-contrast"
        assert app.sessions.bell is False


async def test_a_reminder_once_a_month_when_sessions_older_than_a_year_are_kept() -> None:
    import datetime

    from kaarten.session.store import SessionStore

    app = _app()
    assert app.data_folder is not None
    long_ago = datetime.date.today() - datetime.timedelta(days=400)
    agenda = [{"id": "a1", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15}]
    opened = SessionStore(app.data_folder).create("Lang geleden", long_ago, ["Sanne"], agenda)
    opened.record("afgesloten")
    opened.close()
    app = _app()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause(0.3)
        assert "ouder dan een jaar" in flat(app)
    assert app.settings.laatste_herinnering == datetime.date.today().isoformat()
    again = _app()
    async with again.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause(0.3)
        assert "ouder dan een jaar" not in flat(again)  # not again this month
