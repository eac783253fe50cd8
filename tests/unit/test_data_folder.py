"""The data folder at start (BAD_INPUT D15, F6): modes narrowed everywhere, links to
elsewhere never followed, and both said once."""

from __future__ import annotations

import datetime
import io
import os
import stat
from pathlib import Path

import pytest

from kaarten.cli import sessions as cli_sessions
from kaarten.files.check import check_data_folder
from kaarten.files.safe import UnsafeFile
from kaarten.locations import OWN_FILES, OWN_FOLDERS
from kaarten.own.store import OwnStore
from kaarten.session.store import SessionStore
from tests.hostile import SESSION_ID, forged_log, session_header


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_data_folder_opened_to_everyone_is_narrowed_everywhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in OWN_FOLDERS:
        (data / name).mkdir(parents=True, exist_ok=True)
    log = forged_log(data / "sessies" / f"{SESSION_ID}.jsonl", [session_header()])
    (data / "exports" / SESSION_ID).mkdir()
    export = data / "exports" / SESSION_ID / "sessie.md"
    export.write_text("# verslag", encoding="utf-8")
    for name in OWN_FILES:  # made by hand, or by an older kaarten
        (data / name).write_text("{}", encoding="utf-8")
    for path in [data, *data.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)

    report = check_data_folder(data)

    assert report.refused == []
    assert {p for p in [data, *data.rglob("*")] if p.is_dir() and mode(p) != 0o700} == set()
    assert mode(log) == 0o600 and mode(export) == 0o600
    assert {mode(data / name) for name in OWN_FILES} == {0o600}
    assert len(report.narrowed) == len([data, *data.rglob("*")])
    assert report.messages("nl") == [
        "Je eigen map was ook voor anderen open; alles is weer alleen voor jou (0700/0600). "
        f"Aangepast: {len(report.narrowed)}"
    ]
    assert check_data_folder(data).messages("nl") == []  # said once: nothing left to fix


@pytest.mark.parametrize("name", ["sessies", "zelf", "exports", "cache", "crashverslagen"])
def test_a_folder_of_kaarten_that_is_a_link_is_refused_and_its_target_untouched(
    tmp_path: Path, name: str
) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir(mode=0o755)
    (elsewhere / "van-iemand.txt").write_text("x", encoding="utf-8")
    (elsewhere / "van-iemand.txt").chmod(0o644)
    (data / name).symlink_to(elsewhere)

    report = check_data_folder(data)

    assert report.refused == [(data / name, "file.link")]
    assert "symbolische link" in report.messages("nl")[0]
    assert mode(elsewhere) == 0o755 and mode(elsewhere / "van-iemand.txt") == 0o644


def test_sessions_never_go_through_a_linked_sessies_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir(mode=0o755)
    forged_log(elsewhere / f"{SESSION_ID}.jsonl", [session_header()]).chmod(0o644)
    (data / "sessies").symlink_to(elsewhere)
    store = SessionStore(data)
    with pytest.raises(UnsafeFile):
        store.prepare()
    with pytest.raises(UnsafeFile):
        store.create("Nieuw", datetime.date(2026, 11, 23), ["Anna"], [])
    assert store.paths() == []
    out, err = io.StringIO(), io.StringIO()
    assert cli_sessions.list_sessions(data, "nl", out, err) == 0
    assert "sessies: dit is een symbolische link" in err.getvalue()
    assert SESSION_ID not in out.getvalue()
    assert mode(elsewhere) == 0o755
    assert mode(elsewhere / f"{SESSION_ID}.jsonl") == 0o644
    assert sorted(p.name for p in elsewhere.iterdir()) == [f"{SESSION_ID}.jsonl"]


def test_the_logboek_is_never_written_through_a_linked_zelf_folder(tmp_path: Path) -> None:
    from kaarten.journal.logfile import ReadOnly

    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    (data / "zelf").symlink_to(elsewhere)
    logbook = OwnStore(data).open_logbook()
    with pytest.raises(ReadOnly):
        logbook.save_answer(("d", "1.1", "doel"), "tekst")
    assert list(elsewhere.iterdir()) == []


def test_a_link_inside_sessies_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = SessionStore(data)
    store.prepare()
    target = forged_log(tmp_path / "elders.jsonl", [session_header()])
    target.chmod(0o644)
    (store.folder / f"{SESSION_ID}.jsonl").symlink_to(target)
    assert check_data_folder(data).refused == [(store.folder / f"{SESSION_ID}.jsonl", "file.link")]
    assert store.summaries()[0].problem is not None
    store.prepare()  # before a session starts: modes are fixed, never through a link
    assert os.path.exists(target) and mode(target) == 0o644
