"""A log file opened as what it holds: the state its records add up to, and the journal
to change it with. Sessions, the personal logboek and each voorbereidingsformulier are
opened, changed and repaired the same way; each kind says how its records add up.

Compaction: an answer or form field is saved whole at every pause in typing, so an hour of
typing can leave a megabyte of earlier versions. A kind of log that saves such texts says
what each record saves (:meth:`OpenLog.saves`); when a log opened for writing is at least
:data:`COMPACT_FROM` and half of it or more is superseded, it is rewritten with only the
records that still count, under its lock and in the atomic way, and only after the
rewritten records are shown to add up to the same state. Earlier versions of a text are
then gone from disk, which is also what someone who deleted a sentence expects.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Generic, Self, TypeVar

from kaarten.journal.kinds import Kinds, Written
from kaarten.journal.lock import Locked
from kaarten.journal.log import (
    Journal,
    LogContent,
    LogProblem,
    Record,
    as_reader,
    encode,
    read_log,
    repair,
    unreadable,
)
from kaarten.journal.records import replay_log

State = TypeVar("State")


DAMAGED = "log.damaged"
"""Why a log is read-only: a record is damaged (a repair keeps the readable part)."""
NOT_FOR_WRITING = "log.not_for_writing"
"""Why a log is read-only: it was opened only to be read; nothing is wrong with it."""

COPY = "log.copy"
"""Why a log is read-only: it is another file's log (a copy a sync service made, a renamed
file). It is read and listed, never written, nor used to find the file it names."""

COMPACT_FROM = 256 * 1024
"""Smallest log compacted (bytes): about a quarter of an hour of steady typing."""


class ReadOnly(Exception):
    """The log cannot be written to; ``reason`` is a message code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(slots=True)
class OpenLog(Generic[State]):
    """A log read from disk, and the journal to change it with (None: read-only,
    ``read_only`` says why). A subclass names its kind of log (:attr:`LOG`: how records
    add up) and adds what its users do with it."""

    LOG: ClassVar[Kinds[Any]]
    """The kind of log: header, record kinds, what a record saves, whose file it is."""

    path: Path
    state: State | None
    journal: Journal | None
    problems: list[LogProblem] = field(default_factory=list)
    read_only: str | None = None

    @classmethod
    def begin(cls, header: Record) -> State:
        """The state a header record opens (raises RecordError)."""
        state: State = cls.LOG.start(header)
        return state

    @classmethod
    def change(cls, state: State, record: Record) -> None:
        """Add one record to ``state`` (raises RecordError, leaving it unchanged)."""
        cls.LOG.change(state, record)

    @classmethod
    def belongs(cls, path: Path, state: State) -> bool:
        """Whether ``state`` is the log of the file at ``path`` (a log that names its file
        can be another file's copy); see :data:`COPY`."""
        return cls.LOG.belongs(path, state)

    @classmethod
    def saves(cls, record: Record) -> Hashable | None:
        """What ``record`` saves whole, so that a later record saving the same replaces
        it (an answer to one page, one form field); None when every record counts, as in
        a session, which is what happened and is never compacted."""
        return cls.LOG.saves(record)

    @classmethod
    def current(cls, records: list[Record]) -> list[Record]:
        """``records`` without those a later record replaces (see :meth:`saves`), in order."""
        keys = [cls.saves(record) for record in records]
        last = {key: index for index, key in enumerate(keys) if key is not None}
        return [
            record
            for index, (record, key) in enumerate(zip(records, keys, strict=True))
            if key is None or last[key] == index
        ]

    @classmethod
    def create(cls, path: Path, header: Record) -> Self:
        """A new log on disk whose first record is ``header``.

        Raises:
            OSError: the file cannot be made; nothing is left behind.
        """
        journal = Journal.create(path, header)
        return cls(path, cls.begin(journal.header), journal)

    @classmethod
    def read(cls, path: Path, write: bool = True) -> Self:
        """A log from disk: writable if ``write`` and nothing stands in the way, else
        read-only with the reason. Never raises for a bad file."""
        try:
            content = read_log(path)
        except OSError as error:
            return cls(path, None, None, [unreadable(error)], "log.unreadable")
        replayed = replay_log(content.records, content.lines, cls.begin, cls.change)
        state, found, used = replayed
        problems = as_reader(path, content) + found  # until this opens it for writing
        if state is None:  # nothing usable: h may keep a copy and start afresh, unless newer
            newer = problems[0].code == "log.newer"
            return cls(path, None, None, problems, "log.newer" if newer else DAMAGED)
        if content.damaged or used < len(content.records):
            return cls(path, state, None, problems, DAMAGED)
        if not cls.belongs(path, state):
            return cls(path, state, None, problems, COPY)
        if not write:
            return cls(path, state, None, problems, NOT_FOR_WRITING)
        try:
            journal = Journal.open(path, content)
        except Locked:
            return cls(path, state, None, problems, "log.locked")
        except (OSError, ValueError):
            return cls(path, state, None, problems, "log.not_writable")
        # Opened for writing: a cut-off last line has now been copied aside and removed.
        try:
            cls._compact(journal, content, state)
        except OSError:
            if journal.closed:
                return cls(path, state, None, problems, "log.not_writable")
        return cls(path, state, journal, content.problems + found)

    @classmethod
    def _compact(cls, journal: Journal, content: LogContent, state: State) -> None:
        """Rewrite the log without its superseded records when that halves it (see the
        module).

        Raises:
            OSError: the rewrite failed; the log is as it was.
        """
        if content.good_size < COMPACT_FROM:
            return
        kept = cls.current(content.records)
        if len(kept) == len(content.records):
            return
        if sum(len(encode(record)) for record in kept) * 2 > content.good_size:
            return
        rebuilt = cls.begin(kept[0])
        for record in kept[1:]:
            cls.change(rebuilt, record)
        if rebuilt != state:  # never lose what counts: leave the log as it is
            return
        journal.rewrite(kept)

    @classmethod
    def repair(cls, path: Path) -> Path:
        """Keep the readable part of a damaged log; returns the copy of the whole file.

        Raises:
            OSError: the folder cannot be written.
        """
        content = read_log(path)
        _, _, used = replay_log(content.records, content.lines, cls.begin, cls.change)
        content.records = content.records[:used]
        return repair(path, content)

    def add(self, written: Written) -> Record:
        """Apply and append a record made by its kind (``CARD.new({...})``: mypy checks
        the fields against the kind's declaration).

        Raises:
            ReadOnly: this log cannot be written.
        """
        return self.record(written.kind, **written.fields)

    def record(self, kind: str, **fields: object) -> Record:
        """Apply a change and append it to the log (see ``unsaved`` for the disk). The
        app writes through :meth:`add`; this untyped door is for repairs and tests.

        Raises:
            ReadOnly: this log cannot be written.
            RecordError: the change is malformed (a programming error); nothing written.
        """
        if self.journal is None or self.state is None:
            raise ReadOnly(self.read_only or "log.read_only")
        record = self.journal.stamp({"soort": kind, **fields})
        self.change(self.state, record)
        return self.journal.append(record)

    @property
    def repairable(self) -> bool:
        """Read-only because of damage, which :meth:`repair` can set right."""
        return self.read_only == DAMAGED

    @property
    def unsaved(self) -> int:
        """Changes kept in memory only, because the disk refused them so far."""
        return len(self.journal.pending) if self.journal else 0

    def retry_saving(self) -> bool:
        """Try again to write what the disk refused; tell whether all is saved now."""
        return self.journal.flush() if self.journal else True

    def close(self) -> None:
        if self.journal is not None:
            self.journal.flush()
            self.journal.close()
