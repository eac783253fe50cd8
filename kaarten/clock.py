"""The app's one clock: which day it is and what time, for every decision that depends
on it (due dates "in het verleden", "volgende week", default titles and dates, the age of
damaged copies and old sessions, the monthly reminder, the times in logs, exports and file
names).

Durations are not read here: the session timer measures them on the monotonic clock
(:mod:`kaarten.session.timer`), which a changed date cannot disturb.

The clock can be set to another day, so that the tests can run on any day of the year:
:func:`set_clock` in the same process, the environment variable ``KAARTEN_TODAY``
(``2028-02-29``, or a moment such as ``2026-12-31T23:59``) for a kaarten started as a
process. A set clock starts at that moment (10:00 for a bare date) and runs on from there,
so what is made one after another still sorts in that order.
"""

from __future__ import annotations

import datetime
import os
from time import monotonic

ENVIRONMENT = "KAARTEN_TODAY"
START_OF_DAY = datetime.time(10)
"""Where a clock set to a bare date starts: an ordinary working hour, far from midnight."""


class _Setting:
    """A clock set to ``moment`` when the monotonic clock read ``since``; ``running``
    False stands still (a picture of a screen that shows the time)."""

    def __init__(self, moment: datetime.datetime, running: bool) -> None:
        self.moment = moment
        self.since = monotonic()
        self.running = running

    def now(self) -> datetime.datetime:
        if not self.running:
            return self.moment
        return self.moment + datetime.timedelta(seconds=monotonic() - self.since)


_setting: _Setting | None = None
_environment_read = False


def parse_moment(text: str) -> datetime.datetime | None:
    """The moment ``text`` names (``YYYY-MM-DD``, at :data:`START_OF_DAY`, or an ISO date
    and time), in local time; None if it names none."""
    text = text.strip()
    try:
        if len(text) == len("YYYY-MM-DD"):
            moment = datetime.datetime.combine(datetime.date.fromisoformat(text), START_OF_DAY)
        else:
            moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone()


def set_clock(moment: datetime.datetime | datetime.date | None, *, running: bool = True) -> None:
    """Let the clock show ``moment`` from now on (a date starts at :data:`START_OF_DAY`),
    running on from there unless ``running`` is False; None gives the real clock back."""
    global _setting, _environment_read
    _environment_read = True  # a clock set in the process wins over the environment
    if moment is None:
        _setting = None
        return
    if not isinstance(moment, datetime.datetime):
        moment = datetime.datetime.combine(moment, START_OF_DAY)
    _setting = _Setting(moment.astimezone(), running)


def now() -> datetime.datetime:
    """The local date and time, with its UTC offset."""
    global _environment_read
    if not _environment_read:
        _environment_read = True
        if (moment := parse_moment(os.environ.get(ENVIRONMENT, ""))) is not None:
            set_clock(moment)
    if _setting is not None:
        return _setting.now()
    return datetime.datetime.now().astimezone()


def today() -> datetime.date:
    """The local date."""
    return now().date()


def timestamp() -> float:
    """Now in seconds since the epoch, to compare with file times."""
    return now().timestamp()
