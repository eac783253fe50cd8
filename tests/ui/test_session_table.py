"""The card table of a session activity: it keeps its place when the coach leaves it, when
the session is left and resumed, and after a crash; every card is logged once per draw."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from kaarten import clock
from kaarten.deck.draw import is_blank
from kaarten.i18n.dates import long_date
from kaarten.journal.log import read_log
from kaarten.session.store import SessionStore
from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.session import SessionScreen
from tests.ui.conftest import AppFactory, AppPilot, flat
from tests.ui.test_session_screens import (
    SIZE,
    answer_resume_offer,
    last_week,
    records,
    start_session,
)


def _drawn(app: KaartenApp) -> list[str]:
    return [r["kaart"] for r in records("kaart")]


async def _open_table(pilot: AppPilot) -> CardTableScreen:
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CardTableScreen)
    return screen


async def test_leaving_the_table_and_coming_back_continues_where_the_coach_was(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("v")  # the first kaartenset of the agenda
        table = await _open_table(pilot)
        await pilot.press("space", "space", "r", "space")  # cards 1-3, a round from card 3
        await pilot.pause()
        on_table = table.card.id
        assert "4/" in flat(app) and "voor Bram" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        table = await _open_table(pilot)
        assert table.card.id == on_table  # the same card, not card 1 again
        assert "4/" in flat(app) and "voor Bram" in flat(app)
        await pilot.press("space", "space")  # the blank eigen vraag, then José's card
        await pilot.pause()
        assert "6/" in flat(app) and "voor José" in flat(app)
        await pilot.press("left", "left", "right", "right")  # looking back draws nothing
        await pilot.pause()
    drawn = _drawn(app)
    assert len(drawn) == 5 and len(set(drawn)) == 5  # each card once
    dealt = [r.get("deelnemer") for r in records("kaart")]
    assert dealt == [None, None, None, "d2", "d3"]
    assert records("rondje")[0]["kaart"] == drawn[2]  # card 3 went to Anna


async def test_a_resumed_session_continues_the_pile_and_the_round(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("v")
        table = await _open_table(pilot)
        await pilot.press("r", "space", "space", "h")  # cards 1-3 for Anna, Bram, José
        await pilot.pause()
        on_table = table.card.id
        order = [card.id for card in table.pile.cards]
        await pilot.press("escape", "escape")  # back to the session, and leave it
        await pilot.pause()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(app.screen, SessionScreen)
        table = await _open_table(pilot)
        assert table.card.id == on_table
        assert [card.id for card in table.pile.cards] == order
        assert "voor José" in flat(app) and "3/" in flat(app)
        assert table.has_class("-no-guide")  # hidden on the projector: it stays hidden
        await pilot.press("space")
        await pilot.pause()
        assert "voor Anna" in flat(app)  # the round goes on where it was
    drawn = _drawn(app)
    assert len(drawn) == 4 and len(set(drawn)) == 4
    assert app.data_folder is not None
    [path] = SessionStore(app.data_folder).paths()
    session = SessionStore(app.data_folder).open(path).session
    assert session is not None
    assert [d.participant for d in session.draws] == ["d1", "d2", "d3", "d1"]


async def test_a_shuffle_starts_a_new_pass_and_typed_questions_come_back(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("v")
        table = await _open_table(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"Wat vraag jij ouders?", "enter")
        await pilot.pause()
        assert table.card.text == "Wat vraag jij ouders?"
        typed = table.card.id
        await pilot.press("escape", "escape")
        await pilot.pause()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        table = await _open_table(pilot)
        assert table.card.id == typed and "Wat vraag jij ouders?" in flat(app)
        await pilot.press("s")  # a new pass: every card can be drawn again
        await pilot.pause()
        first = table.card.id
    drawn = _drawn(app)
    assert drawn[:2] == [drawn[0], typed] and drawn[-1] == first
    assert len(drawn) == 3
    assert app.data_folder is not None
    kept = read_log(SessionStore(app.data_folder).paths()[0]).records
    assert [len(r["getrokken"]) for r in kept if r["soort"] == "stapel"] == [0, 1, 0]


@pytest.mark.dates
async def test_the_action_point_dialog_fits_80x24_and_says_what_it_refuses(
    app_factory: AppFactory,
) -> None:
    import datetime

    from kaarten.ui.dialogs.action_point import ActionPointModal
    from tests.ui.conftest import SMALL, screen_text

    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await start_session(pilot)
        await pilot.press("v")
        await _open_table(pilot)
        await pilot.press("r", "space")  # card 1 for Anna, card 2 for Bram
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ActionPointModal)
        people = dialog.query_one("#action-person", OptionList)
        assert people.highlighted == 1  # Bram: the card on the table is his
        text = screen_text(app)
        for visible in ("Wat ga je doen?", "Wanneer", "Uit kaartenset", "Bewaren", "Annuleren"):
            assert visible in text, visible
        await pilot.press("enter", *"Ouders bellen", "tab", *"volgende w", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActionPointModal)  # refused, said, and kept
        assert "‘volgende w’ is geen datum" in flat(app) and "Bewaren" in screen_text(app)
        assert dialog.query_one("#action-text", Input).value == "Ouders bellen"
        await pilot.press(*"eek")
        await pilot.pause()
        next_week = clock.today() + datetime.timedelta(days=7)
        assert f"= {long_date(next_week.isoformat(), 'nl')}" in flat(app)
        assert "is geen datum" not in flat(app)  # corrected: the refusal does not stay
        dialog.query_one("#action-due", Input).value = "5-1"  # the next 5 January
        await pilot.pause()
        fifth = datetime.date(clock.today().year, 1, 5)
        if fifth < clock.today():
            fifth = fifth.replace(year=fifth.year + 1)
        assert f"= {long_date(fifth.isoformat(), 'nl')}" in flat(app)
        dialog.query_one("#action-due", Input).value = "1-1-2020"
        await pilot.press("enter")
        await pilot.pause()
        assert "2020-01-01 ligt in het verleden" in flat(app)
        dialog.query_one("#action-due", Input).value = "volgende week"
        await pilot.pause()
        assert "in het verleden" not in flat(app)
        dialog.query_one("#action-text", Input).value = "x" * 4001  # a paste too long: not cut
        await pilot.press("enter")
        await pilot.pause()
        assert "4001 tekens, er passen er 4000" in flat(app)
        assert dialog.query_one("#action-text", Input).value == "x" * 4001
        dialog.query_one("#action-text", Input).value = "Ouders bellen"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ActionPointModal)
    [point] = records("actiepunt")
    assert (point["deelnemer"], point["datum"]) == ("d2", next_week.isoformat())


async def test_the_group_sees_what_it_did_before_in_the_overview_and_the_notes(
    app_factory: AppFactory,
) -> None:
    import os
    from pathlib import Path

    store = SessionStore(Path(os.environ["KAARTEN_HOME"]))
    earlier = store.create("Vorige keer", last_week(), ["Anna", "Bram"], [
        {"id": "a1", "soort": "kaartenset", "titel": "1.1", "minuten": 30,
         "deck": "ouderbetrokkenheid", "items": ["1.1"]},
    ])  # fmt: skip
    earlier.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-g1", activiteit="a1")
    earlier.record("voor_later", deck="ouderbetrokkenheid", kaart="1.1-g2")
    earlier.record("voor_later", deck="ouderbetrokkenheid", kaart="1.1-g3")
    earlier.record("notitie", deck="ouderbetrokkenheid", kaart="1.1-g1", tekst="Veel herkenning")
    earlier.record("afgesloten")
    earlier.close()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram")
        await pilot.press("v")
        table = await _open_table(pilot)
        assert table.card.id == "1.1-g2"  # put aside last time: first now
        assert "bewaard voor later" in flat(app)  # and it says so, to the coach and the room
        assert table.room_state().aside == "bewaard voor later"
        await pilot.press("o")
        await pilot.pause()
        text = flat(app)
        assert "1. 1.1 Gesprekskaart · deze keer besproken" in text  # on the table now
        assert "2. 1.1 Gesprekskaart · voor later" in text
        assert "Gesprekskaart · al besproken" in text
        assert "Gesprekskaart · nog niet besproken" in text
        await pilot.press("escape")
        await pilot.pause()
        table.show_card("1.1-g1")
        await pilot.pause()
        assert f"{last_week()}: Veel herkenning" in flat(app)  # last time's note comes back
        assert "bewaard voor later" not in flat(app) and not table.room_state().aside
        table.show_card("1.1-g3")
        await pilot.pause()
        assert "bewaard voor later" in flat(app)


async def test_after_a_shuffle_the_round_goes_on_with_the_next_person(
    app_factory: AppFactory,
) -> None:
    """r, three draws, s, draw again: each card went to whoever had it before the shuffle,
    the turn stood still and the log named no one."""
    app = app_factory()
    names = {"d1": "Anna", "d2": "Bram", "d3": "José"}
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        await pilot.press("v")
        table = await _open_table(pilot)
        await pilot.press("r", "space", "space", "space")  # Anna, Bram, José, Anna
        await pilot.press("s")  # a new pass: its first card is Bram's
        await pilot.pause()
        shown = [flat(app)]
        for _ in range(3):
            await pilot.press("space")
            await pilot.pause()
            shown.append(flat(app))
        cards = table.pile.cards[:4]
        owners = [table.table.person_for(card.id) for card in cards]
    turn = iter(["d2", "d3", "d1"] * 2)
    expected = [None if is_blank(card) else next(turn) for card in cards]
    assert owners == expected
    for text, owner in zip(shown, owners, strict=True):
        assert owner is None or f"voor {names[owner]}" in text
    dealt = [r.get("deelnemer") for r in records("kaart")]
    assert dealt == [None, "d2", "d3", "d1", *[owner for owner in owners if owner]]
    assert records("rondje")[0]["kaart"] == _drawn(app)[0]  # the first card: Anna's


async def test_a_note_is_about_the_card_owner_unless_the_coach_says_otherwise(
    app_factory: AppFactory,
) -> None:
    """A note on Anna's card was about Anna whatever it said; now the dialog says whom it
    is about, and a person's export and removal follow that."""
    from kaarten.session.person import gather, remove_person
    from kaarten.ui.dialogs.text_entry import NoteModal
    from tests.ui.conftest import wait_for_screen

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_session(pilot)
        await pilot.press("v")
        await _open_table(pilot)
        await pilot.press("r", "n")  # the card on the table goes to Anna
        await wait_for_screen(pilot, NoteModal)
        assert "Over: Anna" in flat(app)  # at 80×24, under the text
        await pilot.press(*"Wil meer ouders spreken", "enter")
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("n")
        await wait_for_screen(pilot, NoteModal)
        dialog = app.screen
        assert isinstance(dialog, NoteModal)
        await pilot.press(*"Bram vertelt over zijn klas", "tab", "enter", "down", "enter")
        await pilot.pause()
        assert dialog.about == "d2"
        await pilot.press("shift+tab", "enter")
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("n")
        await wait_for_screen(pilot, NoteModal)
        await pilot.press(*"Goed gesprek", "tab", "enter", "home", "enter", "shift+tab", "enter")
        await wait_for_screen(pilot, CardTableScreen)
    assert [r["over"] for r in records("notitie")] == ["d1", "d2", None]
    assert app.data_folder is not None
    store = SessionStore(app.data_folder)
    sessions = [store.open(path).session for path in store.paths()]
    [anna] = gather([s for s in sessions if s], "anna")
    assert [text for _d, _c, text in anna.notes] == ["Wil meer ouders spreken"]
    remove_person(store, "Anna")
    assert [r["tekst"] for r in records("notitie")] == [
        "Bram vertelt over zijn klas",
        "Goed gesprek",
    ]
