"""The draw pile of a card table: order, position, shuffling, own questions.

Pure logic without Textual. Every step is O(1) or O(cards shown), never a scan of the
library, so drawing costs the same in a 10-card and a 5,000-card deck.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Iterator, Sequence

from kaarten.deck.model import Card, CardKind, CardSet, Deck, Source


def blank_custom_question(card_set: CardSet) -> Card:
    """The blank "eigen vraag" card of a set: the coach asks a question of their own."""
    return Card(
        id=f"{card_set.id}-eigen-vraag",
        kind=CardKind.CUSTOM_QUESTION,
        text="",
        set_id=card_set.id,
        source=card_set.source,
    )


def is_blank(card: Card) -> bool:
    """True for the empty eigen-vraag card, which shows an invitation instead of text."""
    return card.kind is CardKind.CUSTOM_QUESTION and not card.text


def set_cards(card_set: CardSet, own: Iterable[Card] = ()) -> list[Card]:
    """The cards of one kaartenset as the paper set has them: gesprekskaarten, the blank
    eigen-vraag card when the set has one, opdrachtkaarten; then questions typed this run."""
    cards = list(card_set.questions)
    if card_set.custom_question:
        cards.append(blank_custom_question(card_set))
    cards.extend(card_set.assignments)
    cards.extend(own)
    return cards


def custom_question(text: str, set_id: str, number: int) -> Card:
    """A card made of a question typed during the run."""
    return Card(
        id=f"{set_id}-eigen-{number}",
        kind=CardKind.CUSTOM_QUESTION,
        text=text,
        set_id=set_id,
        source=Source("", 0),
    )


def typed_question(card_id: str, text: str, set_ids: Iterable[str]) -> Card | None:
    """The card of a question typed earlier, rebuilt from the log (its id and text), or
    None when its id belongs to none of ``set_ids``."""
    set_id = next((s for s in set_ids if card_id.startswith(f"{s}-eigen-")), None)
    if set_id is None:
        return None
    return Card(card_id, CardKind.CUSTOM_QUESTION, text, set_id, Source("", 0))


class TypedQuestions:
    """Questions typed during the run (eigen vragen): each joins its kaartenset's cards
    for the rest of the run, on every card table and in search."""

    def __init__(self) -> None:
        self._by_set: dict[tuple[str, str], list[Card]] = {}

    def cards(self, deck: Deck, set_ids: Iterable[str]) -> list[Card]:
        """The cards of the given kaartensets, with the questions typed for them."""
        cards: list[Card] = []
        for set_id in set_ids:
            cards.extend(set_cards(deck.card_sets[set_id], self._by_set.get((deck.id, set_id), [])))
        return cards

    def add(self, deck: Deck, set_id: str, text: str, taken: Collection[str] = ()) -> Card:
        """Keep ``text`` as a card of ``set_id``; its id is none of ``taken`` (the cards on
        the table, typed in an earlier run of a session)."""
        number = 1 + sum(len(cards) for cards in self._by_set.values())
        while f"{set_id}-eigen-{number}" in taken:
            number += 1
        card = custom_question(text, set_id, number)
        self._by_set.setdefault((deck.id, set_id), []).append(card)
        return card

    def all(self) -> Iterator[tuple[str, Card]]:
        """Every typed question, with its deck's id."""
        for (deck_id, _set_id), cards in self._by_set.items():
            for card in cards:
                yield deck_id, card


class DrawPile:
    """Cards in a drawing order, with the current position.

    ``shuffle`` keeps the order it replaces, so ``restore`` can bring it back (again and
    again, like an undo stack).
    """

    def __init__(
        self, cards: Sequence[Card], rng: random.Random | None = None, *, shuffled: bool = False
    ) -> None:
        if not cards:
            raise ValueError("a draw pile needs at least one card")
        self._rng = rng or random.Random()
        self._order: list[Card] = list(cards)
        self._history: list[tuple[list[Card], int]] = []
        self.position = 0
        if shuffled:
            self._rng.shuffle(self._order)

    def __len__(self) -> int:
        return len(self._order)

    @property
    def current(self) -> Card:
        """The card on the table."""
        return self._order[self.position]

    @property
    def cards(self) -> list[Card]:
        """The cards in drawing order (a copy)."""
        return list(self._order)

    @property
    def at_end(self) -> bool:
        """True on the last card."""
        return self.position == len(self._order) - 1

    @property
    def at_start(self) -> bool:
        """True on the first card."""
        return self.position == 0

    @property
    def can_restore(self) -> bool:
        """True when a shuffle can be undone."""
        return bool(self._history)

    def next(self) -> bool:
        """Draw the next card; False (and no change) on the last card."""
        if self.at_end:
            return False
        self.position += 1
        return True

    def previous(self) -> bool:
        """Go back one card; False (and no change) on the first card."""
        if self.at_start:
            return False
        self.position -= 1
        return True

    def shuffle(self) -> None:
        """Shuffle all cards and start from the top; the old order can be restored."""
        self._history.append((list(self._order), self.position))
        self._rng.shuffle(self._order)
        self.position = 0

    def restore(self) -> bool:
        """Bring back the order from before the last shuffle, at the card shown then."""
        if not self._history:
            return False
        self._order, self.position = self._history.pop()
        return True

    def go_to(self, index: int) -> None:
        """Show the card at ``index`` in the current order."""
        if not 0 <= index < len(self._order):
            raise IndexError(index)
        self.position = index

    def index_of(self, card_id: str) -> int | None:
        """The position of the card with ``card_id``, or None. Linear in the pile, which is
        fine for a jump chosen by a person (search, overview), not for drawing."""
        return next((i for i, c in enumerate(self._order) if c.id == card_id), None)

    def renew(self, fresh: Sequence[Card]) -> None:
        """The same pile with the texts of ``fresh`` (the set read again after an edit):
        each card by its id, in place, also in orders kept for :meth:`restore`; cards that
        are new come at the end. A card no longer in ``fresh`` stays until the pile is
        opened again, so the one on the table never vanishes under the coach's hands."""
        by_id = {card.id: card for card in fresh}
        known = {card.id for card in self._order}
        added = [card for card in fresh if card.id not in known]
        for order in [self._order, *(order for order, _ in self._history)]:
            order[:] = [by_id.get(card.id, card) for card in order] + added

    def insert_next(self, card: Card) -> None:
        """Put ``card`` right after the current one and show it (an eigen vraag).
        Orders kept for :meth:`restore` get it too, at the end, so it is never lost."""
        self._order.insert(self.position + 1, card)
        self.position += 1
        for order, _position in self._history:
            order.append(card)
