"""A session being led: the agenda with planned and used minutes, the countdown of the
current activity, and the participants' action points."""

from __future__ import annotations

import datetime
from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from kaarten import clock
from kaarten.room.state import RoomState, View
from kaarten.session.agenda import alternatives
from kaarten.session.agenda import choices as agenda_choices
from kaarten.session.export import minutes_or_clock, over_by
from kaarten.session.model import Activity, ActivityKind
from kaarten.session.run import SessionRun
from kaarten.ui.screens.base import SESSION_CSS, TIMER_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.save_banner import unsaved_message
from kaarten.ui.widgets.timer_view import SessionTimer


class SessionScreen(KaartenScreen):
    """Run the agenda: open an activity's cards, time it, move on, close the session."""

    CSS_PATH = [TIMER_CSS, SESSION_CSS]

    HELP = "session"
    PRESENTABLE = True
    FOOTER_ROWS = 2
    """The coach needs every key of a session at hand: a second footer row if needed."""
    BINDINGS = [
        # Priority: the agenda list would take Enter (and hide the key from the footer).
        command("enter", "open_cards", "key.open_cards", "cmd.open_cards", priority=True),
        command("space", "timer", "key.timer", "cmd.timer"),
        command("plus", "minute", "key.minute", "cmd.minute"),
        command("0", "reset_timer", "key.reset_timer", "cmd.reset_timer", show=False),
        command("v", "next_activity", "key.next_activity", "cmd.next_activity"),
        command("a", "action_point", "key.action_point", "cmd.action_point"),
        command("p", "action_points", "key.action_points", "cmd.action_points"),
        command("k", "break", "key.break", "cmd.break"),
        command("f", "fit", "key.fit", "cmd.fit"),
        command("g", "toggle_bell", "key.bell", "cmd.bell", show=False),
        command("x", "close_session", "key.close_session", "cmd.close_session"),
        command("escape", "leave", "key.leave", "cmd.leave"),
        # Changing what is still to come (the highlighted item), as on the new-session form.
        command("t", "agenda_add", "key.agenda_add", "cmd.agenda_add_running", show=False),
        command("e", "agenda_edit", "key.agenda_edit", "cmd.agenda_edit_running", show=False),
        command(
            "w,delete",
            "agenda_remove",
            "key.agenda_remove",
            "cmd.agenda_remove_running",
            show=False,
        ),
        command("o", "agenda_up", "key.agenda_up", "cmd.agenda_up_running", show=False),
        command("l", "agenda_down", "key.agenda_down", "cmd.agenda_down_running", show=False),
    ]

    def __init__(self, run: SessionRun) -> None:
        super().__init__()
        self.run = run
        self._fit_offered = False
        self._shown_current: str | None = None
        """The current activity when the agenda was last shown."""

    def room_state(self) -> RoomState:
        """Between activities the room sees the session's title and what comes now."""
        activity = self.run.current
        return RoomState(
            view=View.WELCOME,
            title=self.run.session.title,
            text=activity.title if activity else "",
        )

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="session-banner")
        with Horizontal(id="session"):
            with Vertical(id="session-left"):
                yield OptionList(id="session-agenda", markup=False)
                yield Static(id="session-schedule")
            with Vertical(id="session-right"):
                yield SessionTimer(self.run, id="timer")
                with VerticalScroll(id="session-actions"):
                    yield Static(id="session-actions-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.set_interval(1.0, self._refresh_schedule)
        self.query_one("#session-agenda", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_view()

    def language_changed(self) -> None:
        self.refresh_view()

    # -- showing ----------------------------------------------------------------------------

    def refresh_view(self) -> None:
        """Agenda, schedule, action points and the save state, as they are now."""
        session = self.run.session
        self.title = session.title
        self.sub_title = self.t("session.subtitle", date=session.date, n=len(session.participants))
        agenda = self.query_one("#session-agenda", OptionList)
        current = self.run.current
        kept = agenda.highlighted
        agenda.clear_options()
        agenda.add_options([self._agenda_option(a, a is current) for a in session.agenda])
        moved_on = current is not None and current.id != self._shown_current
        if current is not None and (moved_on or kept is None or kept >= len(session.agenda)):
            agenda.highlighted = session.agenda.index(current)  # where the session is now
        else:
            agenda.highlighted = kept  # the coach's own place in the agenda stays
        self._shown_current = current.id if current is not None else None
        self._refresh_schedule()  # shows the save state too
        self.query_one("#session-actions-text", Static).update(self._actions_text())

    def _agenda_option(self, activity: Activity, current: bool) -> Option:
        used = self.run.used_seconds(activity)
        timer = self.run.session.timers.get(activity.id)
        extra = timer.extra_minutes if timer else 0  # minutes the coach added count as planned
        text = self.t(
            "session.agenda_item",
            mark="▶" if current else " ",
            title=activity.title,
            planned=activity.minutes,
            used=minutes_or_clock(used) if used is not None else "–",
            over=over_by(used, activity.minutes + extra) if used is not None else "",
        )
        return Option(Content(text), id=activity.id)

    def _refresh_schedule(self) -> None:
        behind = round(self.run.behind_seconds() / 60)
        if behind > 0:
            text = self.t("session.behind", n=behind)
        elif behind < 0:
            text = self.t("session.ahead", n=-behind)
        else:
            text = self.t("session.on_time")
        planned = self.run.session.planned_minutes()
        line = self.t("session.schedule", planned=planned, state=text)
        now = clock.now()
        end, expected = self.run.planned_end(now), self.run.projected_end(now)
        late = self._minutes_apart(end, expected)
        ends = self.t("session.ends", planned=f"{end:%H:%M}", expected=f"{expected:%H:%M}")
        if late:
            key = "session.ends_late" if late > 0 else "session.ends_early"
            ends += " " + self.t(key, n=abs(late))
        widget = self.query_one("#session-schedule", Static)
        widget.update(Content(f"{line}\n{ends}"))
        widget.set_class(behind > 0 or late > 0, "-behind")
        if (late != 0) != self._fit_offered:
            self._fit_offered = late != 0
            self.refresh_bindings()
        self._show_banner()

    @staticmethod
    def _minutes_apart(planned: datetime.datetime, expected: datetime.datetime) -> int:
        """Whole minutes the expected end lies after the planned one (before: negative)."""
        return round((expected - planned).total_seconds() / 60)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fit":
            return self._fit_offered  # only when the ends differ
        return True

    def _actions_text(self) -> Content:
        session = self.run.session
        lines = [self.t("session.actions_title")]
        for person in session.participants:
            points = session.open_actions(person.id)
            lines.append(self.t("session.person_actions", name=person.name, n=len(points)))
            lines += [self.t("session.action_line", text=p.text) for p in points]
        # Left undecided in the review, an earlier point stays open: it stays in view too.
        earlier = self.kaarten.sessions.still_open_earlier(self.run)
        if earlier:
            lines += ["", self.t("session.earlier_open", n=len(earlier))]
            today = clock.today().isoformat()
            for _session, point, name in earlier:
                late = self.t("review.overdue") if point.overdue(today) else ""
                lines.append(self.t("session.earlier_line", name=name, text=point.text) + late)
        return Content("\n".join(lines))

    def _show_banner(self) -> None:
        """Red while changes could not be saved; they are kept and tried again."""
        banner = self.query_one("#session-banner", Static)
        unsaved = self.run.unsaved
        if unsaved and self.run.retry_saving():
            unsaved = 0
        journal = self.run.opened.journal
        if unsaved and journal is not None:
            banner.update(Content(unsaved_message(journal, self.t)))
        banner.display = bool(unsaved)

    # -- actions ----------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#session-agenda")
    def _picked(self, event: OptionList.OptionSelected) -> None:  # a click
        self.action_open_cards()

    def action_open_cards(self) -> None:
        """Open the highlighted activity's cards (the card table, with the timer)."""
        agenda = self.query_one("#session-agenda", OptionList)
        if agenda.highlighted is not None:
            chosen = agenda.get_option_at_index(agenda.highlighted).id
            if chosen and chosen != getattr(self.run.current, "id", None):
                self.run.select(chosen)
                self.refresh_view()
        self.kaarten.sessions.open_activity(self.run)

    def action_timer(self) -> None:
        """Start, pause or resume the current activity's timer (a break on the agenda has
        its own countdown: it opens)."""
        current = self.run.current
        if current is not None and current.kind is ActivityKind.BREAK:
            self.kaarten.sessions.open_activity(self.run)
            return
        self.query_one(SessionTimer).toggle()
        self.refresh_view()

    def action_minute(self) -> None:
        """One minute more for the current activity."""
        self.query_one(SessionTimer).add_minute()
        self.refresh_view()

    def action_reset_timer(self) -> None:
        """Set the current activity's timer back to its planned time."""
        self.run.reset_timer()
        self.query_one(SessionTimer).tick()
        self.refresh_view()

    def action_next_activity(self) -> None:
        """Move on to the next activity of the agenda."""
        if self.run.next_activity() is None:
            self.notify(self.t("session.last_activity"), markup=False)
        self.query_one(SessionTimer).tick()
        self.refresh_view()

    def action_break(self) -> None:
        """A break: the room sees when the group goes on; the timer waits."""
        self.kaarten.sessions.take_break(self.run)

    def action_fit(self) -> None:
        """Propose to fit what is still to come into the time left before the planned end;
        change the agenda only when the coach accepts."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        proposal = self.run.fit_proposal(clock.now())
        if not proposal:
            self.notify(self.t("fit.nothing"), markup=False)
            return
        lines = [self.t("fit.question", end=f"{self.run.planned_end(clock.now()):%H:%M}")]
        for activity, minutes in proposal:
            if minutes is None:
                lines.append(self.t("fit.drop", title=activity.title, was=activity.minutes))
            else:
                lines.append(
                    self.t("fit.line", title=activity.title, was=activity.minutes, now=minutes)
                )

        def picked(accept: bool | None) -> None:
            if accept:
                self.run.apply_proposal(proposal)
                self.notify(self.t("fit.done"), markup=False)
                self.refresh_view()

        question = "\n".join(lines)
        yes, no = self.t("fit.yes"), self.t("fit.no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=False), picked)

    # -- the agenda still to come -----------------------------------------------------------

    def _highlighted(self) -> int | None:
        index = self.query_one("#session-agenda", OptionList).highlighted
        return index if index is not None and index < len(self.run.session.agenda) else None

    def _changeable(self, index: int | None) -> bool:
        """Whether the item at ``index`` may change: still to come (the coach is told why
        not otherwise)."""
        if index is None:
            return False
        if not self.run.still_to_come(self.run.session.agenda[index]):
            self.notify(self.t("agenda.not_to_come"), markup=False)
            return False
        return True

    def _set_agenda(self, items: list[Activity], highlight: int) -> None:
        self.run.change_agenda(items)
        self.refresh_view()
        agenda = self.query_one("#session-agenda", OptionList)
        agenda.highlighted = max(0, min(highlight, len(self.run.session.agenda) - 1))

    def action_agenda_add(self) -> None:
        """Add an activity after the highlighted one (or after the current one)."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        offered = agenda_choices(self.kaarten.result.library, self.kaarten.ui_language)
        items = list(self.run.session.agenda)
        current = self.run.current
        highlighted = self._highlighted()
        after = max(
            highlighted if highlighted is not None else -1,
            items.index(current) if current in items else -1,
        )

        def picked(index: int | None) -> None:
            if index is not None:
                items.insert(after + 1, offered[index])
                self._set_agenda(items, after + 1)

        self.app.push_screen(
            ChoiceModal(self.t("new.add_title"), [i.title for i in offered]), picked
        )

    def action_agenda_edit(self) -> None:
        """Another kaartenset or energizer, or other minutes, for an item still to come."""
        from kaarten.ui.dialogs.agenda_item import AgendaItemModal

        index = self._highlighted()
        if index is None or not self._changeable(index):
            return
        items = list(self.run.session.agenda)
        item = items[index]
        same_kind = alternatives(item, self.kaarten.result.library, self.kaarten.ui_language)

        def changed(new: Activity | None) -> None:
            if new is not None:
                items[index] = replace(new, id=item.id if new.items == item.items else "")
                self._set_agenda(items, index)

        self.app.push_screen(AgendaItemModal(item, same_kind), changed)

    def action_agenda_remove(self) -> None:
        """Take an item still to come off the agenda."""
        index = self._highlighted()
        if index is not None and self._changeable(index):
            items = list(self.run.session.agenda)
            del items[index]
            self._set_agenda(items, index)

    def _move(self, step: int) -> None:
        index = self._highlighted()
        if index is None or not self._changeable(index):
            return
        items = list(self.run.session.agenda)
        other = index + step
        if 0 <= other < len(items) and self.run.still_to_come(items[other]):
            items[index], items[other] = items[other], items[index]
            self._set_agenda(items, other)

    def action_agenda_up(self) -> None:
        """Move an item still to come earlier (not before what ran)."""
        self._move(-1)

    def action_agenda_down(self) -> None:
        """Move an item still to come later."""
        self._move(1)

    def action_toggle_bell(self) -> None:
        """Ring the bell when time is up, or not (the screen signals it either way)."""
        desk = self.kaarten.sessions
        desk.bell = not desk.bell
        self.kaarten.prefs.remember(bel=desk.bell)
        self.notify(self.t("session.bell_on" if desk.bell else "session.bell_off"), markup=False)

    def action_action_point(self) -> None:
        """Write down an action point for a participant."""
        self.kaarten.sessions.add_action_point(self.run, None, self.refresh_view)

    def action_action_points(self) -> None:
        """All action points of this session: change, tick off or remove them."""
        from kaarten.ui.dialogs.action_points import ActionPointsModal

        self.app.push_screen(ActionPointsModal(self.run), lambda _: self.refresh_view())

    def action_close_session(self) -> None:
        """End the session and show its summary."""
        self.kaarten.sessions.close(self.run)

    def action_leave(self) -> None:
        """Back to the overview; the session stays saved and can be resumed."""
        self.kaarten.sessions.leave(self.run)
