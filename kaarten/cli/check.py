"""``kaarten nakijken``: load the decks as the app does and say what is in them and what is
wrong, as text for a trainer or as JSON for a script."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from kaarten.cli.exits import EXIT_OK, EXIT_PROBLEM
from kaarten.cli.printing import too_long_to_print
from kaarten.deck.library import LoadResult, deck_file_saved, load_library
from kaarten.deck.model import Deck, Library
from kaarten.deck.problems import DeckProblem
from kaarten.i18n import tr, tr_n
from kaarten.locations import builtin_roots, is_builtin
from kaarten.text import clean_data


def check_decks(extra: Sequence[Path], lang: str, as_json: bool, out: TextIO) -> int:
    """Check the built-in decks and ``extra``; print the overview (or JSON) to ``out``.
    Returns :data:`EXIT_PROBLEM` when a deck has errors (warnings pass)."""
    roots = builtin_roots()
    result = load_library([*roots, *extra])
    result.problems += too_long_to_print(result.library, roots)
    if as_json:
        json.dump(clean_data(check_json(result, lang)), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print_overview(result, lang, out, roots)
    return EXIT_PROBLEM if result.errors else EXIT_OK


def follow_decks(extra: Sequence[Path], lang: str, as_json: bool, out: TextIO) -> int:
    """``kaarten nakijken --volg``: check now, then again after every save of a deck file
    under ``extra`` (or the built-in decks), until Ctrl+C. The operating system's file
    events wake it (watchfiles), so it costs nothing while nobody writes."""
    from watchfiles import watch

    watched = [*extra] or builtin_roots()
    check_decks(extra, lang, as_json, out)
    if not as_json:
        out.write(tr("check.following", lang, paths=", ".join(str(p) for p in watched)) + "\n")
    out.flush()
    try:
        for changes in watch(*watched, watch_filter=deck_file_saved, debounce=300, step=50):
            if not as_json:
                names = sorted({Path(path).name for _, path in changes})
                out.write("\n" + tr("check.changed", lang, files=", ".join(names)) + "\n")
            check_decks(extra, lang, as_json, out)
            out.flush()
    except KeyboardInterrupt:
        pass  # how a trainer stops it: not an error
    return EXIT_OK


def print_overview(
    result: LoadResult, lang: str, out: TextIO, builtin_folders: Sequence[Path] = ()
) -> None:
    """Per deck its kaartensets with card counts, then every problem as ``path:line:col``.
    Decks under ``builtin_folders`` are labelled as built in."""
    for deck in result.library.decks.values():
        inside = is_builtin(deck.path, builtin_folders)
        where = tr("check.builtin", lang) if inside else deck.path
        out.write(tr("check.deck", lang, id=deck.id, title=deck.title, path=where) + "\n")
        sets = deck.sorted_sets()
        if sets:
            width = max(len(s.title) for s in sets)
            questions = tr("check.questions", lang)
            assignments = tr("check.assignments", lang)
            out.write(
                f"  {tr('check.set', lang):<6} {tr('check.title', lang):<{width}}  {questions}"
                f"  {assignments}  {tr('check.custom_question', lang)}\n"
            )
            for card_set in sets:
                own = tr("check.yes" if card_set.custom_question else "check.no", lang)
                out.write(
                    f"  {card_set.id:<6} {card_set.title:<{width}}  "
                    f"{len(card_set.questions):>{len(questions)}}  "
                    f"{len(card_set.assignments):>{len(assignments)}}  {own}\n"
                )
        counts = {key: tr_n(_COUNTED[key], n, lang) for key, n in _totals(deck).items()}
        out.write("  " + tr("check.totals", lang, **counts) + "\n")
    if result.problems:
        out.write("\n")
        for problem in result.problems:
            out.write(problem.render(lang) + "\n")
    errors = len(result.errors)
    warnings = len(result.warnings)
    out.write("\n")
    if errors or warnings:
        out.write(
            tr(
                "check.summary_problems",
                lang,
                errors=tr_n("count.errors", errors, lang),
                warnings=tr_n("count.warnings", warnings, lang),
                files=tr_n("count.files", result.files, lang),
            )
            + "\n"
        )
    else:
        out.write(
            tr("check.summary_ok", lang, decks=len(result.library.decks), files=result.files) + "\n"
        )


_COUNTED = {
    "sets": "count.card_sets",
    "cards": "count.cards",
    "definitions": "count.definitions",
    "appendices": "count.appendices",
    "energizers": "count.energizers",
}
"""How each total is said, with its plural."""


def _totals(deck: Deck) -> dict[str, int]:
    return {
        "sets": len(deck.card_sets),
        "cards": sum(1 for _ in deck.cards()),
        "definitions": len(deck.definitions),
        "appendices": len(deck.appendices),
        "energizers": len(deck.energizers),
    }


def check_json(result: LoadResult, lang: str) -> dict[str, Any]:
    """The same as :func:`print_overview`, as a dict for scripts."""
    decks = [
        {
            "id": deck.id,
            "titel": deck.title,
            "pad": deck.path,
            "kaartensets": [
                {
                    "id": s.id,
                    "titel": s.title,
                    "thema": s.theme,
                    "gesprekskaarten": len(s.questions),
                    "opdrachtkaarten": len(s.assignments),
                    "eigen_vraag": s.custom_question,
                }
                for s in deck.sorted_sets()
            ],
            "definities": len(deck.definitions),
            "bijlagen": len(deck.appendices),
            "energizers": len(deck.energizers),
        }
        for deck in result.library.decks.values()
    ]
    return {
        "decks": decks,
        "problemen": [p.as_json(lang) for p in result.problems],
        "bestanden": result.files,
        "fouten": len(result.errors),
        "waarschuwingen": len(result.warnings),
    }


def missing_paths_json(paths: Sequence[Path], lang: str, out: TextIO) -> None:
    """For ``--formaat json``: the paths that do not exist, as JSON of the same shape as
    :func:`check_json` (nothing was loaded; each path is an error)."""
    problems = [DeckProblem(str(p), None, None, "cli.no_such_path", {"path": p}) for p in paths]
    found = check_json(LoadResult(Library(), problems), lang)
    json.dump(clean_data(found), out, ensure_ascii=False, indent=2)
    out.write("\n")
