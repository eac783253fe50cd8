"""Every sentence kaarten shows a user, in Dutch and English: one place to read and fix.

The sentences are data, not code: ``nl.json`` and ``en.json`` map a message key to its
text (key-value JSON, which translation tools open as it is and the standard library reads
fast at start), a counted message to its forms (``one``, ``other``), and the help pages
are Markdown files under ``help/<language>/``. Look a message up with :func:`tr` or
:func:`tr_n`; parameters are filled in with ``str.format``. Dutch is the default; a key
missing in English falls back to Dutch rather than showing a code.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from kaarten.text import clean

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
ARGPARSE = "argparse:"
"""Prefix of the keys that translate argparse's own words (its English text follows)."""

_HERE = Path(__file__).resolve().parent
Entry = str | dict[str, str]
"""A message, or the forms of a counted one by plural category."""


@functools.cache
def catalogue(lang: str) -> dict[str, Entry]:
    """Every message of ``lang``, read once."""
    with (_HERE / f"{lang}.json").open(encoding="utf-8") as file:
        entries: dict[str, Entry] = json.load(file)
    return entries


def has_key(key: str) -> bool:
    return key in catalogue(DEFAULT_LANGUAGE)


def _entry(key: str, lang: str) -> Entry | None:
    if lang != DEFAULT_LANGUAGE:
        found = catalogue(lang).get(key) if lang in LANGUAGES else None
        if found is not None:
            return found
    return catalogue(DEFAULT_LANGUAGE).get(key)


def plural_form(n: int, lang: str) -> str:
    """The plural category of ``n``: Dutch and English both say one card, two cards,
    zero cards (CLDR: ``one`` for 1 only)."""
    return "one" if n == 1 else "other"


def tr(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in (the key itself when
    there is no such message, so a slip shows rather than crashes). A counted message
    takes the form for the parameter ``n``."""
    entry = _entry(key, lang)
    if entry is None:
        return key
    if isinstance(entry, str):
        return _fill(entry, params)
    n = params.get("n")
    return _fill(entry[plural_form(n, lang) if isinstance(n, int) else "other"], params)


def tr_n(key: str, n: int, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The counted message ``key`` in the form for ``n``; ``{n}`` is filled in too."""
    return tr(key, lang, n=n, **params)


def _fill(template: str, params: dict[str, Any]) -> str:
    if not params:
        return template
    # Parameters are what files, paths and logs hold: cleaned here, where every message
    # is made, so no message can let an escape code through (docs/security.md).
    return template.format_map(_Params({k: _clean(v) for k, v in params.items()}))


def help_page(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """The help page ``name`` (a Markdown file) in ``lang``, else in Dutch."""
    for language in (lang, DEFAULT_LANGUAGE):
        path = _HERE / "help" / language / f"{name}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return f"# {name}"


def argparse_gettext(lang: str, message: str) -> str:
    """argparse's ``message`` in ``lang`` (unchanged when there is no translation)."""
    entry = _entry(ARGPARSE + message, lang) if lang != "en" else None
    return entry if isinstance(entry, str) else message


def argparse_ngettext(lang: str, singular: str, plural: str, n: int) -> str:
    """argparse's counted message in ``lang``."""
    entry = _entry(ARGPARSE + singular, lang) if lang != "en" else None
    if isinstance(entry, dict):
        return entry[plural_form(n, lang)]
    return singular if n == 1 else plural


def _clean(value: Any) -> Any:
    return clean(value) if isinstance(value, str) else value


def os_reason(error: OSError, lang: str = DEFAULT_LANGUAGE) -> str:
    """Why a file could not be used, for a message: our own reason for a file kaarten
    refused (:class:`kaarten.files.safe.UnsafeFile`), else the system's."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and has_key(reason):
        return tr(reason, lang)
    return error.strerror or ""


class _Params(dict[str, Any]):
    """Message parameters; one the caller did not give shows as '?' instead of raising
    in the middle of telling the user something."""

    def __missing__(self, key: str) -> str:
        return "?"
