"""Validate a node tree against the deck format's JSON Schema.

The schema file (``kaarten/schema/deck.schema.json``) is the one source of truth: editors
use it through the ``# yaml-language-server: $schema=`` line, and this module interprets
the part of JSON Schema it uses, on our own nodes, so that every message has a line, a
column and a Dutch hint. Scalars are typed the way YAML 1.2 (and so the editor) types
them: an unquoted ``1.10`` is a number, not the text an id must be.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from kaarten import text
from kaarten.deck.problems import ProblemSink
from kaarten.deck.yamlfile import YAML_TAG, Node, short_tag
from kaarten.text import close_matches

# YAML 1.2 core schema: what an unquoted scalar means to an editor.
_NULL = re.compile(r"(?:~|null|Null|NULL|)\Z")
_BOOL = re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z")
_INT = re.compile(r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z")
_FLOAT = re.compile(
    r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)\Z"
)
_TEXT_TAGS = (None, "!", f"{YAML_TAG}str")
_MAP_TAGS = (None, "!", f"{YAML_TAG}map")
_SEQ_TAGS = (None, "!", f"{YAML_TAG}seq")
_IGNORED = {
    "$schema",
    "$id",
    "$defs",
    "$comment",
    "title",
    "description",
    "markdownDescription",
    "default",
    "examples",
    "x-melding",
    "x-voorbeeld",
    "defaultSnippets",
}


@cache
def deck_schema() -> dict[str, Any]:
    """The deck format's JSON Schema, as shipped inside the package."""
    source = resources.files("kaarten.schema").joinpath("deck.schema.json")
    loaded: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return loaded


_UNQUOTED = {"getal": "schema.unquoted_getal", "boolean": "schema.unquoted_boolean"}
"""The problem for a value YAML reads as a number or yes/no where text belongs."""


def scalar_kind(node: Node) -> str:
    """What an unquoted scalar is to YAML 1.2: ``leeg``, ``boolean``, ``getal`` or ``tekst``."""
    if not node.plain or node.tag is not None:
        return "tekst"
    value = node.value
    if _NULL.match(value):
        return "leeg"
    if _BOOL.match(value):
        return "boolean"
    if _INT.match(value) or _FLOAT.match(value):
        return "getal"
    return "tekst"


def as_number(value: str) -> str:
    """The number an unquoted ``value`` becomes to YAML, written as a program writes it
    back (``5.10`` → ``5.1``, ``007`` → ``7``): what the trainer's editor will show."""
    try:
        number = float(value.replace("_", ""))
    except ValueError:
        return value  # 0x1F, .inf and the like: shown as typed
    if number.is_integer() and not any(c in value for c in ".eE"):
        return str(int(number))
    return repr(number)


def path_text(path: tuple[str | int, ...]) -> str:
    """``("gesprekskaarten", 6, "tekst")`` as ``gesprekskaarten[6].tekst``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


class Validator:
    """Checks nodes against one JSON Schema document; problems go to a sink."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.root = schema
        self._patterns: dict[str, re.Pattern[str]] = {}
        _audit(schema)

    def validate(self, node: Node, sink: ProblemSink) -> None:
        """Validate a whole document."""
        self._check(node, self.root, (), sink)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $ref supported: {ref}")
            target: Any = self.root
            for part in ref[2:].split("/"):
                target = target[part]
            schema = target
        return schema

    def _check(
        self, node: Node, schema: dict[str, Any], path: tuple[str | int, ...], sink: ProblemSink
    ) -> bool:
        schema = self._resolve(schema)
        expected = schema.get("type")
        if expected is not None and not self._type_ok(node, expected, path, schema, sink):
            return False
        ok = True
        if "const" in schema and node.value != schema["const"]:
            sink.error(
                node.line,
                node.column,
                "schema.const",
                path_text(path),
                value=text.clean(str(node.value)),
                expected=schema["const"],
            )
            return False
        if "enum" in schema and node.value not in schema["enum"]:
            choices = [str(c) for c in schema["enum"]]
            value = text.clean(str(node.value))
            wanted = sink.worth_detail("schema.enum")
            guess = close_matches(value, choices, n=1, cutoff=0.5) if wanted else []
            code = "schema.enum_suggest" if guess else "schema.enum"
            sink.error(
                node.line,
                node.column,
                code,
                path_text(path),
                value=value,
                choices=", ".join(choices),
                guess=guess[0] if guess else "",
            )
            return False
        if node.is_scalar:
            ok = self._check_scalar(node, schema, path, sink)
        elif node.is_mapping:
            ok = self._check_mapping(node, schema, path, sink)
        elif node.is_sequence:
            ok = self._check_sequence(node, schema, path, sink)
        for part in schema.get("allOf", ()):
            ok = self._check(node, part, path, sink) and ok
        if "if" in schema and self._matches(node, schema["if"], path):
            if "then" in schema:
                ok = self._check(node, schema["then"], path, sink) and ok
        elif "else" in schema:
            ok = self._check(node, schema["else"], path, sink) and ok
        return ok

    def _matches(self, node: Node, schema: dict[str, Any], path: tuple[str | int, ...]) -> bool:
        probe = ProblemSink("")
        self._check(node, schema, path, probe)
        return not probe.has_errors

    def _type_ok(
        self,
        node: Node,
        expected: str | list[str],
        path: tuple[str | int, ...],
        schema: dict[str, Any],
        sink: ProblemSink,
    ) -> bool:
        kinds = [expected] if isinstance(expected, str) else expected
        # A list key left empty, or whose only item was skipped, is an empty list.
        empty = node.is_scalar and scalar_kind(node) == "leeg"
        if "array" in kinds and empty and not schema.get("minItems"):
            sink.warn(node.line, node.column, "schema.empty_list", path_text(path))
            return True
        for kind in kinds:
            if kind == "object" and node.is_mapping and node.tag in _MAP_TAGS:
                return True
            if kind == "array" and node.is_sequence and node.tag in _SEQ_TAGS:
                return True
            if kind == "integer" and node.is_scalar and node.tag is None and node.plain:
                if _INT.match(node.value):
                    return True
            elif kind == "string" and node.is_scalar and node.tag in _TEXT_TAGS:
                found = scalar_kind(node)
                if found == "tekst" or ("integer" in kinds and found == "getal"):
                    return True
        where = path_text(path)
        if node.tag not in _MAP_TAGS + _SEQ_TAGS + _TEXT_TAGS:
            sink.error(
                node.line,
                node.column,
                "schema.tag_not_allowed",
                where,
                tag=short_tag(node.tag),
                expected=self._kind_name(kinds),
            )
        elif node.is_scalar and "string" in kinds:
            kind = scalar_kind(node)
            if kind == "leeg":
                sink.error(node.line, node.column, "schema.empty", where)
            elif kind == "getal" and (number := as_number(node.value)) != node.value:
                sink.error(
                    node.line,
                    node.column,
                    "schema.unquoted_getal_changes",
                    where,
                    value=node.value,
                    number=number,
                )
            else:
                code = _UNQUOTED[kind]
                sink.error(node.line, node.column, code, where, value=node.value)
        else:
            actual = "tekst" if node.is_scalar else ("lijst" if node.is_sequence else "sleutels")
            sink.error(
                node.line,
                node.column,
                "schema.type",
                where,
                expected=self._kind_name(kinds),
                actual=actual,
            )
        return False

    @staticmethod
    def _kind_name(kinds: list[str]) -> str:
        names = {"object": "sleutels", "array": "lijst", "string": "tekst", "integer": "getal"}
        return "/".join(names.get(k, k) for k in kinds)

    def _check_scalar(
        self, node: Node, schema: dict[str, Any], path: tuple[str | int, ...], sink: ProblemSink
    ) -> bool:
        value: str = node.value
        if "minLength" in schema and len(value.strip()) < schema["minLength"]:
            sink.error(node.line, node.column, "schema.empty", path_text(path))
            return False
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            sink.error(
                node.line,
                node.column,
                "schema.too_long",
                path_text(path),
                length=len(value),
                limit=schema["maxLength"],
            )
            return False
        pattern = schema.get("pattern")
        if pattern is not None:
            compiled = self._patterns.get(pattern)
            if compiled is None:
                compiled = self._patterns[pattern] = re.compile(pattern)
            if compiled.search(value) is None:
                code = schema.get("x-melding", "schema.pattern")
                sink.error(
                    node.line,
                    node.column,
                    code,
                    path_text(path),
                    value=text.clean(value),
                    pattern=pattern,
                )
                return False
        return True

    def _check_mapping(
        self, node: Node, schema: dict[str, Any], path: tuple[str | int, ...], sink: ProblemSink
    ) -> bool:
        ok = True
        pairs: dict[str, tuple[Node, Node]] = node.value
        properties: dict[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in pairs:
                sink.error(
                    node.line, node.column, "schema.missing", path_text((*path, name)), key=name
                )
                ok = False
        closed = schema.get("additionalProperties", True) is False
        for key, (key_node, value_node) in pairs.items():
            sub = properties.get(key)
            if sub is None:
                if closed:
                    self._unknown_key(key, key_node, properties, path, sink)
                    ok = False
                continue
            ok = self._check(value_node, sub, (*path, key), sink) and ok
        return ok

    def _unknown_key(
        self,
        key: str,
        key_node: Node,
        properties: dict[str, Any],
        path: tuple[str | int, ...],
        sink: ProblemSink,
    ) -> None:
        where = path_text(path)
        shown = text.show_invisible(text.clean(key))
        if text.has_invisible(key):
            sink.error(
                key_node.line, key_node.column, "schema.unknown_key_invisible", where, key=shown
            )
            return
        wanted = sink.worth_detail("schema.unknown_key")
        guess = close_matches(key, list(properties), n=1, cutoff=0.6) if wanted else []
        if guess:
            sink.error(
                key_node.line,
                key_node.column,
                "schema.unknown_key_suggest",
                where,
                key=shown,
                guess=guess[0],
            )
        else:
            sink.error(
                key_node.line,
                key_node.column,
                "schema.unknown_key",
                where,
                key=shown,
                allowed=", ".join(properties),
            )

    def _check_sequence(
        self, node: Node, schema: dict[str, Any], path: tuple[str | int, ...], sink: ProblemSink
    ) -> bool:
        items: list[Node] = node.value
        if "minItems" in schema and len(items) < schema["minItems"]:
            sink.error(
                node.line,
                node.column,
                "schema.too_few",
                path_text(path),
                minimum=schema["minItems"],
            )
            return False
        item_schema = schema.get("items")
        if item_schema is None:
            return True
        ok = True
        for index, item in enumerate(items):
            ok = self._check(item, item_schema, (*path, index), sink) and ok
        return ok


_KNOWN = _IGNORED | {
    "$ref",
    "type",
    "const",
    "enum",
    "allOf",
    "if",
    "then",
    "else",
    "minLength",
    "maxLength",
    "pattern",
    "properties",
    "required",
    "additionalProperties",
    "minItems",
    "items",
}


def _audit(schema: Any) -> None:
    """Fail loudly at start when the schema uses a keyword this interpreter ignores."""
    if isinstance(schema, list):
        for item in schema:
            _audit(item)
        return
    if not isinstance(schema, dict):
        return
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"schema keyword not supported: {sorted(unknown)}")
    for key, value in schema.items():
        if key in ("properties", "$defs"):
            for sub in value.values():
                _audit(sub)
        elif key not in _IGNORED and key not in ("enum", "const", "required"):
            _audit(value)


@cache
def deck_validator() -> Validator:
    """A validator for the deck schema, built once."""
    return Validator(deck_schema())
