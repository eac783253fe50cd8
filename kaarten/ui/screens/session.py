"""A session being led: the agenda with planned and used minutes, the countdown of the
current activity, and the participants' action points."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from kaarten import clock
from kaarten.room.state import RoomState, View
from kaarten.session.export import minutes_or_clock, over_by
from kaarten.session.model import Activity
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
        command("g", "toggle_bell", "key.bell", "cmd.bell", show=False),
        command("x", "close_session", "key.close_session", "cmd.close_session"),
        command("escape", "leave", "key.leave", "cmd.leave"),
    ]

    def __init__(self, run: SessionRun) -> None:
        super().__init__()
        self.run = run

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
        agenda.clear_options()
        agenda.add_options([self._agenda_option(a, a is current) for a in session.agenda])
        if current is not None:
            agenda.highlighted = session.agenda.index(current)
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
        widget = self.query_one("#session-schedule", Static)
        widget.update(Content(line))
        widget.set_class(behind > 0, "-behind")
        self._show_banner()

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
        """Start, pause or resume the current activity's timer."""
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
