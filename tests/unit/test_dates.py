"""Dates as people type them."""

from __future__ import annotations

import datetime

import pytest

from kaarten.i18n.dates import Age, long_date, parse_date

SUNDAY = datetime.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("typed", "ahead", "meant"),
    [
        ("2026-12-04", False, datetime.date(2026, 12, 4)),
        ("4-12-2026", False, datetime.date(2026, 12, 4)),
        ("4/12", False, datetime.date(2026, 12, 4)),
        ("4.12.2026", False, datetime.date(2026, 12, 4)),
        ("5-1", False, datetime.date(2026, 1, 5)),  # a session date: this year
        ("5-1", True, datetime.date(2027, 1, 5)),  # a date to act by: the next 5 January
        ("5-1-2026", True, datetime.date(2026, 1, 5)),  # a year typed is kept (and refused)
        ("morgen", True, datetime.date(2026, 11, 30)),
        ("Volgende  week", True, datetime.date(2026, 12, 6)),
        ("next week", True, datetime.date(2026, 12, 6)),
        ("vrijdag", True, datetime.date(2026, 12, 4)),
        ("zondag", True, datetime.date(2026, 12, 6)),  # never today: a week on
        ("monday", True, datetime.date(2026, 11, 30)),
        ("over 2 weken", True, datetime.date(2026, 12, 13)),
        ("in 3 days", True, datetime.date(2026, 12, 2)),
    ],
)
def test_dates_as_typed(typed: str, ahead: bool, meant: datetime.date) -> None:
    assert parse_date(typed, SUNDAY, ahead=ahead) == meant


@pytest.mark.parametrize("typed", ["volgende w", "31-2", "13-13-2026", "gisteren?", "", "12"])
def test_not_a_date(typed: str) -> None:
    assert parse_date(typed, SUNDAY, ahead=True) is None


NEW_YEARS_EVE = datetime.date(2026, 12, 31)
LEAP_DAY = datetime.date(2028, 2, 29)


@pytest.mark.parametrize(
    ("day", "typed", "meant"),
    [
        (NEW_YEARS_EVE, "5-1", datetime.date(2027, 1, 5)),
        (NEW_YEARS_EVE, "volgende week", datetime.date(2027, 1, 7)),
        (NEW_YEARS_EVE, "morgen", datetime.date(2027, 1, 1)),
        (NEW_YEARS_EVE, "31-12", NEW_YEARS_EVE),  # today is not in the past
        (NEW_YEARS_EVE, "vrijdag", datetime.date(2027, 1, 1)),
        (LEAP_DAY, "morgen", datetime.date(2028, 3, 1)),
        (LEAP_DAY, "29-2", LEAP_DAY),
        (LEAP_DAY, "28-2", datetime.date(2029, 2, 28)),
        (LEAP_DAY, "over 1 week", datetime.date(2028, 3, 7)),
        (datetime.date(2028, 3, 1), "29-2", None),  # the next one is years away: ask again
    ],
)
def test_dates_around_the_turn_of_the_year_and_a_leap_day(
    day: datetime.date, typed: str, meant: datetime.date | None
) -> None:
    assert parse_date(typed, day, ahead=True) == meant


@pytest.mark.dates
def test_dates_typed_on_the_day_the_suite_runs(today: datetime.date) -> None:
    """Whatever day it is (``pytest --today``), words and dates without a year mean what
    a coach expects."""
    days = datetime.timedelta
    assert parse_date("vandaag", today, ahead=True) == today
    assert parse_date("morgen", today, ahead=True) == today + days(1)
    assert parse_date("volgende week", today, ahead=True) == today + days(7)
    assert parse_date("over 2 weken", today, ahead=True) == today + days(14)
    for number, name in enumerate(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")):
        meant = parse_date(name, today, ahead=True)
        assert meant is not None and meant.weekday() == number
        assert today < meant <= today + days(7)
    for day in (today - days(1), today, today + days(1), datetime.date(today.year, 1, 5)):
        if (day.month, day.day) == (2, 29):
            continue  # a year without it may come first: see the test above
        typed = f"{day.day}-{day.month}"
        ahead = parse_date(typed, today, ahead=True)
        assert ahead is not None and (ahead.month, ahead.day) == (day.month, day.day)
        assert today <= ahead < today + days(367), typed  # the next such day
        assert parse_date(typed, today) == day.replace(year=today.year)  # a session: this year


@pytest.mark.parametrize(
    ("typed", "today", "cutoff"),
    [
        ("12m", datetime.date(2026, 12, 3), datetime.date(2025, 12, 3)),
        ("12M", LEAP_DAY, datetime.date(2027, 2, 28)),
        ("1m", datetime.date(2026, 3, 31), datetime.date(2026, 2, 28)),
        ("1m", datetime.date(2028, 3, 31), datetime.date(2028, 2, 29)),
        ("1m", datetime.date(2027, 1, 15), datetime.date(2026, 12, 15)),
        ("24m", datetime.date(2026, 12, 3), datetime.date(2024, 12, 3)),
        ("0m", NEW_YEARS_EVE, NEW_YEARS_EVE),
        ("90d", datetime.date(2026, 12, 3), datetime.date(2026, 9, 4)),
        (" 365d ", LEAP_DAY, datetime.date(2027, 3, 1)),
    ],
)
def test_an_age_in_months_counts_calendar_months(
    typed: str, today: datetime.date, cutoff: datetime.date
) -> None:
    assert Age.parse(typed).before(today) == cutoff


@pytest.mark.parametrize("typed", ["12", "m", "1y", "-1m", "12 m", "99999m", "één m"])
def test_not_an_age(typed: str) -> None:
    with pytest.raises(ValueError):
        Age.parse(typed)


@pytest.mark.parametrize(
    ("iso", "lang", "written"),
    [
        ("2026-12-04", "nl", "vrijdag 4 december 2026"),
        ("2026-12-04", "en", "Friday 4 December 2026"),
        ("2028-02-29", "nl", "dinsdag 29 februari 2028"),
        ("2027-01-03", "nl", "zondag 3 januari 2027"),
        ("volgende week", "nl", "volgende week"),  # typed before kaarten read dates: as typed
    ],
)
def test_a_date_on_paper_as_a_reader_writes_it(iso: str, lang: str, written: str) -> None:
    assert long_date(iso, lang) == written
