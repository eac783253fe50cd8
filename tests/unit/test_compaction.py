"""A logboek or form typed into for a long time is compacted when opened: the earlier
versions of each answer and field are gone from disk, everything current stays."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kaarten.deck.library import load_library
from kaarten.deck.model import Deck
from kaarten.journal.log import read_log
from kaarten.journal.logfile import COMPACT_FROM
from kaarten.locations import builtin_roots
from kaarten.own.logbook import GOAL, Logbook, OpenLogbook
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.store import OwnStore

DECK = "ouderbetrokkenheid"
FIRST = (DECK, "1.1", GOAL)
SECOND = (DECK, "1.1", "1.1-g1")
THIRD = (DECK, "1.2", GOAL)


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_library(builtin_roots()).library.decks[DECK]


def _typed(prefix: str, length: int) -> str:
    """What an answer looks like after ``length`` characters of typing: each save is the
    whole text so far, and each version can be told apart on disk."""
    return f"{prefix} versie {length:05d} " + "x" * length


def _a_long_hour(store: OwnStore) -> Logbook:
    """A logboek with many saves of two answers, a page read, an own action point and a
    third answer written once; returns the state it adds up to."""
    logbook = store.open_logbook()
    logbook.mark_read(FIRST)
    logbook.save_answer(THIRD, "Eén keer geschreven, met “aanhalingstekens”.")
    for length in range(0, 1400, 4):
        logbook.save_answer(FIRST, _typed("eerste", length))
        if length % 40 == 0:
            logbook.save_answer(SECOND, _typed("tweede", length))
    logbook.add_action(logbook.participants[0].id, "Ouders bellen", None, "1.1")
    logbook.save_answer(FIRST, "Het eindantwoord.")
    state = logbook.book
    logbook.close()
    assert store.logbook_path.stat().st_size > COMPACT_FROM
    return state


def test_a_long_typed_logbook_keeps_only_the_current_answers(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    before = _a_long_hour(store)
    size_before = store.logbook_path.stat().st_size

    opened = store.open_logbook()
    assert opened.writable and not opened.problems
    assert opened.book == before
    # The order of the answers (the order last written) is the same too.
    assert [page for page, _ in opened.book.written()] == [page for page, _ in before.written()]
    data = store.logbook_path.read_bytes()
    assert len(data) * 20 < size_before
    assert b"versie 00004" not in data  # an earlier version of the first answer
    assert b"tweede versie 01360" in data  # the last version of the second one
    records = read_log(store.logbook_path).records
    assert [r["nr"] for r in records] == list(range(len(records)))
    assert [r["soort"] for r in records] == [
        "logboek",
        "gelezen",
        "antwoord",
        "antwoord",
        "actiepunt",
        "antwoord",
    ]
    # Nothing else is left in the folder: no temporary file, no copy.
    assert sorted(p.name for p in store.folder.iterdir()) == ["logboek.jsonl", "logboek.jsonl.lock"]
    assert os.stat(store.logbook_path).st_mode & 0o777 == 0o600

    # Writing goes on in the compacted file, and reads back.
    opened.save_answer(SECOND, "Later nog aangevuld.")
    opened.close()
    again = store.open_logbook()
    assert again.book.answer(SECOND) == "Later nog aangevuld."
    assert again.book.answer(FIRST) == "Het eindantwoord."
    assert again.book.open_actions()[0].text == "Ouders bellen"
    again.close()


def test_a_small_logbook_is_left_as_it_is(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    logbook = store.open_logbook()
    for length in range(50):
        logbook.save_answer(FIRST, _typed("kort", length))
    logbook.close()
    before = store.logbook_path.read_bytes()
    inode = store.logbook_path.stat().st_ino
    store.open_logbook().close()
    assert store.logbook_path.read_bytes() == before
    assert store.logbook_path.stat().st_ino == inode


def test_a_logbook_another_kaarten_writes_is_not_touched(tmp_path: Path) -> None:
    store = OwnStore(tmp_path)
    _a_long_hour(store)
    first = store.open_logbook()  # compacts, and holds the lock
    first.save_answer(FIRST, _typed("nieuw", 2000))
    for length in range(0, COMPACT_FROM // 500):
        first.save_answer(FIRST, _typed("nog meer", 500 + length))
    before = store.logbook_path.read_bytes()
    second = store.open_logbook()
    assert second.read_only == "log.locked"
    assert store.logbook_path.read_bytes() == before
    first.close()


def test_a_rewrite_that_fails_leaves_the_logbook_as_it_was_and_writable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = OwnStore(tmp_path)
    before = _a_long_hour(store)
    data = store.logbook_path.read_bytes()

    def blocked(source: Path, target: Path) -> None:
        raise PermissionError(13, "in use by another program", str(target))

    monkeypatch.setattr("kaarten.files.durable.replace", blocked)
    opened = store.open_logbook()
    assert opened.writable and opened.book == before
    assert store.logbook_path.read_bytes() == data
    assert [p.name for p in store.folder.iterdir() if p.name.endswith(".tmp")] == []
    opened.save_answer(SECOND, "Toch bewaard.")
    opened.close()
    monkeypatch.undo()
    assert store.open_logbook().book.answer(SECOND) == "Toch bewaard."


def test_records_that_would_not_add_up_the_same_are_never_compacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = OwnStore(tmp_path)
    _a_long_hour(store)
    data = store.logbook_path.read_bytes()
    # A mistaken key that says every answer replaces every other one: the rewritten
    # records would lose answers, so the log must stay as it is.
    monkeypatch.setattr(
        OpenLogbook, "saves", classmethod(lambda cls, r: "x" if r["soort"] == "antwoord" else None)
    )
    opened = store.open_logbook()
    assert opened.writable
    assert store.logbook_path.read_bytes() == data
    opened.close()


def test_a_long_filled_in_form_keeps_every_current_value(tmp_path: Path, deck: Deck) -> None:
    store = OwnStore(tmp_path)
    [parts] = preparations(deck)
    form = store.create_form(deck.id, parts)
    for length in range(0, 1500, 5):
        form.fill("leerling", _typed("naam", length))
        if length % 100 == 0:
            form.tick("stap-1", length % 200 == 0)
            form.choose("communicatief-doel", ["informeren"] if length % 200 else ["motiveren"])
            form.pick_skill("open-vragen", length % 200 != 0)
    form.fill("datum", "2026-12-01")
    form.fill("leerling", "Sam")
    before = form.form
    form.close()
    assert form.path.stat().st_size > COMPACT_FROM

    opened = OpenForm.read(form.path)
    assert opened.writable and opened.form == before
    assert opened.form.value("leerling") == "Sam"
    assert opened.form.steps == {"stap-1"} and opened.form.chosen_skills == set()
    data = form.path.read_bytes()
    assert b"naam versie" not in data
    assert len(data) < 2000
    opened.close()
