"""Decks as plain JSON values and back, for the deck cache.

Reading a cache file must never run code (a pickle does: ``docs/security.md``), and what
it holds must fit the model exactly. So the JSON holds only lists, strings, numbers and
nulls, and decoding is driven by the model's own type hints: each dataclass is a list of
its field values in order, each value is checked against its field's type, and anything
else (an unknown shape, a wrong type, a number where text belongs) is a :class:`CacheError`.
Only the classes named in :data:`CLASSES` can ever be made.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

from kaarten.deck import model
from kaarten.deck.problems import DeckProblem

CLASSES: tuple[type, ...] = (
    model.Source,
    model.Link,
    model.Card,
    model.Theme,
    model.AboutSection,
    model.CardSet,
    model.Definition,
    model.FormField,
    model.ChecklistStep,
    model.ChecklistGroup,
    model.Skill,
    model.SkillGroup,
    model.Appendix,
    model.Energizer,
    model.Deck,
    DeckProblem,
)
"""Everything a cached deck and its problems are made of."""

Decoder = Callable[[Any], Any]


class CacheError(ValueError):
    """A cached value that does not fit the model."""


def encode(value: Any) -> Any:
    """``value`` (a model object, or a list or dict of them) as plain JSON values."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if type(value) in CLASSES:
        return [encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    raise TypeError(f"cannot cache a {type(value).__name__}")


_decoders: dict[object, Decoder] = {}


def decoder(hint: object) -> Decoder:
    """The function that turns JSON values back into ``hint`` (a type from the model),
    raising :class:`CacheError` for anything that does not fit."""
    found = _decoders.get(hint)
    if found is None:
        found = _decoders[hint] = _make(hint)
    return found


def _make(hint: object) -> Decoder:
    if hint is str or hint is int or hint is bool:
        return _scalar(hint)
    if hint is Any:
        return _plain
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    if isinstance(hint, type) and hint in CLASSES:
        return _dataclass(hint)
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in arguments:
        (inner,) = (a for a in arguments if a is not type(None))
        return _optional(inner)
    if origin is tuple:
        return _tuple(arguments)
    if origin is dict and arguments[0] is str:
        return _mapping(arguments[1])
    raise TypeError(f"no cache decoder for {hint!r}")  # a model change this module missed


def _scalar(kind: type) -> Decoder:
    def decode(value: Any) -> Any:
        if type(value) is not kind:  # exact: JSON true is no int, 1 is no bool
            raise CacheError(f"{kind.__name__} expected")
        return value

    return decode


def _plain(value: Any) -> Any:
    """A message parameter: text, a whole number or a finite one."""
    if isinstance(value, str | int) or value is None:
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    raise CacheError("parameter expected")


def _enum(kind: type[enum.Enum]) -> Decoder:
    def decode(value: Any) -> Any:
        try:
            return kind(value)
        except (ValueError, TypeError) as error:
            raise CacheError(f"{kind.__name__} expected") from error

    return decode


def _optional(inner: object) -> Decoder:
    decode_inner = decoder(inner)
    return lambda value: None if value is None else decode_inner(value)


class _Later:
    """The decoder of ``hint``, looked up on first use: a model type may hold itself
    (SkillGroup holds SkillGroups), and a lookup per value cost a fifth of a warm start."""

    __slots__ = ("found", "hint")

    def __init__(self, hint: object) -> None:
        self.hint = hint
        self.found: Decoder | None = None

    def get(self) -> Decoder:
        if self.found is None:
            self.found = decoder(self.hint)
        return self.found


def _tuple(arguments: tuple[Any, ...]) -> Decoder:
    if len(arguments) != 2 or arguments[1] is not Ellipsis:
        raise TypeError(f"no cache decoder for tuple{arguments!r}")
    item = arguments[0]

    items = _Later(item)

    def decode(value: Any) -> Any:
        if type(value) is not list:
            raise CacheError("list expected")
        decode_item = items.get()
        return tuple([decode_item(v) for v in value])

    return decode


def _mapping(item: object) -> Decoder:
    items = _Later(item)

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            raise CacheError("object expected")
        decode_item = items.get()
        return {key: decode_item(v) for key, v in value.items()}

    return decode


def _dataclass(kind: type) -> Decoder:
    fields: list[Decoder] = []

    def decode(value: Any) -> Any:
        if not fields:  # resolved on first use: SkillGroup holds SkillGroups
            namespace = vars(sys.modules[kind.__module__])
            fields.extend(decoder(_hint(f.type, namespace)) for f in dataclasses.fields(kind))
        if type(value) is not list or len(value) != len(fields):
            raise CacheError(f"{kind.__name__} expected")
        return kind(*[field(v) for field, v in zip(fields, value, strict=True)])

    return decode


_hints: dict[tuple[str, int], object] = {}


def _hint(annotation: object, namespace: dict[str, Any]) -> object:
    """A field's type from its annotation (a string under ``from __future__ import
    annotations``): what ``typing.get_type_hints`` gives, evaluated once per distinct
    string (the same few strings recur in every class; start-up pays for each)."""
    if not isinstance(annotation, str):
        return annotation
    key = (annotation, id(namespace))
    if key not in _hints:
        _hints[key] = eval(annotation, namespace)  # the model's own source, not a file's
    return _hints[key]
