"""A session log that is not its file's (a sync service's conflicted copy, a renamed file,
a header that names another session): listed as what it is, acted on as the file it is,
never used to find another file. Real processes, as a coach meets them."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from kaarten.journal.log import read_log
from kaarten.session.store import SessionStore
from tests.cli.test_sessions_cli import kaarten
from tests.hostile import forged_log, session_header

AGENDA = [{"id": "a1", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15}]


def todays_session(home: Path, today: datetime.date) -> Path:
    """The session being held today: open, not closed."""
    opened = SessionStore(home).create("Vandaag", today, ["Sanne"], AGENDA)
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen")
    opened.close()
    return opened.path


@pytest.mark.dates
@pytest.mark.parametrize("names", ["today's session", "a missing one"])
def test_clearing_up_deletes_the_file_it_read_not_the_one_its_header_names(
    tmp_path: Path, today: datetime.date, names: str
) -> None:
    home = tmp_path / "thuis"
    today_path = todays_session(home, today)
    before = today_path.read_bytes()
    header_id = {
        "today's session": today_path.stem,
        "a missing one": "2020-01-06-100000-000000",
    }[names]
    long_ago = today - datetime.timedelta(days=800)
    old = forged_log(
        home / "sessies" / f"{long_ago}-100000-0a0a0a.jsonl",
        [
            session_header(id=header_id, datum=long_ago.isoformat()),
            {"nr": 1, "tijd": "t", "soort": "afgesloten"},
        ],
    )
    done = kaarten("sessies", "opruimen", "--ouder-dan", "12m", "--ja", "--datamap", str(home))
    assert done.returncode == 0, done.stderr
    assert old.stem in done.stdout and "1 sessie verwijderd." in done.stdout
    assert not old.exists()
    assert today_path.read_bytes() == before  # today's session is untouched
    assert sorted(p.name for p in (home / "sessies").iterdir()) == [
        today_path.name,
        today_path.name + ".lock",
    ]


@pytest.fixture
def with_copy(tmp_path: Path, today: datetime.date) -> tuple[Path, Path, Path]:
    """A data folder with today's session and a copy of it, as Dropbox names one."""
    home = tmp_path / "thuis"
    original = todays_session(home, today)
    copy = original.with_name(f"{original.stem} (conflicted copy).jsonl")
    shutil.copy(original, copy)
    return home, original, copy


def test_the_sessions_list_names_a_copy_as_a_copy(with_copy: tuple[Path, Path, Path]) -> None:
    home, original, copy = with_copy
    listed = kaarten("sessies", "--datamap", str(home))
    assert listed.returncode == 1  # something to look at
    lines = listed.stdout.splitlines()
    [copy_line] = [line for line in lines if line.startswith(copy.stem)]
    assert "(kopie)" in copy_line and "Vandaag" in copy_line
    assert f"een kopie van sessie {original.stem}" in listed.stdout
    [original_line] = [line for line in lines if line.startswith(original.stem + "  ")]
    assert "(niet afgesloten)" in original_line and "  1  " in original_line  # counted once


def test_deleting_a_copy_deletes_the_copy_only(with_copy: tuple[Path, Path, Path]) -> None:
    home, original, copy = with_copy
    before = original.read_bytes()
    done = kaarten("sessies", "verwijderen", copy.stem, "--ja", "--datamap", str(home))
    assert done.returncode == 0, done.stderr
    assert not copy.exists() and original.read_bytes() == before


def test_a_copy_is_exported_under_its_own_name(with_copy: tuple[Path, Path, Path]) -> None:
    home, original, copy = with_copy
    for session in (original, copy):
        done = kaarten("exporteren", session.stem, "--formaat", "pdf", "--datamap", str(home))
        assert done.returncode == 0, done.stderr
    exports = sorted(p.name for p in (home / "exports").iterdir())
    assert exports == sorted([original.stem, copy.stem])
    assert [r["soort"] for r in read_log(original).records] == ["sessie", "actiepunt"]
