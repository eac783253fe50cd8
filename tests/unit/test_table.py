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
