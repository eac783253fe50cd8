"""Making untrusted text harmless: deck files, typed input and saved files all pass here.

Rich and Textual strip only a few control characters; ESC, the rest of C0, DEL, C1 and
bidi overrides reach the terminal. Control characters are made visible (as the Unicode
"control pictures"), C1 and bidi overrides are removed, lone surrogates become U+FFFD so
that saving or rendering never raises ``UnicodeEncodeError`` later.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TextIO

# Tab and newline are ordinary text; everything else below 0x20 is not.
_C0 = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE: dict[int, int | str | None] = {
    **_C0,
    0x7F: 0x2421,  # ␡
    **{c: None for c in range(0x80, 0xA0)},  # C1, e.g. U+009B (CSI)
    **{c: None for c in range(0x202A, 0x202F)},  # bidi embeddings and overrides
    **{c: None for c in range(0x2066, 0x206A)},  # bidi isolates
    **{c: 0xFFFD for c in range(0xD800, 0xE000)},  # lone surrogates
    # A file name's bytes that are not UTF-8 (os.fsdecode's surrogateescape), shown as
    # the bytes they were: \xNN.
    **{c: f"\\x{c - 0xDC00:02x}" for c in range(0xDC80, 0xDD00)},
}
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# Characters a reader cannot see, worth naming when they sit inside a key or a name.
INVISIBLE = frozenset("\u00a0\u00ad\u180e\u2007\u200b\u200c\u200d\u2060\u202f\u3000\ufeff")


class CleanStream:
    """A text stream that cleans everything written through it (:func:`clean`) and
    escapes what its encoding cannot hold: the command line's output path, so no message
    can forget it and none can raise ``UnicodeEncodeError``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")

    def write(self, text: str) -> int:
        self._stream.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def encoding(self) -> str | None:
        """The encoding of the stream underneath."""
        return getattr(self._stream, "encoding", None)

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()


def has_unsafe(text: str) -> bool:
    """Tell whether ``text`` holds characters :func:`clean` would change."""
    return _UNSAFE.search(text) is not None


def clean(text: str) -> str:
    """Return ``text`` safe to show in a terminal and to encode as UTF-8."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def clean_data(value: Any) -> Any:
    """``value`` (JSON-like: dicts, lists, texts, numbers) with every text and key cleaned:
    what a JSON output writes, so that even a JSON string holds no control character and
    no lone surrogate that would make the JSON invalid."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list | tuple):
        return [clean_data(v) for v in value]
    if isinstance(value, dict):
        return {clean(str(k)): clean_data(v) for k, v in value.items()}
    return value


def first_unsafe(text: str) -> str | None:
    """The first character :func:`clean` would change, as ``U+XXXX``, or None."""
    found = _UNSAFE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def show_invisible(text: str) -> str:
    """Spell out invisible characters so a message can point at them: ``te<U+200B>kst``."""
    return "".join(f"<U+{ord(c):04X}>" if c in INVISIBLE else c for c in text)


def has_invisible(text: str) -> bool:
    """Tell whether ``text`` contains a character a reader cannot see."""
    return any(c in INVISIBLE for c in text)


def normalise_name(text: str) -> str:
    """NFC-normalise and trim a name, so that José typed on a Mac and elsewhere match."""
    return unicodedata.normalize("NFC", clean(text)).strip()


_NUMBER_RUN = re.compile(r"(\d+)")


def natural_key(identifier: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts ``1.9`` before ``1.10`` and ``2`` before ``10``."""
    parts = _NUMBER_RUN.split(identifier)
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold()) for p in parts if p)


_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|#~])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)])(?=\s|$))", re.MULTILINE)
"""What starts a list, a rule or a heading underline at the start of a line."""


def md(text: str) -> str:
    """``text`` (typed, or from a deck) shown literally inside Markdown: cleaned, its
    formatting characters escaped, and a line that would start a list kept as text. Its
    lines stay lines inside a list item too."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", clean(text))
    escaped = _MARKDOWN_LINE_START.sub(_escape_list_start, escaped)
    return "  \n  ".join(escaped.splitlines() or [""])  # a hard break inside the item


def _escape_list_start(found: re.Match[str]) -> str:
    indent, bullet, number, dot = found.groups()
    return f"{indent}\\{bullet}" if bullet else f"{indent}{number}\\{dot}"


def close_matches(word: str, candidates: list[str], n: int, cutoff: float) -> list[str]:
    """``difflib.get_close_matches``, imported only when a typo needs a suggestion: difflib
    costs start-up time that a deck without mistakes should not pay."""
    import difflib

    return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)


def slug(name: str, fallback: str, limit: int = 40) -> str:
    """``name`` as ASCII letters and digits joined by hyphens, at most ``limit`` long (a
    safe piece of a file name or an id; never a path); ``fallback`` when nothing is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = ascii_name.replace("'", "")  # collega's: one word, as it is read
    found = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:limit].strip("-")
    return found or fallback
