"""The activity countdown: by the clock, never by ticks; sane after sleep and clock jumps."""

from __future__ import annotations

from kaarten.session.model import TimerLog
from kaarten.session.timer import Countdown, awake_and_asleep


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_down_pauses_resumes_and_adds_minutes() -> None:
    clock = FakeClock()
    timer = Countdown(5, clock)
    assert timer.display() == "05:00" and not timer.started
    timer.start()
    clock.now += 61
    assert timer.display() == "03:59"
    timer.pause()
    clock.now += 600  # paused: nothing used
    assert timer.display() == "03:59" and not timer.running
    timer.start()
    clock.now += 0.5
    assert timer.display() == "03:59"
    timer.add_minute()
    assert timer.display() == "04:59"


def test_over_time_counts_up_with_a_plus() -> None:
    clock = FakeClock()
    timer = Countdown(1, clock)
    timer.start()
    clock.now += 60
    assert timer.display() == "00:00" and not timer.over
    clock.now += 75
    assert timer.over and timer.display() == "+01:15"
    clock.now += 3600
    assert timer.display() == "+1:01:15"


def test_a_sleep_during_the_activity_counts_as_time_used() -> None:
    clock = FakeClock()
    timer = Countdown(5, clock)
    timer.start()
    clock.now += 20 * 60  # the lid was closed for 20 minutes
    assert timer.display() == "+15:00"


def test_a_clock_going_back_never_shows_garbage() -> None:
    clock = FakeClock()
    timer = Countdown(5, clock)
    timer.start()
    clock.now -= 3600
    assert timer.elapsed() == 0 and timer.display() == "05:00"


def test_reset_starts_over() -> None:
    clock = FakeClock()
    timer = Countdown(5, clock)
    timer.start()
    timer.add_minute()
    clock.now += 100
    timer.reset()
    assert timer.display() == "05:00" and not timer.running and not timer.started


def test_restored_from_the_log_it_comes_back_paused() -> None:
    clock = FakeClock()
    log = TimerLog(elapsed=125.0, running=True, extra_minutes=2, started=True)
    timer = Countdown.restore(5, log, clock)
    assert not timer.running and timer.started
    assert timer.display() == "04:55"
    clock.now += 30
    assert timer.display() == "04:55"


def test_the_real_clock_moves_forward() -> None:
    first = awake_and_asleep()
    assert awake_and_asleep() >= first
