"""A session log line with a valid checksum is still input (BAD_INPUT F5, F8): hostile
content is damage at its line, never a crash, never a path, never claimed as a copy."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from kaarten.cli import sessions as cli_sessions
from kaarten.journal.log import Journal, encode, read_log
from kaarten.session.store import SessionStore
from tests.hostile import HOSTILE_KINDS, SESSION_ID, change, finishes, forged_log, session_header

DEEP = b"[" * 100_000 + b"]" * 100_000

FORGED: dict[str, tuple[list[bytes | dict[str, object]], int]] = {
    # name: (the log's lines, the line kaarten must call damaged)
    "deep nesting": (
        [session_header(), b'{"nr":1,"tijd":"t","soort":"notitie","x":' + DEEP + b"}"],
        2,
    ),
    "Infinity": (
        [
            session_header(),
            b'{"nr":1,"tijd":"t","soort":"timer","activiteit":"a1","actie":"pauze",'
            b'"verstreken":Infinity}',
        ],
        2,
    ),
    "NaN": (
        [
            session_header(),
            b'{"nr":1,"tijd":"t","soort":"timer","activiteit":"a1",'
            b'"actie":"pauze","verstreken":NaN}',
        ],
        2,
    ),
    "1e999": (
        [
            session_header(),
            b'{"nr":1,"tijd":"t","soort":"timer","activiteit":"a1",'
            b'"actie":"pauze","verstreken":1e999}',
        ],
        2,
    ),
    "huge minutes": (
        [
            b'{"nr":0,"tijd":"t","soort":"sessie","formaat":1,"id":"x","titel":"t",'
            b'"datum":"2026-11-23","agenda":[{"id":"a1","minuten":1' + b"0" * 400 + b"}]}"
        ],
        1,
    ),
    "minutes past a day": (
        [session_header(agenda=[{"id": "a1", "soort": "kaartenset", "minuten": 10**9}])],
        1,
    ),
    "negative time": (
        [session_header(), change(1, soort="timer", activiteit="a1", actie="pauze", verstreken=-5)],
        2,
    ),
    "format as text": ([session_header(formaat="2")], 1),
    "participants as names": ([session_header(deelnemers=["x"])], 1),
    "action point of nobody": (
        [session_header(), change(1, soort="actiepunt", id="p1", deelnemer="d9", tekst="t")],
        2,
    ),
    "timer of no activity": (
        [session_header(), change(1, soort="timer", activiteit="a9", actie="start", verstreken=0)],
        2,
    ),
    "card for nobody": (
        [session_header(), change(1, soort="kaart", deck="d", kaart="k", deelnemer="d9")],
        2,
    ),
    "pile of no activity": (
        [
            session_header(),
            change(1, soort="stapel", activiteit="a9", kaarten=["k"], positie=0, getrokken=[]),
        ],
        2,
    ),
    "pile position past its end": (
        [
            session_header(),
            change(1, soort="stapel", activiteit="a1", kaarten=["k"], positie=1, getrokken=[]),
        ],
        2,
    ),
    "empty pile": (
        [
            session_header(),
            change(1, soort="stapel", activiteit="a1", kaarten=[], positie=0, getrokken=[]),
        ],
        2,
    ),
    "pile of numbers": (
        [
            session_header(),
            change(1, soort="stapel", activiteit="a1", kaarten=[1], positie=0, getrokken=[]),
        ],
        2,
    ),
    "round of nobody": (
        [
            session_header(),
            change(1, soort="stapel", activiteit="a1", kaarten=["k"], positie=0, getrokken=[]),
            change(2, soort="rondje", activiteit="a1", deelnemers=["d1", "d9"]),
        ],
        3,
    ),
    "round without a pile": (
        [session_header(), change(1, soort="rondje", activiteit="a1", deelnemers=["d1"])],
        2,
    ),
    "handleiding as text": ([session_header(), change(1, soort="handleiding", verborgen="ja")], 2),
    "id that is a path": ([session_header(id="/tmp/elders")], 1),
    "id that climbs": ([session_header(id="../../elders")], 1),
}


def _export(home: Path, form: str = "md") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_sessions.export_session("2026", None, form, home, [], "nl", out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", sorted(FORGED))
def test_a_forged_record_is_damage_at_its_line(tmp_path: Path, name: str) -> None:
    lines, damaged_line = FORGED[name]
    store = SessionStore(tmp_path)
    path = forged_log(store.folder / f"{SESSION_ID}.jsonl", lines)

    opened = store.open(path)
    assert opened.journal is None, "a forged log must never be opened for writing"
    assert opened.read_only == "log.damaged"
    assert opened.problems[0].line == damaged_line
    # Every way of reading it ends in a message, not a traceback.
    summaries = store.summaries()
    assert summaries[0].problem is not None
    for form in ("md", "csv", "json"):
        code, _, err = _export(tmp_path, form)
        assert code == 1
        assert f"{SESSION_ID}.jsonl:{damaged_line}" in err
    # h keeps the readable part; the whole file is copied aside first.
    whole = path.read_bytes()
    copy = store.repair(path)
    assert copy.read_bytes() == whole
    if damaged_line > 1:
        assert [r["nr"] for r in read_log(path).records] == list(range(damaged_line - 1))
        again = store.open(path)
        assert again.read_only is None and again.session is not None
        again.close()
    else:
        assert not path.exists()  # nothing was readable: nothing is left but the copy


def test_an_export_never_writes_where_the_file_says(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elders"
    store = SessionStore(tmp_path / "data")
    forged_log(store.folder / f"{SESSION_ID}.jsonl", [session_header(id=str(elsewhere))])
    opened = store.open(store.folder / f"{SESSION_ID}.jsonl")
    assert opened.session is None
    assert not elsewhere.exists()


def test_open_action_points_are_counted_as_every_export_shows_them(tmp_path: Path) -> None:
    """A point of a participant the session no longer has is neither counted by
    ``kaarten sessies`` nor shown in an export."""
    store = SessionStore(tmp_path)
    path = forged_log(
        store.folder / f"{SESSION_ID}.jsonl",
        [
            session_header(deelnemers=[{"id": "d1", "naam": "Anna"}, {"id": "d2", "naam": "Bo"}]),
            change(1, soort="actiepunt", id="p1", deelnemer="d1", tekst="Anna's punt"),
            change(2, soort="actiepunt", id="p2", deelnemer="d2", tekst="Bo's punt"),
            change(3, soort="deelnemers", deelnemers=[{"id": "d1", "naam": "Anna"}]),
        ],
    )
    assert store.open(path, write=False).problems == []
    assert store.summaries()[0].open_actions == 1
    code, markdown, _ = _export(tmp_path)
    assert code == 0 and "Anna's punt" in markdown and "Bo's punt" not in markdown
    code, table, _ = _export(tmp_path, "csv")
    assert table.count("s punt") == 1


# -- files in the data folder that are not logs (BAD_INPUT F2) ------------------------------


@pytest.mark.parametrize("kind", sorted(HOSTILE_KINDS))
def test_a_session_file_that_is_a_pipe_or_device_does_not_hang(tmp_path: Path, kind: str) -> None:
    store = SessionStore(tmp_path)
    store.folder.mkdir(mode=0o700)
    HOSTILE_KINDS[kind](store.folder / f"{SESSION_ID}.jsonl")
    summaries = finishes(store.summaries)
    assert summaries[0].problem is not None and summaries[0].problem.code == "log.not_regular"
    code, _, err = finishes(lambda: _export(tmp_path))
    assert code == 1 and "geen gewoon bestand" in err


# -- a reader while kaarten writes (BAD_INPUT F8) -------------------------------------------


def _half_written(path: Path) -> bytes:
    line = encode(change(9, soort="notitie", deck="d", kaart="k", tekst="bijna"))
    with path.open("ab") as log:
        log.write(line[: len(line) // 2])
    return line


def test_a_change_being_written_is_not_damage_to_a_reader(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    writer = store.create("Bijeenkomst", __import__("datetime").date(2026, 11, 23), ["Anna"], [])
    _half_written(writer.path)  # the writer is in the middle of a line: it holds the lock
    code, _, err = _export(tmp_path)
    assert (code, err) == (0, "")
    assert store.summaries()[0].problem is None
    assert not list(store.folder.glob("*.corrupt-*"))
    writer.close()


def test_a_line_cut_off_by_a_crash_is_reported_to_a_reader_without_a_promised_copy(
    tmp_path: Path,
) -> None:
    store = SessionStore(tmp_path)
    writer = store.create("Bijeenkomst", __import__("datetime").date(2026, 11, 23), ["Anna"], [])
    writer.close()  # the crash: nobody holds the file any more
    _half_written(writer.path)
    code, _, err = _export(tmp_path)
    assert code == 1 and "afgebroken" in err
    assert ".corrupt" not in err
    assert not list(store.folder.glob("*.corrupt-*"))  # a reader makes no copy


def test_exports_while_kaarten_appends_never_see_damage(tmp_path: Path) -> None:
    """A real writer process appends as fast as it can while exports read (1 in 40
    exports reported damage and a copy that did not exist)."""
    import subprocess
    import sys
    import time

    store = SessionStore(tmp_path)
    opened = store.create("Bijeenkomst", __import__("datetime").date(2026, 11, 23), ["Anna"], [])
    opened.close()
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from kaarten.session.store import SessionStore\n"
        "store = SessionStore(Path(sys.argv[1]))\n"
        "opened = store.open(store.paths()[0])\n"
        "end = time.monotonic() + 3\n"
        "n = 0\n"
        "while time.monotonic() < end:\n"
        "    n += 1\n"
        "    opened.record('notitie', deck='d', kaart='k', tekst='x' * 3000 + str(n))\n"
        "opened.close()\n"
    )
    size = opened.path.stat().st_size
    writer = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)])
    try:
        end = time.monotonic() + 30
        while opened.path.stat().st_size == size:  # until the writer is writing
            assert time.monotonic() < end and writer.poll() is None, "the writer never wrote"
            time.sleep(0.01)
        reads = 0
        while writer.poll() is None:
            code, _, err = _export(tmp_path, "json")
            assert (code, err) == (0, ""), err
            reads += 1
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == 0 and reads > 5
    assert not list(store.folder.glob("*.corrupt-*"))
    assert os.path.getsize(store.paths()[0]) > 0
    assert json.loads(_export(tmp_path, "json")[1])["titel"] == "Bijeenkomst"


def test_the_journal_refuses_to_append_to_a_fifo(tmp_path: Path) -> None:
    from kaarten.journal.log import LogContent
    from tests.hostile import fifo

    path = fifo(tmp_path / "s.jsonl")
    content = LogContent([], [], [], 0, 0)
    with pytest.raises(OSError):
        finishes(lambda: Journal.open(path, content))
