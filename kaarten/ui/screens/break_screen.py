"""A break: until when it runs, counted down in large digits, and in the room "Pauze, om
15:40 gaan we verder" with the session's title. The activity's own timer waits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Header, Static

from kaarten.room.state import RoomState, RoomTimer, View
from kaarten.session.model import moment
from kaarten.session.run import SessionRun
from kaarten.session.timer import shown_left
from kaarten.ui.screens.base import TIMER_CSS, KaartenScreen, command
from kaarten.ui.widgets.big_digits import BigDigits
from kaarten.ui.widgets.key_footer import KeyFooter

REFRESH = 0.25  # seconds, as the session timer
STEP = 5
"""Minutes the coach adds or takes off at a time."""


class BreakScreen(KaartenScreen):
    """The break going on; Enter (or Esc) when the group is back."""

    CSS_PATH = [TIMER_CSS]

    HELP = "break"
    PRESENTABLE = True
    BINDINGS = [
        command("enter", "end", "key.break_end", "cmd.break_end", priority=True),
        command("plus", "longer", "key.break_longer", "cmd.break_longer"),
        command("minus", "shorter", "key.break_shorter", "cmd.break_shorter"),
        command("escape", "end", "key.break_end", show=False),
    ]

    def __init__(self, run: SessionRun) -> None:
        super().__init__()
        self.run = run
        self._was_over: bool | None = None
        self._shown = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="break"):
            yield Static(id="break-title")
            yield BigDigits(id="break-digits")
            yield Static(id="break-until")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.tick()
        self.set_interval(REFRESH, self.tick)

    def language_changed(self) -> None:
        self._shown = ""
        self.tick()

    def _until(self) -> str:
        """``15:40``: when the group goes on, in the app's clock's time zone."""
        taken = self.run.session.current_break
        until = moment(taken.until) if taken is not None else None
        return until.strftime("%H:%M") if until is not None else ""

    def tick(self) -> None:
        """Show the countdown as it is now; once it passes zero, ring."""
        left = self.run.break_left()
        if left is None:  # ended elsewhere (the session was closed)
            return
        over = left < 0
        if over and self._was_over is False:
            self.kaarten.sessions.break_over()
        self._was_over = over
        self.title = self.run.session.title
        shown = shown_left(left)
        self.query_one("#break-title", Static).update(Content(self.t("break.title")))
        self.query_one(BigDigits).value = shown
        key = "break.over" if over else "break.until"
        self.query_one("#break-until", Static).update(Content(self.t(key, time=self._until())))
        self.set_class(over, "-over")
        if shown != self._shown:  # the room hears of each second, not each tick
            self._shown = shown
            self.kaarten.room.look()

    def room_state(self) -> RoomState:
        """The session's title, when the group goes on, and the countdown to it."""
        left = self.run.break_left() or 0.0
        over = left < 0
        label = self.t("room.break_over" if over else "room.break")
        return RoomState(
            view=View.BREAK,
            title=self.run.session.title,
            text=self.t("room.break_until", time=self._until()),
            timer=RoomTimer(shown_left(left), label, over, running=True),
        )

    def action_longer(self) -> None:
        """Five minutes more."""
        self.run.change_break(STEP)
        self._was_over = None  # a later end: ring again when it passes
        self.tick()

    def action_shorter(self) -> None:
        """Five minutes less (never before now)."""
        self.run.change_break(-STEP)
        self.tick()

    def action_end(self) -> None:
        """The group is back: the break ends and the session goes on where it was."""
        self.run.end_break()
        self.dismiss()
