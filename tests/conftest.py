"""Shared fixtures: no test touches the user's real folders, randomness is seeded, and
every test runs on one fixed day (``pytest --today=YYYY-MM-DD`` for another)."""

from __future__ import annotations

import datetime
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from kaarten import clock, qr

DATA = Path(__file__).parent / "data"
DEFAULT_DAY = datetime.date(2026, 11, 23)
"""The day the suite runs on unless ``--today`` names another: a Monday."""

# Fuzz tests: a bounded, repeatable run in CI; many more examples on request
# (``pytest tests/unit/test_fuzz.py --hypothesis-profile=grondig``).
settings.register_profile("ci", max_examples=60, derandomize=True, database=None)
settings.register_profile("grondig", max_examples=5000, database=None)
settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        type=datetime.date.fromisoformat,
        default=DEFAULT_DAY,
        metavar="YYYY-MM-DD",
        help="the day the app's clock shows in every test (default: %(default)s)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "dates: depends on which day it is; CI runs these again on a leap day"
    )


def pytest_report_header(config: pytest.Config) -> str:
    return f"kaarten: the app's clock shows {config.getoption('--today')}"


@pytest.fixture
def today(request: pytest.FixtureRequest) -> datetime.date:
    """The day the tests run on: what the app takes for today."""
    day: datetime.date = request.config.getoption("--today")
    return day


@pytest.fixture(autouse=True)
def _fixed_day(today: datetime.date, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's clock starts at 10:00 on ``today`` (and runs on from there), in this
    process and in every kaarten a test starts as a process."""
    clock.set_clock(today)
    monkeypatch.setenv(clock.ENVIRONMENT, today.isoformat())
    yield
    clock.set_clock(None)


@pytest.fixture(autouse=True)
def _private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KAARTEN_HOME", str(home / "kaarten"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    random.seed(1234)


@pytest.fixture
def deck_dir(tmp_path: Path) -> Iterator[Path]:
    """A copy of the small good deck in ``tests/data/good``, to add files to."""
    target = tmp_path / "deck"
    shutil.copytree(DATA / "good", target)
    yield target


FITS = "https://voorbeeld.nl/" + "a" * (qr.MAX_BYTES - len("https://voorbeeld.nl/"))
"""The longest address a QR code holds."""
TOO_LONG = FITS + "b"


@pytest.fixture
def long_link_deck(deck_dir: Path) -> Path:
    """The small good deck with a link too long for a QR code (line 14) and one that fits."""
    path = deck_dir / "t.1-goede-set.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + f"links:\n  - titel: Kennisclip\n    url: {TOO_LONG}\n"
        + f"  - titel: Kort\n    url: {FITS}\n",
        encoding="utf-8",
    )
    return deck_dir
