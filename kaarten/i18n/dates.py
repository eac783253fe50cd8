"""Dates as people type them: ``2026-11-23``, ``23-11-2026``, ``23-11``, ``23/11``, and in
words ("morgen", "volgende week", "vrijdag", "over 2 weken"), in Dutch and English; ages
as ``--ouder-dan`` takes them (``12m``, ``90d``).

Pure logic without Textual, shared by every field that asks for a date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?")
_IN = re.compile(r"(?:over|in)\s+(\d{1,3})\s+(dag|dagen|day|days|week|weken|weeks)")

_DAYS_FROM_TODAY = {
    "vandaag": 0,
    "today": 0,
    "morgen": 1,
    "tomorrow": 1,
    "overmorgen": 2,
    "volgende week": 7,
    "next week": 7,
}
_WEEKDAYS = (
    ("maandag", "monday"),
    ("dinsdag", "tuesday"),
    ("woensdag", "wednesday"),
    ("donderdag", "thursday"),
    ("vrijdag", "friday"),
    ("zaterdag", "saturday"),
    ("zondag", "sunday"),
)


_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(iso: str, lang: str) -> str:
    """A date as a reader writes it on paper: "vrijdag 4 december 2026" ("Friday 4
    December 2026"). A text that is not a date (typed before kaarten checked dates) is
    returned as it is."""
    try:
        date = datetime.date.fromisoformat(iso.strip())
    except ValueError:
        return iso
    english = lang == "en"
    weekday = _WEEKDAYS[date.weekday()][1 if english else 0]
    month = _MONTHS["en" if english else "nl"][date.month - 1]
    return f"{weekday.capitalize() if english else weekday} {date.day} {month} {date.year}"


def parse_date(text: str, today: datetime.date, *, ahead: bool = False) -> datetime.date | None:
    """The date ``text`` means, or None if it is not one.

    A date without a year is in this year; with ``ahead`` (a date to do something by) it
    is the next such day, so "5-1" typed in November is next January.
    """
    typed = " ".join(text.strip().lower().split())
    try:
        return datetime.date.fromisoformat(typed)
    except ValueError:
        pass
    if typed in _DAYS_FROM_TODAY:
        return today + datetime.timedelta(days=_DAYS_FROM_TODAY[typed])
    for number, names in enumerate(_WEEKDAYS):
        if typed in names:  # the next such weekday, never today
            return today + datetime.timedelta(days=(number - today.weekday() - 1) % 7 + 1)
    if found := _IN.fullmatch(typed):
        count, unit = int(found.group(1)), found.group(2)
        days = count * (1 if unit.startswith(("dag", "day")) else 7)
        return today + datetime.timedelta(days=days)
    if found := _NUMERIC.fullmatch(typed):
        day, month, year = found.groups()
        try:
            date = datetime.date(int(year) if year else today.year, int(month), int(day))
        except ValueError:
            return None
        if ahead and not year and date < today:
            try:
                date = date.replace(year=today.year + 1)
            except ValueError:  # 29 February
                return None
        return date
    return None


_AGE = re.compile(r"(\d{1,4})([md])")


@dataclass(frozen=True, slots=True)
class Age:
    """An age as ``--ouder-dan`` takes it: ``12m`` (calendar months) or ``90d`` (days)."""

    months: int = 0
    days: int = 0

    @classmethod
    def parse(cls, text: str) -> Age:
        """``12m`` or ``90d``.

        Raises:
            ValueError: ``text`` is neither.
        """
        found = _AGE.fullmatch(text.strip().lower())
        if found is None:
            raise ValueError(text)
        number = int(found.group(1))
        return cls(months=number) if found.group(2) == "m" else cls(days=number)

    def before(self, today: datetime.date) -> datetime.date:
        """The day this age before ``today``: 12 months before 15 March is 15 March a year
        earlier; a day the month lacks (31 April) is its last day."""
        month = today.year * 12 + today.month - 1 - self.months
        year, month = divmod(month, 12)
        last = calendar.monthrange(year, month + 1)[1]
        day = datetime.date(year, month + 1, min(today.day, last))
        return day - datetime.timedelta(days=self.days)
