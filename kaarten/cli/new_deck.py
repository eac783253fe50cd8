"""``kaarten nieuw``: the start of a deck a trainer fills in (an example of every kind of
file, each key explained), or a copy of a loaded deck under a new id; and
``kaarten schema``: where the schema is, for an editor."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from kaarten.cli.exits import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from kaarten.deck.library import DECK_FILE, is_deck_file, load_library
from kaarten.i18n import os_reason, tr
from kaarten.locations import builtin_roots, cache_dir, schema_file
from kaarten.text import clean, slug

SCHEMA_LINE = "# yaml-language-server: $schema="
"""The first line of every deck file: editors find the schema through it."""


def print_schema(content: bool, out: TextIO) -> int:
    """The schema's path, or (``content``) the schema itself."""
    path = schema_file()
    out.write(path.read_text(encoding="utf-8") if content else f"{path}\n")
    return EXIT_OK


def new_deck(
    folder: Path,
    title: str | None,
    source_id: str | None,
    extra: Sequence[Path],
    data: Path | None,
    lang: str,
    out: TextIO,
    err: TextIO,
) -> int:
    """Make ``folder`` a new deck (or a copy of the loaded deck ``source_id``), with a deck
    id no loaded deck has; say what was made and how to go on."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        err.write(tr("newdeck.not_empty", lang, path=folder) + "\n")
        return EXIT_USAGE
    roots = [*builtin_roots(), *extra]
    library = load_library(roots, cache_dir(data)).library
    name = clean(title or "").strip()
    if source_id is not None and source_id not in library.decks:
        known = ", ".join(sorted(library.decks))
        err.write(tr("newdeck.unknown_deck", lang, id=source_id, known=known) + "\n")
        return EXIT_USAGE
    base = slug(name or (f"{source_id}-kopie" if source_id else folder.name), "mijn-deck")
    deck_id = _free_id(base, set(library.decks))
    try:
        if source_id is not None:
            source = library.decks[source_id]
            _copy(Path(source.path), folder, deck_id, name or f"{source.title} (kopie)")
        else:
            _fill(folder, deck_id, name or tr("newdeck.default_title", lang))
    except OSError as error:
        err.write(tr("newdeck.failed", lang, path=folder, reason=os_reason(error, lang)) + "\n")
        return EXIT_PROBLEM
    out.write(tr("newdeck.created", lang, path=folder, id=deck_id) + "\n")
    return EXIT_OK


def _free_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … when a loaded deck has it."""
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _fill(folder: Path, deck_id: str, title: str) -> None:
    """The example deck from the templates, with its id, title and schema filled in."""
    folder.mkdir(parents=True, exist_ok=True)
    templates = resources.files("kaarten.templates").joinpath("nieuw")
    for template in sorted(templates.iterdir(), key=lambda t: t.name):
        if not template.name.endswith(".yaml"):
            continue
        text = template.read_text(encoding="utf-8")
        text = text.replace("«SCHEMA»", str(schema_file())).replace("«MAP»", str(folder))
        text = text.replace("«ID»", deck_id).replace("«TITEL»", json.dumps(title))
        (folder / template.name).write_text(text, encoding="utf-8")


def _copy(source: Path, folder: Path, deck_id: str, title: str) -> None:
    """The deck files under ``source``, with a new deck id and title, each pointing at
    this computer's schema (card and set ids are per deck: they can stay)."""
    shutil.copytree(source, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*"))
    for path in sorted(p for p in folder.rglob("*") if is_deck_file(p.name)):
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[0].startswith(SCHEMA_LINE):
            lines[0] = SCHEMA_LINE + str(schema_file())
        else:
            lines.insert(0, SCHEMA_LINE + str(schema_file()))
        if path == folder / DECK_FILE:
            lines = [_top(line, "id", deck_id) for line in lines]
            lines = [_top(line, "titel", json.dumps(title)) for line in lines]
        path.write_text("\n".join(lines), encoding="utf-8")


def _top(line: str, key: str, value: str) -> str:
    """``line`` with the top-level ``key``'s value replaced (other lines as they are)."""
    return f"{key}: {value}" if line.startswith(f"{key}:") else line
