"""A session as the coach sees it, rebuilt from its log records.

The records are the truth; :class:`Session` is what they add up to. The app changes a
session only by appending a record and applying it here (:func:`apply`), so a session
being run and one read back from disk can never differ. Records use Dutch keys, like the
deck files: the log is meant to be readable.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field, replace
from typing import Any, NotRequired, TypedDict

from kaarten.deck.table import presence_changed, turn_taken
from kaarten.journal.actions import ACTION_KINDS, ACTION_NAMES
from kaarten.journal.kinds import Kind, Kinds, header_again
from kaarten.journal.log import LogProblem, Record
from kaarten.journal.records import (
    TEXT_MAX,
    ActionPoint,
    Participant,
    RecordError,
    at,
    check_file_id,
    check_header,
    replay_log,
)
from kaarten.journal.records import text as _text
from kaarten.text import normalise_name

__all__ = ["TEXT_MAX", "ActionPoint", "Participant", "RecordError"]  # kept importable from here

NAME_MAX = 200
"""Longest participant name: long double names fit, a pasted page does not (C3)."""
ELAPSED_MAX = 10**7
"""Seconds on one timer: 115 days, far past any session (a forged number is damage)."""


class ActivityKind(enum.StrEnum):
    """What an agenda item is; the value is the log's word for it."""

    ENERGIZER = "energizer"
    CARD_SET = "kaartenset"
    CLOSING = "afsluiting"
    BREAK = "pauze"
    """A break: the room sees when the group goes on, with its own countdown."""
    OTHER = "anders"
    """Anything else: a record written by hand, or by a newer kaarten."""


TIMER_ACTIONS = ("start", "pauze", "hervat", "minuut", "reset", "stand")
"""``stand`` is a reading of a running timer, saved now and then so a crash loses little."""


class Decision(enum.StrEnum):
    """What the review decided on an earlier open action point (the log's word)."""

    DONE = "klaar"
    CARRIED = "doorgeschoven"
    """Carried over: it becomes an action point of this session."""
    DROPPED = "vervallen"


@dataclass(slots=True)
class Activity:
    """One agenda item: ``items`` are kaartenset ids (or the energizer id) in ``deck``."""

    id: str
    kind: ActivityKind
    title: str
    minutes: int
    deck: str = ""
    items: tuple[str, ...] = ()


@dataclass(slots=True)
class Draw:
    """A card shown during the session, and to whom (in a round); ``text`` only for an
    eigen vraag, whose text is in no deck."""

    at: str
    deck: str
    card: str
    activity: str | None = None
    participant: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Note:
    at: str
    deck: str
    card: str
    text: str
    about: str | None = None
    """The participant the note is about (None: about no one). A note written before
    kaarten asked is about whoever had the card then."""


@dataclass(slots=True)
class TimerLog:
    """What the log knows of an activity's timer: seconds elapsed at the last event,
    whether it was running then, and minutes added."""

    elapsed: float = 0.0
    running: bool = False
    extra_minutes: int = 0
    started: bool = False


BREAK_ACTIONS = ("start", "langer", "korter", "einde")
"""What a ``pauze`` record says: a break began, got longer or shorter, or ended."""


@dataclass(slots=True)
class BreakLog:
    """One break: when it began, until when it runs (wall-clock times, ISO: "om 15:40 gaan
    we verder" must survive a crash and a sleeping laptop), the minutes planned at its
    start and now, and when it ended."""

    started: str
    until: str
    planned: int
    minutes: int
    activity: str | None = None
    """The agenda item it is, if it is one (a break on a key is none)."""
    ended: str | None = None


@dataclass(slots=True)
class TableLog:
    """What the log knows of an activity's card table: the pile's order (card ids), the
    card on the table, the cards drawn in this pass, and in a round whose turn is next."""

    order: list[str]
    current: str | None = None
    drawn: set[str] = field(default_factory=set)
    round: list[str] | None = None
    dealt: dict[str, str] = field(default_factory=dict)
    """Card id → the participant it was dealt to."""
    had: list[str] = field(default_factory=list)
    """In a round: who had a card in the current turn round, in that order."""


@dataclass(slots=True)
class Session:
    id: str
    title: str
    date: str
    created: str
    participants: list[Participant]
    agenda: list[Activity]
    previous: str | None = None
    current: str | None = None
    draws: list[Draw] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    actions: dict[str, ActionPoint] = field(default_factory=dict)
    decisions: dict[tuple[str, str], Decision] = field(default_factory=dict)
    """Review of earlier action points: (session id, action point id) → decision."""
    reviewed: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """The same earlier action points → (participant's name, text), for summaries."""
    later: list[tuple[str, str]] = field(default_factory=list)
    """Cards put aside for the next session of this group: (deck, card)."""
    timers: dict[str, TimerLog] = field(default_factory=dict)
    tables: dict[str, TableLog] = field(default_factory=dict)
    """Activity id → its card table, so leaving and resuming continue where it was."""
    guide_hidden: bool = False
    decided_later: dict[str, Decision] = field(default_factory=dict)
    """Action point id → what a later session's review decided on it (filled in by the
    store for exports; not in this log)."""
    on_table: str | None = None
    """The activity whose cards (or energizer) the coach has open: a resume opens them
    again, so the room sees what it saw before a crash."""
    """The coach hid the handleiding (it is on the projector): it stays hidden."""
    closed: bool = False
    plan: list[Activity] = field(default_factory=list)
    """The agenda as planned when the session was made; :attr:`agenda` is what it is now
    (the coach may change what is still to come)."""
    absent: list[str] = field(default_factory=list)
    """Participants absent today: skipped in rounds, still participants."""
    breaks: list[BreakLog] = field(default_factory=list)
    started: str | None = None
    """When the first timer (or break) started: the session's planned end counts from here."""
    wall: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    """(deck, card) → what the group said about it, shown to the room: a group's words,
    no one's personal data (not in a person's export, untouched by removing a person)."""

    @property
    def current_break(self) -> BreakLog | None:
        """The break going on now, if any."""
        last = self.breaks[-1] if self.breaks else None
        return last if last is not None and last.ended is None else None

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    def activity(self, activity_id: str | None) -> Activity | None:
        return next((a for a in self.agenda if a.id == activity_id), None)

    def open_actions(self, participant_id: str | None = None) -> list[ActionPoint]:
        """Action points not done and not deleted, in the order they were made; only those
        of the session's participants, as every export shows them."""
        known = {p.id for p in self.participants}
        return [
            a
            for a in self.actions.values()
            if not a.done
            and not a.deleted
            and a.participant in known
            and participant_id in (None, a.participant)
        ]

    def planned_minutes(self) -> int:
        return sum(a.minutes for a in self.agenda)

    def carried(self, session_id: str, point_id: str) -> ActionPoint | None:
        """The live action point that carries over an earlier one, if any."""
        origin = f"{session_id}/{point_id}"
        return next(
            (a for a in self.actions.values() if a.origin == origin and not a.deleted), None
        )

    def notes_on(self, deck: str, card: str) -> list[Note]:
        return [n for n in self.notes if n.deck == deck and n.card == card]


# -- the records of a session ------------------------------------------------------------
# One TypedDict per kind of record (its "soort"), in the order its fields are checked; the
# function that adds it up is declared with it in SESSION_KINDS below.


class SessieRecord(TypedDict):
    """The header: the first record of every session log."""

    formaat: int
    id: str
    titel: str
    datum: str
    deelnemers: NotRequired[list[Any]]
    agenda: NotRequired[list[Any]]
    vorige: NotRequired[str | None]


class DeelnemersRecord(TypedDict):
    deelnemers: list[Any]


class AgendaRecord(TypedDict):
    agenda: list[Any]


class ActiviteitRecord(TypedDict):
    activiteit: str


class TimerRecord(TypedDict):
    activiteit: str
    actie: str
    verstreken: int | float


class KaartRecord(TypedDict):
    deck: str
    kaart: str
    activiteit: NotRequired[str | None]
    deelnemer: NotRequired[str | None]
    tekst: NotRequired[str]
    """An eigen vraag: its text lives only here."""


class NotitieRecord(TypedDict):
    deck: str
    kaart: str
    tekst: str
    over: NotRequired[str | None]


class BeoordelingRecord(TypedDict):
    sessie: str
    actiepunt: str
    besluit: str
    naam: NotRequired[str]
    tekst: NotRequired[str]


class VoorLaterRecord(TypedDict):
    deck: str
    kaart: str


class StapelRecord(TypedDict):
    activiteit: str
    kaarten: list[Any]
    positie: int
    getrokken: list[Any]


class RondjeRecord(TypedDict):
    activiteit: str
    deelnemers: list[Any]
    kaart: NotRequired[str]


class HandleidingRecord(TypedDict):
    verborgen: bool


class TafelRecord(TypedDict):
    activiteit: str | None


class AfgeslotenRecord(TypedDict):
    pass


class AfwezigRecord(TypedDict):
    """Absent today (or there after all): skipped in every round of this session."""

    deelnemer: str
    afwezig: bool


class BeurtenRecord(TypedDict):
    """The coach changed a round's order: someone moved up or let the turn pass."""

    activiteit: str
    volgorde: list[Any]
    gehad: list[Any]


class PauzeRecord(TypedDict):
    actie: str
    minuten: int
    tot: str
    """Until when the break runs: an ISO time with its UTC offset."""
    activiteit: NotRequired[str | None]
    om: NotRequired[str]
    """``einde`` written later than the break ended (kaarten was closed in a break): when
    it ended."""


class ZaalRecord(TypedDict):
    """What the group said about a card, for the room (replaces what was there)."""

    deck: str
    kaart: str
    regels: list[Any]


def _participants(value: list[Any]) -> list[Participant]:
    people = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise RecordError("log.field", field="deelnemers", kind="deelnemers")
        people.append(Participant(item["id"], normalise_name(str(item.get("naam", "")))[:NAME_MAX]))
    return people


def _agenda(value: list[Any]) -> list[Activity]:
    activities = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise RecordError("log.field", field="agenda", kind="agenda")
        minutes = item.get("minuten", 0)
        items = item.get("items", [])
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 1440:
            raise RecordError("log.field", field="minuten", kind="agenda")
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise RecordError("log.field", field="items", kind="agenda")
        kind = item.get("soort")
        activities.append(
            Activity(
                item["id"],
                ActivityKind(kind) if kind in tuple(ActivityKind) else ActivityKind.OTHER,
                _text(item.get("titel", ""), 200),
                minutes,
                _text(item.get("deck", ""), 200),
                tuple(_text(i, 200) for i in items),
            )
        )
    return activities


# -- records to state -------------------------------------------------------------------


def start(header: Record) -> Session:
    """The session a header record opens.

    Raises:
        RecordError: the header is not a kaarten session header, or from a newer kaarten.
    """
    check_header(header, "sessie")
    SESSION.check(header)
    agenda = _agenda(header.get("agenda", []))
    return Session(
        id=check_file_id(header, "sessie"),
        title=_text(header["titel"], 200),
        date=_text(header["datum"], 10),
        created=_text(header["tijd"], 40),
        participants=_participants(header.get("deelnemers", [])),
        agenda=agenda,
        previous=header.get("vorige"),
        plan=[replace(activity) for activity in agenda],
    )


def apply(session: Session, record: Record) -> None:
    """Add one record to ``session``.

    Raises:
        RecordError: the record is malformed; ``session`` is unchanged.
    """
    SESSION.change(session, record)


def _set_participants(session: Session, record: DeelnemersRecord) -> None:
    session.participants = _participants(record["deelnemers"])


def _set_agenda(session: Session, record: AgendaRecord) -> None:
    session.agenda = _agenda(record["agenda"])


def _choose(session: Session, record: ActiviteitRecord) -> None:
    session.current = record["activiteit"]


def _draw(session: Session, record: KaartRecord) -> None:
    session.draws.append(
        Draw(
            at(record),
            record["deck"],
            record["kaart"],
            record.get("activiteit"),
            record.get("deelnemer"),
            _text(record["tekst"]) if "tekst" in record else None,
        )
    )
    pair = (record["deck"], record["kaart"])
    if pair in session.later:
        session.later.remove(pair)
    _table_drew(session, record)


def _hide_guide(session: Session, record: HandleidingRecord) -> None:
    session.guide_hidden = record["verborgen"]


def _on_table(session: Session, record: TafelRecord) -> None:
    session.on_table = record["activiteit"]


def _note(session: Session, record: NotitieRecord) -> None:
    deck, card = record["deck"], record["kaart"]
    about = record["over"] if "over" in record else _owner(session, deck, card)
    session.notes.append(Note(at(record), deck, card, _text(record["tekst"]), about))


def _review(session: Session, record: BeoordelingRecord) -> None:
    if record["besluit"] not in tuple(Decision):
        raise RecordError("log.field", field="besluit", kind="beoordeling")
    key = (record["sessie"], record["actiepunt"])
    session.decisions[key] = Decision(record["besluit"])
    if "tekst" in record:
        session.reviewed[key] = (_text(record.get("naam", ""), NAME_MAX), _text(record["tekst"]))


def _keep_for_later(session: Session, record: VoorLaterRecord) -> None:
    pair = (record["deck"], record["kaart"])
    if pair not in session.later:
        session.later.append(pair)


def _close(session: Session, record: AfgeslotenRecord) -> None:
    session.closed = True


def _owner(session: Session, deck: str, card: str) -> str | None:
    """Whoever had the card last when a note was written without saying whom it is about."""
    return next(
        (d.participant for d in reversed(session.draws) if (d.deck, d.card) == (deck, card)),
        None,
    )


def _check_ids(session: Session, kind: str, record: Record) -> None:
    """Refuse a record that names an activity or a participant the session does not have:
    kaarten never writes one, so it was changed outside kaarten."""
    activity = record.get("activiteit")
    names_activity = kind in (
        "activiteit",
        "timer",
        "kaart",
        "stapel",
        "rondje",
        "tafel",
        "beurten",
        "pauze",
    )
    if names_activity and activity is not None and session.activity(activity) is None:
        raise RecordError("log.unknown_id", id=_text(activity, 40))
    person = record.get("over" if kind == "notitie" else "deelnemer")
    names_person = kind in ("kaart", "notitie", "afwezig") or kind in ACTION_NAMES
    if names_person and person is not None and session.participant(person) is None:
        raise RecordError("log.unknown_id", id=_text(person, 40))


def _ids(value: list[Any], field_name: str, kind: str) -> list[str]:
    if not all(isinstance(item, str) for item in value):
        raise RecordError("log.field", field=field_name, kind=kind)
    return [_text(item, 200) for item in value]


def _apply_pile(session: Session, record: StapelRecord) -> None:
    order = _ids(record["kaarten"], "kaarten", "stapel")
    position = record["positie"]
    if not order or not 0 <= position < len(order):
        raise RecordError("log.field", field="positie", kind="stapel")
    table = session.tables.get(record["activiteit"])
    if table is None:
        table = session.tables[record["activiteit"]] = TableLog(order)
    table.order = order
    table.current = order[position]
    table.drawn = set(_ids(record["getrokken"], "getrokken", "stapel"))


def _table_drew(session: Session, record: KaartRecord) -> None:
    table = session.tables.get(record.get("activiteit") or "")
    if table is None:
        return
    card = record["kaart"]
    table.current = card
    table.drawn.add(card)
    person = record.get("deelnemer")
    if person is not None:
        table.dealt[card] = person
        if table.round and person in table.round:
            table.round, table.had = turn_taken(table.round, table.had, person)


def _apply_round(session: Session, record: RondjeRecord) -> None:
    people = _ids(record["deelnemers"], "deelnemers", "rondje")
    if any(session.participant(person) is None for person in people):
        raise RecordError("log.field", field="deelnemers", kind="rondje")
    table = session.tables.get(record["activiteit"])
    if table is None:
        raise RecordError("log.field", field="activiteit", kind="rondje")
    table.round = people or None
    table.had = []
    card = record.get("kaart")
    if people and card is not None:
        table.dealt[card] = people[0]
        table.round = [*people[1:], people[0]]
        table.had = [people[0]]
        draw = next(
            (
                d
                for d in reversed(session.draws)
                if d.card == card and d.activity == record["activiteit"] and d.participant is None
            ),
            None,
        )
        if draw is not None:
            draw.participant = people[0]


def _apply_timer(session: Session, record: TimerRecord) -> None:
    action = record["actie"]
    if action not in TIMER_ACTIONS:
        raise RecordError("log.field", field="actie", kind="timer")
    if not 0 <= record["verstreken"] <= ELAPSED_MAX:
        raise RecordError("log.field", field="verstreken", kind="timer")
    timer = session.timers.setdefault(record["activiteit"], TimerLog())
    timer.elapsed = float(record["verstreken"])
    if action == "start" and session.started is None:
        session.started = at(record)
    if action == "start":
        timer.running = timer.started = True
    elif action == "hervat":
        timer.running = True
    elif action == "pauze":
        timer.running = False
    elif action == "minuut":
        timer.extra_minutes += 1
    elif action == "reset":
        timer.elapsed = 0.0
        timer.running = False
        timer.extra_minutes = 0


def _apply_absent(session: Session, record: AfwezigRecord) -> None:
    """Absent: out of every round (and of who had a card); there again: at the end of every
    round going on, so everyone else keeps their turn."""
    person, absent = record["deelnemer"], record["afwezig"]
    if absent and person not in session.absent:
        session.absent.append(person)
    elif not absent and person in session.absent:
        session.absent.remove(person)
    for table in session.tables.values():
        if table.round is not None:
            table.round, table.had = presence_changed(table.round, table.had, person, absent)


def _apply_turns(session: Session, record: BeurtenRecord) -> None:
    order = _ids(record["volgorde"], "volgorde", "beurten")
    had = _ids(record["gehad"], "gehad", "beurten")
    if any(session.participant(person) is None for person in order + had):
        raise RecordError("log.field", field="volgorde", kind="beurten")
    table = session.tables.get(record["activiteit"])
    if table is None:
        raise RecordError("log.field", field="activiteit", kind="beurten")
    table.round = order or None
    table.had = [person for person in had if person in order]


def break_seconds(taken: BreakLog, now: datetime.datetime) -> float:
    """How long a break lasted (until ``now`` while it goes on)."""
    started = moment(taken.started)
    ended = moment(taken.ended) if taken.ended is not None else now
    if started is None or ended is None:
        return 0.0
    return max(0.0, (ended - started).total_seconds())


def agenda_break_seconds(
    session: Session, activity: Activity, now: datetime.datetime
) -> float | None:
    """How long the breaks taken for the agenda item ``activity`` lasted; None: none."""
    taken = [b for b in session.breaks if b.activity == activity.id]
    return sum(break_seconds(b, now) for b in taken) if taken else None


def moment(value: str) -> datetime.datetime | None:
    """A record's ISO time with its UTC offset, or None when it is not one."""
    try:
        found = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None


def _apply_break(session: Session, record: PauzeRecord) -> None:
    action, minutes, until = record["actie"], record["minuten"], record["tot"]
    if action not in BREAK_ACTIONS:
        raise RecordError("log.field", field="actie", kind="pauze")
    if not 0 <= minutes <= 1440:
        raise RecordError("log.field", field="minuten", kind="pauze")
    if moment(until) is None:
        raise RecordError("log.field", field="tot", kind="pauze")
    current = session.current_break
    if action == "start":
        if current is not None:  # kaarten ends a break before it starts another
            current.ended = at(record)
        activity = record.get("activiteit")
        session.breaks.append(BreakLog(at(record), until, minutes, minutes, activity))
        session.started = session.started or at(record)
        return
    if current is None:
        raise RecordError("log.field", field="actie", kind="pauze")
    current.until, current.minutes = until, minutes
    if action == "einde":
        ended = record.get("om")
        if ended is not None and moment(ended) is None:
            raise RecordError("log.field", field="om", kind="pauze")
        current.ended = _text(ended, 40) if ended is not None else at(record)


def _apply_wall(session: Session, record: ZaalRecord) -> None:
    lines = [line for line in _ids(record["regels"], "regels", "zaal") if line.strip()]
    key = (record["deck"], record["kaart"])
    if lines:
        session.wall[key] = [_text(line, WALL_LINE_MAX) for line in lines[:WALL_LINES_MAX]]
    else:
        session.wall.pop(key, None)


WALL_LINES_MAX = 12
"""Lines the room shows under a card: a short list, not a page."""
WALL_LINE_MAX = 300


HEADER = Kind("sessie", SessieRecord, header_again)
PARTICIPANTS = Kind("deelnemers", DeelnemersRecord, _set_participants)
AGENDA = Kind("agenda", AgendaRecord, _set_agenda)
CHOSEN = Kind("activiteit", ActiviteitRecord, _choose)
TIMER = Kind("timer", TimerRecord, _apply_timer)
CARD = Kind("kaart", KaartRecord, _draw)
NOTE = Kind("notitie", NotitieRecord, _note)
REVIEW = Kind("beoordeling", BeoordelingRecord, _review)
LATER = Kind("voor_later", VoorLaterRecord, _keep_for_later)
PILE = Kind("stapel", StapelRecord, _apply_pile)
ROUND = Kind("rondje", RondjeRecord, _apply_round)
GUIDE = Kind("handleiding", HandleidingRecord, _hide_guide)
ON_TABLE = Kind("tafel", TafelRecord, _on_table)
CLOSED = Kind("afgesloten", AfgeslotenRecord, _close)
ABSENT = Kind("afwezig", AfwezigRecord, _apply_absent)
TURNS = Kind("beurten", BeurtenRecord, _apply_turns)
BREAK = Kind("pauze", PauzeRecord, _apply_break)
WALL = Kind("zaal", ZaalRecord, _apply_wall)
SESSION_KINDS: tuple[Kind[Any, Any], ...] = (
    HEADER,
    PARTICIPANTS,
    AGENDA,
    CHOSEN,
    TIMER,
    CARD,
    NOTE,
    *ACTION_KINDS,
    REVIEW,
    LATER,
    PILE,
    ROUND,
    GUIDE,
    ON_TABLE,
    CLOSED,
    ABSENT,
    TURNS,
    BREAK,
    WALL,
)
"""Every kind of record a session log holds, in one place."""
SESSION = Kinds(start, SESSION_KINDS, guard=_check_ids)
"""A session log (see :class:`kaarten.session.store.OpenSession`, which adds whose file)."""


def replay(records: list[Record], lines: list[int]) -> tuple[Session | None, list[LogProblem], int]:
    """The session ``records`` add up to, the problems found, and how many records were
    used: replay stops at the first malformed record (a later one may depend on it)."""
    return replay_log(records, lines, start, apply)
