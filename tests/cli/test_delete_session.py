"""Deleting a session (AVG): `kaarten sessies verwijder SESSIE` removes its log, damaged
copies, lock and exports, and nothing else; it asks first in a terminal, takes --ja in a
script, and without either deletes nothing."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.locations import session_exports
from kaarten.session.store import SessionStore

AGENDA = [{"id": "a1", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15}]
SECRET = "Vertrouwelijk-Sanne"


def _session(home: Path, title: str, point: str) -> Path:
    store = SessionStore(home)
    opened = store.create(title, datetime.date(2026, 11, 23), ["Sanne", "Bram"], AGENDA)
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst=point)
    opened.close()
    return opened.path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "thuis"
    path = _session(home, "Weg ermee", SECRET)
    path.with_name(path.name + ".corrupt-20261123-100000").write_text(SECRET)
    exports = session_exports(home, path.stem)
    exports.mkdir(parents=True)
    (exports / "sessie.md").write_text(SECRET)
    _session(home, "Blijft staan", "Iets anders")
    return home


def _everything(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())


def _id(home: Path, title: str) -> str:
    store = SessionStore(home)
    return next(s.id for s in store.summaries() if s.title == title)


def test_with_ja_the_session_and_all_it_left_are_gone(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _id(home, "Weg ermee")
    assert main(["sessies", "verwijderen", session, "--ja", "--datamap", str(home)]) == 0
    assert "Verwijderd: Weg ermee (2026-11-23) (3 bestanden)." in capsys.readouterr().out
    assert not list(home.rglob(f"{session}*"))
    assert SECRET.encode() not in _everything(home)  # no copy anywhere
    assert [s.title for s in SessionStore(home).summaries()] == ["Blijft staan"]


def test_without_a_terminal_and_without_ja_nothing_is_deleted(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _everything(home)
    session = _id(home, "Weg ermee")
    assert main(["sessies", "verwijderen", session, "--datamap", str(home)]) == 1
    assert "geef --ja" in capsys.readouterr().err
    assert _everything(home) == before


@pytest.mark.parametrize(("answer", "gone"), [("j", True), ("", False), ("nee", False)])
def test_in_a_terminal_it_asks_first_and_no_is_the_default(
    home: Path, monkeypatch: pytest.MonkeyPatch, answer: str, gone: bool
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []

    def reply(question: str) -> str:
        asked.append(question)
        return answer

    monkeypatch.setattr("builtins.input", reply)
    session = _id(home, "Weg ermee")
    code = main(["sessies", "verwijderen", session, "--datamap", str(home)])
    assert asked and "[j/N]" in asked[0] and "Weg ermee" in asked[0]
    assert code == (0 if gone else 1)
    assert (SECRET.encode() in _everything(home)) is not gone


def _dated(home: Path, title: str, day: datetime.date, closed: bool) -> str:
    opened = SessionStore(home).create(title, day, ["Sanne"], AGENDA)
    if closed:
        opened.record("afgesloten")
    opened.close()
    return opened.path.stem


@pytest.mark.dates
def test_clearing_up_deletes_closed_sessions_older_than_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], today: datetime.date
) -> None:
    home = tmp_path / "thuis"

    def ago(days: int) -> datetime.date:
        return today - datetime.timedelta(days=days)

    # 12m: twelve calendar months, so the same date a year ago (28 February for a leap day).
    leap_day = (today.month, today.day) == (2, 29)
    a_year_ago = today.replace(year=today.year - 1, day=28 if leap_day else today.day)
    old = _dated(home, "Oud en klaar", ago(400), closed=True)
    _dated(home, "Oud maar loopt nog", ago(400), closed=False)
    just = _dated(home, "Net te oud", a_year_ago - datetime.timedelta(days=1), closed=True)
    _dated(home, "Net niet te oud", a_year_ago, closed=True)
    _dated(home, "Recent", ago(30), closed=True)
    args = ["sessies", "opruimen", "--ouder-dan", "12m", "--datamap", str(home)]
    assert main(args) == 1  # no terminal, no --ja: nothing
    listed = capsys.readouterr().out
    assert old in listed and just in listed and (home / "sessies" / f"{old}.jsonl").exists()
    assert main([*args, "--ja"]) == 0
    assert "2 sessies verwijderd." in capsys.readouterr().out
    left = sorted(s.title for s in SessionStore(home).summaries())
    assert left == ["Net niet te oud", "Oud maar loopt nog", "Recent"]
    ninety = ["sessies", "opruimen", "--ouder-dan", "90d", "--ja", "--datamap", str(home)]
    assert main(ninety) == 0
    assert "1 sessie verwijderd." in capsys.readouterr().out  # a year, not 30 days
    assert main(ninety) == 0
    assert "Geen afgesloten sessies" in capsys.readouterr().out  # the open one stays
    assert main(["sessies", "opruimen", "--ouder-dan", "een jaar", "--datamap", str(home)]) == 2
