"""The personal logboek: answers and reflections under the pages of a kaartenset, which
pages were read, and the teacher's own action points; rebuilt from its log records.

A page is one step of working through a kaartenset: its doel, each card, its
achtergrond, and each definitiekaart it refers to (:func:`pages`). An answer is saved as a
whole text each time it changes, so the last record for a page is its answer.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, TypedDict

from kaarten.deck.labels import KIND
from kaarten.deck.model import CardSet, Deck
from kaarten.i18n import tr
from kaarten.journal.actions import ACTION_KINDS, ActionBook
from kaarten.journal.kinds import Kind, Kinds, Written, header_again
from kaarten.journal.log import FORMAT, Journal, Record
from kaarten.journal.logfile import OpenLog, ReadOnly
from kaarten.journal.records import (
    ActionPoint,
    Participant,
    at,
    check_header,
    text,
)
from kaarten.locations import private_folder
from kaarten.text import clean

ANSWER_MAX = 20_000
"""Longest answer or form field kept: pages of reflection, not a pasted book."""

GOAL = "doel"
BACKGROUND = "achtergrond"
DEFINITION = "definitie:"
"""Page ids: the doel, the achtergrond, ``definitie:<id>``; a card's page is its id."""

ME = "ik"
"""The one participant of a logboek: its owner."""


def kept_text(typed: str) -> tuple[str, bool]:
    """A typed answer or form field as kept (cleaned, at most :data:`ANSWER_MAX`), and
    whether it had to be cut: the screen then says so, nothing is cut silently."""
    kept = clean(typed)
    return kept[:ANSWER_MAX], len(kept) > ANSWER_MAX


def page_title(deck: Deck, card_set: CardSet, page: str, lang: str) -> str:
    """What a page is called: Doel, Kaart 3 (gesprekskaart), Achtergrond, a definitie."""
    if page == GOAL:
        return tr("solo.page.goal", lang)
    if page == BACKGROUND:
        return tr("solo.page.background", lang)
    if page.startswith(DEFINITION):
        found = deck.definitions.get(page.removeprefix(DEFINITION))
        return tr("solo.page.definition", lang, title=found.title if found else page)
    for number, card in enumerate(card_set.cards, 1):
        if card.id == page:
            return tr(
                "solo.page.card",
                lang,
                n=number,
                kind=tr(KIND[card.kind], lang),
            )
    return page


def is_markdown(page: str) -> bool:
    """Whether the page's text is Markdown in the deck (the doel, the achtergrond, a
    definitie) rather than plain text (a card): every place that shows it renders it."""
    return page in (GOAL, BACKGROUND) or page.startswith(DEFINITION)


def page_text(deck: Deck, card_set: CardSet, page: str) -> str:
    """The text of a page as the deck has it: Markdown or plain, see :func:`is_markdown`."""
    if page == GOAL:
        return card_set.goal
    if page == BACKGROUND:
        return card_set.background or ""
    if page.startswith(DEFINITION):
        found = deck.definitions.get(page.removeprefix(DEFINITION))
        return found.text if found else ""
    card = next((c for c in card_set.cards if c.id == page), None)
    return card.text if card else ""


def pages(deck: Deck, card_set: CardSet) -> list[str]:
    """The pages of ``card_set`` in the order to work through them."""
    found = [GOAL, *(card.id for card in card_set.cards)]
    if card_set.background:
        found.append(BACKGROUND)
    found += [DEFINITION + d for d in card_set.definitions if d in deck.definitions]
    return found


@dataclass(slots=True)
class Answer:
    text: str
    at: str


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a kaartenset has been worked through."""

    read: int
    answered: int
    total: int

    @property
    def started(self) -> bool:
        return self.read > 0 or self.answered > 0


Page = tuple[str, str, str]
"""(deck id, kaartenset id, page id)."""


@dataclass(slots=True)
class Logbook:
    created: str
    answers: dict[Page, Answer] = field(default_factory=dict)
    read: set[Page] = field(default_factory=set)
    actions: dict[str, ActionPoint] = field(default_factory=dict)

    def answer(self, page: Page) -> str:
        """The answer saved under ``page``; empty if none."""
        found = self.answers.get(page)
        return found.text if found else ""

    def progress(self, deck: Deck, card_set: CardSet) -> Progress:
        keys = [(deck.id, card_set.id, page) for page in pages(deck, card_set)]
        return Progress(
            read=sum(key in self.read for key in keys),
            answered=sum(bool(self.answer(key).strip()) for key in keys),
            total=len(keys),
        )

    def written(self) -> list[tuple[Page, Answer]]:
        """Every page with a (non-blank) answer, in the order first written."""
        return [(page, a) for page, a in self.answers.items() if a.text.strip()]

    def open_actions(self) -> list[ActionPoint]:
        return [a for a in self.actions.values() if not a.done and not a.deleted]


class LogboekRecord(TypedDict):
    """The header: the first record of the logboek."""

    formaat: int


class AntwoordRecord(TypedDict):
    """An answer under a page, saved whole (the last one counts)."""

    deck: str
    kaartenset: str
    pagina: str
    tekst: str


class GelezenRecord(TypedDict):
    """A page was read."""

    deck: str
    kaartenset: str
    pagina: str


def start(header: Record) -> Logbook:
    """The logboek a header record opens (raises RecordError)."""
    check_header(header, "logboek")
    LOGBOOK.check(header)
    return Logbook(at(header))


def apply(book: Logbook, record: Record) -> None:
    """Add one record to ``book`` (raises RecordError, leaving it unchanged)."""
    LOGBOOK.change(book, record)


def _answer(book: Logbook, record: AntwoordRecord) -> None:
    page = (record["deck"], record["kaartenset"], record["pagina"])
    book.answers.pop(page, None)  # keep dict order: the order last written
    book.answers[page] = Answer(text(record["tekst"], ANSWER_MAX), at(record))


def _read(book: Logbook, record: GelezenRecord) -> None:
    book.read.add((record["deck"], record["kaartenset"], record["pagina"]))


def _saves(record: Record) -> Hashable | None:
    """An answer replaces the earlier answers to its page; the rest all count."""
    if record.get("soort") != "antwoord":
        return None
    return (record["deck"], record["kaartenset"], record["pagina"])


ANSWER = Kind("antwoord", AntwoordRecord, _answer)
READ = Kind("gelezen", GelezenRecord, _read)
LOGBOOK_KINDS: tuple[Kind[Any, Any], ...] = (
    Kind("logboek", LogboekRecord, header_again),
    ANSWER,
    READ,
    *ACTION_KINDS,
)
"""Every kind of record the logboek holds."""
LOGBOOK = Kinds(start, LOGBOOK_KINDS, saves=_saves)


class OpenLogbook(OpenLog[Logbook], ActionBook):
    """The logboek read from disk (or not made yet: ``journal`` None and ``read_only``
    None), and the changes a teacher makes to it."""

    __slots__ = ()
    LOG = LOGBOOK

    @property
    def book(self) -> Logbook:
        assert self.state is not None
        return self.state

    @property
    def writable(self) -> bool:
        """Changes can be made: the logboek is open for writing, or not made yet."""
        return self.read_only is None

    def record(self, kind: str, **fields: object) -> Record:
        """As :meth:`OpenLog.record`; the first change makes the file (so opening Zelf
        aan de slag without writing anything leaves nothing on disk).

        Raises:
            ReadOnly: ``own.not_writable`` when the file cannot be made (tried again on
                the next change), or the reason the logboek is read-only.
        """
        if self.journal is None and self.read_only is None:
            try:
                private_folder(self.path.parent, within=self.path.parent.parent)
                self.journal = Journal.create(self.path, {"soort": "logboek", "formaat": FORMAT})
            except OSError as error:
                raise ReadOnly("solo.not_writable") from error
            self.book.created = self.journal.header["tijd"]
        return super().record(kind, **fields)

    def add_record(self, written: Written) -> Record:
        return self.add(written)

    @property
    def actions(self) -> dict[str, ActionPoint]:
        return self.book.actions

    @property
    def participants(self) -> list[Participant]:
        return [Participant(ME, ME)]

    def save_answer(self, page: Page, typed: str) -> bool:
        """Keep what is typed under ``page`` if it changed; returns whether it was longer
        than :data:`ANSWER_MAX` (then the first part is kept and the caller says so).

        Raises:
            ReadOnly: the logboek cannot be written.
        """
        kept, too_long = kept_text(typed)
        if kept != self.book.answer(page):
            deck, set_id, page_id = page
            self.add(
                ANSWER.new({"deck": deck, "kaartenset": set_id, "pagina": page_id, "tekst": kept})
            )
        return too_long

    def mark_read(self, page: Page) -> None:
        """Remember that ``page`` was read (once; nothing when read-only)."""
        if self.writable and page not in self.book.read:
            deck, set_id, page_id = page
            self.add(READ.new({"deck": deck, "kaartenset": set_id, "pagina": page_id}))
