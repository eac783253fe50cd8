"""The user's choices stay from one start to the next (instellingen.json); a damaged or
strange file is reported or ignored, never fatal."""

from __future__ import annotations

import datetime
import json
import random

import pytest

from kaarten import clock
from kaarten.session.store import SessionStore
from kaarten.ui.app import KaartenApp, make_app
from tests.ui.conftest import SMALL, flat, wait_for_preview, wait_for_text
from tests.ui.test_session_screens import start_session


def _app() -> KaartenApp:
    return make_app(None, rng=random.Random(7))  # no --taal: the remembered language


async def test_language_contrast_bell_and_handleiding_are_remembered() -> None:
    first = _app()
    async with first.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+l", "ctrl+k")  # English, high contrast
        first.go.card_sets(first.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        await pilot.press("h")  # the handleiding hidden (not in a session)
        await pilot.pause()
    assert first.data_folder is not None
    kept = json.loads((first.data_folder / "instellingen.json").read_text())
    expected = {"taal": "en", "hoog_contrast": True, "bel": True, "handleiding_verborgen": True}
    assert {key: kept[key] for key in expected} == expected
    again = _app()
    async with again.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert again.ui_language == "en" and again.theme == "kaarten-contrast"
        assert "New session" in flat(again)
        again.go.card_sets(again.result.library.decks["ouderbetrokkenheid"], ["1.1"])
        await pilot.pause()
        assert again.screen.has_class("-no-guide")


async def test_the_bell_is_on_until_turned_off_and_that_is_remembered() -> None:
    first = _app()
    async with first.run_test(size=(120, 40)) as pilot:
        await start_session(pilot)
        assert first.sessions.bell is True
        await pilot.press("g")
        await pilot.pause()
    again = _app()
    async with again.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert again.sessions.bell is False


async def test_a_damaged_settings_file_is_reported_and_the_defaults_used() -> None:
    app = _app()
    assert app.data_folder is not None
    app.data_folder.mkdir(parents=True, exist_ok=True)
    (app.data_folder / "instellingen.json").write_text('{"taal": "en", ')
    app = _app()
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_for_text(pilot, "konden niet gelezen worden")
        assert app.ui_language == "nl"


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
        assert app.sessions.bell is True  # 1 is not a yes: the default stays


@pytest.mark.dates
async def test_a_reminder_once_a_month_when_sessions_older_than_a_year_are_kept(
    today: datetime.date,
) -> None:
    app = _app()
    assert app.data_folder is not None
    agenda = [{"id": "a1", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15}]
    store = SessionStore(app.data_folder)
    for title, days in (("Lang geleden", 366), ("Net geen jaar", 365)):
        opened = store.create(title, today - datetime.timedelta(days=days), ["Sanne"], agenda)
        opened.record("afgesloten")
        opened.close()

    async def reminded() -> str:
        app = _app()
        async with app.run_test(size=(120, 30), notifications=True) as pilot:
            await wait_for_preview(pilot)  # the reminder comes with the preview, or not
            return " ".join(n.message for n in app._notifications)

    assert "1 afgesloten sessie is ouder dan een jaar" in await reminded()
    assert _app().prefs.settings.laatste_herinnering == today.isoformat()
    clock.set_clock(today + datetime.timedelta(days=29))
    assert "ouder dan een jaar" not in await reminded()  # not again within a month
    clock.set_clock(today + datetime.timedelta(days=30))
    assert "2 afgesloten sessies zijn ouder dan een jaar" in await reminded()  # a month on
