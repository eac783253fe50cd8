"""The app's side of sessions: starting, resuming, leading and closing one, and the
dialogs in between. Screens call it through ``app.sessions``; the session itself (log,
state, timers) lives in :mod:`kaarten.session`, free of Textual."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten.journal.log import Record
from kaarten.session.run import SessionRun
from kaarten.session.store import GroupHistory, SessionStore
from kaarten.strings import os_reason

if TYPE_CHECKING:
    from kaarten.deck.model import Card, Deck
    from kaarten.session.export import CardText
    from kaarten.session.model import Session
    from kaarten.ui.app import KaartenApp


class SessionDesk:
    """Everything the screens need to run sessions, in one place."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app
        self.run: SessionRun | None = None
        """The session being led, if any."""
        self.bell = False
        """Ring the terminal bell when time is up (the visual signal is always there)."""
        self._offered = False

    @property
    def store(self) -> SessionStore | None:
        folder = self.app.data_folder
        return SessionStore(folder) if folder is not None else None

    def t(self, key: str, **params: object) -> str:
        return self.app.t(key, **params)

    def _say(self, key: str, severity: str = "information", **params: object) -> None:
        self.app.notify(self.t(key, **params), markup=False, severity=severity)  # type: ignore[arg-type]

    # -- starting -------------------------------------------------------------------------

    def new(self, set_hint: tuple[str, str] | None = None) -> None:
        """The form for a new session."""
        from kaarten.ui.screens.new_session import NewSessionScreen

        if self.run is not None:
            self._say("session.already_running", "warning", title=self.run.session.title)
            return
        self.app.push_screen(NewSessionScreen(set_hint))

    def start(
        self,
        title: str,
        date: datetime.date,
        names: Sequence[str],
        agenda: Sequence[Record],
        previous: str | None,
    ) -> None:
        """Save the new session and run it; earlier open action points of these
        participants come up for review first."""
        store = self.store
        if store is None:
            return
        try:
            for notice in store.prepare():
                self._say(notice, "warning")
            opened = store.create(title, date, names, agenda, previous)
        except OSError as error:
            reason = os_reason(error, self.app.ui_language)
            self._say("session.cannot_save", "error", folder=store.folder, reason=reason)
            return
        self._lead(SessionRun(opened), replace=True)
        points = store.earlier_open_actions(names, opened.path.stem)
        if points:
            from kaarten.ui.screens.review import ReviewScreen

            assert self.run is not None
            self.app.push_screen(ReviewScreen(self.run, points))

    def _lead(self, run: SessionRun, replace: bool = False) -> None:
        from kaarten.ui.screens.session import SessionScreen

        self.run = run
        if replace:
            self.app.switch_screen(SessionScreen(run))
        else:
            self.app.push_screen(SessionScreen(run))

    def open(self, path: Path) -> None:
        """An earlier session: resumed when it is not closed and can be written, else
        shown read-only with the reason."""
        store = self.store
        if store is None:
            return
        if self.run is not None and self.run.opened.path == path:
            return
        opened = store.open(path)
        for problem in opened.problems:
            message = self.t(problem.code, **problem.params)
            self._say("log.problem", "warning", path=path.name, line=problem.line, message=message)
        if opened.session is None:
            return
        if opened.journal is None or opened.session.closed or self.run is not None:
            opened.close()
            self.show_summary(opened.session, read_only=opened.read_only, path=path)
            return
        self._lead(SessionRun(opened))

    def offer_resume(self) -> None:
        """Once per start: offer the newest session that was not closed."""
        if self._offered or self.run is not None:
            return
        self._offered = True
        store = self.store
        if store is None or not store.paths():
            return
        unfinished = [s for s in store.sessions(("afgesloten",)) if not s.closed]
        if not unfinished:
            return
        session = unfinished[-1]
        from kaarten.ui.screens.confirm import ConfirmModal

        def picked(resume: bool | None) -> None:
            if resume and store is not None:
                self.open(store.path_of(session.id))

        question = self.t("session.resume_question", title=session.title, date=session.date)
        yes, no = self.t("session.resume_yes"), self.t("session.resume_no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=False), picked)

    # -- leading ----------------------------------------------------------------------------

    def open_activity(self, run: SessionRun) -> None:
        """The cards of the current activity, with its timer: a kaartenset's card table
        (cards for later first, then those this group did not discuss yet), an
        energizer, or for the closing round the action point dialog."""
        activity = run.current
        if activity is None:
            return
        deck = self.app.result.library.decks.get(activity.deck)
        if activity.kind == "kaartenset" and deck is not None:
            set_ids = [i for i in activity.items if i in deck.card_sets]
            cards = self.app.set_cards(deck, set_ids)
            table = run.table(
                activity, cards, lambda: self._group_order(run, deck, cards), self.app.rng
            )
            if table is not None:
                from kaarten.ui.screens.card_table import CardTableScreen

                self.app.push_screen(CardTableScreen(deck, table, set_ids, run))
                return
        if activity.kind == "energizer" and deck is not None:
            energizer = next((i for i in activity.items if i in deck.energizers), None)
            if energizer is not None:
                from kaarten.ui.screens.energizer import EnergizerScreen

                self.app.push_screen(EnergizerScreen(deck, energizer, run))
                return
        if activity.kind in ("afsluiting", "anders"):
            self.add_action_point(run, None, lambda: None)
            return
        self._say("session.activity_missing", "warning", title=activity.title)

    def history(self, run: SessionRun) -> GroupHistory:
        """What this group did in its earlier sessions (read once per session led)."""
        if run.history is None:
            store = self.store
            names = [p.name for p in run.session.participants]
            run.history = store.group_history(names, run.session.id) if store else GroupHistory()
        return run.history

    def _group_order(self, run: SessionRun, deck: Deck, cards: list[Card]) -> list[Card]:
        """The cards in the order for this group: those put aside for later first, then
        those it did not discuss yet, then the rest."""
        history = self.history(run)
        first = [c for pair in history.later for c in cards if (deck.id, c.id) == pair]
        rest = [c for c in cards if c not in first]
        fresh = [c for c in rest if (deck.id, c.id) not in history.discussed]
        return first + fresh + [c for c in rest if c not in fresh]

    def add_action_point(
        self,
        run: SessionRun,
        set_id: str | None,
        then: Callable[[], None],
        person: str | None = None,
    ) -> None:
        """Ask for an action point (for ``person`` unless the coach picks another) and
        save it."""
        from kaarten.ui.screens.action_point import ActionPointInput, ActionPointModal

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

    def time_up(self) -> None:
        """The visual signal (and the bell, if wanted) when the countdown passes zero."""
        self._say("session.time_up", "warning")
        if self.bell:
            self.app.bell()

    # -- ending -----------------------------------------------------------------------------

    def close(self, run: SessionRun) -> None:
        """After a confirmation: end the session and show its summary."""
        from kaarten.ui.screens.confirm import ConfirmModal

        def picked(close: bool | None) -> None:
            if not close:
                return
            run.close()
            run.opened.close()
            self.run = None
            self.show_summary(run.session, replace=True)

        question, yes, no = (self.t(f"session.close_{k}") for k in ("question", "yes", "no"))
        # Closing ends the session for good: going on is the safe answer.
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)

    def leave(self, run: SessionRun) -> None:
        """Back to the overview: the timer pauses, the session stays saved and open."""
        self.stop()
        self._say("session.left", title=run.session.title)
        self.app.pop_screen()

    def stop(self) -> None:
        """Put the session being led away: its running timer pauses at its exact reading
        (saved), and the log is released. Every way out comes here: leaving the session,
        quitting, the terminal closing, a shutdown."""
        run, self.run = self.run, None
        if run is not None:
            run.pause()
            run.opened.close()

    def show_summary(
        self,
        session: Session,
        read_only: str | None = None,
        replace: bool = False,
        path: Path | None = None,
    ) -> None:
        from kaarten.ui.screens.summary import SummaryScreen

        screen = SummaryScreen(session, read_only, path)
        if replace:
            self.app.switch_screen(screen)
        else:
            self.app.push_screen(screen)

    def card_texts(self) -> CardText:
        """Card texts from the loaded decks, for summaries."""
        from kaarten.session.export import card_texts

        return card_texts(self.app.result.library, self.app.ui_language)
