"""One declaration per kind of record.

A kind of record is a :class:`~typing.TypedDict` of its fields (``NotRequired`` for the
optional ones) and the function that adds it up. From that one declaration come the
checks a record read from disk must pass (:meth:`Kinds.check`), the reader (the function
is typed with the TypedDict) and the writer (:meth:`OpenLog.add
<kaarten.journal.logfile.OpenLog.add>` takes the kind and a dict mypy checks against the
same TypedDict). A kind of log (a session, the logboek, a form) is its :class:`Kinds`.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any,
    Generic,
    NotRequired,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

from kaarten.journal.log import Record
from kaarten.journal.records import Fields, RecordError, check

State = TypeVar("State")
Shape = TypeVar("Shape", bound=Mapping[str, Any])


def _allowed(hint: object) -> tuple[type, ...]:
    """The types a JSON value may have for a field typed ``hint`` (``str | None``,
    ``int | float``, ``list[Any]``, ``bool``)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return tuple(t for arg in get_args(hint) for t in _allowed(arg))
    if origin is not None:
        return (cast(type, origin),)  # list[Any]: a list (its items are checked where read)
    if hint is None:
        return (type(None),)
    return (cast(type, hint),)


def fields_of(shape: type) -> tuple[Fields, Fields]:
    """The required and the optional fields of a record TypedDict, with their types."""
    required: Fields = {}
    optional: Fields = {}
    for name, hint in get_type_hints(shape, include_extras=True).items():
        if get_origin(hint) is NotRequired:
            optional[name] = _one(_allowed(get_args(hint)[0]))
        else:
            required[name] = _one(_allowed(hint))
    return required, optional


def _one(allowed: tuple[type, ...]) -> type | tuple[type, ...]:
    return allowed[0] if len(allowed) == 1 else allowed


@dataclass(frozen=True, slots=True)
class Written:
    """A record about to be written: its kind's name and its fields."""

    kind: str
    fields: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Kind(Generic[State, Shape]):
    """One kind of record: its name (``soort``), its fields, how it adds up to ``State``."""

    name: str
    shape: type[Shape]
    apply: Callable[[State, Shape], None]
    required: Fields = field(init=False)
    optional: Fields = field(init=False)

    def new(self, fields: Shape) -> Written:
        """A record of this kind to write, its fields checked by mypy against
        :attr:`shape` (see ``OpenLog.add``)."""
        return Written(self.name, fields)

    def __post_init__(self) -> None:
        required, optional = fields_of(self.shape)
        object.__setattr__(self, "required", required)
        object.__setattr__(self, "optional", optional)


def header_again(state: object, record: object) -> None:
    """What a header adds up to after the first record: nothing, it is refused."""
    raise RecordError("log.second_header")


def _every_state(path: Path, state: object) -> bool:
    return True


def _saves_nothing(record: Record) -> Hashable | None:
    return None


@dataclass(frozen=True, slots=True)
class Kinds(Generic[State]):
    """A kind of log: its header, its record kinds, and what :class:`OpenLog
    <kaarten.journal.logfile.OpenLog>` asks of it."""

    start: Callable[[Record], State]
    """The state a header record opens (raises RecordError)."""
    kinds: Iterable[Kind[Any, Any]]
    saves: Callable[[Record], Hashable | None] = _saves_nothing
    """What a record saves whole (see ``OpenLog.saves``); None: every record counts."""
    belongs: Callable[[Path, State], bool] = _every_state
    """Whether a state is the log of the file at a path (see ``logfile.COPY``)."""
    guard: Callable[[State, str, Record], None] | None = None
    """Checks a record against the state before it adds up (raises RecordError)."""
    by_name: dict[str, Kind[Any, Any]] = field(init=False)
    required: dict[str, Fields] = field(init=False)
    optional: dict[str, Fields] = field(init=False)

    def __post_init__(self) -> None:
        by_name = {kind.name: kind for kind in self.kinds}
        object.__setattr__(self, "by_name", by_name)
        object.__setattr__(self, "required", {n: k.required for n, k in by_name.items()})
        object.__setattr__(self, "optional", {n: k.optional for n, k in by_name.items()})

    def check(self, record: Record) -> Kind[Any, Any]:
        """The kind of ``record``, after checking its fields.

        Raises:
            RecordError: a field is missing or of the wrong type, or the kind is unknown.
        """
        return self.by_name[check(record, self.required, self.optional)]

    def change(self, state: State, record: Record) -> None:
        """Add one record to ``state`` (raises RecordError, leaving it unchanged)."""
        kind = self.check(record)
        if self.guard is not None:
            self.guard(state, kind.name, record)
        kind.apply(state, record)
