"""The coach's presenter (issue 28): the round seen from the coach's chair, a real break,
the amber timer and the bell, what the group said on the wall, an agenda that keeps the
end time, and the room's test page. Each key is driven with the Pilot and checked on the
screen, in the log and in the report."""

from __future__ import annotations

import datetime
import json
import random

from textual.widgets import Input, OptionList, Static

from kaarten import clock
from kaarten.room.state import View
from kaarten.session.export import markdown
from kaarten.session.person import as_json, gather, remove_person
from kaarten.session.store import SessionStore
from kaarten.ui.app import KaartenApp, make_app
from kaarten.ui.dialogs.agenda_item import AgendaItemModal
from kaarten.ui.dialogs.confirm import ConfirmModal
from kaarten.ui.dialogs.turns import TurnsModal
from kaarten.ui.dialogs.wall import WallModal
from kaarten.ui.screens.break_screen import BreakScreen
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.room_trial import RoomTrialScreen
from kaarten.ui.screens.session import SessionScreen
from kaarten.ui.widgets.timer_view import SessionTimer
from tests.ui.conftest import (
    AppFactory,
    AppPilot,
    flat,
    running,
    wait_for_screen,
    wait_until,
)
from tests.ui.test_session_screens import SIZE, fake_clock, home, records, start_session

TEN = datetime.datetime(2026, 11, 23, 10, 0).astimezone()
"""The moment the break tests stop the app's clock at."""


def at(minutes: float) -> datetime.datetime:
    return TEN + datetime.timedelta(minutes=minutes)


async def open_cards(pilot: AppPilot, move_on: bool = True) -> CardTableScreen:
    """From the session screen, Enter: the current activity's cards (``move_on``: v
    first, from the energizer on to the first kaartenset)."""
    await pilot.press(*(["v"] if move_on else []), "enter")
    await wait_for_screen(pilot, CardTableScreen)
    screen = pilot.app.screen
    assert isinstance(screen, CardTableScreen)
    return screen


def shown(app: KaartenApp, selector: str) -> str:
    """The text of one widget (the round line, the wall), not folded into its neighbours."""
    return str(app.screen.query_one(selector, Static).render())


async def highlight(pilot: AppPilot, name: str) -> None:
    """Move the turns dialog's highlight to ``name``."""
    listing = pilot.app.screen.query_one("#turns-list", OptionList)
    for index in range(listing.option_count):
        if name in str(listing.get_option_at_index(index).prompt):
            listing.highlighted = index
            await pilot.pause()
            return
    raise AssertionError(f"{name} is not in the list")


# -- 1. the round, from the coach's chair ---------------------------------------------------


async def test_the_coach_sees_the_round_and_can_skip_pass_and_move_up(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna\nBram\nJosé\nDirk")
        table = await open_cards(pilot)
        await pilot.press("r")  # the card on the table is Anna's
        await pilot.pause()
        line = shown(app, "#round-line")
        assert (
            line
            == "Rondje · deze kaart: Anna · volgende: Bram · nog niet in dit rondje: José, Dirk"
        )
        # Bram is absent today: out of the round, still a participant.
        await pilot.press("w")
        await wait_for_screen(pilot, TurnsModal)
        assert "▶ Bram: volgende" in flat(app) and "● Anna: deze kaart (op tafel)" in flat(app)
        await highlight(pilot, "Bram")
        await pilot.press("a")
        await pilot.pause()
        assert "✗ Bram: afwezig" in flat(app) and "▶ José: volgende" in flat(app)
        # José lets his turn pass (Dirk first)... and is moved up again after all.
        await highlight(pilot, "José")
        await pilot.press("o")
        await pilot.pause()
        assert "▶ Dirk: volgende" in flat(app)
        await highlight(pilot, "Anna")  # she had the card on the table: nothing to pass
        await pilot.press("o")
        await pilot.pause()
        said = " ".join(n.message for n in app._notifications)
        assert "Anna had al een kaart in dit rondje" in said
        await highlight(pilot, "José")
        await pilot.press("enter")
        await pilot.pause()
        assert "▶ José: volgende" in flat(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, CardTableScreen)
        assert "volgende: José · nog niet in dit rondje: Dirk · afwezig: Bram" in shown(
            app, "#round-line"
        )
        await pilot.press("space")  # José's card
        await pilot.pause()
        assert "voor José" in flat(app)
        assert table.table.person_for(table.card.id) == "d3"
        await pilot.press("space")  # Dirk's (the blank eigen vraag in between is no one's)
        await pilot.pause()
        if table.table.person_for(table.card.id) is None:
            await pilot.press("space")
            await pilot.pause()
        assert table.table.person_for(table.card.id) == "d4"
        assert table.room_state().turn == "voor Dirk"
        assert "afwezig: Bram" in shown(app, "#round-line")
        run = running(app)
        report = markdown(run.session, "nl")
    assert [(r["deelnemer"], r["afwezig"]) for r in records("afwezig")] == [("d2", True)]
    turns = records("beurten")
    assert [t["volgorde"] for t in turns] == [["d4", "d3", "d1"], ["d3", "d4", "d1"]]
    assert [r.get("deelnemer") for r in records("kaart")][-2:] == ["d3", "d4"]
    assert "Afwezig: Bram" in report
    assert [p.name for p in run.session.participants] == ["Anna", "Bram", "José", "Dirk"]


async def test_someone_back_after_all_joins_at_the_end_of_the_round(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram\nJosé")
        await open_cards(pilot)
        await pilot.press("w")
        await wait_for_screen(pilot, TurnsModal)
        assert "Geen rondje bezig" in flat(app)
        await highlight(pilot, "Bram")
        await pilot.press("a", "escape")  # absent before the round starts
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("r")
        await pilot.pause()
        line = shown(app, "#round-line")
        assert "volgende: José" in line and "afwezig: Bram" in line
        await pilot.press("w")
        await wait_for_screen(pilot, TurnsModal)
        await highlight(pilot, "Bram")
        await pilot.press("a", "escape")  # there after all: after everyone else
        await wait_for_screen(pilot, CardTableScreen)
        assert "volgende: José · nog niet in dit rondje: Bram" in shown(app, "#round-line")
        assert "afwezig" not in shown(app, "#round-line")
    assert [r["afwezig"] for r in records("afwezig")] == [True, False]
    assert records("rondje")[-1]["deelnemers"] == ["d1", "d3"]


# -- 2. a real break, and the amber timer --------------------------------------------------


async def test_a_break_on_a_key_counts_down_to_its_time_and_is_logged(
    app_factory: AppFactory,
) -> None:
    clock.set_clock(TEN, running=False)
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna")
        await pilot.press("space")  # the energizer's timer runs...
        await pilot.press("k")  # ...and waits during the break
        await wait_for_screen(pilot, BreakScreen)
        run = running(app)
        assert not run.timer(run.session.agenda[0]).running
        assert "Om 10:10 gaan we verder" in flat(app)
        screen = app.screen
        assert isinstance(screen, BreakScreen)
        state = screen.room_state()
        assert state.view is View.BREAK and state.title == run.session.title
        assert state.text == "Pauze, om 10:10 gaan we verder"
        assert state.timer is not None and state.timer.display == "10:00"
        await pilot.press("plus")
        await pilot.pause()
        assert "Om 10:15 gaan we verder" in flat(app)
        await pilot.press("minus", "minus")
        await pilot.pause()
        assert "Om 10:05 gaan we verder" in flat(app)
        clock.set_clock(at(6), running=False)  # a minute over: the bell, once
        await wait_until(pilot, lambda: app.room.rings == 1, "the bell")
        assert "De pauze is om" in " ".join(n.message for n in app._notifications)
        assert screen.room_state().timer.over  # type: ignore[union-attr]
        clock.set_clock(at(7), running=False)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        assert app.room.rings == 1
        assert run.timer(run.session.agenda[0]).running  # the energizer runs on
        report = markdown(run.session, "nl")
    breaks = [(r["actie"], r["minuten"], r["tot"][11:16]) for r in records("pauze")]
    assert breaks == [
        ("start", 10, "10:10"),
        ("langer", 15, "10:15"),
        ("korter", 10, "10:10"),
        ("korter", 5, "10:05"),
        ("einde", 5, "10:05"),
    ]
    assert "## Pauzes" in report and "pauze: 10 min gepland, 7:00 werkelijk" in report


async def test_a_break_on_the_agenda_is_planned_and_actual_in_the_report(
    app_factory: AppFactory,
) -> None:
    clock.set_clock(TEN, running=False)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        await pilot.press("t")  # add after the current item: a break
        await wait_until(pilot, lambda: "Activiteit toevoegen" in flat(app), "the choice")
        choice = app.screen.query_one(OptionList)
        titles = [str(choice.get_option_at_index(i).prompt) for i in range(choice.option_count)]
        choice.highlighted = titles.index("Pauze")
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("v", "enter")  # the break is the next item: it starts
        await wait_for_screen(pilot, BreakScreen)
        assert "Om 10:15 gaan we verder" in flat(app)
        clock.set_clock(at(12), running=False)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        run = running(app)
        assert "Pauze (12/15 min)" in flat(app)
        report = markdown(run.session, "nl")
    [added] = [a for a in records("agenda")[-1]["agenda"] if a["soort"] == "pauze"]
    assert added["minuten"] == 15 and records("pauze")[0]["activiteit"] == added["id"]
    assert "| Pauze | – | nieuw: 15 min | 12 min |" in report


async def test_the_timer_turns_amber_two_minutes_before_time_is_up(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        ticking = fake_clock(app)
        await pilot.press("space")  # the 10-minute energizer
        timer = app.screen.query_one(SessionTimer)
        ticking.now = 7 * 60
        timer.tick()
        assert not timer.has_class("-soon") and not app.room.state().timer.soon  # type: ignore[union-attr]
        ticking.now = 8 * 60 + 1
        timer.tick()
        assert timer.has_class("-soon") and app.room.state().timer.soon  # type: ignore[union-attr]
        ticking.now = 10 * 60 + 1
        timer.tick()
        assert timer.has_class("-over") and not timer.has_class("-soon")


async def test_the_amber_warning_can_be_set_or_turned_off_in_the_settings() -> None:
    from kaarten.files.settings import Settings, load, save
    from kaarten.locations import data_dir

    folder = data_dir()
    save(folder, Settings(oranje_minuten=0))
    assert load(folder)[0].oranje_minuten == 0
    (folder / "instellingen.json").write_text(json.dumps({"oranje_minuten": 99}))
    assert load(folder)[0].oranje_minuten == 2  # out of range: the default
    save(folder, Settings(oranje_minuten=0))
    app = make_app("nl", rng=random.Random(7))
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        ticking = fake_clock(app)
        await pilot.press("space")
        ticking.now = 9 * 60 + 30
        timer = app.screen.query_one(SessionTimer)
        timer.tick()
        assert not timer.has_class("-soon")


# -- 4. what the group said, on the wall ---------------------------------------------------


async def test_what_the_group_said_goes_to_the_room_and_the_report_but_no_note(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_session(pilot, "Anna\nBram")
        table = await open_cards(pilot)
        await pilot.press("r", "z")
        await wait_for_screen(pilot, WallModal)
        assert "geen namen" in shown(app, "#wall-intro")  # said in the dialog, at 80×24
        await pilot.press(*"Elke week één ouder bellen", "enter", *"Samen oefenen")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, CardTableScreen)
        assert (
            shown(app, "#wall-text") == "Voor de zaal: Elke week één ouder bellen · Samen oefenen"
        )
        await pilot.press("n")
        await pilot.press(*"Anna twijfelt nog", "enter")
        await wait_for_screen(pilot, CardTableScreen)
        state = table.room_state()
        assert state.wall == ("Elke week één ouder bellen", "Samen oefenen")
        assert "twijfelt" not in app.room.state().to_json()
        card = table.card.id
        await pilot.press("z")  # what was there comes back to be corrected
        await wait_for_screen(pilot, WallModal)
        await pilot.press("end", *" met de klas", "ctrl+s")
        await wait_for_screen(pilot, CardTableScreen)
        run = running(app)
        report = markdown(run.session, "nl")
        anna = as_json("Anna", gather([run.session], "Anna"))
    said = [r["regels"] for r in records("zaal")]
    assert said[-1] == ["Elke week één ouder bellen", "Samen oefenen met de klas"]
    assert len(said) == 2 and records("zaal")[0]["kaart"] == card
    assert "  - Wat de groep zei:\n    - Elke week één ouder bellen\n" in report
    assert "twijfelt" in anna and "Samen oefenen" not in anna  # her note, not the wall


async def test_the_wall_says_what_it_refuses_and_keeps_what_was_typed(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        await open_cards(pilot)
        await pilot.press("z")
        await wait_for_screen(pilot, WallModal)
        area = app.screen.query_one("#wall-lines")
        area.text = "\n".join(f"punt {n}" for n in range(13))  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WallModal)
        assert "13 regels: de zaal toont er hooguit 12" in flat(app)
        assert "punt 12" in area.text  # type: ignore[attr-defined]
        await pilot.press("escape")
        await wait_for_screen(pilot, CardTableScreen)
    assert records("zaal") == []


# -- 5. an agenda that keeps the end time ---------------------------------------------------


async def test_a_session_that_ran_long_gets_a_proposal_that_fits_the_time_left(
    app_factory: AppFactory,
) -> None:
    clock.set_clock(TEN, running=False)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")  # energizer 10, kaartenset 30, closing 15
        ticking = fake_clock(app)
        await pilot.press("space")  # starts at 10:00: planned end 10:55
        assert "Einde gepland 10:55 · verwacht 10:55" in flat(app)
        assert not app.screen.check_action("fit", ())
        ticking.now = 22 * 60  # the energizer ran 12 minutes over
        clock.set_clock(at(22), running=False)
        await pilot.press("v")  # on to the kaartenset, with 33 minutes left
        await wait_until(pilot, lambda: "verwacht 11:07" in flat(app), "the expected end")
        assert "Einde gepland 10:55" in flat(app)
        await pilot.press("f")
        await wait_for_screen(pilot, ConfirmModal)
        text = flat(app)
        assert "Voorstel om om 10:55 klaar te zijn" in text
        assert "Afsluiting: actiepunten: 15 → 3 min" in text
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        assert "verwacht 10:55" in flat(app)
        run = running(app)
        report = markdown(run.session, "nl")
    agenda = records("agenda")[-1]["agenda"]
    assert [a["minuten"] for a in agenda] == [10, 30, 3]  # the current item stays
    left = (at(55) - at(22)).total_seconds() / 60 - 30
    assert sum(a["minuten"] for a in agenda[2:]) == left
    assert "| Gepland | Gewijzigd | Werkelijk |" in report
    assert "| Afsluiting: actiepunten | 15 min | 3 min | – |" in report


async def test_only_what_is_still_to_come_can_be_changed(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna")
        agenda = app.screen.query_one("#session-agenda", OptionList)
        await pilot.press("w")  # the current item (the energizer)
        await pilot.pause()
        assert "Alleen wat nog moet komen kan veranderen" in " ".join(
            n.message for n in app._notifications
        )
        agenda.highlighted = 2  # the closing round: up, before the kaartenset
        await pilot.press("o")
        await pilot.pause()
        assert agenda.highlighted == 1
        await pilot.press("l", "o")  # down again, and up again
        await pilot.pause()
        await pilot.press("e")  # twenty minutes instead of fifteen
        await wait_for_screen(pilot, AgendaItemModal)
        minutes = app.screen.query_one("#item-minutes", Input)
        minutes.value = "20"
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        assert "Afsluiting: actiepunten (–/20 min)" in flat(app)
        await pilot.press("w")  # and off the agenda
        await pilot.pause()
        titles = [a.title for a in running(app).session.agenda]
    moved, down, up, changed, removed = records("agenda")
    assert [a["id"] for a in moved["agenda"]] == ["a1", "a3", "a2"]
    assert [a["id"] for a in down["agenda"]] == ["a1", "a2", "a3"]
    assert [a["id"] for a in up["agenda"]] == ["a1", "a3", "a2"]
    assert [(a["id"], a["minuten"]) for a in changed["agenda"]][1] == ("a3", 20)
    assert [a["id"] for a in removed["agenda"]] == ["a1", "a2"]
    assert len(titles) == 2 and titles[1].startswith("1.1")


# -- 6. the room's test page ----------------------------------------------------------------


async def test_the_rooms_test_page_shows_the_longest_card_a_timer_a_qr_code_and_sizes(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    app.room.open_browser = False
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+e")
        await wait_for_screen(pilot, RoomTrialScreen)
        await wait_until(pilot, lambda: app.room.on, "the room view on")
        screen = app.screen
        assert isinstance(screen, RoomTrialScreen)
        state = app.room.state()
        longest = max(
            (c for d in app.result.library.decks.values() for c in d.cards()),
            key=lambda c: len(c.text),
        )
        assert state.view is View.TRIAL and state.text == longest.text
        assert state.qr  # a text to scan, not the room's 127.0.0.1 address
        assert state.timer is not None and state.turn == "voor Anna"
        assert len(state.sizes) == 4
        assert "Loop naar achteren in de zaal" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.room.on  # it stays on for the session to come
        await app.room.stop()


async def test_kaarten_zaal_proef_opens_on_the_test_page() -> None:
    from kaarten.cli.main import build_app

    app = build_app("nl", [])
    app.room.open_browser = False
    app.projector.room_at_start = True
    app.projector.trial_at_start = True
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_screen(pilot, RoomTrialScreen)
        await wait_until(pilot, lambda: app.room.on, "the room view on")
        assert app.room.state().view is View.TRIAL
        await app.room.stop()


async def test_removing_a_person_keeps_the_wall_and_the_round_readable(
    app_factory: AppFactory,
) -> None:
    """AVG: removing Bram takes out that he was absent and his place in the turns; the
    group's words stay, and the session still opens without a problem."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram\nJosé")
        await open_cards(pilot)
        await pilot.press("r", "w")
        await wait_for_screen(pilot, TurnsModal)
        await highlight(pilot, "José")
        await pilot.press("enter")  # José before Bram: a beurten record naming Bram
        await highlight(pilot, "Bram")
        await pilot.press("a", "escape")
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("z", *"Bram heeft een goed idee", "ctrl+s")
        await wait_for_screen(pilot, CardTableScreen)
        await pilot.press("escape", "escape")  # leave the session: its log is free
        await pilot.pause()
    store = SessionStore(home())
    removal = remove_person(store, "Bram")
    assert not removal.left
    opened = store.open(store.paths()[0])
    assert opened.session is not None and not opened.problems
    session = opened.session
    opened.close()
    assert [p.name for p in session.participants] == ["Anna", "José"]
    assert session.absent == [] and records("afwezig") == []
    assert all("d2" not in r["volgorde"] for r in records("beurten"))
    assert list(session.wall.values()) == [["Bram heeft een goed idee"]]


# -- resuming after kill -9 ------------------------------------------------------------------

# Starts a session (Anna, Bram, José), deals the first card to Anna in a round, marks Bram
# absent, deals José the next card and starts a 10-minute break; then waits to be killed.
MIDDLE_OF_A_BREAK = """
import datetime, random, sys, time
from pathlib import Path
from kaarten.deck.draw import is_blank
from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots
from kaarten.session import agenda
from kaarten.session.service import Sessions

library = load_library(builtin_roots()).library
sessions = Sessions(Path(sys.argv[1]))
items = agenda.numbered(agenda.suggested(library, "nl"))
run = sessions.start("Na de crash", datetime.date(2026, 11, 23), ["Anna", "Bram", "José"],
                     items, None).run
run.select(run.session.agenda[1].id)

def cards_of(deck, set_ids):
    return [card for set_id in set_ids for card in deck.card_sets[set_id].cards]

shown = sessions.shown(run, library, cards_of, random.Random(3))
table = shown.table
table.start_round(run.present())
run.set_absent("d2", True)
table.next()
while is_blank(table.card):
    table.next()
run.start_break(10)
print("ready", flush=True)
time.sleep(60)
"""


async def test_a_session_killed_in_a_break_with_someone_absent_resumes_as_it_was(
    app_factory: AppFactory,
) -> None:
    from tests.ui.test_session_screens import answer_resume_offer
    from tests.unit.killing import run_until_killed

    folder = home()
    run_until_killed(MIDDLE_OF_A_BREAK, folder, random.Random(28))
    [started] = records("pauze")
    until = started["tot"][11:16]
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        await wait_for_screen(pilot, BreakScreen)  # the break goes on, to the same time
        assert f"Om {until} gaan we verder" in flat(app)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        table = await open_cards(pilot, move_on=False)  # where the session was
        assert table.table.person_for(table.card.id) == "d3"  # José's card, on the table
        line = shown(app, "#round-line")
        assert "deze kaart: José · volgende: Anna" in line and "afwezig: Bram" in line
        await pilot.press("space")
        await pilot.pause()
        if table.table.person_for(table.card.id) is None:  # the blank eigen vraag
            await pilot.press("space")
            await pilot.pause()
        assert table.table.person_for(table.card.id) == "d1"  # Bram is skipped
    assert [r["actie"] for r in records("pauze")] == ["start", "einde"]


async def test_a_dialog_shows_the_room_address_once_and_a_black_room_too(
    app_factory: AppFactory,
) -> None:
    """The address line of the screen under a dialog shows through; the dialog had one of
    its own, so the line showed twice and covered a footer row at 80×24."""
    from kaarten.ui.room_view import RoomAddress

    app = app_factory()
    app.room.open_browser = False
    async with app.run_test(size=(80, 24)) as pilot:
        await start_session(pilot, "Anna")
        await app.room.start()
        await open_cards(pilot)
        table = app.screen
        await pilot.press("w")
        await wait_for_screen(pilot, TurnsModal)
        assert not app.screen.query(RoomAddress)
        [line] = table.query(RoomAddress)
        await pilot.press("full_stop")  # black, said on the line under the dialog
        await pilot.pause()
        assert line.has_class("-black") and "zwart" in line.text.lower()
        await pilot.press("full_stop", "escape")
        await wait_for_screen(pilot, CardTableScreen)
        assert not line.has_class("-black")
        await app.room.stop()


async def test_a_break_found_long_after_it_ended_is_closed_as_planned(
    app_factory: AppFactory,
) -> None:
    """Closed in a break on Tuesday, resumed on Thursday: the break does not count on from
    Tuesday; it ended when planned, and the coach is told."""
    from tests.ui.test_session_screens import answer_resume_offer

    clock.set_clock(TEN, running=False)
    store = SessionStore(home())
    agenda = [{"id": "a1", "soort": "kaartenset", "titel": "1.1", "minuten": 30}]
    opened = store.create("Dinsdag", TEN.date(), ["Anna"], agenda)
    opened.record("pauze", actie="start", minuten=10, tot=at(10).isoformat(timespec="seconds"))
    opened.close()
    clock.set_clock(at(2 * 24 * 60), running=False)
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "enter")
        await wait_for_screen(pilot, SessionScreen)
        said = " ".join(n.message for n in app._notifications)
        assert "liep al lang af" in said
        session = running(app).session
        report = markdown(session, "nl")
    [start, end] = records("pauze")
    assert end["actie"] == "einde" and end["om"] == start["tot"]
    assert "pauze: 10 min gepland, 10 min werkelijk" in report
