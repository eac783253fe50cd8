"""Checking log records and adding them up: what every kind of log shares.

A log (a session, the personal logboek, a voorbereidingsformulier) is a header record and
changes after it. Each kind of log says which fields its records need; :func:`check`
refuses a record without them, and :func:`replay_log` stops at the first one refused, since a
later record may depend on it. Action points work the same in a session and in the
logboek, so their records and their state live here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NotRequired, Protocol, TypedDict, TypeVar

from kaarten.journal.log import FORMAT, LogProblem, Record
from kaarten.text import clean

TEXT_MAX = 4000
"""Longest note or action point: a pasted page, not a pasted book."""

Fields = dict[str, type | tuple[type, ...]]
"""Field name → allowed type(s)."""

_MISSING = object()


class RecordError(Exception):
    """A record that does not have the fields its kind needs."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def check(record: Record, required: dict[str, Fields], optional: dict[str, Fields]) -> str:
    """The kind of ``record`` after checking its fields against the tables of its log.

    Raises:
        RecordError: a field is missing or of the wrong type, or the kind is unknown.
    """
    kind = record.get("soort")
    if not isinstance(record.get("nr"), int) or isinstance(record.get("nr"), bool):
        raise RecordError("log.field", field="nr", kind=str(kind))
    if not isinstance(record.get("tijd"), str):
        raise RecordError("log.field", field="tijd", kind=str(kind))
    if not isinstance(kind, str) or kind not in required:
        raise RecordError("log.unknown_kind", kind=clean(str(kind))[:40])
    for name, types in required[kind].items():
        value = record.get(name, _MISSING)
        if value is _MISSING or not _is(value, types):
            raise RecordError("log.field", field=name, kind=kind)
    for name, types in optional.get(kind, {}).items():
        if name in record and not _is(record[name], types):
            raise RecordError("log.field", field=name, kind=kind)
    return kind


def check_header(record: Record, kind: str) -> None:
    """Refuse a first record that is not a ``kind`` header, or one from a newer kaarten.

    Raises:
        RecordError: ``log.no_header`` or ``log.newer``.
    """
    if record.get("soort") != kind:
        raise RecordError("log.no_header")
    version = record.get("formaat")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise RecordError("log.newer", version=version)


_FILE_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,79}")


def check_file_id(record: Record, kind: str) -> str:
    """The ``id`` of a header, which names files (an export folder): letters, digits,
    ``-`` and ``_`` only, as kaarten makes them. An id that could be a path (``/x``,
    ``../x``) makes the header damaged.

    Raises:
        RecordError: the id is not of that form.
    """
    value = record.get("id")
    if not isinstance(value, str) or _FILE_ID.fullmatch(value) is None:
        raise RecordError("log.field", field="id", kind=kind)
    return value


NUMBER_LIMIT = 10**12
"""No number kaarten writes comes near this (seconds, record numbers)."""


def is_number(value: object) -> bool:
    """A whole or decimal number as kaarten writes them: finite and within
    :data:`NUMBER_LIMIT` (``1e999`` reads as infinity, ``10**400`` overflows a float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return -NUMBER_LIMIT <= value <= NUMBER_LIMIT  # False for NaN; no float(): no overflow


def _is(value: object, types: type | tuple[type, ...]) -> bool:
    allowed = types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool) and bool not in allowed:
        return False  # JSON true is not a number
    if isinstance(value, int | float) and not isinstance(value, bool) and not is_number(value):
        return False
    return isinstance(value, allowed)


def at(record: Mapping[str, object]) -> str:
    """When ``record`` was written (its ``tijd``, which the journal stamps on every one)."""
    return text(record["tijd"], 40)


def text(value: object, limit: int = TEXT_MAX) -> str:
    """A text from a record as shown: cleaned and at most ``limit`` characters."""
    return clean(str(value))[:limit]


State = TypeVar("State")


def replay_log(
    records: list[Record],
    lines: list[int],
    start: Callable[[Record], State],
    apply: Callable[[State, Record], None],
) -> tuple[State | None, list[LogProblem], int]:
    """What ``records`` add up to (``start`` reads the header, ``apply`` each change), the
    problems found, and how many records were used."""
    if not records:
        return None, [LogProblem("log.empty")], 0
    try:
        state = start(records[0])
    except RecordError as error:
        return None, [LogProblem(error.code, lines[0], error.params)], 0
    for index in range(1, len(records)):
        try:
            apply(state, records[index])
        except RecordError as error:
            return state, [LogProblem(error.code, lines[index], error.params)], index
    return state, [], len(records)


# -- action points ------------------------------------------------------------------------


@dataclass(slots=True)
class Participant:
    id: str
    name: str


@dataclass(slots=True)
class ActionPoint:
    id: str
    participant: str
    text: str
    at: str
    due: str | None = None
    set_id: str | None = None
    done: bool = False
    deleted: bool = False
    origin: str | None = None
    """``session id/point id`` of the earlier action point this one carries over."""

    def overdue(self, today: str) -> bool:
        """Its date (ISO) has passed: it was due before ``today`` (ISO)."""
        return self.due is not None and self.due < today


class HasActions(Protocol):
    """A log's state that keeps action points (a session, the logboek)."""

    actions: dict[str, ActionPoint]


class ActionRecord(TypedDict):
    """``actiepunt``: a new action point."""

    id: str
    deelnemer: str
    tekst: str
    datum: NotRequired[str | None]
    kaartenset: NotRequired[str | None]
    van: NotRequired[str]
    """Carried over from an earlier session: ``session id/point id``."""


class ActionEditRecord(TypedDict):
    """``actiepunt_bewerkt``: what changed in an action point."""

    id: str
    deelnemer: NotRequired[str]
    tekst: NotRequired[str]
    datum: NotRequired[str | None]
    kaartenset: NotRequired[str | None]


class ActionDoneRecord(TypedDict):
    """``actiepunt_klaar``: ticked off, or open again."""

    id: str
    klaar: bool


class ActionDeleteRecord(TypedDict):
    """``actiepunt_verwijderd``: out of view (the log keeps it)."""

    id: str


def _point(holder: HasActions, point_id: str) -> ActionPoint:
    point = holder.actions.get(point_id)
    if point is None:
        raise RecordError("log.unknown_action", id=text(point_id, 40))
    return point


def add_point(holder: HasActions, record: ActionRecord) -> None:
    holder.actions[record["id"]] = ActionPoint(
        record["id"],
        record["deelnemer"],
        text(record["tekst"]),
        at(record),
        record.get("datum"),
        record.get("kaartenset"),
        origin=text(record["van"], 200) if "van" in record else None,
    )


def edit_point(holder: HasActions, record: ActionEditRecord) -> None:
    point = _point(holder, record["id"])
    if "deelnemer" in record:
        point.participant = record["deelnemer"]
    if "tekst" in record:
        point.text = text(record["tekst"])
    if "datum" in record:
        point.due = record["datum"]
    if "kaartenset" in record:
        point.set_id = record["kaartenset"]


def tick_point(holder: HasActions, record: ActionDoneRecord) -> None:
    _point(holder, record["id"]).done = record["klaar"]


def delete_point(holder: HasActions, record: ActionDeleteRecord) -> None:
    _point(holder, record["id"]).deleted = True
