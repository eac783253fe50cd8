"""The sessions in the user's data folder: one log file each, named by a random id.

Names typed by the coach are data inside the logs, never part of a path.
The folder is private (0700, files 0600); wider permissions found at start are narrowed,
and the caller is told so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import os
import secrets
import stat
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kaarten import clock
from kaarten.files.removal import Deleted, clear_leftovers, remove_folder
from kaarten.files.safe import FILE_MODE, FOLDER_MODE
from kaarten.journal.log import (
    FORMAT,
    LogProblem,
    Record,
    as_reader,
    read_log,
    remove_log,
    unreadable,
)
from kaarten.journal.logfile import OpenLog, ReadOnly
from kaarten.locations import SESSIONS, private_folder, session_exports
from kaarten.session.model import NAME_MAX, SESSION, ActionPoint, Decision, Session, replay
from kaarten.text import normalise_name

__all__ = ["ReadOnly"]  # raised by OpenSession.record

REVIEW_KINDS = (
    "deelnemers",
    "actiepunt",
    "actiepunt_bewerkt",
    "actiepunt_klaar",
    "actiepunt_verwijderd",
    "beoordeling",
)
"""The records a review of open action points needs."""

SUFFIX = ".jsonl"


def name_key(name: str) -> str:
    """What makes two typed names the same person: NFC, case and outer spaces ignored."""
    return normalise_name(name).casefold()


def check_name(name: str) -> str:
    """A participant name as it is kept.

    Raises:
        ValueError: with a message code when the name is empty or too long.
    """
    kept = " ".join(normalise_name(name).split())  # a pasted newline or tab: one space
    if not any(c.isprintable() and not c.isspace() for c in kept):  # empty, or invisible
        raise ValueError("session.name_empty")
    if len(kept) > NAME_MAX:
        raise ValueError("session.name_too_long")
    return kept


def closed_by_review(sessions: Iterable[Session]) -> set[tuple[str, str]]:
    """Action points no longer open where they were made, as (session id, action point
    id): a review (in any of ``sessions``) marked them done or dropped, or carried them
    over, when they live on as a copy in the session that did (counted there, once). A
    log from before copies existed keeps a carried point open."""
    return {
        key
        for session in sessions
        for key, decision in session.decisions.items()
        if decision is not Decision.CARRIED or session.carried(*key) is not None
    }


def later_decisions(sessions: Iterable[Session]) -> dict[tuple[str, str], Decision]:
    """Every review decision on an action point, by (session id, action point id), the
    latest one when a point was reviewed twice (in date order)."""
    found: dict[tuple[str, str], Decision] = {}
    for session in sorted(sessions, key=lambda s: (s.date, s.created)):
        found.update(session.decisions)
    return found


def is_own(path: Path, session: Session) -> bool:
    """Whether ``session`` is the log of the file at ``path``: a log is named after the id
    in its header, so another name is a copy (``S (conflicted copy).jsonl``) or a renamed
    file, read and listed but never used to find another file."""
    return path.stem == session.id


class OpenSession(OpenLog[Session]):
    """A session read from disk (see :class:`OpenLog`)."""

    __slots__ = ()
    LOG = dataclasses.replace(SESSION, belongs=is_own)

    @property
    def session(self) -> Session | None:
        return self.state


@dataclass(frozen=True, slots=True)
class Summary:
    """One line of ``kaarten sessies``: what a session log holds, and the file it was read
    from (what every command and screen acts on)."""

    path: Path
    id: str
    date: str
    title: str
    participants: tuple[str, ...]
    open_actions: int
    closed: bool
    problem: LogProblem | None = None
    """Why the session is shown only in part, or not at all."""

    @property
    def copy(self) -> bool:
        """The file holds another file's session (see :func:`is_own`)."""
        return bool(self.title) and self.id != self.path.stem


@dataclass(slots=True)
class GroupHistory:
    """What a group did in its earlier sessions (see :meth:`SessionStore.group_history`)."""

    discussed: set[tuple[str, str]] = field(default_factory=set)
    """(deck, card) drawn before."""
    later: list[tuple[str, str]] = field(default_factory=list)
    """(deck, card) put aside for later and not drawn since, in the order put aside."""
    notes: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    """(deck, card) → the notes made on it: (session date, text), oldest first."""


class SessionStore:
    """The ``sessies`` folder inside a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / SESSIONS

    def prepare(self) -> list[str]:
        """Make the folder private and check it can be written, before a session starts
        (a folder others may read, or one on a full or read-only disk). Returns message
        codes of what was fixed.

        Raises:
            OSError: the folder cannot be made or written.
        """
        fixed: list[str] = []
        private_folder(self.folder, within=self.data_dir)
        if self.folder.stat().st_mode & 0o777 != FOLDER_MODE:
            self.folder.chmod(FOLDER_MODE)
            fixed.append("session.folder_mode_fixed")
        for path in self.paths():
            with contextlib.suppress(OSError):
                info = path.lstat()  # a link is never followed, so never chmodded through
                if stat.S_ISREG(info.st_mode) and info.st_mode & 0o777 != FILE_MODE:
                    path.chmod(FILE_MODE)
                    if "session.file_mode_fixed" not in fixed:
                        fixed.append("session.file_mode_fixed")
        probe = self.folder / f".schrijftest-{os.getpid()}"
        try:
            descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.close(descriptor)
        finally:
            with contextlib.suppress(OSError):
                probe.unlink()
        return fixed

    def paths(self) -> list[Path]:
        """Every session log, oldest first (ids start with the date and time)."""
        if self.folder.is_symlink() or not self.folder.is_dir():  # a link is never followed
            return []
        return sorted(p for p in self.folder.iterdir() if p.name.endswith(SUFFIX))

    def path_of(self, session_id: str) -> Path:
        return self.folder / f"{session_id}{SUFFIX}"

    def find(self, text: str) -> list[Path]:
        """The sessions ``text`` names: an id, or the start of one."""
        exact = self.path_of(text)
        if exact in self.paths():
            return [exact]
        return [p for p in self.paths() if p.name.startswith(text)] if text else []

    def create(
        self,
        title: str,
        date: datetime.date,
        participants: Sequence[str],
        agenda: Sequence[Record],
        previous: str | None = None,
    ) -> OpenSession:
        """A new session with its log on disk.

        Raises:
            OSError: the log cannot be written (nothing is left behind).
            ValueError: a participant name is empty or too long, or two are the same name
                to kaarten (a message code).
        """
        people = [
            {"id": f"d{n}", "naam": check_name(name)} for n, name in enumerate(participants, 1)
        ]
        if len({name_key(p["naam"]) for p in people}) < len(people):
            raise ValueError("session.name_twice")
        # The full check is prepare(), before a session starts.
        private_folder(self.folder, within=self.data_dir)
        # Date and time of day first, so that the files sort in the order of the sessions.
        session_id = f"{date.isoformat()}-{clock.now():%H%M%S}-{secrets.token_hex(3)}"
        header: Record = {
            "soort": "sessie",
            "formaat": FORMAT,
            "id": session_id,
            "titel": title,
            "datum": date.isoformat(),
            "deelnemers": people,
            "agenda": list(agenda),
            "vorige": previous,
        }
        return OpenSession.create(self.path_of(session_id), header)

    def older_than(self, cutoff: datetime.date) -> list[Summary]:
        """Closed sessions dated before ``cutoff``, oldest first (for clearing up)."""
        found = []
        for summary in self.summaries():
            try:
                date = datetime.date.fromisoformat(summary.date)
            except ValueError:
                continue
            if summary.closed and date < cutoff:
                found.append(summary)
        return found

    def delete(self, path: Path) -> Deleted:
        """Remove a session for good: its exports (``exports/<id>/``) first, then the
        damaged copies kept of it, its log and its lock file, so that an interrupted
        deletion leaves the log, and running it again finishes it. It must not be open for
        writing. The leftovers of interrupted rewrites in the data folder go too."""
        deleted = remove_folder(session_exports(self.data_dir, path.stem))
        remove_log(path, deleted)
        clear_leftovers(self.data_dir)  # they may hold this session's text
        return deleted

    def open(self, path: Path, write: bool = True) -> OpenSession:
        """A session from its log: writable if ``write`` and nothing stands in the way,
        else read-only with the reason. Never raises for a bad file."""
        return OpenSession.read(path, write)

    def repair(self, path: Path) -> Path:
        """Keep the readable part of a damaged log; returns the copy of the whole file.

        Raises:
            OSError: the folder cannot be written.
        """
        return OpenSession.repair(path)

    def _read_all(
        self, kinds: Collection[str] | None
    ) -> Iterator[tuple[Path, Session | None, list[LogProblem]]]:
        """Each log, oldest first: its readable part (records of ``kinds`` only, if given;
        see :func:`read_log`) and what was wrong with it."""
        for path in self.paths():
            try:
                content = read_log(path, kinds)
            except OSError as error:
                yield path, None, [unreadable(error)]
                continue
            session, problems, _ = replay(content.records, content.lines)
            yield path, session, as_reader(path, content) + problems

    def logs(self, kinds: Collection[str] | None = None) -> Iterator[tuple[Path, Session]]:
        """Every readable session (its readable part) with its file, oldest first; with
        ``kinds``, built from records of those kinds only. Copies are left out: they are
        listed (:meth:`summaries`), never counted twice nor resumed."""
        for path, session, _ in self._read_all(kinds):
            if session is not None and is_own(path, session):
                yield path, session

    def sessions(self, kinds: Collection[str] | None = None) -> Iterator[Session]:
        """The sessions of :meth:`logs`."""
        return (session for _, session in self.logs(kinds))

    def summaries(self) -> list[Summary]:
        """Every session for ``kaarten sessies``, oldest first, each file read once; open
        action points count what reviews (in any session) left open. Every record is
        checked, so a session shows here exactly as far as its export reads it."""
        read = list(self._read_all(None))
        decided = closed_by_review(s for p, s, _ in read if s is not None and is_own(p, s))
        summaries = []
        for path, session, problems in read:
            if session is not None and not is_own(path, session):
                problems = [LogProblem("log.copy_of", params={"id": session.id}), *problems]
            problem = problems[0] if problems else None
            if session is None:
                summaries.append(Summary(path, path.stem, "", "", (), 0, False, problem))
                continue
            still_open = [a for a in session.open_actions() if (session.id, a.id) not in decided]
            summaries.append(
                Summary(
                    path,
                    session.id,
                    session.date,
                    session.title,
                    tuple(p.name for p in session.participants),
                    len(still_open),
                    session.closed,
                    problem,
                )
            )
        return summaries

    def with_later_decisions(self, session: Session) -> Session:
        """``session`` with what later reviews decided on its action points filled in
        (:attr:`Session.decided_later`), so every export shows a point as it stands."""
        decisions = later_decisions(self.sessions(REVIEW_KINDS))
        session.decided_later = {
            point: decision for (sid, point), decision in decisions.items() if sid == session.id
        }
        return session

    def earlier_open_actions(
        self, names: Sequence[str], before: str
    ) -> list[tuple[Session, ActionPoint, str]]:
        """Open action points of these participants (by name) in sessions other than
        ``before``, oldest first, with the participant's name; done or dropped ones (by a
        review in any session) left out."""
        keys = {name_key(n) for n in names}
        sessions = list(self.sessions(REVIEW_KINDS))
        decided = closed_by_review(sessions)
        found = []
        for session in sessions:
            if session.id == before:
                continue
            for point in session.open_actions():
                person = session.participant(point.participant)
                if person is None or name_key(person.name) not in keys:
                    continue
                if (session.id, point.id) not in decided:
                    found.append((session, point, person.name))
        return found

    def group_history(self, names: Sequence[str], before: str) -> GroupHistory:
        """What this group had in earlier sessions: the cards already discussed, the cards
        put aside for later and not drawn since, and the notes made on cards. A session
        counts as the group's when at least half of ``names`` took part in it."""
        keys = {name_key(n) for n in names}
        history = GroupHistory()
        for session in self.sessions(("deelnemers", "kaart", "voor_later", "notitie")):
            if session.id == before or not keys:
                continue
            present = {name_key(p.name) for p in session.participants} & keys
            if 2 * len(present) < len(keys):
                continue
            drawn = {(d.deck, d.card) for d in session.draws}
            history.discussed |= drawn
            history.later = [c for c in history.later if c not in drawn]
            history.later += [c for c in session.later if c not in history.later]
            for note in session.notes:
                history.notes.setdefault((note.deck, note.card), []).append(
                    (session.date, note.text)
                )
        return history
