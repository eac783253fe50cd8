"""One clock for the app (``kaarten.clock``): every decision that depends on the day reads
it, a test can set it, and no test reads the real date or waits a fixed time for the app."""

from __future__ import annotations

import ast
import datetime
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kaarten import clock

ROOT = Path(__file__).parents[2]

READS_THE_REAL_CLOCK = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "strftime"),
}
"""Calls that read the date or the time of day: only ``kaarten/clock.py`` makes them."""


def test_a_set_clock_runs_on_from_ten_in_the_morning(monkeypatch: pytest.MonkeyPatch) -> None:
    seconds = [100.0]
    monkeypatch.setattr(clock, "monotonic", lambda: seconds[0])
    clock.set_clock(datetime.date(2028, 2, 29))
    ten = datetime.datetime(2028, 2, 29, 10).astimezone()
    assert clock.now() == ten
    seconds[0] += 14 * 3600  # past midnight: the next day
    assert clock.now() == ten + datetime.timedelta(hours=14)
    assert clock.today() == datetime.date(2028, 3, 1)


def test_a_still_clock_stands_still() -> None:
    moment = datetime.datetime(2026, 12, 31, 23, 59, 59)
    clock.set_clock(moment, running=False)
    assert clock.now() == clock.now() == moment.astimezone()
    assert clock.today() == datetime.date(2026, 12, 31)
    assert clock.timestamp() == moment.timestamp()


@pytest.mark.parametrize(
    ("setting", "day"),
    [
        ("2028-02-29", "2028-02-29 10:00"),
        ("2026-12-31T23:59", "2026-12-31 23:59"),
        ("  2027-01-05 ", "2027-01-05 10:00"),
    ],
)
def test_a_kaarten_started_as_a_process_takes_its_day_from_the_environment(
    setting: str, day: str
) -> None:
    shown = subprocess.run(
        [sys.executable, "-c", "from kaarten import clock; print(f'{clock.now():%Y-%m-%d %H:%M}')"],
        env={**os.environ, clock.ENVIRONMENT: setting},
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.strip()
    assert shown == day


@pytest.mark.parametrize("setting", ["morgen", "2028-02-30", "", "\x1b[2J", "9" * 400])
def test_a_strange_setting_is_no_setting(setting: str) -> None:
    assert clock.parse_moment(setting) is None


def test_the_suite_runs_on_the_day_it_was_given(today: datetime.date) -> None:
    assert clock.today() == today
    assert os.environ[clock.ENVIRONMENT] == today.isoformat()


def _calls(path: Path) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
    """Every call in ``path`` with the nodes around it, innermost last."""

    def walk(node: ast.AST, around: list[ast.AST]) -> Iterator[tuple[ast.Call, list[ast.AST]]]:
        if isinstance(node, ast.Call):
            yield node, around
        for child in ast.iter_child_nodes(node):
            yield from walk(child, [*around, node])

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), [])


def _reads_the_real_clock(call: ast.Call) -> bool:
    function = call.func
    if not isinstance(function, ast.Attribute):
        return False
    owner = function.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return (name, function.attr) in READS_THE_REAL_CLOCK


def _python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_only_the_clock_reads_the_date_and_the_time_of_day() -> None:
    readers = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path in _python_files("kaarten", "tests")
        if path != ROOT / "kaarten" / "clock.py"
        for call, _ in _calls(path)
        if _reads_the_real_clock(call)
    ]
    assert readers == [], "read kaarten.clock instead"


def _fixed_wait(call: ast.Call) -> bool:
    """``pilot.pause(0.3)``, ``time.sleep(1)``, ``asyncio.sleep(x)``: a wait of a set time."""
    function = call.func
    name = getattr(function, "attr", getattr(function, "id", ""))
    return (name == "pause" and bool(call.args)) or name == "sleep"


def test_no_test_waits_a_fixed_time_for_the_app() -> None:
    """Tests wait for what they mean (``tests/ui/conftest.py``: ``wait_until``). A set
    wait is allowed in a loop that polls for a condition, or with a comment on its line
    that says why it is no wait for the app; at most a handful of those."""
    fixed: list[str] = []
    explained: list[str] = []
    for path in _python_files("tests"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for call, around in _calls(path):
            if not _fixed_wait(call) or any(isinstance(node, ast.While) for node in around):
                continue
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            (explained if "#" in lines[call.lineno - 1] else fixed).append(where)
    assert fixed == [], "wait for a condition instead (wait_until, wait_for_text)"
    assert len(explained) <= 5, explained
