"""The app's side of sessions: the screens and dialogs around what
:class:`kaarten.session.service.Sessions` decides (starting, resuming, leading and closing
one). Screens call it through ``app.sessions``; it decides which session screen comes
next, and :mod:`kaarten.ui.navigation` opens it."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten import clock
from kaarten.i18n import os_reason
from kaarten.session.model import Activity
from kaarten.session.run import SessionRun
from kaarten.session.service import (
    REMIND_DAYS,
    ActionPointActivity,
    BreakActivity,
    EnergizerActivity,
    Opened,
    Sessions,
    TableActivity,
)
from kaarten.session.store import GroupHistory

if TYPE_CHECKING:
    from kaarten.session.export import CardText
    from kaarten.session.model import ActionPoint, Session
    from kaarten.ui.app import KaartenApp


READINGS = 0.25
"""Seconds between looks at whether a running timer's reading is due to be saved."""
BREAK_MINUTES = 10
"""A break on a key; the coach adds or takes off five minutes at a time."""
SAME_TIME_UP = 2.0
"""Seconds within which two timers saying time is up for one activity are one moment."""


class SessionDesk:
    """Everything the screens need to run sessions, in one place."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app
        self.service = Sessions(app.data_folder)
        self.bell = app.prefs.settings.bel
        """Ring the terminal bell when time is up (the visual signal is always there)."""
        self._reminded = False
        self._time_up: dict[str, float] = {}
        """Activity id → when its time was last said to be up (loop time)."""
        self._earlier: tuple[tuple[str, int], list[tuple[Session, ActionPoint, str]]] | None = None
        """The earlier open action points, and the (session, decisions made) they are for."""
        app.set_interval(READINGS, self.save_reading)

    def save_reading(self) -> None:
        """A running session timer's reading, saved now and then (the run decides when),
        so a crash loses little, whichever screen is open."""
        if self.run is not None:
            self.run.save_reading()

    @property
    def run(self) -> SessionRun | None:
        """The session being led, if any."""
        return self.service.run

    def t(self, key: str, **params: object) -> str:
        return self.app.t(key, **params)

    def _say(self, key: str, severity: str = "information", **params: object) -> None:
        self.app.notify(self.t(key, **params), markup=False, severity=severity)  # type: ignore[arg-type]

    # -- starting -------------------------------------------------------------------------

    def new(self, set_hint: tuple[str, str] | None = None) -> None:
        """The form for a new session."""
        if self.run is not None:
            self._say("session.already_running", "warning", title=self.run.session.title)
            return
        self.app.go.new_session(set_hint)

    def start(
        self,
        title: str,
        date: datetime.date,
        names: Sequence[str],
        agenda: Sequence[Activity],
        previous: str | None,
    ) -> None:
        """Save the new session and run it; earlier open action points of these
        participants come up for review first."""
        try:
            started = self.service.start(title, date, names, agenda, previous)
        except OSError as error:
            reason = os_reason(error, self.app.ui_language)
            folder = self.service.folder or ""
            self._say("session.cannot_save", "error", folder=folder, reason=reason)
            return
        if started is None:
            return
        for notice in started.notices:
            self._say(notice, "warning")
        self._lead(started.run, replace=True)
        if started.earlier_points:
            self.app.go.review(started.run, started.earlier_points)

    def _lead(self, run: SessionRun, replace: bool = False) -> None:
        self.app.go.session(run, replace)
        current = run.current
        if current is not None and run.session.on_table == current.id:
            # Resumed (after a crash too) with the cards on the table: they come back, so
            # the room shows what it showed, not the activity's title.
            self.open_activity(run)
        if run.end_stale_break():  # closed in a break, back much later
            self._say("break.ended_earlier")
        elif run.session.current_break is not None:  # it goes on, to the same time
            self.app.go.break_screen(run)

    def open(self, path: Path) -> None:
        """An earlier session: resumed when it is not closed and can be written, else
        shown read-only with the reason."""
        opened = self.service.open(path)
        if opened is None:
            return
        self._tell_problems(opened)
        if opened.run is not None:
            self._lead(opened.run)
        elif opened.session is not None:
            self.show_summary(opened.session, read_only=opened.read_only, path=path)

    def _tell_problems(self, opened: Opened) -> None:
        for problem in opened.problems:
            message = self.t(problem.code, **problem.params)
            name = opened.path.name
            self._say("log.problem", "warning", path=name, line=problem.line, message=message)

    def offer_resume(self) -> None:
        """Once per start: offer the newest session that was not closed."""
        found = self.service.to_resume()
        if found is None:
            return
        path, session = found
        from kaarten.ui.dialogs.confirm import ConfirmModal

        def picked(resume: bool | None) -> None:
            if resume:
                self.open(path)

        question = self.t("session.resume_question", title=session.title, date=session.date)
        yes, no = self.t("session.resume_yes"), self.t("session.resume_no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=False), picked)

    def remind_old_sessions(self) -> None:
        """Once a month at most: say that sessions older than a year are still kept, and
        how to clear them up (off with herinner_opruimen in instellingen.json)."""
        settings = self.app.prefs.settings
        today = clock.today()
        if not settings.herinner_opruimen or self._reminded:
            return
        self._reminded = True
        last = settings.laatste_herinnering
        if last and (today - datetime.date.fromisoformat(last)).days < REMIND_DAYS:
            return
        old = self.service.older_than_a_year(today)
        if old:
            self.app.prefs.remember(laatste_herinnering=today.isoformat())
            self._say("sessions.old_reminder", "warning", n=len(old))

    # -- leading ----------------------------------------------------------------------------

    def open_activity(self, run: SessionRun) -> None:
        """The cards of the current activity, with its timer: a kaartenset's card table,
        an energizer, or for the closing round the action point dialog."""
        if run.current is None:
            return
        app = self.app
        shown = self.service.shown(run, app.result.library, app.questions.cards, app.rng)
        if isinstance(shown, TableActivity):
            self.app.go.session_table(shown.deck, shown.table, shown.set_ids, run)
            run.showing(run.current)
        elif isinstance(shown, EnergizerActivity):
            self.app.go.energizer(shown.deck, shown.energizer, run)
            run.showing(run.current)
        elif isinstance(shown, ActionPointActivity):
            self.add_action_point(run, None, lambda: None)
        elif isinstance(shown, BreakActivity):
            self.take_break(run, run.current)
        else:
            self._say("session.activity_missing", "warning", title=run.current.title)

    def still_open_earlier(self, run: SessionRun) -> list[tuple[Session, ActionPoint, str]]:
        """The participants' action points from earlier sessions that no review decided
        on yet (read again only when this session decides on one)."""
        store = self.service.store
        if store is None:
            return []
        key = (run.session.id, len(run.session.decisions))
        if self._earlier is None or self._earlier[0] != key:
            names = [p.name for p in run.session.participants]
            self._earlier = (key, store.earlier_open_actions(names, run.session.id))
        return self._earlier[1]

    def history(self, run: SessionRun) -> GroupHistory:
        """What this group did in its earlier sessions (read once per session led)."""
        return self.service.history(run)

    def add_action_point(
        self,
        run: SessionRun,
        set_id: str | None,
        then: Callable[[], None],
        person: str | None = None,
    ) -> None:
        """Ask for an action point (for ``person`` unless the coach picks another) and
        save it."""
        from kaarten.ui.dialogs.action_point import ActionPointInput, ActionPointModal

        def typed(point: ActionPointInput | None) -> None:
            if point is None:
                return
            run.add_action(point.participant, point.text, point.due, point.set_id)
            person = run.session.participant(point.participant)
            self._say("session.action_saved", name=person.name if person else "")
            then()

        if not run.session.participants:
            return
        modal = ActionPointModal(run.session.participants, set_id, person=person)
        self.app.push_screen(modal, typed)

    def time_up(self, activity: str) -> None:
        """The visual signal (and the bell, if wanted) when the countdown passes zero:
        once, though every timer on the screens (the session's below an energizer's) saw
        it pass."""
        self.save_reading()  # the moment itself is worth a reading (a crash loses none of it)
        now = asyncio.get_running_loop().time()
        last = self._time_up.get(activity)
        self._time_up[activity] = now
        if last is not None and now - last < SAME_TIME_UP:
            return
        self._say("session.time_up", "warning")
        self.ring()

    def ring(self) -> None:
        """The bell, if the coach wants it: the terminal's, and the room page's chime."""
        if self.bell:
            self.app.bell()
            self.app.room.ring()

    # -- breaks ------------------------------------------------------------------------------

    def take_break(self, run: SessionRun, activity: Activity | None = None) -> None:
        """A break (the agenda item ``activity``, else one of :data:`BREAK_MINUTES`): the
        running timer pauses and the room shows when the group goes on."""
        if run.session.current_break is None:
            run.start_break(activity.minutes if activity else BREAK_MINUTES, activity)
        self.app.go.break_screen(run)

    def break_over(self) -> None:
        """The break's time is up: say so, and ring."""
        self._say("break.time_up", "warning")
        self.ring()

    # -- ending -----------------------------------------------------------------------------

    def close(self, run: SessionRun) -> None:
        """After a confirmation: end the session and show its summary."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        def picked(close: bool | None) -> None:
            if not close:
                return
            self.service.close(run)
            self.show_summary(run.session, replace=True)
            self.app.deck_watch.session_over()

        question, yes, no = (
            self.t(k) for k in ("session.close_question", "session.close_yes", "session.close_no")
        )
        # Closing ends the session for good: going on is the safe answer.
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)

    def leave(self, run: SessionRun) -> None:
        """Back to the overview: the timer pauses, the session stays saved and open."""
        self.stop()
        self._say("session.left", title=run.session.title)
        self.app.pop_screen()
        self.app.deck_watch.session_over()

    def stop(self) -> None:
        """Put the session being led away (its timer pauses at its exact reading, saved).
        Every way out comes here: leaving the session, quitting, the terminal closing, a
        shutdown."""
        self.service.stop()

    def show_summary(
        self,
        session: Session,
        read_only: str | None = None,
        replace: bool = False,
        path: Path | None = None,
    ) -> None:
        store = self.service.store
        if store is not None:  # each action point as later reviews left it
            session = store.with_later_decisions(session)
        self.app.go.summary(session, read_only, replace, path)

    def card_texts(self) -> CardText:
        """Card texts from the loaded decks, for summaries."""
        from kaarten.session.export import card_texts

        return card_texts(self.app.result.library, self.app.ui_language)
