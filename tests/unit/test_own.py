"""Zelf aan de slag without the UI: the logboek, the forms, their files, export."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kaarten.deck.library import load_library
from kaarten.deck.model import Deck, Library
from kaarten.journal.log import read_log
from kaarten.journal.logfile import ReadOnly
from kaarten.locations import builtin_roots
from kaarten.own.export import appendices_of, form_markdown, form_title, logbook_markdown
from kaarten.own.logbook import ANSWER_MAX, BACKGROUND, GOAL, ME, OpenLogbook, pages
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.store import OwnStore

DECK = "ouderbetrokkenheid"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(builtin_roots()).library


@pytest.fixture
def deck(library: Library) -> Deck:
    return library.decks[DECK]


def test_pages_follow_the_set_doel_cards_achtergrond_definities(deck: Deck) -> None:
    card_set = deck.card_sets["1.3"]
    found = pages(deck, card_set)
    assert found[0] == GOAL
    assert found[1 : 1 + len(card_set.cards)] == [c.id for c in card_set.cards]
    assert BACKGROUND in found
    assert found[-1].startswith("definitie:")


def test_opening_writes_nothing_until_the_first_answer(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    assert logbook.writable and not store.logbook_path.exists()
    page = (DECK, "1.1", GOAL)
    logbook.save_answer(page, "Ouders willen weten hoe het gaat.")
    assert stat.S_IMODE(store.logbook_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    logbook.close()

    again = store.open_logbook()
    assert again.book.answer(page) == "Ouders willen weten hoe het gaat."


def test_answers_progress_and_no_record_for_an_unchanged_answer(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    card_set = deck.card_sets["1.1"]
    for page in pages(deck, card_set)[:3]:
        logbook.mark_read((DECK, "1.1", page))
    logbook.mark_read((DECK, "1.1", GOAL))  # read twice: one record
    card = card_set.cards[0].id
    logbook.save_answer((DECK, "1.1", card), "eerste")
    logbook.save_answer((DECK, "1.1", card), "eerste")
    logbook.save_answer((DECK, "1.1", card), "eerste, beter")
    progress = logbook.book.progress(deck, card_set)
    assert (progress.read, progress.answered) == (3, 1)
    assert progress.total == len(pages(deck, card_set))
    kinds = [r["soort"] for r in read_log(store.logbook_path).records]
    assert kinds == ["logboek", "gelezen", "gelezen", "gelezen", "antwoord", "antwoord"]
    logbook.close()
    assert store.open_logbook().book.answer((DECK, "1.1", card)) == "eerste, beter"


def test_an_answer_over_the_limit_is_kept_in_part_and_reported(tmp_path: Path) -> None:
    logbook = OwnStore(tmp_path).open_logbook()
    too_long = logbook.save_answer((DECK, "1.1", GOAL), "x" * (ANSWER_MAX + 5))
    assert too_long
    assert len(logbook.book.answer((DECK, "1.1", GOAL))) == ANSWER_MAX


def test_own_action_points_are_kept(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    first = logbook.add_action(ME, "Ouders bellen voor kennismaking", "2026-12-01", "1.1")
    second = logbook.add_action(ME, "Visie opschrijven")
    logbook.mark_done(first, True)
    logbook.edit_action(second, ME, "Visie opschrijven met collega", None, "1.4")
    third = logbook.add_action(ME, "weg ermee")
    logbook.delete_action(third)
    logbook.close()
    book = store.open_logbook().book
    assert book.actions[first].done
    assert book.actions[second].text == "Visie opschrijven met collega"
    assert [a.id for a in book.open_actions()] == [second]


def test_a_folder_that_cannot_be_made_refuses_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "zelf").write_text("a file where the folder should be")  # works as root too
    logbook = OwnStore(tmp_path).open_logbook()
    with pytest.raises(ReadOnly) as refused:
        logbook.save_answer((DECK, "1.1", GOAL), "tekst")
    assert refused.value.reason == "solo.not_writable"
    assert logbook.writable  # tried again on the next change
    (tmp_path / "zelf").unlink()
    logbook.save_answer((DECK, "1.1", GOAL), "tekst")
    assert logbook.unsaved == 0 and OwnStore(tmp_path).logbook_path.exists()


def test_a_damaged_logbook_opens_read_only_and_repair_keeps_the_rest(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    logbook.save_answer((DECK, "1.1", GOAL), "eerst")
    logbook.save_answer((DECK, "1.2", GOAL), "daarna")
    logbook.close()
    lines = store.logbook_path.read_bytes().splitlines(keepends=True)
    lines[1] = lines[1].replace(b"eerst", b"EERST")  # the checksum no longer fits
    store.logbook_path.write_bytes(b"".join(lines))

    damaged = store.open_logbook()
    assert damaged.read_only == "log.damaged" and not damaged.writable
    assert damaged.problems[0].line == 2
    with pytest.raises(ReadOnly):
        damaged.save_answer((DECK, "1.1", GOAL), "nieuw")

    copy = OpenLogbook.repair(store.logbook_path)
    assert copy.read_bytes() == b"".join(lines)
    repaired = store.open_logbook()
    assert repaired.writable and repaired.book.answers == {}


def test_a_second_kaarten_reads_the_logbook_only(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    first = store.open_logbook()
    first.save_answer((DECK, "1.1", GOAL), "a")
    second = store.open_logbook()
    assert second.read_only == "log.locked"
    first.close()


def _form(store: OwnStore, deck: Deck) -> OpenForm:
    [parts] = preparations(deck)
    assert parts.checklist is not None and parts.skills is not None
    return store.create_form(deck.id, parts)


def test_forms_are_kept_side_by_side_and_reopen_as_filled_in(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    first = _form(store, deck)
    first.fill("leerling", "Sam")
    first.fill("datum", "2026-12-01")
    first.choose("communicatief-doel", ["informeren", "motiveren"])
    first.tick("stap-1", True)
    first.tick("stap-3", True)
    first.tick("stap-3", False)
    first.pick_skill("open-vragen", True)
    first.close()
    second = _form(store, deck)
    second.fill("leerling", "Noor")
    second.close()

    forms = store.forms()
    assert [f.form.value("leerling") for f in forms] == ["Sam", "Noor"]
    sam = forms[0].form
    assert sam.choices["communicatief-doel"] == ("informeren", "motiveren")
    assert sam.steps == {"stap-1"}
    assert sam.chosen_skills == {"open-vragen"}
    appendix = deck.appendices[sam.form]
    assert form_title(sam, appendix, "nl") == "2026-12-01 · Sam"
    assert stat.S_IMODE(forms[0].path.stat().st_mode) == 0o600


def test_deleting_a_form_removes_it_and_its_damaged_copies(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    form = _form(store, deck)
    form.close()
    copy = form.path.with_name(form.path.name + ".corrupt-20261123-120000")
    copy.write_bytes(b"old")
    deleted = store.delete(form.path)
    assert deleted.files == 2 and not deleted.failed
    assert list(store.forms_folder.iterdir()) == []


def test_form_markdown_escapes_typed_text_and_shows_ticks(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    form = _form(store, deck)
    form.fill("leerling", "**Sam** [x](http://evil)")
    form.choose("communicatief-doel", ["overtuigen"])
    form.tick("stap-2", True)
    form.pick_skill("stiltes", True)
    text = form_markdown(form.form, lambda d, a: deck.appendices.get(a or ""), "nl")
    assert "\\*\\*Sam\\*\\* \\[x\\]" in text
    assert "- [x] overtuigen" in text and "- [ ] informeren" in text
    assert "### Voorbereiding (1/2)" in text
    assert "- [x] 2. Zorg voor een goed geventileerde ruimte" in text
    assert "Stiltes laten bestaan (Luistervaardigheden)" in text


def test_logbook_markdown_holds_answers_cards_actions_and_forms(
    tmp_path: Path, library: Library, deck: Deck
) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    card = deck.card_sets["1.1"].cards[0]
    logbook.save_answer((DECK, "1.1", card.id), "Ze willen vooral gehoord worden.")
    logbook.add_action(ME, "Drie ouders spreken")
    form = _form(store, deck)
    form.fill("leerling", "Sam")
    text = logbook_markdown(logbook.book, library, [form.form], "nl", "2026-11-23")
    assert "# Mijn logboek" in text
    assert "### 1.1 Behoefte van ouders" in text
    assert card.text.split()[0] in text
    assert "Ze willen vooral gehoord worden." in text
    assert "- [ ] Drie ouders spreken" in text
    assert "## Voorbereidingsformulier oudergesprek" in text and "Sam" in text
    assert appendices_of(library)(DECK, "bestaat-niet") is None
