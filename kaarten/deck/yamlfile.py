"""The one place that reads YAML: safely, every scalar as text, every node with its line.

We never let PyYAML construct objects. libyaml (or the pure-Python parser when libyaml is
missing) only streams *events*; this module builds a small node tree from them and checks,
while streaming, what PyYAML would let through: object tags, anchors and aliases (the
"billion laughs"), nesting deep enough to crash libyaml's recursive composer, several
documents in one file, duplicate keys. Scalars are kept as the text the trainer wrote, so
``1.10`` never becomes the float ``1.1`` and ``nee`` never becomes ``False``; types come
from the schema (:mod:`kaarten.deck.schema`).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from kaarten import text
from kaarten.deck.limits import MAX_BYTES
from kaarten.deck.problems import ProblemSink
from kaarten.files.safe import UnsafeFile, read_bounded

# libyaml is bundled in PyYAML's wheels; without it we fall back to the pure-Python parser.
_Parser: Any
try:
    from yaml import _yaml

    _Parser = _yaml.CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _Parser = None

MAX_DEPTH = 32
YAML_TAG = "tag:yaml.org,2002:"
_STR_TAGS = {None, "!", f"{YAML_TAG}str"}
_COLLECTION_TAGS = {None, "!", f"{YAML_TAG}map", f"{YAML_TAG}seq", f"{YAML_TAG}omap"}
# Spaces a word processor puts where YAML expects plain spaces.
_ODD_SPACES = "\u00a0\u2007\u202f\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
_COMMENT_AFTER = re.compile(r"[ \t]+#")


class Node:
    """A YAML node: a scalar (str), a mapping or a sequence, with its 1-based position."""

    __slots__ = ("column", "line", "plain", "tag", "value")

    def __init__(self, value: Any, line: int, column: int, tag: str | None, plain: bool) -> None:
        self.value = value
        self.line = line
        self.column = column
        self.tag = tag
        self.plain = plain

    @property
    def is_scalar(self) -> bool:
        """True for a scalar; its value is a str."""
        return isinstance(self.value, str)

    @property
    def is_mapping(self) -> bool:
        """True for a mapping; its value maps each key to ``(key_node, value_node)``."""
        return isinstance(self.value, dict)

    @property
    def is_sequence(self) -> bool:
        """True for a sequence; its value is a list of nodes."""
        return isinstance(self.value, list)

    def get(self, key: str) -> Node | None:
        """The value node under ``key`` of a mapping, or None."""
        if isinstance(self.value, dict):
            pair = self.value.get(key)
            return None if pair is None else pair[1]
        return None

    def text(self, key: str) -> str | None:
        """The scalar under ``key`` of a mapping, or None."""
        node = self.get(key)
        return node.value if node is not None and node.is_scalar else None

    def items(self, key: str) -> list[Node]:
        """The items of the sequence under ``key`` of a mapping (empty when absent)."""
        node = self.get(key)
        return node.value if node is not None and isinstance(node.value, list) else []


def read_text(path: Path, sink: ProblemSink) -> str | None:
    """Read a deck file as text, or record why not and return None.

    Only a regular file is read, opened without blocking and never past the size limit,
    so neither a huge file nor a FIFO or a device that never ends can freeze the app.
    """
    try:
        data = read_bounded(path, MAX_BYTES)
    except UnsafeFile as exc:
        if exc.reason == "file.too_large":
            _too_large(exc.size, sink)
        else:
            sink.error(None, None, exc.reason)
        return None
    except PermissionError:
        sink.error(None, None, "file.no_permission")
        return None
    except FileNotFoundError:
        sink.error(None, None, "file.gone")
        return None
    except OSError as exc:
        sink.error(None, None, "file.unreadable", reason=exc.strerror or str(exc))
        return None
    return decode(data, sink)


def decode(data: bytes, sink: ProblemSink) -> str | None:
    """Decode file bytes: UTF-8, or UTF-16/32 when a byte order mark says so."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                sink.error(None, None, "file.bad_utf16")
                return None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        sink.error(line, None, "file.binary")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        sink.error(line, column, "file.not_utf8", byte=f"0x{data[exc.start]:02X}")
        return None


class _Events(Protocol):
    def get_event(self) -> Any: ...


def _parser(source: str) -> _Events:
    if _Parser is not None:
        parser: _Events = _Parser(source)
        return parser
    return yaml.SafeLoader(source)  # its parser is iterative, so deep nesting is safe here too


def compose(source: str, sink: ProblemSink) -> Node | None:
    """Build the node tree of one YAML document, or record why not and return None.

    Returns None for a file without content too (with a warning): there is nothing to load.
    """
    if not _check_odd_spaces(source, sink):
        return None
    lines: list[str] | None = None
    root: Node | None = None
    stack: list[Node] = []
    pending_keys: list[Node | None] = []
    documents = 0
    parser = _parser(source)
    try:
        while True:
            event = parser.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is ScalarEvent:
                mark = event.start_mark
                if event.anchor is not None:
                    sink.error(mark.line + 1, mark.column + 1, "yaml.anchor", name=event.anchor)
                    return None
                tag = event.tag
                if tag not in _STR_TAGS and not _known_tag(tag, sink, mark):
                    return None
                value = event.value
                plain = not event.style
                if plain and tag is None:
                    end = event.end_mark
                    if lines is None:
                        lines = source.splitlines()
                    rest = lines[end.line][end.column :] if end.line < len(lines) else ""
                    if _COMMENT_AFTER.match(rest) and not rest.lstrip().startswith("# "):
                        sink.warn(mark.line + 1, mark.column + 1, "yaml.comment_cut", kept=value)
                node = Node(value, mark.line + 1, mark.column + 1, tag, plain)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                mark = event.start_mark
                if event.anchor is not None:
                    sink.error(mark.line + 1, mark.column + 1, "yaml.anchor", name=event.anchor)
                    return None
                if event.tag not in _COLLECTION_TAGS and not _known_tag(event.tag, sink, mark):
                    return None
                if len(stack) >= MAX_DEPTH:
                    sink.error(mark.line + 1, mark.column + 1, "yaml.too_deep", limit=MAX_DEPTH)
                    return None
                container: dict[str, tuple[Node, Node]] | list[Node] = (
                    {} if kind is MappingStartEvent else []
                )
                node = Node(container, mark.line + 1, mark.column + 1, event.tag, False)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                pending_keys.pop()
                continue
            elif kind is AliasEvent:
                mark = event.start_mark
                sink.error(mark.line + 1, mark.column + 1, "yaml.alias", name=event.anchor)
                return None
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    sink.error(mark.line + 1, mark.column + 1, "yaml.many_documents")
                    return None
                continue
            else:
                continue
            # Attach the new node to its parent.
            if not stack:
                root = node
            else:
                parent = stack[-1].value
                if isinstance(parent, list):
                    parent.append(node)
                else:
                    key = pending_keys[-1]
                    if key is None:
                        if not node.is_scalar:
                            sink.error(node.line, node.column, "yaml.complex_key")
                            return None
                        if node.value in parent:
                            first = parent[node.value][0]
                            sink.error(
                                node.line,
                                node.column,
                                "yaml.duplicate_key",
                                key=text.show_invisible(node.value),
                                first_line=first.line,
                            )
                            return None
                        pending_keys[-1] = node
                        continue
                    parent[key.value] = (key, node)
                    pending_keys[-1] = None
            if not node.is_scalar:
                stack.append(node)
                pending_keys.append(None)
    except yaml.MarkedYAMLError as exc:
        _syntax_error(exc, source, sink)
        return None
    except yaml.YAMLError as exc:  # reader errors carry a position of their own
        _reader_error(exc, source, sink)
        return None
    finally:
        dispose = getattr(parser, "dispose", None)
        if dispose is not None:
            dispose()
    if root is None or (root.is_scalar and root.value == "" and root.plain):
        sink.warn(None, None, "file.empty")
        return None
    return root


def _known_tag(tag: str, sink: ProblemSink, mark: Any) -> bool:
    """Standard tags (``!!binary``, ``!!set``) are left to the schema's type check;
    anything else (``!!python/object``, ``!custom``) rejects the whole file."""
    if tag.startswith(YAML_TAG) and "/" not in tag[len(YAML_TAG) :]:
        return True
    sink.error(mark.line + 1, mark.column + 1, "yaml.unknown_tag", tag=short_tag(tag))
    return False


def short_tag(tag: str | None) -> str:
    """``tag:yaml.org,2002:binary`` as the trainer wrote it: ``!!binary``."""
    if tag is None:
        return ""
    return "!!" + tag[len(YAML_TAG) :] if tag.startswith(YAML_TAG) else tag


def _check_odd_spaces(source: str, sink: ProblemSink) -> bool:
    """A non-breaking space pasted from Word looks like indentation but is not."""
    if not any(c in source for c in _ODD_SPACES):
        return True
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.lstrip(" ")
        if stripped and stripped[0] in _ODD_SPACES:
            column = len(line) - len(stripped) + 1
            sink.error(number, column, "yaml.odd_space", char=f"U+{ord(stripped[0]):04X}")
            return False
    return True


# libyaml's problems, recognised by a fragment of their English text.
_SYNTAX = (
    ("mapping values are not allowed", "yaml.colon_in_text"),
    ("found character '\\t'", "yaml.tab"),
    ("found a tab character", "yaml.tab"),
    ("found unknown escape character", "yaml.bad_escape"),
    ("found unexpected end of stream", "yaml.unclosed_quote"),
    ("could not find expected ':'", "yaml.missing_colon"),
    ("did not find expected key", "yaml.indentation"),
    ("did not find expected '-' indicator", "yaml.indentation"),
    ("did not find expected node content", "yaml.missing_value"),
    ("expected <block end>", "yaml.indentation"),
    ("found character that cannot start any token", "yaml.bad_start"),
    ("found undefined tag handle", "yaml.unknown_tag_handle"),
    ("control characters are not allowed", "yaml.control_char"),
    ("special characters are not allowed", "yaml.control_char"),
    ("found unexpected ':'", "yaml.colon_in_text"),
    ("expected ',' or ']'", "yaml.flow_unclosed"),
    ("expected ',' or '}'", "yaml.flow_unclosed"),
)


_SMART_QUOTES = "“”„‘’‚«»"
"""Quotes from a word processor: to YAML they are ordinary characters, not quotes."""


def _syntax_error(exc: yaml.MarkedYAMLError, source: str, sink: ProblemSink) -> None:
    mark = exc.problem_mark or exc.context_mark
    problem = f"{exc.problem or ''} {exc.context or ''}"
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    # What libyaml says names its own state; the character where it stopped, and the
    # line it is on, say what the trainer did (a tab, quotes from a word processor).
    lines = source.splitlines()
    here = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if mark is not None and here[mark.column : mark.column + 1] == "\t":
        sink.error(line, column, "yaml.tab")
        return
    if "mapping values are not allowed" in problem and any(q in here for q in _SMART_QUOTES):
        sink.error(line, column, "yaml.colon_in_smart_quotes")
        return
    if "exceeded maximum nesting depth" in problem:
        # libyaml (PyYAML >= 6.0.4) scans ahead and may stop deep nesting before our own
        # depth check sees the events: the same message, at the place libyaml stopped.
        sink.error(line, column, "yaml.too_deep", limit=MAX_DEPTH)
        return
    for fragment, code in _SYNTAX:
        if fragment in problem:
            sink.error(line, column, code)
            return
    sink.error(line, column, "yaml.syntax", problem=text.clean((exc.problem or "").strip()))


def _reader_error(exc: yaml.YAMLError, source: str, sink: ProblemSink) -> None:
    position = getattr(exc, "position", None)
    if isinstance(position, int):
        before = source[:position]
        line = before.count("\n") + 1
        sink.error(line, position - (before.rfind("\n") + 1) + 1, "yaml.control_char")
    else:
        sink.error(None, None, "yaml.syntax", problem=text.clean(str(exc)))


def _too_large(size: int, sink: ProblemSink) -> None:
    megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")  # Dutch decimal comma
    sink.error(None, None, "file.too_large", size=megabytes, limit=MAX_BYTES // 1024)


_ITEM_START = re.compile(r"( *)-(?: |$)")
_TOP_KEY = re.compile(r"([^\s#-][^:]*):")


class Skipped(NamedTuple):
    """A list item taken out of a file: ``source`` without it, its lines and its id."""

    source: str
    first: int
    last: int
    id: str | None


_ITEM_ID = re.compile(r"\s*-?\s*\{?\s*id:[ \t]*['\"]?([^'\",}#\s]+)")


def without_item(source: str, line: int, lists: tuple[str, ...]) -> Skipped | None:
    """``source`` with the list item holding 1-based ``line`` blanked out (lines kept, so
    every other line number stays), the item's first and last line and its id; None when
    that line is in no item of one of the top-level ``lists`` (then nothing smaller than
    the file can be skipped). A syntax error in one card thus costs that card, not its set.

    A line indented with a tab or a no-break space (pasted from Word) cannot be read for
    its depth: it belongs to the item above it, as it does to the eye. The item always
    reaches down to ``line``, the one with the fault."""
    lines = source.split("\n")
    index = line - 1
    if not 0 <= index < len(lines):
        return None
    start = next(
        (
            i
            for i in range(index, -1, -1)
            if _ITEM_START.match(lines[i]) or _TOP_KEY.match(lines[i])
        ),
        None,
    )
    if start is None or not (found := _ITEM_START.match(lines[start])):
        return None  # the line belongs to a top-level key, not to an item
    owner = next((m for i in range(start - 1, -1, -1) if (m := _TOP_KEY.match(lines[i]))), None)
    if owner is None or owner.group(1).strip() not in lists:
        return None
    indent = len(found.group(1))
    end = start + 1
    while end < len(lines):
        stripped = lines[end].lstrip(" ")
        odd = stripped[:1] == "\t" or stripped[:1] in _ODD_SPACES
        depth = len(lines[end]) - len(stripped)
        if stripped and not stripped.startswith("#") and not odd and depth <= indent:
            break
        end += 1
    while end - 1 > max(start, index) and not lines[end - 1].strip():
        end -= 1  # blank lines after the item are not part of it
    end = max(end, index + 1)
    blanked = lines[:start] + [""] * (end - start) + lines[end:]
    item_id = next((m.group(1) for i in range(start, end) if (m := _ITEM_ID.match(lines[i]))), None)
    return Skipped("\n".join(blanked), start + 1, end, item_id)
