"""Typing at paste speed: a whole burst of keys arrives at once (a fast typist, a paste,
keys typed while the laptop is busy). Every key lands where it was meant, in order."""

from __future__ import annotations

import datetime

from textual import events
from textual.widgets import Input

from kaarten import clock
from kaarten.ui.app import KaartenApp
from kaarten.ui.dialogs.action_point import ActionPointModal
from kaarten.ui.screens.session import SessionScreen
from tests.ui.conftest import AppFactory, wait_until
from tests.ui.test_session_screens import SIZE, records, start_session

NAMES = {" ": "space", "\t": "tab", "\r": "enter", "\x7f": "backspace", "-": "minus"}


def burst(app: KaartenApp, keys: list[str]) -> None:
    """Post every key at once, as a terminal does with a paste: none waits for the one
    before it to be handled."""
    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key(NAMES.get(key, key), key))
        else:
            character = {"tab": "\t", "enter": "\r", "backspace": "\x7f"}.get(key)
            app.post_message(events.Key(key, character))


def _fields(app: KaartenApp) -> dict[str, str]:
    return {str(field.id): field.value for field in app.screen.query(Input)}


async def test_a_burst_lands_in_the_fields_it_was_typed_for(app_factory: AppFactory) -> None:
    """After "a" the rest of a burst went to the screen under the dialog; after Tab it
    stayed in the first field; nine Backspaces and "vrijdag" gave "1-12vri"."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        burst(app, ["a", "enter", *"Ouders bellen", "tab", *"1-12-2026"])
        burst(app, ["backspace"] * 9 + [*"vrijdag"])
        await wait_until(pilot, lambda: _fields(app).get("action-due") == "vrijdag", "the date")
        assert isinstance(app.screen, ActionPointModal)
        assert _fields(app)["action-text"] == "Ouders bellen"
        burst(app, ["enter", "a", "enter", *"Tweede punt", "enter"])  # save, and one more
        await wait_until(pilot, lambda: len(records("actiepunt")) == 2, "two action points")
        await wait_until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
    first, second = records("actiepunt")
    friday = clock.today() + datetime.timedelta(days=(4 - clock.today().weekday()) % 7 or 7)
    assert (first["tekst"], first.get("datum")) == ("Ouders bellen", friday.isoformat())
    assert second["tekst"] == "Tweede punt"


async def test_keys_after_a_dialog_closes_go_to_the_screen_below(
    app_factory: AppFactory,
) -> None:
    """A note saved with Enter and the next card drawn with Space in one burst: the Space
    went to the closing dialog and was lost."""
    from kaarten.ui.screens.card_table import CardTableScreen

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("v", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, CardTableScreen), "the table")
        table = app.screen
        assert isinstance(table, CardTableScreen)
        first = table.card.id
        burst(app, ["n", *"Herkenbaar", "enter", "space"])
        await wait_until(pilot, lambda: table.card.id != first, "the next card")
        await wait_until(pilot, lambda: len(records("notitie")) == 1, "the note")
    assert records("notitie")[0]["tekst"] == "Herkenbaar"
