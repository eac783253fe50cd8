"""``kaarten print`` and ``kaarten export --formaat pdf``: paper from the command line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kaarten.deck.library import load_library
from kaarten.i18n import os_reason, tr
from kaarten.locations import builtin_roots, cache_dir
from kaarten.printing.deckbook import PARTS, deck_document, select
from kaarten.printing.document import Document

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


def write_pdf(doc: Document, target: Path, lang: str, out: TextIO, err: TextIO) -> int:
    """Write ``doc`` to ``target`` (whole or not at all) and say where, or why not."""
    if target.is_dir():
        err.write(tr("print.is_folder", lang, path=target) + "\n")
        return EXIT_PROBLEM
    try:
        doc.save(target)
    except OSError as error:
        reason = os_reason(error, lang)
        err.write(tr("print.not_written", lang, path=target, reason=reason) + "\n")
        return EXIT_PROBLEM
    out.write(tr("print.written", lang, path=target, n=doc.page_no()) + "\n")
    return EXIT_OK


def print_decks(
    extra: Sequence[Path],
    set_ids: Sequence[str],
    parts: Sequence[str] | None,
    backs: bool,
    target: Path,
    data: Path | None,
    lang: str,
    out: TextIO,
    err: TextIO,
) -> int:
    """The built-in decks and ``extra`` as one PDF: the parts asked for (all by default),
    of the chosen kaartensets (all by default)."""
    result = load_library([*builtin_roots(), *extra], cache_dir(data))
    decks = list(result.library.decks.values())
    known = {s.id for deck in decks for s in deck.card_sets.values()}
    unknown = [s for s in set_ids if s not in known]
    if unknown:
        ids = ", ".join(sorted(known)) or "–"
        err.write(tr("print.no_such_set", lang, sets=", ".join(unknown), ids=ids) + "\n")
        return EXIT_USAGE
    if result.errors:
        errors = tr("count.errors", lang, n=len(result.errors))
        err.write(tr("print.deck_problems", lang, errors=errors) + "\n")
    chosen = select(decks, set_ids)
    doc = deck_document(chosen, lang, parts or PARTS, backs)
    return write_pdf(doc, target, lang, out, err)
