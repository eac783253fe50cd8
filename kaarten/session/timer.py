"""The countdown of one activity: read from a clock, never counted in ticks.

Textual's timers skip ticks when the app is busy, and Linux's monotonic clock stops while
the laptop sleeps. The countdown therefore keeps a start reading of a clock that counts
sleep too (``CLOCK_BOOTTIME`` where there is one) and computes the time left from it on
every refresh: after a 20-minute sleep in a 5-minute activity it shows 15 minutes over,
which is what happened in the room.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kaarten.session.model import TimerLog

Clock = Callable[[], float]


def awake_and_asleep() -> float:
    """Seconds on a clock that never jumps with the wall clock and keeps counting while
    the computer sleeps (``CLOCK_BOOTTIME``); ``time.monotonic`` where there is none."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


class Countdown:
    """Planned minutes, minutes added, and the time used so far."""

    def __init__(self, minutes: int, clock: Clock = awake_and_asleep) -> None:
        self.minutes = minutes
        self.extra_minutes = 0
        self.started = False
        self._clock = clock
        self._used = 0.0  # seconds, up to the last pause
        self._since: float | None = None  # clock reading when last started or resumed

    @classmethod
    def restore(cls, minutes: int, log: TimerLog, clock: Clock = awake_and_asleep) -> Countdown:
        """The countdown as the session log left it. One that was running when the app
        stopped comes back paused at its last saved reading: the coach resumes it."""
        countdown = cls(minutes, clock)
        countdown.extra_minutes = log.extra_minutes
        countdown.started = log.started
        countdown._used = log.elapsed
        return countdown

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        """Seconds used: never negative, whatever the clock did."""
        running = self._clock() - self._since if self._since is not None else 0.0
        return max(0.0, self._used + max(0.0, running))

    def remaining(self) -> float:
        """Seconds left; negative once over time."""
        return (self.minutes + self.extra_minutes) * 60 - self.elapsed()

    @property
    def over(self) -> bool:
        return self.remaining() < 0

    def soon(self, warn: float) -> bool:
        """Nearly over: at most ``warn`` seconds left (0: never said)."""
        return 0 <= self.remaining() <= warn

    def start(self) -> None:
        """Start, or resume after a pause."""
        if self._since is None:
            self.started = True
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._used = self.elapsed()
            self._since = None

    def add_minute(self) -> None:
        self.extra_minutes += 1

    def reset(self) -> None:
        self.extra_minutes = 0
        self.started = False
        self._used = 0.0
        self._since = None

    def display(self) -> str:
        """``MM:SS`` left, or ``+MM:SS`` over time; hours as ``H:MM:SS``."""
        return shown_left(self.remaining())


def shown_left(left: float) -> str:
    """Seconds ``left`` as a countdown shows them: ``MM:SS``, ``+MM:SS`` once over time,
    hours as ``H:MM:SS``."""
    seconds = int(abs(left)) if left < 0 else int(left + 0.999)  # 4:59.2 left shows 5:00
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
    return ("+" if left < 0 else "") + text
