"""``kaarten afdrukken`` and ``kaarten exporteren --formaat pdf``: paper from the command line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kaarten.cli.exits import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from kaarten.deck.library import load_library
from kaarten.deck.model import Library, Source
from kaarten.deck.problems import DeckProblem, Severity
from kaarten.i18n import os_reason, tr
from kaarten.locations import builtin_roots, cache_dir, is_builtin
from kaarten.printing.deckbook import PARTS, deck_document, select
from kaarten.printing.document import Document


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
    for folder, label in doc.too_long:  # printed whole, on more than one card: say so
        if not is_builtin(folder):  # a trainer's card, not the printed set's own
            err.write(tr("print.card_continues", lang, card=label) + "\n")
    return write_pdf(doc, target, lang, out, err)


PRINT_CHECK_FROM = 300
"""Shorter texts always fit a card (about 600 letters do at 8 pt): only longer ones are
laid out, so checking 5,000 cards stays quick."""


def too_long_to_print(library: Library, builtin: Sequence[Path] = ()) -> list[DeckProblem]:
    """A warning for every card and definitiekaart that does not fit one printed card
    (``kaarten afdrukken`` continues it on a next card), in the decks a trainer can change:
    not in those under ``builtin`` (the printed set's long definitions are known)."""
    from kaarten.deck.search import plain
    from kaarten.printing.cards import fits_one_card

    found = []
    for deck in library.decks.values():
        if is_builtin(deck.path, builtin):
            continue
        texts: list[tuple[str, str | None, Source]]
        texts = [(card.text, None, card.source) for card in deck.cards()]
        texts += [(plain(d.text), d.title, d.source) for d in deck.definitions.values()]
        for text, title, source in texts:
            if len(text) >= PRINT_CHECK_FROM and not fits_one_card(text, title):
                found.append(
                    DeckProblem(
                        source.path,
                        source.line,
                        None,
                        "deck.card_too_long_to_print",
                        severity=Severity.WARNING,
                    )
                )
    return found
