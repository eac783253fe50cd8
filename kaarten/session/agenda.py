"""Agenda items made from what the decks offer, and as the session log keeps them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kaarten.deck.model import CardSet, Deck, Energizer, Library
from kaarten.i18n import tr
from kaarten.journal.log import Record
from kaarten.session.model import Activity, ActivityKind

SET_MINUTES = 30
"""Planned minutes of a kaartenset whose deck names no tijd."""
ENERGIZER_MINUTES = 10
CLOSING_MINUTES = 15
BREAK_MINUTES = 15


def for_set(deck: Deck, card_set: CardSet) -> Activity:
    minutes = card_set.duration_seconds // 60 if card_set.duration_seconds else SET_MINUTES
    title = f"{card_set.id} {card_set.title}"
    return Activity("", ActivityKind.CARD_SET, title, minutes, deck.id, (card_set.id,))


def for_energizer(deck: Deck, energizer: Energizer) -> Activity:
    seconds = energizer.duration_seconds
    minutes = seconds // 60 if seconds else ENERGIZER_MINUTES
    title = f"Energizer {energizer.id}: {energizer.title}"
    return Activity("", ActivityKind.ENERGIZER, title, minutes, deck.id, (energizer.id,))


def closing(lang: str) -> Activity:
    """The closing round, for action points."""
    return Activity("", ActivityKind.CLOSING, tr("session.closing", lang), CLOSING_MINUTES)


def a_break(lang: str) -> Activity:
    """A break: the room shows when the group goes on."""
    return Activity("", ActivityKind.BREAK, tr("session.break_item", lang), BREAK_MINUTES)


def choices(library: Library, lang: str) -> list[Activity]:
    """Everything that can go on an agenda: energizers, kaartensets, a break, the closing
    round."""
    energizers = [
        for_energizer(deck, e) for deck in library.decks.values() for e in deck.sorted_energizers()
    ]
    sets = [for_set(deck, s) for deck in library.decks.values() for s in deck.sorted_sets()]
    return [*energizers, *sets, a_break(lang), closing(lang)]


def alternatives(item: Activity, library: Library, lang: str) -> list[Activity]:
    """What an agenda item can become: another kaartenset or energizer (itself among
    them); anything else only itself, with other minutes."""
    if item.kind not in (ActivityKind.CARD_SET, ActivityKind.ENERGIZER):
        return [item]
    return [o for o in choices(library, lang) if o.kind is item.kind]


def suggested(
    library: Library, lang: str, set_hint: tuple[str, str] | None = None
) -> list[Activity]:
    """A first agenda: the first energizer, a kaartenset (the one highlighted, else the
    first) and the closing round."""
    items: list[Activity] = []
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


def numbered(items: Sequence[Activity]) -> list[Activity]:
    """The items with fresh ids ``a1``, ``a2``… in order, as a new session stores them."""
    return [replace(item, id=f"a{n}") for n, item in enumerate(items, 1)]


def total_minutes(items: Sequence[Activity]) -> int:
    return sum(item.minutes for item in items)


def as_record(activity: Activity) -> Record:
    """An agenda item in the log's words (read back by :mod:`kaarten.session.model`)."""
    record: Record = {
        "id": activity.id,
        "soort": activity.kind.value,
        "titel": activity.title,
        "minuten": activity.minutes,
    }
    if activity.deck:
        record["deck"] = activity.deck
        record["items"] = list(activity.items)
    return record


def fit_minutes(minutes: Sequence[int], available: int) -> tuple[list[int], int]:
    """``minutes`` made to add up to ``available`` in proportion, none below a minute: the
    new minutes of the items kept, and how many were dropped from the end (when even a
    minute each does not fit)."""
    kept = list(minutes)
    while kept and available < len(kept):
        kept.pop()
    dropped = len(minutes) - len(kept)
    total = sum(kept)
    if not kept:
        return [], dropped
    if total <= 0:
        kept = [1] * len(kept)
        total = len(kept)
    exact = [m * available / total for m in kept]
    new = [max(1, int(e)) for e in exact]
    missing = available - sum(new)
    by_fraction = sorted(range(len(kept)), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    for index in by_fraction[: max(0, missing)]:
        new[index] += 1
    while missing < 0:  # items lifted to a minute took more than there was
        largest = max(range(len(new)), key=lambda i: new[i])
        new[largest] -= 1
        missing += 1
    return new, dropped
