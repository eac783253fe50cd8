"""The card table's state without the UI: what counts as a draw, and rounds."""

from __future__ import annotations

import random
from collections.abc import Sequence

from kaarten.deck.draw import DrawPile, custom_question
from kaarten.deck.model import Card, CardKind, Source
from kaarten.deck.table import CardTable


def _cards(n: int) -> list[Card]:
    return [Card(f"k{i}", CardKind.QUESTION, f"vraag {i}", "1.1", Source("s", i)) for i in range(n)]


class Log:
    def __init__(self) -> None:
        self.events: list[tuple[object, ...]] = []

    def order_changed(self, order: Sequence[Card], position: int, drawn: Sequence[str]) -> None:
        self.events.append(("stapel", position, list(drawn)))

    def drawn(self, card: Card, participant: str | None) -> None:
        self.events.append(("kaart", card.id, participant))

    def round_changed(self, people: Sequence[str] | None, dealt: Card | None) -> None:
        self.events.append(("rondje", people, dealt.id if dealt else None))

    def turns_changed(self, order: Sequence[str], had: Sequence[str]) -> None:
        self.events.append(("beurten", list(order), list(had)))


def test_a_card_is_drawn_once_per_pass_looking_back_draws_nothing() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(3)), log)
    table.next()
    table.previous()
    table.next()
    table.go_to(2)
    table.go_to(0)
    assert log.events == [("kaart", "k0", None), ("kaart", "k1", None), ("kaart", "k2", None)]


def test_a_shuffle_is_a_new_pass_a_restore_is_not() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(3), random.Random(1)), log)
    table.shuffle()
    top = table.card.id
    assert log.events[-2:] == [("stapel", 0, []), ("kaart", top, None)]
    table.restore()  # back on k0, drawn before the shuffle: no new record
    assert log.events[-1] == ("stapel", 0, sorted({"k0", top}))


def test_a_round_covers_the_card_on_the_table_and_skips_the_blank_card() -> None:
    log = Log()
    blank = Card("1.1-eigen-vraag", CardKind.CUSTOM_QUESTION, "", "1.1", Source("s", 9))
    table = CardTable(DrawPile([*_cards(2), blank, *_cards(4)[2:]]), log)
    table.start_round(["d1", "d2"])
    assert table.person_for("k0") == "d1"
    assert log.events[-1] == ("rondje", ["d1", "d2"], "k0")
    table.next()
    table.next()  # the blank eigen-vraag card is for no one
    table.next()
    assert [table.person_for(c) for c in ("k1", "1.1-eigen-vraag", "k2")] == ["d2", None, "d1"]
    table.previous()
    table.previous()
    table.start_round(["d1", "d2"])  # on a card already dealt: it stays its owner's
    assert table.person_for("k1") == "d2"
    assert log.events[-1:] == [("rondje", ["d1", "d2"], None)]


def test_a_typed_question_is_drawn_with_its_text() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(2)), log)
    table.insert_next(custom_question("Wat nu?", "1.1", 1))
    assert log.events[-2:] == [("stapel", 1, ["k0"]), ("kaart", "1.1-eigen-1", None)]


def test_the_round_says_who_had_a_card_whose_it_is_and_who_is_next() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(8), random.Random(1)), log)
    table.start_round(["a", "b", "c"])  # the card on the table is a's
    turns = table.turns()
    assert (turns.had, turns.holder, turns.next, turns.waiting) == (["a"], "a", "b", ["b", "c"])
    table.next()
    table.next()  # b's, c's: everyone had one
    assert table.turns().had == ["a", "b", "c"] and table.turns().next == "a"
    table.next()  # a new turn round begins with a
    assert table.turns().had == ["a"] and table.turns().waiting == ["b", "c"]


def test_a_turn_passed_comes_after_the_others_and_moving_up_comes_first() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(8), random.Random(1)), log)
    table.start_round(["a", "b", "c", "d"])
    table.pass_turn("b")  # b lets the turn pass: c and d first
    assert table.round == ["c", "d", "b", "a"]
    table.move_up("b")
    assert table.round == ["b", "c", "d", "a"]
    table.next()
    assert table.person_for(table.card.id) == "b"
    assert log.events[-3:-1] == [
        ("beurten", ["c", "d", "b", "a"], ["a"]),
        ("beurten", ["b", "c", "d", "a"], ["a"]),
    ]


def test_someone_absent_is_skipped_and_joins_at_the_end_when_back() -> None:
    log = Log()
    table = CardTable(DrawPile(_cards(8), random.Random(1)), log)
    table.start_round(["a", "b", "c"])
    events = len(log.events)
    table.leave_round("b")  # the session log says it once, for every table
    assert table.round == ["c", "a"] and len(log.events) == events
    table.next()
    assert table.person_for(table.card.id) == "c"
    table.join_round("b")
    assert table.round == ["a", "c", "b"]
