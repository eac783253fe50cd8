"""Agenda items as the session log keeps them, made from what the decks offer."""

from __future__ import annotations

from collections.abc import Sequence

from kaarten.deck.model import CardSet, Deck, Energizer, Library
from kaarten.journal.log import Record
from kaarten.strings import tr

SET_MINUTES = 30
"""Planned minutes of a kaartenset whose deck names no tijd."""
ENERGIZER_MINUTES = 10
CLOSING_MINUTES = 15


def for_set(deck: Deck, card_set: CardSet) -> Record:
    minutes = card_set.duration_seconds // 60 if card_set.duration_seconds else SET_MINUTES
    return {
        "soort": "kaartenset",
        "titel": f"{card_set.id} {card_set.title}",
        "minuten": minutes,
        "deck": deck.id,
        "items": [card_set.id],
    }


def for_energizer(deck: Deck, energizer: Energizer) -> Record:
    seconds = energizer.duration_seconds
    return {
        "soort": "energizer",
        "titel": f"Energizer {energizer.id}: {energizer.title}",
        "minuten": seconds // 60 if seconds else ENERGIZER_MINUTES,
        "deck": deck.id,
        "items": [energizer.id],
    }


def closing(lang: str) -> Record:
    """The closing round, for action points."""
    return {"soort": "afsluiting", "titel": tr("session.closing", lang), "minuten": CLOSING_MINUTES}


def choices(library: Library, lang: str) -> list[Record]:
    """Everything that can go on an agenda: energizers, kaartensets, the closing round."""
    energizers = [
        for_energizer(deck, e) for deck in library.decks.values() for e in deck.sorted_energizers()
    ]
    sets = [for_set(deck, s) for deck in library.decks.values() for s in deck.sorted_sets()]
    return [*energizers, *sets, closing(lang)]


def suggested(library: Library, lang: str, set_hint: tuple[str, str] | None = None) -> list[Record]:
    """A first agenda: the first energizer, a kaartenset (the one highlighted, else the
    first) and the closing round."""
    items: list[Record] = []
    energizer = next(
        (for_energizer(d, e) for d in library.decks.values() for e in d.sorted_energizers()),
        None,
    )
    if energizer:
        items.append(energizer)
    deck = library.decks.get(set_hint[0]) if set_hint else None
    if deck is not None and set_hint and set_hint[1] in deck.card_sets:
        items.append(for_set(deck, deck.card_sets[set_hint[1]]))
    else:
        first = next((for_set(d, s) for d in library.decks.values() for s in d.sorted_sets()), None)
        if first:
            items.append(first)
    items.append(closing(lang))
    return items


def numbered(items: Sequence[Record]) -> list[Record]:
    """The items with fresh ids ``a1``, ``a2``… in order, as a new session stores them."""
    return [{**item, "id": f"a{n}"} for n, item in enumerate(items, 1)]


def total_minutes(items: Sequence[Record]) -> int:
    return sum(int(item.get("minuten", 0)) for item in items)
