"""A reload while a trainer edits: what was on screen stays until its file is good again.

Editors save in steps and trainers save half-finished cards: a file with an error loads
without the card or set it broke. On a reload the last good version of such a set (or of a
whole deck whose deck.yaml broke) is kept, and named, so the screen can say that the edited
version has errors instead of the set or the card disappearing.
"""

from __future__ import annotations

from pathlib import Path

from kaarten.deck.library import LoadResult
from kaarten.deck.model import Library

Stale = set[tuple[str, str]]
"""(deck id, kaartenset id) of the sets shown in their last good version."""


def keep_last_good(before: Library, after: LoadResult) -> tuple[LoadResult, Stale]:
    """``after``, with every set of ``before`` that an error in its file now drops or
    shortens put back as it was; and which sets those are."""
    broken = {problem.path for problem in after.errors}
    decks = dict(after.library.decks)
    stale: Stale = set()
    for deck_id, old_deck in before.decks.items():
        fresh = decks.get(deck_id)
        if fresh is None:
            folder = Path(old_deck.path)
            if any(folder in Path(path).parents for path in broken):
                decks[deck_id] = old_deck  # its deck.yaml broke: the whole deck as it was
                stale |= {(deck_id, set_id) for set_id in old_deck.card_sets}
            continue
        for set_id, old_set in old_deck.card_sets.items():
            if old_set.source.path not in broken:
                continue  # changed on purpose, or not at all: the new version counts
            new_set = fresh.card_sets.get(set_id)
            lost = {c.id for c in old_set.cards} - (
                {c.id for c in new_set.cards} if new_set else set()
            )
            if new_set is None or lost:
                fresh.card_sets[set_id] = old_set
                stale.add((deck_id, set_id))
    return LoadResult(Library(decks), after.problems, after.files), stale
