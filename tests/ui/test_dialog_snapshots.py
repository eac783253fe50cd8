"""Every dialog and form at 80×24, the smallest window a coach works in: each must show
all its fields, buttons and messages there. After a deliberate change of the look,
review and update with ``pytest tests/ui/test_dialog_snapshots.py --snapshot-update``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.widgets import Input, TextArea

from kaarten.ui.app import KaartenApp
from tests.ui.conftest import SMALL, AppPilot, SnapCompare, kaarten_of
from tests.ui.test_snapshots import DECK, _app, _open_set, _session_file

pytestmark = pytest.mark.usefixtures("still_clock")
Steps = Callable[..., Awaitable[None]]


@pytest.fixture(autouse=True)
def _no_passing_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog itself, not the messages that pass over it (their timing varies)."""
    monkeypatch.setattr(KaartenApp, "notify", lambda *args, **kwargs: None)


def _still(pilot: AppPilot) -> None:
    """No blinking cursors: the picture must not depend on timing."""
    for field in [*pilot.app.screen.query(Input), *pilot.app.screen.query(TextArea)]:
        field.cursor_blink = False


async def _in_session(pilot: AppPilot) -> None:
    path = _session_file()
    await pilot.pause()
    if len(pilot.app.screen_stack) > 1:  # the offer to resume it
        await pilot.press("escape")
    kaarten_of(pilot).sessions.open(path)
    await pilot.pause()


async def _at_the_table(pilot: AppPilot) -> None:
    await _in_session(pilot)
    await pilot.press("v", "enter")
    await pilot.pause()


def _then(first: Steps, *keys: str) -> Steps:
    async def run(pilot: AppPilot) -> None:
        await first(pilot)
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        _still(pilot)
        await pilot.pause()

    return run


async def _new_session(pilot: AppPilot) -> None:
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()


async def _home(pilot: AppPilot) -> None:
    await pilot.pause()


async def _mix(pilot: AppPilot) -> None:
    await pilot.pause()
    app = kaarten_of(pilot)
    app.go.card_sets(app.result.library.decks[DECK], ["1.1"])
    await pilot.pause()
    await pilot.press("escape", "m")


DIALOGS: dict[str, Steps] = {
    "action-point": _then(_at_the_table, "r", "a"),
    "action-point-refused": _then(
        _at_the_table, "a", "enter", *"Ouders bellen", "tab", *"volgende w", "enter"
    ),
    "note": _then(_at_the_table, "n"),
    "own-question": _then(_at_the_table, "e"),
    "overview": _then(_at_the_table, "o"),
    "close-session": _then(_in_session, "x"),
    "action-points": _then(_in_session, "p"),
    "new-session": _then(_new_session),
    "agenda-item": _then(_new_session, "tab", "tab", "tab", "down", "enter"),
    "agenda-add": _then(_new_session, "tab", "tab", "tab", "t"),
    "leave-new-session": _then(_new_session, "tab", "tab", *"Anna", "escape"),
    "mix": _then(_mix),
    "help": _then(_open_set, "f1"),
    "palette": _then(_home, "ctrl+p"),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_at_80x24(snap_compare: SnapCompare, name: str) -> None:
    assert snap_compare(_app(), terminal_size=SMALL, run_before=DIALOGS[name])
