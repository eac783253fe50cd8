"""Zelf aan de slag in the app: every action checked on the screen and on disk."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, TabbedContent, TextArea

from kaarten import clock
from kaarten.i18n.dates import long_date
from kaarten.journal.log import read_log
from kaarten.own.store import OwnStore
from kaarten.ui import autosave
from kaarten.ui.dialogs.confirm import ConfirmModal
from kaarten.ui.screens.own_work import OwnWorkScreen
from kaarten.ui.screens.prep_form import PrepFormScreen
from kaarten.ui.screens.walk import WalkScreen
from kaarten.ui.widgets.check_list import CheckList
from tests.ui.conftest import (
    AppFactory,
    AppPilot,
    flat,
    screen_text,
    wait_for_text,
    wait_until,
)

SIZE = (100, 36)
DECK = "ouderbetrokkenheid"


def store() -> OwnStore:
    return OwnStore(Path(os.environ["KAARTEN_HOME"]))


def records(path: Path, kind: str) -> list[dict[str, Any]]:
    return [r for r in read_log(path).records if r["soort"] == kind]


async def wait_for_answer(pilot: AppPilot, text: str) -> None:
    """Wait until the logboek's last saved answer on disk is ``text``."""

    def saved() -> bool:
        path = store().logbook_path
        answers = records(path, "antwoord") if path.exists() else []
        return bool(answers) and answers[-1]["tekst"] == text

    await wait_until(pilot, saved, f"the answer ‘{text}’ saved in the logboek")


@pytest.fixture(autouse=True)
def _quick_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave, "SAVE_DELAY", 0.1)


async def open_own(pilot: AppPilot) -> OwnWorkScreen:
    await pilot.pause()
    await pilot.press("z")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OwnWorkScreen)
    return pilot.app.screen


async def test_an_answer_is_saved_while_typing_and_shown_next_time(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        assert "1.1 Behoefte van ouders" in flat(app) and "0/8 gelezen" in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        assert "Doel · 1 van 8" in flat(app)
        await pilot.press("right")
        await pilot.pause()
        assert "Waar denk je dat ouders in jouw groep behoefte aan hebben" in flat(app)
        await pilot.press("enter", *"Ze willen gehoord worden")
        await wait_for_answer(pilot, "Ze willen gehoord worden")  # no Esc: saved by the timer
        answer = records(store().logbook_path, "antwoord")[-1]
        assert answer["tekst"] == "Ze willen gehoord worden"
        assert answer["pagina"] == "1.1-g1"
        await pilot.press(*" en meer")
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert "2/8 gelezen · 1 beantwoord" in flat(app)

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "right")
        await pilot.pause()
        assert (
            app.screen.query_one("#walk-answer", TextArea).text
            == "Ze willen gehoord worden en meer"
        )


async def test_typing_is_saved_on_turning_the_page_and_on_quitting(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "enter", *"over het doel")
        await pilot.press("escape", "right")  # Esc leaves the field, → turns the page
        await pilot.press("enter", *"vlak voor het afsluiten")
        await app.action_quit()
    answers = {r["pagina"]: r["tekst"] for r in records(store().logbook_path, "antwoord")}
    assert answers == {"doel": "over het doel", "1.1-g1": "vlak voor het afsluiten"}


async def test_own_action_points_from_a_card_and_in_the_list(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "ctrl+r")  # on a page letters start the answer
        await pilot.pause()
        assert not app.screen.query_one("#action-person").display  # nobody to choose
        await pilot.press(*"Ouders bellen", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "1 open, 0 klaar" in flat(app)
        await pilot.press("a")
        await pilot.pause()
        assert "[ ] Ouders bellen (1.1)" in flat(app)
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("n", *"Visie schrijven", "enter")
        await pilot.pause()
        assert "[x] Ouders bellen" in flat(app) and "[ ] Visie schrijven" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "1 open, 1 klaar" in flat(app)
    path = store().logbook_path
    assert [r["tekst"] for r in records(path, "actiepunt")] == ["Ouders bellen", "Visie schrijven"]
    assert records(path, "actiepunt")[0]["kaartenset"] == "1.1"
    assert records(path, "actiepunt_klaar")[0]["klaar"] is True


async def new_form(pilot: AppPilot) -> PrepFormScreen:
    await open_own(pilot)
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PrepFormScreen)
    return pilot.app.screen


async def test_filling_in_a_form_ticking_and_picking(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_form(pilot)
        assert "Voorbereidingsformulier oudergesprek" in flat(app)
        screen.query_one("#field-3").focus()  # Naam leerling
        await pilot.press(*"Sam")
        screen.query_one("#field-1").focus()  # Datum: leaving Naam saves it
        await pilot.press(*"binnenkort")
        await wait_for_text(pilot, "Geen datum die kaarten herkent (bewaard zoals getypt)")
        screen.query_one("#choice-6").focus()  # communicatief doel
        await pilot.press("down", "space")  # instrueren
        await pilot.press("f4")
        await pilot.pause()
        assert "Voorbereiding · 0/2" in flat(app)
        screen.query_one("#steps-0").focus()
        await pilot.press("space", "down", "enter")
        await pilot.pause()
        assert "Voorbereiding · 2/2" in flat(app) and "Checklist 2/20" in flat(app)
        await pilot.press("f4")
        await pilot.pause()
        screen.query_one("#skills-0").focus()
        await pilot.press("down", "space")
        await pilot.pause()
        assert "Vaardigheden (1)" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        own = app.screen
        own.query_one("#own-tabs", TabbedContent).active = "own-forms-tab"
        await pilot.pause()
        assert "binnenkort · Sam" in flat(app) and "checklist 2/20 · 1 vaardigheden" in flat(app)
    [path] = store().form_paths()
    fields = {r["veld"]: r["tekst"] for r in records(path, "veld")}
    assert fields == {"leerling": "Sam", "datum": "binnenkort"}
    assert records(path, "keuzes")[-1]["keuzes"] == ["instrueren"]
    assert {r["stap"] for r in records(path, "stap")} == {"stap-1", "stap-2"}
    assert records(path, "vaardigheid")[0]["vaardigheid"] == "open-vragen"


async def test_switching_language_keeps_what_is_typed_in_a_form(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_form(pilot)
        screen.query_one("#field-4", TextArea).focus()  # inhoud (a text area)
        await pilot.press(*"Zorgen over lezen")
        await pilot.press("f2")
        await pilot.pause()
        assert "Form" in flat(app) and "Checklist 0/20" in flat(app)
        assert screen.query_one("#field-4", TextArea).text == "Zorgen over lezen"


@pytest.mark.dates
async def test_export_and_delete_ask_and_work(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_form(pilot)
        screen.query_one("#field-3").focus()
        await pilot.press(*"Noor", "escape")
        await pilot.pause()
        own = app.screen
        assert isinstance(own, OwnWorkScreen)
        own.query_one("#own-tabs", TabbedContent).active = "own-forms-tab"
        own.query_one("#own-forms").focus()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        [exported] = (store().folder.parent / "exports" / "zelf").glob("formulier-*.md")
        assert "Noor" in exported.read_text()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        assert "Noor" in flat(app) and "Dit kan niet ongedaan worden" in flat(app)
        assert "Exports die je maakte, blijven staan" in flat(app)
        await pilot.press("down", "enter")  # Wissen
        await pilot.pause()
        assert store().form_paths() == []
        assert "Nog geen formulieren" in flat(app)

        own.query_one("#own-tabs", TabbedContent).active = "own-sets-tab"
        own.query_one("#own-sets").focus()
        await pilot.press("enter", "enter", *"iets", "escape", "escape")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        today = clock.today().isoformat()
        book = store().folder.parent / "exports" / "zelf" / f"logboek-{today}.md"
        assert (
            "iets" in book.read_text()
            and f"Geëxporteerd op {long_date(today, 'nl')}." in book.read_text()
        )
        await pilot.press("w")
        await pilot.pause()
        assert "Exports die je maakte, blijven ook staan" in flat(app)
        await pilot.press("enter")  # the default is the safe answer: Niet wissen
        await pilot.pause()
        assert store().logbook_path.exists()
        await pilot.press("w", "w", "enter")  # a key pressed twice still wipes nothing
        await pilot.pause()
        assert store().logbook_path.exists()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("down", "enter")  # Wissen
        await pilot.pause()
        assert not store().logbook_path.exists()
        assert "0/8 gelezen · 0 beantwoord" in flat(app)


async def test_a_damaged_logbook_is_shown_read_only_and_repaired_with_h(
    app_factory: AppFactory,
) -> None:
    own = store()
    logbook = own.open_logbook()
    logbook.save_answer((DECK, "1.1", "doel"), "goed")
    logbook.save_answer((DECK, "1.1", "1.1-g1"), "kapot")
    logbook.close()
    data = own.logbook_path.read_bytes().replace(b"kapot", b"KAPOT")
    own.logbook_path.write_bytes(data)
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        assert f"{own.logbook_path}:3:" in flat(app) and "deze regel is beschadigd" in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#walk-answer", TextArea).read_only
        assert app.screen.query_one("#walk-answer", TextArea).text == "goed"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert any("Hersteld" in n.message for n in app._notifications)
        assert app.own is not None and app.own.logbook.writable
    assert list(own.folder.glob("logboek.jsonl.corrupt-*"))


async def test_typing_where_nothing_can_be_saved_keeps_the_text_and_retries(
    app_factory: AppFactory,
) -> None:
    blocker = store().folder
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the folder should be")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "enter", *"niet verliezen")
        await wait_for_text(pilot, "kan niet worden bewaard")
        assert app.screen.query_one("#walk-answer", TextArea).text == "niet verliezen"
        blocker.unlink()
        await wait_until(  # the next try, a second later
            pilot, lambda: "kan niet worden bewaard" not in flat(app), "the banner to go"
        )
    assert records(store().logbook_path, "antwoord")[-1]["tekst"] == "niet verliezen"


@pytest.mark.parametrize(
    "content", [b"", b"geen logboek\n", b'{"soort":"logboek","formaat":1,"crc":"00000000"}\n']
)
async def test_an_empty_or_unreadable_logbook_opens_and_h_starts_afresh(
    app_factory: AppFactory, content: bytes
) -> None:
    """z crashed the app (AssertionError) on an empty or wholly damaged logboek."""
    own = store()
    own.folder.mkdir(mode=0o700, parents=True)
    own.logbook_path.write_bytes(content)
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_own(pilot)
        assert "1.1 Behoefte van ouders" in flat(app)
        assert str(own.logbook_path) in flat(app)  # the banner names the file
        assert "Druk in Zelf aan de slag op h" in flat(app)  # and says how to mend it
        await pilot.press("h")
        await pilot.pause()
        assert any("Hersteld" in n.message for n in app._notifications)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("right", "enter", *"Nieuw begin", "escape")
        await wait_for_answer(pilot, "Nieuw begin")
    assert records(own.logbook_path, "antwoord")[-1]["tekst"] == "Nieuw begin"
    assert list(own.folder.glob("logboek.jsonl.corrupt-*"))


async def test_markdown_is_rendered_the_same_way_everywhere(app_factory: AppFactory) -> None:
    """A definition page, a search hit and the logboek export show the deck's Markdown
    as formatting, never as ``**`` or a list run into one line."""
    from kaarten.own.export import logbook_markdown

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        deck = app.result.library.decks[DECK]
        app.push_screen(WalkScreen(deck, deck.card_sets["1.2"], "definitie:ouderbetrokkenheid"))
        await pilot.pause()
        text = flat(app)
        assert "Definitie: Ouderbetrokkenheid is alle betrokkenheid" in text
        assert "**" not in text
        await pilot.press("slash", *"wederkerigheid")
        await wait_for_text(pilot, "Wederkerigheid")
        assert "**Wederkerigheid" not in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        walk.logbook.save_answer((DECK, "1.1", "doel"), "Mijn doel")
        own = app.own
        assert own is not None
        exported = logbook_markdown(
            own.logbook.book, app.result.library, [], "nl", clock.today().isoformat()
        )
    doel = deck.card_sets["1.1"].goal.strip().splitlines()
    assert all(f"> {line}".rstrip() in exported for line in doel)  # the list, line by line
    assert "\\*" not in exported.split("Mijn doel")[0]


async def test_a_quiet_line_says_whether_what_is_typed_is_saved(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autosave, "SAVE_DELAY", 60)  # only leaving the field saves here
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "right")
        await pilot.pause()
        assert "bewaard" not in flat(app).replace("vanzelf bewaard", "")  # nothing typed
        await pilot.press("enter", *"Ze willen")
        await pilot.pause()
        assert "• nog niet bewaard" in flat(app)
        await pilot.press("escape")  # leaving the field saves
        await pilot.pause()
        assert "✓ bewaard om" in flat(app) and "nog niet bewaard" not in flat(app)


async def test_typing_on_a_page_starts_the_answer(app_factory: AppFactory) -> None:
    from kaarten.ui.dialogs.action_point import ActionPointModal

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "right")
        await pilot.pause()
        await pilot.press(*"Mijn idee")  # no Enter first: "i" is no key, the M starts it
        await pilot.pause()
        assert app.screen.query_one("#walk-answer", TextArea).text == "Mijn idee"
        await pilot.press("escape", "ctrl+r")  # the action point: a key that is no letter
        await pilot.pause()
        assert isinstance(app.screen, ActionPointModal)
        await pilot.press("escape", "right")
        await pilot.pause()
        for char in "Ons plan":  # a fast typist: every key queued before focus moves
            app.post_message(events.Key("space" if char == " " else char, char))
        await pilot.pause()
        assert app.screen.query_one("#walk-answer", TextArea).text == "Ons plan"
        # "aanpak" opened the action point dialog and the rest landed behind it: every
        # letter starts the answer, at paste speed too.
        await pilot.press("escape", "right")
        await pilot.pause()
        await pilot.press(*"aanpak: ouders vaker bellen")
        await pilot.pause()
        assert app.screen.query_one("#walk-answer", TextArea).text == "aanpak: ouders vaker bellen"
        assert "^r Actiepunt" in flat(app)  # the footer shows the key that is no letter


async def test_finding_the_way_by_keyboard(app_factory: AppFactory) -> None:
    """Tabs by key, the checklist as one list with its phases, titles whole at 80×24."""
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        own = await open_own(pilot)
        await pilot.press("right")
        await pilot.pause()
        assert own.query_one("#own-tabs", TabbedContent).active == "own-forms-tab"
        assert own.focused is own.query_one("#own-forms")
        await pilot.press("t")
        await pilot.pause()
        assert own.query_one("#own-tabs", TabbedContent).active == "own-sets-tab"
        screen = await new_form(pilot)
        await pilot.press("ctrl+t")  # the checklist, without an F-key
        await pilot.pause()
        text = flat(app)
        assert "Voorbereiding" in text and "Uitvoering" in text  # the phases
        first = screen.query_one("#steps-0", CheckList)
        first.focus()
        await pilot.press("down", "down")  # past the group's last step: into the next
        await pilot.pause()
        second = screen.query_one("#steps-1", CheckList)
        assert screen.focused is second and second.highlighted == 0
        await pilot.press("up")
        await pilot.pause()
        assert screen.focused is first and first.highlighted == 1
        await pilot.press("up", "up", "up")  # the top of the first list: it stays
        await pilot.pause()
        assert screen.focused is first and first.highlighted == 0


async def test_every_kaartenset_title_is_whole_in_the_tree_at_80_columns(
    app_factory: AppFactory,
) -> None:
    from tests.ui.conftest import screen_text

    app = app_factory()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        for card_set in app.result.library.decks[DECK].card_sets.values():
            assert f"{card_set.id}  {card_set.title}" in text


@pytest.mark.dates
async def test_a_form_reads_dates_as_the_action_point_dialog_and_says_ticks_are_saved(
    app_factory: AppFactory,
) -> None:
    """The form kept "vrijdag" as a word (next week another day) while the action point
    dialog turned it into a date; ticks in the checklist showed no "bewaard"."""
    import datetime

    app = app_factory()
    friday = clock.today() + datetime.timedelta(days=(4 - clock.today().weekday()) % 7 or 7)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_form(pilot)
        screen.query_one("#field-1").focus()  # Datum
        await pilot.press(*"vrijdag")
        await wait_for_text(
            pilot, f"= {long_date(friday.isoformat(), 'nl')}"
        )  # read at once, as elsewhere
        screen.query_one("#field-3").focus()  # leaving the date keeps the date it means
        await wait_until(
            pilot, lambda: screen.query_one("#field-1", Input).value == friday.isoformat(), "date"
        )
        await pilot.press("f4")
        await pilot.pause()
        screen.query_one("#steps-0").focus()
        await pilot.press("space")
        await wait_for_text(pilot, "✓ bewaard om")  # a tick is saved, and says so
    [path] = store().form_paths()
    assert records(path, "veld")[-1]["tekst"] == friday.isoformat()


@pytest.mark.dates
async def test_a_second_export_the_same_day_keeps_the_first(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await open_own(pilot)
        await pilot.press("enter", "enter", *"eerste", "escape", "escape")
        await pilot.pause()
        await pilot.press("e")
        folder = store().folder.parent / "exports" / "zelf"
        await wait_until(pilot, lambda: len(list(folder.glob("logboek-*.md"))) == 1, "export")
        await pilot.press("enter", "enter", "end", *" en tweede", "escape", "escape")
        await pilot.pause()
        await pilot.press("e")
        await wait_until(pilot, lambda: len(list(folder.glob("logboek-*.md"))) == 2, "second")
    today = clock.today().isoformat()
    first, second = folder / f"logboek-{today}.md", folder / f"logboek-{today}-2.md"
    assert "eerste" in first.read_text() and "tweede" not in first.read_text()
    assert "eerste en tweede" in second.read_text()


@pytest.mark.dates
async def test_the_form_title_is_whole_at_80_columns(app_factory: AppFactory) -> None:
    """Beside the bijlage's title in the header it was cut: "Formulier van 2026-12-…"."""
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await new_form(pilot)
        lines = screen_text(app).splitlines()
        title = f"Formulier van {clock.today().isoformat()} (nog leeg)"
        assert any(title in line for line in lines), lines[:4]
        assert "…" not in "\n".join(lines[:3])
