"""The session log on disk: what is saved stays saved, and damage is found, kept aside and
never written over (BAD_INPUT section D)."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from kaarten.journal import log as journal_module
from kaarten.journal.lock import Locked, WriterLock, lock_path
from kaarten.journal.log import Journal, decode, encode, read_log

HEADER = {"soort": "sessie", "formaat": 1, "id": "s", "titel": "T", "datum": "2026-11-23"}


def new_log(path: Path, notes: int = 0) -> Journal:
    journal = Journal.create(path, HEADER)
    for n in range(notes):
        journal.append({"soort": "notitie", "deck": "d", "kaart": "1.1.1", "tekst": f"n{n}"})
    return journal


def test_a_record_is_one_readable_json_line_with_its_checksum() -> None:
    line = encode({"soort": "notitie", "tekst": "regel 1\nregel 2 \x1b[31m José"})
    assert line.count(b"\n") == 1 and line.endswith(b"\n")
    shown = json.loads(line)
    assert shown["tekst"] == "regel 1\nregel 2 \x1b[31m José"
    assert len(shown["crc"]) == 8
    assert decode(line[:-1]) == {"soort": "notitie", "tekst": "regel 1\nregel 2 \x1b[31m José"}


@pytest.mark.parametrize(
    "change",
    [
        lambda b: b.replace(b"notitie", b"notitiE"),  # a flipped bit in the text
        lambda b: b.replace(b'"crc":"', b'"crc":"0'),  # a damaged checksum
        lambda b: b[:-12],  # no checksum
        lambda b: b"garbage",
    ],
)
def test_a_changed_record_is_not_trusted(change: Callable[[bytes], bytes]) -> None:
    line = encode({"soort": "notitie", "tekst": "x"})[:-1]
    assert decode(change(line)) is None


def test_every_appended_record_is_on_disk_in_order(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    journal = new_log(path, notes=3)
    assert journal.saved
    content = read_log(path)
    assert [r["nr"] for r in content.records] == [0, 1, 2, 3]
    assert [r.get("tekst") for r in content.records[1:]] == ["n0", "n1", "n2"]
    assert all(isinstance(r["tijd"], str) and "T" in r["tijd"] for r in content.records)
    assert not content.problems and content.good_size == content.size
    journal.close()


def test_the_log_is_private(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    new_log(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_cut_off_last_line_is_skipped_kept_aside_and_removed_before_writing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.jsonl"
    new_log(path, notes=2).close()
    whole = path.read_bytes()
    cut = whole + encode({"soort": "notitie", "tekst": "half"})[:20]
    path.write_bytes(cut)
    content = read_log(path)
    assert len(content.records) == 3
    assert [p.code for p in content.problems] == ["log.cut_off"]
    assert content.problems[0].line == 4 and content.cut_off
    journal = Journal.open(path, content)
    journal.append({"soort": "notitie", "deck": "d", "kaart": "k", "tekst": "verder"})
    journal.close()
    again = read_log(path)
    assert not again.problems
    assert [r["nr"] for r in again.records] == [0, 1, 2, 3]
    copies = list(tmp_path.glob("s.jsonl.corrupt-*"))
    assert len(copies) == 1 and copies[0].read_bytes() == cut
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600


def test_a_damaged_middle_record_stops_reading_and_is_never_written_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.jsonl"
    new_log(path, notes=3).close()
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"n1", b"nX")
    path.write_bytes(b"\n".join(lines))
    before = path.read_bytes()
    content = read_log(path)
    assert [r["nr"] for r in content.records] == [0, 1]
    assert content.damaged and content.problems[0].line == 3
    with pytest.raises(ValueError):
        Journal.open(path, content)
    assert path.read_bytes() == before
    copy = journal_module.repair(path, content)
    assert copy.read_bytes() == before
    assert [r["nr"] for r in read_log(path).records] == [0, 1]


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    first = new_log(path)
    with pytest.raises(Locked):
        Journal.open(path, read_log(path))
    first.close()
    Journal.open(path, read_log(path)).close()  # free again once the first is closed


def test_the_lock_is_beside_the_log_never_on_it(tmp_path: Path) -> None:
    # Windows' locks are mandatory: a lock on the log itself would block every reader.
    import fcntl

    path = tmp_path / "s.jsonl"
    writer = new_log(path)
    assert lock_path(path).exists() and lock_path(path).stat().st_mode & 0o777 == 0o600
    with path.open("rb") as reader:
        fcntl.flock(reader, fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody holds the log itself
        assert reader.read().startswith(b"{")
    with pytest.raises(Locked):
        WriterLock(path).acquire()  # but the writer's lock is taken
    writer.close()
    again = WriterLock(path)
    again.acquire()
    again.release()


class FailingDisk:
    """os.write or os.fsync failing with ``code`` while ``failing`` is set; a failing
    write first puts half the data in the file, as a full disk can."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, code: int, call: str) -> None:
        self.failing = True
        self.code = code
        real = getattr(os, call)

        def fake(descriptor: int, *args: object) -> object:
            if self.failing and descriptor > 2:
                if call == "write":
                    data = bytes(args[0])  # type: ignore[call-overload]
                    real(descriptor, data[: len(data) // 2])
                raise OSError(self.code, os.strerror(self.code))
            return real(descriptor, *args)

        monkeypatch.setattr(os, call, fake)


@pytest.mark.parametrize(("code", "call"), [(errno.ENOSPC, "write"), (errno.EIO, "fsync")])
def test_a_disk_that_refuses_keeps_the_records_and_writes_them_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, call: str
) -> None:
    path = tmp_path / "s.jsonl"
    journal = new_log(path, notes=1)
    disk = FailingDisk(monkeypatch, code, call)
    journal.append({"soort": "notitie", "deck": "d", "kaart": "k", "tekst": "eerst"})
    journal.append({"soort": "notitie", "deck": "d", "kaart": "k", "tekst": "dan"})
    assert not journal.saved and len(journal.pending) == 2
    assert journal.error is not None and journal.error.errno == code
    on_disk = read_log(path)
    assert not on_disk.problems and len(on_disk.records) == 2  # no half line left
    disk.failing = False
    assert journal.flush()
    assert [r.get("tekst") for r in read_log(path).records] == [None, "n0", "eerst", "dan"]
    journal.close()


def test_a_file_replaced_from_outside_is_not_written_over(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    journal = new_log(path, notes=1)
    outside = path.read_bytes() + b"written by a sync client\n"
    path.unlink()
    path.write_bytes(outside)
    journal.append({"soort": "notitie", "deck": "d", "kaart": "k", "tekst": "mijn"})
    assert journal.changed_elsewhere and not journal.saved
    assert path.read_bytes() == outside
    journal.close()


def test_appending_to_a_file_grown_from_outside_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    journal = new_log(path)
    with path.open("ab") as other:
        other.write(b"x")
    journal.append({"soort": "notitie", "deck": "d", "kaart": "k", "tekst": "mijn"})
    assert journal.changed_elsewhere and path.read_bytes().endswith(b"x")
    journal.close()


def test_creating_in_an_unwritable_place_leaves_nothing(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        Journal.create(tmp_path / "file" / "s.jsonl", HEADER)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_reading_only_some_kinds_still_finds_damage_in_the_others(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    journal = new_log(path, notes=2)
    journal.append({"soort": "actiepunt", "id": "p1", "deelnemer": "d1", "tekst": "bellen"})
    journal.close()
    content = read_log(path, kinds=["actiepunt"])
    assert [r["soort"] for r in content.records] == ["sessie", "actiepunt"]
    assert content.lines == [1, 4] and not content.problems
    lines = path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b"n0", b"nX")
    path.write_bytes(b"\n".join(lines))
    damaged = read_log(path, kinds=["actiepunt"])
    assert damaged.damaged and damaged.problems[0].line == 2
    assert [r["soort"] for r in damaged.records] == ["sessie"]
