"""Every way out of a running session keeps the timer's exact reading: Ctrl+Q, Esc, closing
the session, the terminal window closed (SIGHUP), a logout or shutdown (SIGTERM). Each
runs kaarten as a real process in a terminal."""

from __future__ import annotations

import datetime
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from kaarten.journal.log import read_log
from kaarten.own.store import OwnStore
from kaarten.session.store import SessionStore
from tests.cli.terminal import Terminal

RUNS = 1.5
"""Seconds the timer runs before the coach quits."""


def _session(home: Path) -> Path:
    store = SessionStore(home)
    opened = store.create("Dinsdaggroep", datetime.date(2026, 11, 24), ["Anna", "Bram"], [
        {"id": "a1", "soort": "kaartenset", "titel": "Behoefte van ouders", "minuten": 30,
         "deck": "ouderbetrokkenheid", "items": ["1.1"]},
    ])  # fmt: skip
    opened.close()
    return opened.path


def _timer_records(path: Path) -> list[dict[str, Any]]:
    return [r for r in read_log(path).records if r["soort"] == "timer"]


def _quit_by_keys(keys: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    def quit_(terminal: Terminal) -> None:
        for key, then_shown in keys:
            terminal.send(key)
            if then_shown:
                terminal.wait_for_text(then_shown)

    return quit_


WAYS_OUT = {
    "ctrl+q": (_quit_by_keys([("\x11", "")]), 0),
    "esc, then ctrl+q": (_quit_by_keys([("\x1b", "Kaartensets"), ("\x11", "")]), 0),
    "x, close": (_quit_by_keys([("x", "afsluiten?"), ("\x1b[B\r", "Verslag"), ("\x11", "")]), 0),
    "terminal closed": (Terminal.close_window, 128 + signal.SIGHUP),
    "sigterm": (lambda t: t.process.send_signal(signal.SIGTERM), 128 + signal.SIGTERM),
}


@pytest.mark.parametrize("way", sorted(WAYS_OUT))
def test_every_way_out_keeps_the_running_timers_reading(tmp_path: Path, way: str) -> None:
    path = _session(tmp_path)
    terminal = Terminal(tmp_path)
    try:
        terminal.wait_for_text("niet afgesloten")  # the offer to resume
        terminal.send("\r")
        terminal.wait_for_text("gepland")  # the session screen
        terminal.send(" ")  # start the timer
        terminal.wait_for(lambda: len(_timer_records(path)) == 1, "the timer's start")
        time.sleep(RUNS)  # not a wait for kaarten: the time the timer runs, to be kept
        leave, status = WAYS_OUT[way]
        leave(terminal)
        assert terminal.finish() == status, terminal.text()[-2000:]
    finally:
        terminal.finish(1)
    last = _timer_records(path)[-1]
    assert last["actie"] == "pauze" and last["verstreken"] >= RUNS, last
    # Started again, kaarten shows that reading (paused, for the coach to resume).
    session = SessionStore(tmp_path).open(path).session
    assert session is not None
    assert session.timers["a1"].elapsed == last["verstreken"]
    assert not session.timers["a1"].running


@pytest.mark.parametrize("signalled", ["terminal closed", "sigterm"])
def test_an_answer_being_typed_is_saved_when_the_terminal_goes(
    tmp_path: Path, signalled: str
) -> None:
    """A teacher alone types an answer and closes the window before the autosave."""
    terminal = Terminal(tmp_path)
    try:
        _first_page_alone(terminal)
        mark = terminal.mark()
        terminal.send("\r")
        terminal.wait_for_text("English", since=mark)  # the writing footer: typing goes in
        terminal.send("over het doel")
        terminal.wait_for_text("over het doel")  # on the screen, not saved yet (2 s)
        leave, _ = WAYS_OUT[signalled]
        leave(terminal)
        terminal.finish()
    finally:
        terminal.finish(1)
    assert _answers(tmp_path) == ["over het doel"]


def _first_page_alone(terminal: Terminal) -> None:
    """Zelf aan de slag, the first kaartenset, its first page."""
    terminal.wait_for_text("Kaartensets")
    terminal.send("z")
    terminal.wait_for_text("gelezen")
    terminal.send("\r")
    terminal.wait_for_text("1 van 8")


def _answers(home: Path) -> list[str]:
    logbook = OwnStore(home).logbook_path
    return [r["tekst"] for r in read_log(logbook).records if r["soort"] == "antwoord"]


def test_a_burst_typed_in_a_real_terminal_arrives_whole_and_in_order(tmp_path: Path) -> None:
    """A paste into the terminal: "aanpak" opened the action point dialog and the rest
    of the burst landed behind it. Sent in one write, as a terminal delivers a paste."""
    terminal = Terminal(tmp_path)
    try:
        _first_page_alone(terminal)
        terminal.send("aanpak: ouders vaker bellen, ook Bram\x1b")  # typed, then Esc
        terminal.wait_for_text("bewaard om")
        terminal.send("\x11")
        assert terminal.finish() == 0
    finally:
        terminal.finish(1)
    assert _answers(tmp_path) == ["aanpak: ouders vaker bellen, ook Bram"]
