"""The built-in deck holds the whole card set of the handleiding (seed 003)."""

from __future__ import annotations

import re

import pytest

from kaarten.deck.library import LoadResult, load_library
from kaarten.deck.model import AppendixForm, Deck
from kaarten.locations import builtin_roots

# From the Kaartenoverzicht at the end of the handleiding: (gesprekskaarten, opdrachtkaarten).
# The eigen-vraag card is listed in the handleiding of 1.1, 1.2, 1.3, 1.4 and 2.1.
OVERVIEW = {
    "1.1": (4, 2, True),
    "1.2": (6, 0, True),
    "1.3": (8, 0, True),
    "1.4": (6, 1, True),
    "2.1": (6, 2, True),
    "2.2": (4, 0, False),
    "2.3": (4, 0, False),
    "3.1": (4, 1, False),
    "3.2": (6, 1, False),
    "3.3": (3, 4, False),
}
THEMES = {"1": "Ouderbetrokkenheid", "2": "Educatief partnerschap", "3": "(Ouder)communicatie"}
DEFINITIONS = {
    "ouderbetrokkenheid",
    "ouderparticipatie",
    "thuisbetrokkenheid",
    "educatief-partnerschap",
    "rollen-educatief-partnerschap",
    "passende-grondhouding",
    "oudercommunicatie",
}


@pytest.fixture(scope="module")
def result() -> LoadResult:
    return load_library(builtin_roots())


@pytest.fixture(scope="module")
def deck(result: LoadResult) -> Deck:
    return result.library.decks["ouderbetrokkenheid"]


def test_built_in_decks_load_without_any_problem(result: LoadResult) -> None:
    assert [p.render() for p in result.problems] == []


@pytest.mark.parametrize("set_id", sorted(OVERVIEW))
def test_card_counts_match_the_overview(deck: Deck, set_id: str) -> None:
    questions, assignments, own = OVERVIEW[set_id]
    card_set = deck.card_sets[set_id]
    assert (len(card_set.questions), len(card_set.assignments)) == (questions, assignments)
    assert card_set.custom_question is own


def test_themes_and_sets(deck: Deck) -> None:
    assert {t.id: t.title for t in deck.themes} == THEMES
    assert [s.id for s in deck.sorted_sets()] == list(OVERVIEW)
    assert [s.id for s in deck.sets_of_theme("2")] == ["2.1", "2.2", "2.3"]


def test_every_set_has_its_handleiding(deck: Deck) -> None:
    for card_set in deck.card_sets.values():
        assert card_set.goal.startswith("Na deze activiteit"), card_set.id
        assert len(card_set.method) > 80, card_set.id


def test_seven_definitiekaarten(deck: Deck) -> None:
    assert set(deck.definitions) == DEFINITIONS


def test_bijlagen_are_structured(deck: Deck) -> None:
    table = deck.appendices["3.2-communicatiedoelen"]
    assert table.form is AppendixForm.TABLE
    assert [row[0] for row in table.rows] == [
        "Informatief", "Instructief", "Persuasief", "Motiverend", "Affectief",
    ]  # fmt: skip
    form = deck.appendices["3.3-voorbereidingsformulier"]
    assert [f.id for f in form.fields][:4] == ["locatie", "datum", "tijd", "leerling"]
    goal = next(f for f in form.fields if f.id == "communicatief-doel")
    assert len(goal.choices) == 5
    checklist = deck.appendices["3.3-checklist"]
    numbered = [s for g in checklist.groups if g.numbered for s in g.steps]
    assert len(numbered) == 16
    assert [g.title for g in checklist.groups] == [
        "Voorbereiding", "Afstemmen", "Delen", "Zorgen", "Afspreken", "Afronden", "Vaardigheden",
    ]  # fmt: skip
    assert len(checklist.groups[-1].steps) == 4
    skills = deck.appendices["3.3-gespreksvaardigheden"]
    assert [g.title for g in skills.skill_groups] == [
        "Luistervaardigheden", "Zendervaardigheden", "Regulerende vaardigheden",
    ]  # fmt: skip
    assert (deck.appendices["2.2-casus-constructies"].text or "").startswith("Een vader")
    assert len(deck.appendices["1.4-stappen-visie"].groups[0].steps) == 8


def test_links_never_invent_an_address(deck: Deck) -> None:
    links = [link for s in deck.card_sets.values() for link in s.links]
    assert {link.url for link in links} <= {None, "https://www.lerendeleraren.nl"}
    assert any("Rikkers (2012)" in link.title for link in links)


def test_a_text_that_speaks_of_a_qr_code_finds_one(deck: Deck) -> None:
    """3.1 said "Scan de QR-code uit de handleiding" and its link's note "De handleiding
    drukt deze bron af als QR-code", while the source has no address, so no code is printed
    or shown. A set that speaks of a code has a link with an address (or names the set
    that has one); a link without one says how to find the text."""
    for card_set in deck.card_sets.values():
        texts = [card_set.goal, card_set.method, card_set.tip or "", card_set.background or ""]
        links = [*card_set.links, *(link for card in card_set.cards for link in card.links)]
        texts += [card.text for card in card_set.cards]
        texts += [link.note or "" for link in links]
        for text in texts:
            if "QR" not in text:
                continue
            named = re.search(r"kaartenset (\d\.\d)", text)
            where = deck.card_sets[named.group(1)] if named else card_set
            assert any(link.url for link in where.links), (card_set.id, text)
        for link in links:
            if link.url is None:
                assert link.note and "zoek" in link.note.lower(), (card_set.id, link.title)


def test_six_energizers_with_the_cards_kind_ouder_school(result: LoadResult) -> None:
    energizers = result.library.decks["energizers"]
    assert [e.id for e in energizers.sorted_energizers()] == ["1", "2", "3", "4", "5", "6"]
    cards = [c.text for e in energizers.sorted_energizers() for c in e.cards]
    assert cards == ["Kind", "Ouder", "School"]
    assert energizers.energizers["5"].uses == ("2", "3", "4")


def test_card_ids_are_unique_and_stable(deck: Deck) -> None:
    ids = [c.id for c in deck.cards()]
    assert len(ids) == len(set(ids)) == 62
    assert ids[0] == "1.1-g1"


def test_credits_name_the_source(deck: Deck) -> None:
    assert deck.credits is not None
    assert "NPO-project" in deck.credits
    assert "ontwerpgroep" in deck.credits
