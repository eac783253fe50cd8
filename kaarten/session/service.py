"""What happens to sessions, whoever asks: starting, resuming, leading, closing and
exporting one. The app's session desk shows the results and the dialogs in between; this
module decides, and never imports Textual or the app.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kaarten.deck.model import Card, Deck, Library
from kaarten.deck.table import CardTable
from kaarten.files.durable import replace_atomically
from kaarten.files.removal import Deleted, damaged_copies, older_than, remove
from kaarten.journal.lock import held_elsewhere
from kaarten.journal.log import LogProblem
from kaarten.locations import log_folders, private_folder, session_exports
from kaarten.session.agenda import as_record
from kaarten.session.export import (
    CardText,
    action_points_excel,
    card_texts,
    handout_name,
    markdown,
    participant_markdown,
)
from kaarten.session.model import ActionPoint, Activity, ActivityKind, Session
from kaarten.session.run import SessionRun
from kaarten.session.store import GroupHistory, SessionStore, Summary

KEEP_DAYS = 365
"""Sessions older than this are mentioned once a month (the coach can turn that off)."""
REMIND_DAYS = 30
COPY_DAYS = 30
"""Damaged copies older than this are offered for removal."""

CardsOf = Callable[[Deck, Sequence[str]], list[Card]]
"""The cards of some kaartensets of a deck, questions typed this run included."""


@dataclass(slots=True)
class Started:
    """A new session, saved and being led."""

    run: SessionRun
    notices: list[str]
    """Message codes of what was fixed in the folder first."""
    earlier_points: list[tuple[Session, ActionPoint, str]]
    """Open action points of these participants from earlier sessions, to review."""


@dataclass(slots=True)
class Opened:
    """An earlier session, opened: ``run`` when it is led again, else its ``session``
    to show read-only (with the reason)."""

    path: Path
    problems: list[LogProblem] = field(default_factory=list)
    run: SessionRun | None = None
    session: Session | None = None
    read_only: str | None = None


@dataclass(slots=True)
class TableActivity:
    """A kaartenset on the table."""

    deck: Deck
    table: CardTable
    set_ids: list[str]


@dataclass(slots=True)
class EnergizerActivity:
    deck: Deck
    energizer: str


class ActionPointActivity:
    """The closing round (or another activity without cards): action points."""


class BreakActivity:
    """A break on the agenda."""


Shown = TableActivity | EnergizerActivity | ActionPointActivity | BreakActivity | None
"""What the current activity puts in front of the group; None: its cards are missing."""


class Sessions:
    """The sessions in one data folder (None: no data folder, nothing is kept), and the
    one being led."""

    def __init__(self, data_folder: Path | None) -> None:
        self.data_folder = data_folder
        self.run: SessionRun | None = None
        """The session being led, if any."""
        self._offered = False

    @property
    def store(self) -> SessionStore | None:
        return SessionStore(self.data_folder) if self.data_folder is not None else None

    # -- starting and resuming -----------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        """Where the session logs are."""
        store = self.store
        return store.folder if store else None

    def listing(self) -> list[Summary]:
        """Every session, newest first; an unreadable one with its problem."""
        store = self.store
        return list(reversed(store.summaries())) if store else []

    def earlier(self) -> list[Summary]:
        """The readable earlier sessions, newest first (to start from one); copies left
        out."""
        return [s for s in self.listing() if s.title and not s.copy]

    def read(self, path: Path) -> Session | None:
        """An earlier session, read without writing to it."""
        store = self.store
        return store.open(path, write=False).session if store else None

    def start(
        self,
        title: str,
        date: datetime.date,
        names: Sequence[str],
        agenda: Sequence[Activity],
        previous: str | None,
    ) -> Started | None:
        """Save a new session and lead it (None without a data folder).

        Raises:
            OSError: the session cannot be saved.
        """
        store = self.store
        if store is None:
            return None
        notices = store.prepare()
        records = [as_record(a) for a in agenda]
        opened = store.create(title, date, names, records, previous)
        self.run = SessionRun(opened)
        points = store.earlier_open_actions(names, opened.path.stem)
        return Started(self.run, notices, points)

    def open(self, path: Path) -> Opened | None:
        """An earlier session: led again when it is not closed, can be written and no
        other is being led; else read-only, with the reason. None: it is the one being
        led already, or there is no data folder."""
        store = self.store
        if store is None or (self.run is not None and self.run.opened.path == path):
            return None
        opened = store.open(path)
        result = Opened(path, list(opened.problems), session=opened.session)
        if opened.session is None:
            return result
        if opened.journal is None or opened.session.closed or self.run is not None:
            opened.close()
            result.read_only = opened.read_only
            return result
        self.run = result.run = SessionRun(opened)
        return result

    def to_resume(self) -> tuple[Path, Session] | None:
        """Once per start: the newest session that was not closed, to offer, with its
        file (never a copy)."""
        if self._offered or self.run is not None:
            return None
        self._offered = True
        store = self.store
        if store is None or not store.paths():
            return None
        unfinished = [(p, s) for p, s in store.logs(("afgesloten",)) if not s.closed]
        return unfinished[-1] if unfinished else None

    def older_than_a_year(self, today: datetime.date) -> list[Summary]:
        """Closed sessions more than a year old: personal data kept longer than most
        schools want (AVG)."""
        store = self.store
        return store.older_than(today - datetime.timedelta(days=KEEP_DAYS)) if store else []

    def damaged_copies(self) -> tuple[list[Path], list[Path]]:
        """The ``.corrupt-`` copies kept of damaged logs (sessions and Zelf aan de slag),
        and those of them older than a month."""
        if self.data_folder is None:
            return [], []
        copies = damaged_copies(log_folders(self.data_folder))
        return copies, older_than(copies, COPY_DAYS)

    def remove_old_copies(self) -> Deleted:
        """Remove the damaged copies older than a month (the logs themselves stay)."""
        return remove(self.damaged_copies()[1])

    # -- leading ----------------------------------------------------------------------------

    def shown(
        self, run: SessionRun, library: Library, cards_of: CardsOf, rng: random.Random
    ) -> Shown:
        """What the current activity puts on the table: a kaartenset's cards (put aside
        for later first, then those this group did not discuss yet), an energizer, or
        for the closing round action points."""
        activity = run.current
        if activity is None:
            return None
        deck = library.decks.get(activity.deck)
        if activity.kind is ActivityKind.CARD_SET and deck is not None:
            set_ids = [i for i in activity.items if i in deck.card_sets]
            cards = cards_of(deck, set_ids)
            table = run.table(activity, cards, lambda: self._group_order(run, deck, cards), rng)
            if table is not None:
                return TableActivity(deck, table, set_ids)
        if activity.kind is ActivityKind.ENERGIZER and deck is not None:
            energizer = next((i for i in activity.items if i in deck.energizers), None)
            if energizer is not None:
                return EnergizerActivity(deck, energizer)
        if activity.kind in (ActivityKind.CLOSING, ActivityKind.OTHER):
            return ActionPointActivity()
        if activity.kind is ActivityKind.BREAK:
            return BreakActivity()
        return None

    def history(self, run: SessionRun) -> GroupHistory:
        """What this group did in its earlier sessions (read once per session led)."""
        if run.history is None:
            store = self.store
            names = [p.name for p in run.session.participants]
            run.history = store.group_history(names, run.session.id) if store else GroupHistory()
        return run.history

    def _group_order(self, run: SessionRun, deck: Deck, cards: list[Card]) -> list[Card]:
        history = self.history(run)
        first = [c for pair in history.later for c in cards if (deck.id, c.id) == pair]
        rest = [c for c in cards if c not in first]
        fresh = [c for c in rest if (deck.id, c.id) not in history.discussed]
        return first + fresh + [c for c in rest if c not in fresh]

    # -- ending -----------------------------------------------------------------------------

    def close(self, run: SessionRun) -> None:
        """End the session for good."""
        run.close()
        run.opened.close()
        if self.run is run:
            self.run = None

    def stop(self) -> SessionRun | None:
        """Put the session being led away: its running timer pauses at its exact reading
        (saved), and the log is released. Returns it, if there was one."""
        run, self.run = self.run, None
        if run is not None:
            run.pause()
            run.opened.close()
        return run

    def delete(self, path: Path) -> Deleted:
        """Remove a session and its exports for good (AVG). The one being led is refused.

        Raises:
            ValueError: ``session.delete_running`` (it is being led) or
                ``session.delete_locked`` (another kaarten writes it).
        """
        store = self.store
        if store is None:
            return Deleted()
        if self.run is not None and self.run.opened.path == path:
            raise ValueError("session.delete_running")
        if held_elsewhere(path):
            raise ValueError("session.delete_locked")
        return store.delete(path)

    def repair(self, path: Path) -> Path | None:
        """Keep the readable part of a damaged log; returns the copy of the whole file.

        Raises:
            OSError: the folder cannot be written.
        """
        store = self.store
        return store.repair(path) if store else None

    def export(
        self, session: Session, path: Path | None, lang: str, library: Library
    ) -> tuple[Path, list[Path]] | None:
        """Write the summary (``sessie.md``), the action points for Excel and one handout
        per participant into the session's export folder; returns it and the files.

        Raises:
            OSError: the files cannot be written.
        """
        folder = self.export_folder(session, path)
        if folder is None:
            return None
        return folder, export_files(session, folder, lang, card_texts(library, lang))

    def export_folder(self, session: Session, path: Path | None) -> Path | None:
        """The session's export folder, named after its log file, never after what the
        file says (None: no data folder)."""
        if self.data_folder is None:
            return None
        return session_exports(self.data_folder, path.stem if path else session.id)


def export_files(session: Session, folder: Path, lang: str, card_text: CardText) -> list[Path]:
    """Write ``sessie.md``, ``actiepunten.csv`` (for Excel) and one
    ``actiepunten-<n>-<name>.md`` per participant into ``folder`` (made private, inside
    the data folder's exports); returns the files."""
    private_folder(folder, within=folder.parent.parent)
    files = [folder / "sessie.md", folder / "actiepunten.csv"]
    replace_atomically(files[0], markdown(session, lang, card_text).encode())
    replace_atomically(files[1], action_points_excel(session, lang).encode())
    for person in session.participants:
        path = folder / handout_name(session, person, "md")
        replace_atomically(path, participant_markdown(session, person, lang).encode())
        files.append(path)
    return files
