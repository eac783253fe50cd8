"""Dates as people type them."""

from __future__ import annotations

import datetime

import pytest

from kaarten.i18n.dates import parse_date

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
