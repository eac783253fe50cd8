"""The current activity's countdown in big digits, read from its clock a few times a
second: on the session screen, the card table and the energizer screen alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Digits, Static

from kaarten.session.model import ActivityKind
from kaarten.session.run import SessionRun
from kaarten.ui.widgets.big_digits import BigDigits

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp

REFRESH = 0.25  # seconds: often enough that a second never shows twice as long


class SessionTimer(Vertical):
    """Time left (amber when nearly up, red once over) and what the timer is doing; posts
    :class:`TimeUp` once each time a running countdown passes zero."""

    class Moved(Message):
        """What the countdown shows changed (a second passed, it started or paused)."""

    class TimeUp(Message):
        """The running countdown of the current activity passed zero."""

        def __init__(self, activity: str) -> None:
            super().__init__()
            self.activity = activity

    def __init__(self, run: SessionRun, id: str | None = None) -> None:
        super().__init__(id=id, classes="timer")
        self.run = run
        self._was_over: bool | None = None
        self._shown: tuple[str, bool, bool] | None = None

    @property
    def kaarten(self) -> KaartenApp:
        return cast("KaartenApp", self.app)

    def compose(self) -> ComposeResult:
        yield Digits("00:00", classes="timer-digits")
        yield BigDigits(classes="timer-big")  # instead of the Digits while presenting
        yield Static(classes="timer-state")

    def on_mount(self) -> None:
        self.tick()
        self.set_interval(REFRESH, self.tick)

    def toggle(self) -> None:
        """Start, pause or resume the current activity's countdown."""
        self.run.start_or_pause()
        self.tick()

    def add_minute(self) -> None:
        self.run.add_minute()
        self.tick()

    def tick(self) -> None:
        """Show the countdown as it is now."""
        activity = self.run.current
        if activity is None:
            self.display = False
            return
        self.display = True
        countdown = self.run.timer(activity)
        over = countdown.over
        if over and self._was_over is False and countdown.running:
            self.post_message(self.TimeUp(activity.id))
        self._was_over = over
        shown = (countdown.display(), countdown.running, over)
        if shown != self._shown:
            self._shown = shown
            self.post_message(self.Moved())
        self.query_one(Digits).update(countdown.display())
        self.query_one(BigDigits).value = countdown.display()
        if activity.kind is ActivityKind.BREAK:
            state = "session.timer.break"  # a break counts down on its own screen
        elif not countdown.started:
            state = "session.timer.not_started"
        elif over:
            state = "session.timer.over"
        else:
            state = "session.timer.running" if countdown.running else "session.timer.paused"
        soon = countdown.running and countdown.soon(self.kaarten.prefs.warn_seconds)
        self.set_class(over, "-over")
        self.set_class(soon, "-soon")
        self.set_class(countdown.running, "-running")
        label = self.kaarten.t(state, activity=activity.title)
        self.query_one(".timer-state", Static).update(Content(label))
