"""Leading a session: every step is in the log, and a resumed session is where it was."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kaarten.journal.log import read_log
from kaarten.session.run import SessionRun, typed_text
from kaarten.session.store import SessionStore

AGENDA = [
    {"id": "a1", "soort": "energizer", "titel": "Energizer", "minuten": 10},
    {"id": "a2", "soort": "kaartenset", "titel": "1.1", "minuten": 30, "items": ["1.1"]},
    {"id": "a3", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15},
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path)


def start(store: SessionStore, clock: FakeClock) -> SessionRun:
    opened = store.create("B", datetime.date(2026, 11, 23), ["Anna", "Bram"], AGENDA)
    return SessionRun(opened, clock)


def test_timer_agenda_and_schedule(store: SessionStore) -> None:
    clock = FakeClock()
    run = start(store, clock)
    assert run.current is not None and run.current.id == "a1"
    run.start_or_pause()
    clock.now += 12 * 60  # the energizer took 12 minutes
    assert run.behind_seconds() == 120
    assert run.next_activity().id == "a2"  # type: ignore[union-attr]
    assert not run.timer(run.session.agenda[0]).running  # paused when moving on
    run.start_or_pause()
    clock.now += 25 * 60
    assert run.behind_seconds() == 120  # the current one counts once it runs over
    run.add_minute()
    assert run.current is not None
    assert run.timer(run.current).display() == "06:00"
    clock.now += 10 * 60
    assert run.behind_seconds() == 120 + 5 * 60
    kinds = [(r["soort"], r.get("actie")) for r in read_log(run.opened.path).records]
    assert kinds == [
        ("sessie", None),
        ("timer", "start"),
        ("timer", "pauze"),
        ("activiteit", None),
        ("timer", "start"),
        ("timer", "minuut"),
    ]


def test_drawing_before_the_timer_started_reminds_the_coach(store: SessionStore) -> None:
    clock = FakeClock()
    run = start(store, clock)
    assert run.drew("ouderbetrokkenheid", "1.1-g1") is True
    run.start_or_pause()
    assert run.drew("ouderbetrokkenheid", "1.1-g2") is False
    assert [d.activity for d in run.session.draws] == ["a1", "a1"]


def test_a_resumed_session_is_where_it_was_with_its_timer_paused(store: SessionStore) -> None:
    clock = FakeClock()
    run = start(store, clock)
    run.select("a2")
    run.start_or_pause()
    clock.now += 90
    run.drew("ouderbetrokkenheid", "1.1-g1")
    run.note("ouderbetrokkenheid", "1.1-g1", "  Herkenbaar \x1b[31m ", None)
    point = run.add_action("d2", "Ouders bellen", "2026-12-01", "1.1")
    run.add_minute()  # saves the time used so far
    clock.now += 30
    run.opened.journal.close()  # type: ignore[union-attr]  # the app was killed here
    again = SessionRun(store.open(run.opened.path), clock)
    assert again.current is not None and again.current.id == "a2"
    countdown = again.timer(again.current)
    assert not countdown.running and countdown.elapsed() == 90  # last saved reading
    assert countdown.display() == "29:30"
    assert [n.text for n in again.session.notes] == ["Herkenbaar ␛[31m"]
    assert again.session.actions[point].due == "2026-12-01"
    again.start_or_pause()
    assert read_log(run.opened.path).records[-1]["actie"] == "hervat"


def test_closing_pauses_and_marks_the_session_closed(store: SessionStore) -> None:
    clock = FakeClock()
    run = start(store, clock)
    run.start_or_pause()
    clock.now += 60
    run.close()
    assert run.session.closed and not run.timer(run.session.agenda[0]).running
    assert run.session.timers["a1"].elapsed == 60


@pytest.mark.parametrize(
    ("typed", "code"), [("", "session.text_empty"), (" \n ", "session.text_empty"),
                        ("x" * 4001, "session.text_too_long")],
)  # fmt: skip
def test_empty_or_huge_texts_are_refused(store: SessionStore, typed: str, code: str) -> None:
    with pytest.raises(ValueError, match=code):
        typed_text(typed)
    run = start(store, FakeClock())
    with pytest.raises(ValueError, match=code):
        run.add_action("d1", typed)
    assert run.session.actions == {}


def test_a_running_timer_is_saved_now_and_then_so_a_crash_loses_little(
    store: SessionStore,
) -> None:
    clock = FakeClock()
    run = start(store, clock)
    run.start_or_pause()
    clock.now += 30
    assert run.save_reading() is False  # not yet a minute since the last record
    clock.now += 45
    assert run.save_reading() is True
    assert run.save_reading() is False  # once per minute at most
    clock.now += 20  # then the app is killed
    run.opened.journal.close()  # type: ignore[union-attr]
    again = SessionRun(store.open(run.opened.path), clock)
    countdown = again.timer(again.current)  # type: ignore[arg-type]
    assert countdown.elapsed() == 75 and not countdown.running
    assert [r["actie"] for r in read_log(run.opened.path).records[1:]] == ["start", "stand"]
