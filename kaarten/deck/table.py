"""The state of a card table: the pile, which cards were drawn, and who had which card.

Pure logic without Textual. A card table on its own (a teacher reading) keeps this in
memory for as long as it is open; in a session it belongs to the activity, so leaving the
table and coming back, or resuming after a crash, continues where the coach was. A
:class:`TableLog` hears of every change and writes it to the session log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kaarten.deck.draw import DrawPile, is_blank
from kaarten.deck.model import Card


class TableLog(Protocol):
    """Where a card table reports its changes (the session log)."""

    def order_changed(self, order: Sequence[Card], position: int, drawn: Sequence[str]) -> None:
        """The pile has a new order; ``drawn`` are the cards drawn in this pass (none after
        a shuffle: every card can be drawn again)."""

    def drawn(self, card: Card, participant: str | None) -> None:
        """``card`` came on the table for the first time in this pass."""

    def round_changed(self, people: Sequence[str] | None, dealt: Card | None) -> None:
        """A round started (``people`` in turn; ``dealt`` the card on the table, given to the
        first of them) or stopped (None)."""

    def turns_changed(self, order: Sequence[str], had: Sequence[str]) -> None:
        """The coach changed whose turn comes when: ``order`` next first, ``had`` who had
        a card in this turn round."""


# The rules of a round, on its order (next first) and who had a card in this turn round:
# one place for the card table in memory and for the session log read back
# (kaarten.session.model), so a resumed round is the round that was left.


def had_after(had: Sequence[str], people: Sequence[str], person: str) -> list[str]:
    """Who had a card in the turn round once ``person`` gets one: a new turn round begins
    when everyone in ``people`` had one already."""
    if set(people) <= set(had):
        return [person]
    return [*(p for p in had if p != person), person]


def turn_taken(
    order: Sequence[str], had: Sequence[str], person: str
) -> tuple[list[str], list[str]]:
    """The round once ``person`` got a card: last in turn, and among who had one."""
    return [*(p for p in order if p != person), person], had_after(had, order, person)


def presence_changed(
    order: Sequence[str], had: Sequence[str], person: str, absent: bool
) -> tuple[list[str], list[str]]:
    """The round once ``person`` is absent (out of it) or there again (last in turn)."""
    without = [p for p in order if p != person]
    return (without if absent else [*without, person]), [p for p in had if p != person]


class CardTable:
    """A draw pile plus what was drawn from it and, in a round, for whom."""

    def __init__(
        self,
        pile: DrawPile,
        log: TableLog | None = None,
        *,
        drawn: Sequence[str] = (),
        round_order: Sequence[str] | None = None,
        dealt: dict[str, str] | None = None,
        had: Sequence[str] = (),
    ) -> None:
        self.pile = pile
        self._log = log
        self._drawn: set[str] = set(drawn)
        self._drawn_before: list[set[str]] = []
        """What was drawn before each shuffle, for restore."""
        self.round: list[str] | None = list(round_order) if round_order else None
        """In a round: the participant ids, the next one first."""
        self.dealt: dict[str, str] = dict(dealt or {})
        """Card id → the participant it was last dealt to in a round. Only a card drawn in
        this pass is anyone's now: after a shuffle it goes to whoever is next in turn."""
        self.had: list[str] = list(had or [])
        """In a round: who had a card in this turn round, in that order."""
        self._arrive()

    @property
    def card(self) -> Card:
        """The card on the table."""
        return self.pile.current

    def _arrive(self) -> bool:
        """The current card comes on the table: it is drawn the first time in this pass
        (and in a round dealt to the next participant). Returns whether it was drawn now."""
        card = self.pile.current
        if is_blank(card) or card.id in self._drawn:
            return False
        self._drawn.add(card.id)
        person = None
        if self.round:  # drawn the first time in this pass: the next person's turn
            person = self.round[0]
            self.dealt[card.id] = person
            self.round, self.had = turn_taken(self.round, self.had, person)
        if self._log is not None:
            self._log.drawn(card, person)
        return True

    def was_drawn(self, card_id: str) -> bool:
        return card_id in self._drawn

    def person_for(self, card_id: str) -> str | None:
        """The participant the card was dealt to in a round in this pass, if any."""
        return self.dealt.get(card_id) if card_id in self._drawn else None

    # -- moving -------------------------------------------------------------------------

    def next(self) -> bool:
        """Draw the next card; False (and no change) on the last card."""
        moved = self.pile.next()
        if moved:
            self._arrive()
        return moved

    def previous(self) -> bool:
        """Back one card (it is not drawn again)."""
        return self.pile.previous()

    def go_to(self, index: int) -> None:
        """Put the card at ``index`` on the table (the overview, a search hit)."""
        self.pile.go_to(index)
        self._arrive()

    def shuffle(self) -> None:
        """Shuffle every card and start a new pass from the top."""
        self._drawn_before.append(self._drawn)
        self._drawn = set()
        self.pile.shuffle()
        self._new_order()

    def restore(self) -> bool:
        """Go back to the pass before the last shuffle; what was drawn since counts there."""
        restored = self.pile.restore()
        if restored:
            self._drawn |= self._drawn_before.pop()
            self._new_order()
        return restored

    def insert_next(self, card: Card) -> None:
        """Put a typed question on the table, right after the current card."""
        self.pile.insert_next(card)
        self._new_order()

    def _new_order(self) -> None:
        if self._log is not None:
            self._log.order_changed(self.pile.cards, self.pile.position, sorted(self._drawn))
        self._arrive()

    # -- rounds -------------------------------------------------------------------------

    def start_round(self, people: Sequence[str]) -> None:
        """Deal cards to ``people`` in turn, starting with the card on the table unless it
        is already someone's (or the blank eigen-vraag card)."""
        if not people:
            return
        order = list(people)
        card = self.pile.current
        dealt = None
        if not is_blank(card) and self.person_for(card.id) is None:
            dealt = card
            self.dealt[card.id] = order[0]
            order = [*order[1:], order[0]]
        self.round = order
        self.had = [people[0]] if dealt is not None else []
        if self._log is not None:
            self._log.round_changed(list(people), dealt)

    def stop_round(self) -> None:
        self.round = None
        self.had = []
        if self._log is not None:
            self._log.round_changed(None, None)

    def turns(self) -> Turns:
        """The round as the coach follows it (empty outside a round)."""
        people = self.round or []
        holder = self.person_for(self.card.id)
        waiting = [p for p in people if p not in self.had]
        return Turns(list(self.had), holder, waiting, people[0] if people else None)

    def move_up(self, person: str) -> None:
        """``person`` is next (someone who has to leave early, or asks to go first)."""
        if self.round and person in self.round:
            self._reorder([person, *(p for p in self.round if p != person)])

    def pass_turn(self, person: str) -> None:
        """``person`` lets the turn pass: the others who have not had a card come first."""
        if self.round and person in self.round:
            rest = [p for p in self.round if p != person]
            waiting = [p for p in rest if p not in self.had]
            self._reorder([*waiting, person, *(p for p in rest if p in self.had)])

    def _reorder(self, order: list[str]) -> None:
        self.round = order
        if self._log is not None:
            self._log.turns_changed(order, self.had)

    def leave_round(self, person: str) -> None:
        """``person`` is absent: out of the round (the session log says so once for all
        tables, so this writes nothing)."""
        if self.round is not None:
            self.round, self.had = presence_changed(self.round, self.had, person, True)

    def join_round(self, person: str) -> None:
        """``person`` is there after all: last in the round, after everyone else's turn."""
        if self.round is not None and person not in self.round:
            self.round, self.had = presence_changed(self.round, self.had, person, False)


@dataclass(frozen=True, slots=True)
class Turns:
    """A round seen from the coach's chair."""

    had: list[str]
    """Who had a card in this turn round, in that order."""
    holder: str | None
    """Whose card is on the table (None: no one's)."""
    waiting: list[str]
    """Who has not had a card in this turn round, in the round's order."""
    next: str | None
    """Who gets the next card drawn."""
