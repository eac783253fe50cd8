"""Shared fixtures: no test touches the user's real folders, and randomness is seeded."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

DATA = Path(__file__).parent / "data"

# Fuzz tests: a bounded, repeatable run in CI; many more examples on request
# (``pytest tests/unit/test_fuzz.py --hypothesis-profile=grondig``).
settings.register_profile("ci", max_examples=60, derandomize=True, database=None)
settings.register_profile("grondig", max_examples=5000, database=None)
settings.load_profile("ci")


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
