"""Pure logic behind the card table: the draw pile, search and QR codes."""

from __future__ import annotations

import random

import pytest
import qrcode

from kaarten import qr
from kaarten.deck.draw import DrawPile, custom_question
from kaarten.deck.model import Card, CardKind, Library, Source
from kaarten.deck.search import SearchIndex, card_entry, fold


def _cards(n: int) -> list[Card]:
    return [Card(f"c{i}", CardKind.QUESTION, f"kaart {i}", "1.1", Source("x", i)) for i in range(n)]


def test_next_previous_stop_at_the_ends() -> None:
    pile = DrawPile(_cards(3))
    assert not pile.previous()
    assert pile.next() and pile.next()
    assert not pile.next()
    assert pile.current.id == "c2" and pile.at_end


def test_shuffle_restore_is_an_undo_stack() -> None:
    pile = DrawPile(_cards(20), random.Random(1))
    original = pile.cards
    pile.next()
    pile.shuffle()
    first = pile.cards
    pile.shuffle()
    assert pile.restore() and pile.cards == first and pile.position == 0
    assert pile.restore() and pile.cards == original and pile.position == 1
    assert not pile.restore()


def test_custom_question_is_kept_through_restore() -> None:
    pile = DrawPile(_cards(5), random.Random(2))
    pile.shuffle()
    card = custom_question("Mijn vraag", "1.1", 1)
    pile.insert_next(card)
    assert pile.current is card
    pile.restore()
    assert card in pile.cards


def test_mixed_pile_is_shuffled_but_complete() -> None:
    cards = _cards(30)
    pile = DrawPile(cards, random.Random(3), shuffled=True)
    assert pile.cards != cards and sorted(c.id for c in pile.cards) == sorted(c.id for c in cards)


def test_empty_pile_is_refused() -> None:
    with pytest.raises(ValueError):
        DrawPile([])


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("Wat betekent creëren?", "creeren", "creëren"),
        ("ÉÉN Kaart", "een kaart", "ÉÉN Kaart"),
        ("Straße", "strasse", "Straße"),
    ],
)
def test_search_folds_case_and_accents(text: str, query: str, found: str) -> None:
    folded, origin = fold(text)
    assert len(origin) == len(folded)
    entry = card_entry("d", Card("k", CardKind.QUESTION, text, "1.1", Source("p", 1)))
    (hit,) = SearchIndex(Library()).search(query, [entry])
    start, end = hit.spans[0]
    assert text[start:end] == found


def test_search_needs_every_word() -> None:
    index = SearchIndex(Library())
    entry = card_entry("d", Card("k", CardKind.QUESTION, "ouders en school", "1", Source("p", 1)))
    assert index.search("school ouders", [entry])
    assert not index.search("school kind", [entry])
    assert not index.search("   ", [entry])


@pytest.mark.parametrize(
    "url", ["https://www.lerendeleraren.nl", "https://example.org/" + "a" * 60]
)
def test_qr_lines_hold_exactly_the_qr_matrix(url: str) -> None:
    code = qrcode.QRCode(border=qr.QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(url)
    code.make(fit=True)
    expected = [[bool(m) for m in row] for row in code.get_matrix()]
    for scale in (1, 2, 3):
        rows: list[list[bool]] = []
        for line in qr.lines(url, scale):
            rows.append([c in "▀█" for c in line])
            rows.append([c in "▄█" for c in line])
        size = len(expected) * scale
        rows = rows[:size]
        assert rows == [
            [m for m in row for _ in range(scale)] for row in expected for _ in range(scale)
        ]


def test_qr_scale_fits_the_space() -> None:
    url = "https://www.lerendeleraren.nl"
    modules = len(qr.matrix(url))
    assert qr.best_scale(url, modules - 1, 5) == 1  # never below 1
    scale = qr.best_scale(url, 300, 80)
    width, height = qr.size(url, scale)
    assert width <= 300 and height <= 80
    assert qr.size(url, scale + 1)[0] > 300 or qr.size(url, scale + 1)[1] > 80
