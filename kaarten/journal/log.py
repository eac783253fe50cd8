"""A log on disk (a session, the logboek, a form): one append-only file of JSON lines.

Every change is one record: a line of JSON that ends in a CRC-32 of the rest of the line,
appended and flushed to the disk (``fsync``) before :meth:`Journal.append` reports it saved.
Appending writes only the new line, so it costs the same after 10 or 10,000 records.

What can go wrong, and what happens:

- A last line cut off by a crash (it never reported saved): skipped with a warning; before
  the session is written again, the file is copied aside as ``<name>.corrupt-<time>`` and
  the cut-off tail removed.
- A damaged line further up, or a record from a newer kaarten: the records before it are
  read, and the file is never written; :func:`repair` can keep that valid part.
- A disk that is full or fails: the records stay in memory (``pending``) and are written on
  the next try; the file is cut back to its last good length first, so a half-written
  line never stays in it.
- Two kaarten on one session: the second cannot get the lock and opens it read-only. The
  lock is on a file beside the log (:mod:`kaarten.journal.lock`), the system's, so a
  crashed instance never leaves a stale one, on Windows too.
- A file changed by something else (a sync client) while open: noticed before writing;
  nothing is written over it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kaarten import clock
from kaarten.files.durable import replace_atomically, sync_file, sync_folder, write_all, write_new
from kaarten.files.removal import Deleted, remove
from kaarten.files.safe import FILE_MODE, NO_BLOCK, NO_FOLLOW, UnsafeFile, read_bounded
from kaarten.journal.lock import WriterLock, held_elsewhere, lock_path

FORMAT = 2
"""The log format this kaarten writes; a header with a higher one is never written to.
Format 2 added the card table (``stapel``, ``rondje``) and ``handleiding`` records."""

MAX_BYTES = 128 * 1024 * 1024
"""The largest log read: a session of 10,000 changes is about 2 MB, a logboek typed in
for a hundred hours about 100 MB."""

Record = dict[str, Any]

_APPEND = os.O_WRONLY | os.O_APPEND | NO_BLOCK | NO_FOLLOW
"""How an existing log is opened to write to: appending only, never through a link, and
never waiting on a FIFO put in its place."""
_CRC = re.compile(rb',"crc":"([0-9a-f]{8})"\}$')
_KIND = re.compile(rb'"soort":"([a-z_]+)"')


@dataclass(frozen=True, slots=True)
class LogProblem:
    """Something wrong in a log file: a message code (see :mod:`kaarten.i18n`, prefix
    ``log.``), the 1-based line, and values for the message."""

    code: str
    line: int | None = None
    params: dict[str, object] = field(default_factory=dict)


def now() -> str:
    """The local wall-clock time with its UTC offset, to the second, as records carry it."""
    return clock.now().isoformat(timespec="seconds")


def encode(record: Record) -> bytes:
    """One record as a line of JSON ending in its checksum. ``json`` escapes control
    characters, so a newline in a typed text never splits a record."""
    body = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    if body == b"{}":
        raise ValueError("a record has fields")
    return body[:-1] + b',"crc":"%08x"}\n' % zlib.crc32(body)


def _wanted(line: bytes, kinds: set[bytes]) -> bool:
    found = _KIND.search(line, 0, 200)  # the kind comes after nr and tijd
    return found is None or found.group(1) in kinds


def _intact(line: bytes) -> bool:
    found = _CRC.search(line)
    return found is not None and zlib.crc32(line[: found.start()] + b"}") == int(found.group(1), 16)


def _not_a_number(text: str) -> None:
    raise ValueError(f"{text} is not a number kaarten writes")


def decode(line: bytes) -> Record | None:
    """The record on ``line`` (without its newline), or None if it is damaged. A line
    whose checksum is right is still input, since anyone can compute one: ``NaN`` and
    ``Infinity`` and nesting too deep for the parser (100,000 ``[``) are damage, not a
    crash; the fields are checked by kind afterwards (:mod:`kaarten.journal.records`)."""
    if not _intact(line):
        return None
    try:
        record = json.loads(line[: line.rindex(b',"crc":"')] + b"}", parse_constant=_not_a_number)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


@dataclass(slots=True)
class LogContent:
    """What a log file holds: the records that can be trusted, and what was wrong."""

    records: list[Record]
    lines: list[int]
    """The line number of each record."""
    problems: list[LogProblem]
    good_size: int
    """Bytes up to the end of the last trusted record."""
    size: int
    """Bytes in the file as read."""
    damaged: bool = False
    """Something past the trusted records is wrong, other than a cut-off last line."""

    @property
    def cut_off(self) -> bool:
        """The file ends in a line that was never finished (a crash while writing)."""
        return not self.damaged and self.size > self.good_size


def read_log(path: Path, kinds: Collection[str] | None = None) -> LogContent:
    """Read a log: every record up to the first damaged one. With ``kinds``, only records
    of those kinds (and the header) are decoded; the others are still checked, not
    returned: a review over a thousand sessions needs only their action points.

    Raises:
        OSError: the file cannot be read at all; :class:`~kaarten.files.safe.UnsafeFile` when
            it is no regular file, a link, or larger than :data:`MAX_BYTES`.
    """
    wanted = None if kinds is None else {k.encode() for k in (*kinds, "sessie")}
    data = read_bounded(path, MAX_BYTES, follow=False)
    records: list[Record] = []
    lines: list[int] = []
    problems: list[LogProblem] = []
    offset = 0
    number = 0
    damaged = False
    while offset < len(data):
        number += 1
        end = data.find(b"\n", offset)
        if end < 0:  # no newline: the write of this line never finished
            problems.append(LogProblem("log.cut_off", number))
            break
        line = data[offset:end]
        if wanted is not None and number > 1 and not _wanted(line, wanted):  # 1: the header
            if not _intact(line):
                problems.append(LogProblem("log.damaged", number))
                damaged = True
                break
            offset = end + 1
            continue
        record = decode(line)
        if record is None:
            problems.append(LogProblem("log.damaged", number))
            damaged = True
            break
        records.append(record)
        lines.append(number)
        offset = end + 1
    return LogContent(records, lines, problems, offset, len(data), damaged)


def as_reader(path: Path, content: LogContent) -> list[LogProblem]:
    """The problems of ``content`` for a reader that does not write (an export, a list):
    a cut-off last line of a log that another kaarten holds open is a change being
    written, not damage, and is left out; otherwise it is reported without the promise of
    a copy, which only a writer makes (:meth:`Journal.open`)."""
    if not content.cut_off:
        return content.problems
    rest = [p for p in content.problems if p.code != "log.cut_off"]
    if _being_written(path):
        return rest
    line = next(p.line for p in content.problems if p.code == "log.cut_off")
    return [*rest, LogProblem("log.cut_off_read", line)]


def _being_written(path: Path) -> bool:
    """Tell whether a kaarten holds ``path`` open for writing (it holds its lock)."""
    return held_elsewhere(path)


def unreadable(error: OSError) -> LogProblem:
    """Why a log could not be read at all, as a problem to show."""
    if isinstance(error, UnsafeFile) and error.reason in ("file.not_regular", "file.link"):
        return LogProblem("log.not_regular")
    if isinstance(error, UnsafeFile) and error.reason == "file.too_large":
        return LogProblem("log.too_large", params={"limit": MAX_BYTES // 1024 // 1024})
    return LogProblem("log.unreadable")


def quarantine(path: Path) -> Path:
    """Copy ``path`` aside as ``<name>.corrupt-<time>`` (mode 0600) and return the copy."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    write_new(target, read_bounded(path, MAX_BYTES, follow=False))
    # Its age decides when it is offered for removal: the app's clock, not the disk's.
    moment = clock.timestamp()
    os.utime(target, (moment, moment))  # just made by write_new: no link
    return target


def copies_of(path: Path) -> list[Path]:
    """The copies :func:`quarantine` kept of the log at ``path``."""
    return list(path.parent.glob(f"{path.name}.corrupt-*"))


def remove_log(path: Path, into: Deleted | None = None) -> Deleted:
    """Remove a log for good: the copies kept of it, the file, and its lock file (which
    holds no data, so it is not counted), in that order: an interrupted removal leaves the
    log to find again. It must not be open for writing."""
    deleted = remove([*copies_of(path), path], into)
    remove([lock_path(path)])
    return deleted


def numbered(records: list[Record]) -> bytes:
    """``records`` as a whole log, numbered again from 0 (times kept): what a rewrite
    (:func:`repair`, compaction, taking a person out) puts in place of the old file."""
    return b"".join(
        encode({"nr": number, **{k: v for k, v in record.items() if k != "nr"}})
        for number, record in enumerate(records)
    )


def rewrite_log(path: Path, records: list[Record], size: int) -> None:
    """Replace a log no one writes to by ``records`` (numbered again), in the atomic way,
    holding its lock meanwhile; ``size`` is its length when read, to make sure nothing was
    added since.

    Raises:
        Locked: a kaarten writes to it now.
        ValueError: it changed since it was read.
        OSError: it could not be replaced; it is as it was.
    """
    lock = WriterLock(path)
    lock.acquire()
    try:
        if os.stat(path, follow_symlinks=False).st_size != size:
            raise ValueError("changed since read")
        replace_atomically(path, numbered(records))
    finally:
        lock.release()


def repair(path: Path, content: LogContent) -> Path:
    """Keep only the trusted records of a damaged log: the whole file is copied aside
    first (returned), then replaced by its trusted part (or removed, if none is left)."""
    copy = quarantine(path)
    if content.records:
        replace_atomically(path, numbered(content.records))
    else:  # nothing to keep: no file, so a new one can be made in its place
        path.unlink()
        sync_folder(path.parent)
    return copy


class Journal:
    """A log open for appending, locked against other kaarten instances."""

    def __init__(
        self, path: Path, descriptor: int, size: int, next_number: int, lock: WriterLock
    ) -> None:
        self.path = path
        self._lock = lock
        self._descriptor = descriptor
        self._size = size
        self._inode = os.fstat(descriptor).st_ino
        self.next_number = next_number
        self.pending: list[Record] = []
        """Records not yet on disk, oldest first: shown as unsaved, written on next try."""
        self.error: OSError | None = None
        """Why the last write failed, while records are pending."""
        self.changed_elsewhere = False
        """The file was changed by something else: nothing more is written to it."""
        self.header: Record = {}
        """The first record, as written by :meth:`create`."""

    @classmethod
    def create(cls, path: Path, header: Record) -> Journal:
        """A new log whose first record is ``header``.

        Raises:
            OSError: the file cannot be made (it exists, or the folder is not writable);
                nothing is left behind.
        """
        lock = WriterLock(path)
        lock.acquire()
        try:
            descriptor = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, FILE_MODE
            )
        except BaseException:
            lock.release()
            raise
        try:
            journal = cls(path, descriptor, 0, 0, lock)
            journal.header = journal.append(header)
        except BaseException:
            os.close(descriptor)
            lock.release()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        if journal.pending:
            error = journal.error or OSError("not saved")
            journal.close()
            with contextlib.suppress(OSError):
                path.unlink()
            raise error
        sync_folder(path.parent)
        return journal

    @classmethod
    def open(cls, path: Path, content: LogContent) -> Journal:
        """Open a log read with :func:`read_log` to append to it. A cut-off last line is
        copied aside and removed first.

        Raises:
            Locked: another kaarten writes to it.
            ValueError: the log is damaged (see :func:`repair`).
            OSError: the file cannot be opened for writing.
        """
        if content.damaged:
            raise ValueError("damaged log")
        lock = WriterLock(path)
        lock.acquire()
        try:
            descriptor = os.open(path, _APPEND)
        except BaseException:
            lock.release()
            raise
        try:
            if os.fstat(descriptor).st_size != content.size:
                raise ValueError("changed since read")
            if content.cut_off:
                quarantine(path)
                os.ftruncate(descriptor, content.good_size)
                sync_file(descriptor)
            if os.fstat(descriptor).st_mode & 0o777 != FILE_MODE:
                os.fchmod(descriptor, FILE_MODE)
        except BaseException:
            os.close(descriptor)
            lock.release()
            raise
        return cls(path, descriptor, content.good_size, len(content.records), lock)

    @property
    def saved(self) -> bool:
        """Everything appended is on disk."""
        return not self.pending

    def stamp(self, fields: Record) -> Record:
        """``fields`` as the next record: numbered (``nr``) and time-stamped (``tijd``)."""
        return {"nr": self.next_number, "tijd": now(), **fields}

    def append(self, record: Record) -> Record:
        """Write ``record`` (stamped here unless :meth:`stamp` did) after every record
        still pending. Never raises for a disk problem: see ``pending`` and ``error``."""
        if record.get("nr") != self.next_number:
            record = self.stamp(record)
        self.next_number += 1
        self.pending.append(record)
        self.flush()
        return record

    def flush(self) -> bool:
        """Try to write the pending records; tell whether all are on disk now."""
        if not self.pending or self.changed_elsewhere:
            return not self.pending
        if self._changed_elsewhere():
            self.changed_elsewhere = True
            return False
        data = b"".join(encode(r) for r in self.pending)
        try:
            write_all(self._descriptor, data)
            sync_file(self._descriptor)
        except OSError as error:
            # Not saved, whatever part reached the file: cut back to the last good end so
            # no half line stays, and keep everything for the next try.
            self.error = error
            with contextlib.suppress(OSError):
                os.ftruncate(self._descriptor, self._size)
            return False
        self._size += len(data)
        self.pending.clear()
        self.error = None
        return True

    def _changed_elsewhere(self) -> bool:
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return True
        mine = os.fstat(self._descriptor)
        return on_disk.st_ino != self._inode or mine.st_size != self._size

    def rewrite(self, records: list[Record]) -> None:
        """Replace the whole log by ``records`` (numbered again), in the atomic way, while
        this journal holds the lock: a crash leaves the old file or the new one. The file
        is closed for the rename, which Windows refuses over an open file.

        Raises:
            OSError: the log was not replaced; the journal writes to it as before (or,
                if it cannot be opened again, is closed).
        """
        if self.pending:
            raise ValueError("rewrite with records not yet saved")
        data = numbered(records)
        os.close(self._descriptor)
        self._descriptor = -1
        try:
            replace_atomically(self.path, data)
            self._size, self.next_number = len(data), len(records)
        finally:
            try:
                self._descriptor = os.open(self.path, _APPEND)
            except OSError:
                self.close()
                raise
            self._inode = os.fstat(self._descriptor).st_ino

    @property
    def closed(self) -> bool:
        return self._descriptor < 0

    def close(self) -> None:
        """Release the file and its lock (pending records stay in ``pending``)."""
        if self._descriptor >= 0:
            os.close(self._descriptor)
            self._descriptor = -1
        self._lock.release()
