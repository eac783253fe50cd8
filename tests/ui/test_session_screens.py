"""Leading a session in the app: every action checked on the screen and in the log."""

from __future__ import annotations

import datetime
import errno
import os
import stat
from pathlib import Path
from typing import Any, cast

import pytest
from textual.widgets import Digits, Input, OptionList, TextArea

from kaarten import clock
from kaarten.journal.log import read_log
from kaarten.session.export import file_slug
from kaarten.session.store import SessionStore
from kaarten.ui.app import KaartenApp
from kaarten.ui.dialogs.choice import ChoiceModal
from kaarten.ui.dialogs.confirm import ConfirmModal
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.new_session import NewSessionScreen
from kaarten.ui.screens.review import ReviewScreen
from kaarten.ui.screens.session import SessionScreen
from kaarten.ui.screens.summary import SummaryScreen
from kaarten.ui.widgets.timer_view import SessionTimer
from tests.ui.conftest import (
    AppFactory,
    AppPilot,
    flat,
    kaarten_of,
    running,
    screen_text,
    wait_for_preview,
    wait_for_screen,
    wait_for_text,
    wait_until,
)

SIZE = (120, 40)


def home() -> Path:
    return Path(os.environ["KAARTEN_HOME"])


def last_week() -> datetime.date:
    """When "Vorige keer", the session before, was held."""
    return clock.today() - datetime.timedelta(days=7)


def records(kind: str | None = None) -> list[dict[str, Any]]:
    [path] = SessionStore(home()).paths()
    found = read_log(path).records
    return [r for r in found if kind is None or r["soort"] == kind]


async def start_session(pilot: AppPilot, names: str = "Anna\nBram\nJosé") -> None:
    app = pilot.app
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(app.screen, NewSessionScreen)
    app.screen.query_one("#participants", TextArea).text = names
    await pilot.press("f10")
    await pilot.pause()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def fake_clock(app: KaartenApp) -> FakeClock:
    """Put the running session's countdowns on a clock the test moves (before any timer
    event, so they are rebuilt from the log as they are)."""
    clock = FakeClock()
    run = running(app)
    run._clock = clock
    run._timers.clear()
    return clock


async def test_a_new_session_is_saved_from_the_start(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\n\n  Bram  \n../../etc/passwd")
        assert isinstance(app.screen, SessionScreen)
        text = flat(app)
        assert "Energizer 1: Ik ben de enige die…" in text and "(–/10 min)" in text
        assert "1.1 Behoefte van ouders" in text and "Afsluiting: actiepunten" in text
        assert "totaal 55 min gepland · op schema" in text
        [header] = records()
        assert [p["naam"] for p in header["deelnemers"]] == ["Anna", "Bram", "../../etc/passwd"]
        assert [a["minuten"] for a in header["agenda"]] == [10, 30, 15]
        [path] = SessionStore(home()).paths()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


@pytest.mark.dates
async def test_a_new_session_is_dated_today_unless_another_day_is_typed(
    app_factory: AppFactory, today: datetime.date
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        assert records()[0]["datum"] == today.isoformat()
        [path] = SessionStore(home()).paths()
        assert path.name.startswith(f"{today.isoformat()}-")
        await pilot.press("escape")  # back to the overview; the session stays open
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#date", Input).value == today.isoformat()
        app.screen.query_one("#date", Input).value = "5-1"  # a session date: this year
        app.screen.query_one("#participants", TextArea).text = "Bram"
        await pilot.press("f10")
        await pilot.pause()
    dates = sorted(read_log(p).records[0]["datum"] for p in SessionStore(home()).paths())
    assert dates == sorted([today.isoformat(), f"{today.year}-01-05"])


@pytest.mark.parametrize(
    ("names", "date", "message"),
    [
        ("", None, "Typ minstens één deelnemer"),
        ("Anna\n" + "x" * 201, None, "Deelnemers, regel 2: Naam is te lang"),
        ("Anna\n\u200b", None, "Deelnemers, regel 2: Naam is leeg"),
        ("Anna", "31-02-2026", "‘31-02-2026’ is geen datum"),
        ("Anna\nBram\n anna ", None, "Deelnemers, regel 3: ‘anna’ staat er al (regel 1)"),
    ],
)
async def test_the_form_says_what_is_wrong_and_saves_nothing(
    app_factory: AppFactory, names: str, date: str | None, message: str
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#participants", TextArea).text = names
        if date is not None:
            app.screen.query_one("#date", Input).value = date
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, NewSessionScreen)
        assert message in flat(app)
        assert SessionStore(home()).paths() == []


async def test_the_agenda_can_be_built_with_keys(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#agenda").focus()
        await pilot.press("down", "plus", "plus")  # 1.1: 40 minutes
        await pilot.press("o")  # 1.1 first
        await pilot.press("t")  # add after it
        await pilot.pause()
        assert isinstance(app.screen, ChoiceModal)
        options = app.screen.items
        await pilot.press(*["down"] * options.index("3.3 Oudergesprekken: voorbereiding"), "enter")
        await pilot.pause()
        await pilot.press("end", "w")  # drop the closing round
        await pilot.pause()
        text = flat(app)
        assert "Totaal: 80 minuten" in text
        app.screen.query_one("#participants", TextArea).text = "Anna"
        await pilot.press("f10")
        await pilot.pause()
        titles = [(a["titel"], a["minuten"]) for a in records()[0]["agenda"]]
        assert titles == [
            ("1.1 Behoefte van ouders", 40),
            ("3.3 Oudergesprekken: voorbereiding", 30),
            ("Energizer 1: Ik ben de enige die…", 10),
        ]


async def test_timer_keys_and_moving_on_are_logged(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        clock = fake_clock(app)
        await pilot.press("space")
        clock.now += 12 * 60
        await pilot.press("plus")
        await pilot.pause()
        assert "▶ Energizer 1" in flat(app)
        assert "00:00" not in flat(app)  # 10 + 1 planned, 12 used: one minute over
        await pilot.press("v")
        await wait_for_text(pilot, "▶ 1.1 Behoefte van ouders")
        text = flat(app)
        # 12 used of 10 planned and 1 added: shown as an overrun, not as "12/10 min".
        assert "(12/10 min · +1:00)" in text and "▶ 1.1 Behoefte van ouders" in text
        assert "2 min achter op schema" in text
        # The clock jumped 12 minutes: a reading ("stand") may be saved in between, or not,
        # depending on when the app's look four times a second came (2 of 6 runs under load).
        timer = [(r["actie"], r["activiteit"]) for r in records("timer") if r["actie"] != "stand"]
        assert timer == [("start", "a1"), ("minuut", "a1"), ("pauze", "a1")]
        assert records("activiteit")[0]["activiteit"] == "a2"


async def test_time_up_shows_a_warning_and_counts_on(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot)
        clock = fake_clock(app)
        await pilot.press("space")
        clock.now += 10 * 60 + 5
        await wait_for_text(pilot, "De tijd is om.")  # at the timer's next tick
        text = flat(app)
        assert "De tijd is om." in text and "over tijd" in text
        assert app.screen.query_one("#timer").has_class("-over")
        assert "+00:05" in app.screen.query_one(".timer-digits", Digits).value
    # The running timer's reading was saved on the way (a crash would lose little), and
    # quitting paused it at its exact reading.
    assert [r["actie"] for r in records("timer")] == ["start", "stand", "pauze"]


async def test_the_card_table_in_a_session_logs_notes_points_and_rounds(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await start_session(pilot)
        await pilot.press("v", "enter")  # 1.1, before its timer runs
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert "De timer van deze activiteit loopt nog niet" in flat(app)
        assert "30:00" in app.screen.query_one(".timer-digits", Digits).value
        first = app.screen.card.id
        await pilot.press("t", "n")
        await pilot.pause()
        assert "Notitie bij kaartenset 1.1, gesprekskaart 1" in flat(app)  # no id
        await pilot.press(*"Ouders willen meer horen", "enter")
        await pilot.pause()
        assert "1 notitie" in flat(app) and "Ouders willen meer horen" in flat(app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("down", "enter", *"Koffieochtend", "enter")
        await pilot.pause()
        await pilot.press("l", "r")
        await pilot.pause()
        assert "voor Anna" in flat(app)  # the round starts with the card on the table
        await pilot.press("space")
        await pilot.pause()
        assert "voor Bram" in flat(app)
        second = app.screen.card.id
        draws = [(r["kaart"], r.get("deelnemer")) for r in records("kaart")]
        assert draws == [(first, None), (second, "d2")]
        assert [(r["deelnemers"], r["kaart"]) for r in records("rondje")] == [
            (["d1", "d2", "d3"], first)
        ]
        assert [(d.card, d.participant) for d in running(app).session.draws] == [
            (first, "d1"),
            (second, "d2"),
        ]
        assert records("notitie")[0]["tekst"] == "Ouders willen meer horen"
        point = records("actiepunt")[0]
        assert (point["deelnemer"], point["tekst"], point["kaartenset"]) == (
            "d2",
            "Koffieochtend",
            "1.1",
        )
        assert records("voor_later")[0]["kaart"] == first
        assert records("timer")[0]["actie"] == "start"


async def test_closing_shows_the_summary_and_exports_private_files(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna\nJan/Piet")
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter", *"Visie lezen", "enter")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("enter")  # the default: go on with the session
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and records()[-1]["soort"] != "afgesloten"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("down", "enter")  # "Afsluiten"
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Visie lezen" in flat(app) and "Anna" in flat(app)
        assert records()[-1]["soort"] == "afgesloten"
        await pilot.press("e")
        await pilot.pause()
        folder = home() / "exports" / records()[0]["id"]
        names = sorted(p.name for p in folder.iterdir())
        assert names == [
            "actiepunten-1-anna.md",
            "actiepunten-2-jan-piet.md",
            "actiepunten.csv",  # for Excel
            "sessie.md",
        ]
        excel = (folder / "actiepunten.csv").read_bytes()
        assert excel.startswith(b"\xef\xbb\xbf") and b"Anna;Visie lezen" in excel
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
        for made in (folder, folder.parent, home()):
            assert stat.S_IMODE(made.stat().st_mode) == 0o700, made
        handout = (folder / "actiepunten-1-anna.md").read_text(encoding="utf-8")
        assert "Visie lezen" in handout
        assert "Visie lezen" not in (folder / "actiepunten-2-jan-piet.md").read_text("utf-8")


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("José", "jose"),
        ("../../x", "x"),
        ("CON", "con"),
        ("محمد", "deelnemer"),
        ("a" * 99, "a" * 40),
    ],
)
def test_file_names_from_names_are_safe(name: str, slug: str) -> None:
    assert file_slug(name) == slug


async def answer_resume_offer(pilot: AppPilot, key: str, expect: str = "") -> None:
    """Wait for the offer to resume (it comes just after the first frame) and answer it:
    enter resumes, escape declines."""
    await wait_for_screen(pilot, ConfirmModal)
    assert expect in flat(kaarten_of(pilot))
    await pilot.press(key)
    await pilot.pause()


def make_unfinished(names: list[str]) -> Path:
    store = SessionStore(home())
    opened = store.create("Vorige keer", last_week(), names, [
        {"id": "a1", "soort": "kaartenset", "titel": "1.1", "minuten": 30,
         "deck": "ouderbetrokkenheid", "items": ["1.1"]},
    ])  # fmt: skip
    opened.record("timer", activiteit="a1", actie="start", verstreken=0)
    opened.record("timer", activiteit="a1", actie="minuut", verstreken=125)
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen")
    opened.close()
    return opened.path


async def test_the_app_offers_to_resume_an_unfinished_session(app_factory: AppFactory) -> None:
    make_unfinished(["Anna"])
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(
            pilot, "enter", f"Sessie ‘Vorige keer’ van {last_week()} is niet afgesloten."
        )
        assert isinstance(app.screen, SessionScreen)
        assert running(app).session.title == "Vorige keer"
        # 30 + 1 minutes, 125 s used when the app stopped: paused there
        assert "28:55" in app.screen.query_one(".timer-digits", Digits).value
        assert "gepauzeerd" in flat(app)


async def test_a_session_open_elsewhere_is_shown_read_only(app_factory: AppFactory) -> None:
    path = make_unfinished(["Anna"])
    other = SessionStore(home()).open(path)  # another kaarten holds the lock
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "al open in een andere kaarten" in flat(app)
    other.close()


async def test_earlier_open_points_come_up_for_review(app_factory: AppFactory) -> None:
    make_unfinished(["Anna", "Bram"])
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "escape")
        await start_session(pilot, "anna\nChris")
        assert isinstance(app.screen, ReviewScreen)
        assert f"[open] Anna: Ouders bellen (Vorige keer, {last_week()})" in flat(app)
        await pilot.press("k")
        await pilot.pause()
        assert "[klaar] Anna: Ouders bellen" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
    [_, path] = SessionStore(home()).paths()
    decision = [r for r in read_log(path).records if r["soort"] == "beoordeling"]
    assert decision[0]["besluit"] == "klaar" and decision[0]["actiepunt"] == "p1"


async def test_a_full_disk_shows_a_red_banner_and_keeps_the_changes(
    app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot)
        real_write = os.write
        failing = True

        def write(descriptor: int, data: bytes) -> int:
            if failing:
                raise OSError(errno.ENOSPC, "No space left on device")
            return real_write(descriptor, data)

        monkeypatch.setattr(os, "write", write)
        await pilot.press("space")
        await pilot.pause()
        banner = app.screen.query_one("#session-banner")
        assert banner.display and "1 wijziging nog niet bewaard" in screen_text(app)
        assert "No space left on device" in flat(app)
        failing = False
        await wait_until(pilot, lambda: not banner.display, "the next try (once a second)")
        assert [r["actie"] for r in records("timer")] == ["start"]


async def test_the_sessions_list_opens_a_closed_session_read_only(app_factory: AppFactory) -> None:
    path = make_unfinished(["Anna"])
    opened = SessionStore(home()).open(path)
    opened.record("afgesloten")
    opened.close()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_preview(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert f"{last_week()} Vorige keer (afgesloten) · Anna · 1 open actiepunt" in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "Ouders bellen" in flat(app)


async def test_a_session_is_deleted_from_the_list_after_a_question(
    app_factory: AppFactory,
) -> None:
    path = make_unfinished(["Anna"])
    opened = SessionStore(home()).open(path)
    opened.record("afgesloten")
    opened.close()
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for_preview(pilot)
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal) and "voorgoed" in flat(app)
        await pilot.press("enter")  # the safe answer first: keep it
        await pilot.pause()
        assert path.exists() and "Vorige keer" in flat(app)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not path.exists() and not list(path.parent.glob(f"{path.name}*"))
        assert f"Verwijderd: Vorige keer ({last_week()})" in flat(app)
        assert "Vorige keer (afgesloten)" not in flat(app)


async def test_a_copied_session_log_is_listed_read_and_deleted_as_a_copy(
    app_factory: AppFactory,
) -> None:
    """OneDrive, Dropbox and Syncthing put ``S (conflicted copy).jsonl`` beside ``S.jsonl``:
    the list crashed on the two logs with one id (DuplicateID)."""
    import shutil

    path = make_unfinished(["Anna"])
    copy = path.with_name(f"{path.stem} (conflicted copy).jsonl")
    shutil.copy(path, copy)
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "escape", "Sessie ‘Vorige keer’")
        await pilot.press("s")
        await wait_for_text(pilot, f"kopie: {copy.name}")
        await pilot.press("down", "enter")  # newest first: the copy is second
        await wait_for_screen(pilot, SummaryScreen)
        assert "dit bestand is een kopie van een sessie" in flat(app)
        await pilot.press("escape")
        await wait_for_text(pilot, f"kopie: {copy.name}")
        await pilot.press("w")
        await wait_for_screen(pilot, ConfirmModal)
        assert copy.name in flat(app)
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: not copy.exists(), "the copy to be deleted")
        assert path.exists() and "kopie:" not in flat(app)


@pytest.mark.dates
async def test_damaged_copies_older_than_a_month_are_offered_for_removal(
    app_factory: AppFactory,
) -> None:
    path = make_unfinished(["Anna"])
    old = path.with_name(path.name + ".corrupt-1")
    new = path.with_name(path.name + ".corrupt-2")
    for copy, days in ((old, 40), (new, 1)):  # made 40 days ago and yesterday
        copy.write_text("kapot")
        made = clock.timestamp() - days * 86400
        os.utime(copy, (made, made))
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "escape")  # not now
        await pilot.press("s")
        await pilot.pause()
        assert "2 kopieën van beschadigde logboeken bewaard, 1 ouder dan een maand" in flat(app)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not old.exists() and new.exists() and path.exists()
        assert "1 kopie verwijderd." in flat(app)


@pytest.mark.dates
async def test_action_points_can_be_changed_ticked_off_and_removed(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram")
        for keys in (["enter", *"Ouders bellen"], ["down", "enter", *"Visie lezen"]):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*keys, "enter")
            await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert "[ ] Anna: Ouders bellen" in flat(app) and "[ ] Bram: Visie lezen" in flat(app)
        await pilot.press("enter")  # change Anna's point: give it to Bram, with a date
        await pilot.pause()
        due = clock.today() + datetime.timedelta(days=8)
        typed = f"{due.day}-{due.month}-{due.year}"
        await pilot.press("down", "tab", "end", *" op maandag", "tab", *typed)
        await pilot.press("enter")
        await pilot.pause()
        assert f"[ ] Bram: Ouders bellen op maandag ({due})" in flat(app)
        await pilot.press("k")
        await pilot.pause()
        assert "[x] Bram: Ouders bellen op maandag" in flat(app)
        await pilot.press("down", "w")
        await pilot.pause()
        assert "Actiepunt ‘Visie lezen’ weghalen?" in flat(app)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "Bram: Visie lezen" not in flat(app)  # gone from the list
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert "Bram: 0 open" in flat(app)  # one done, one removed
    kinds = [r["soort"] for r in records() if r["soort"].startswith("actiepunt")]
    assert kinds == [
        "actiepunt",
        "actiepunt",
        "actiepunt_bewerkt",
        "actiepunt_klaar",
        "actiepunt_verwijderd",
    ]
    edit = records("actiepunt_bewerkt")[0]
    assert (edit["deelnemer"], edit["tekst"], edit["datum"]) == (
        "d2",
        "Ouders bellen op maandag",
        due.isoformat(),
    )
    assert "kaartenset" not in edit  # only what changed


async def test_a_cut_off_last_change_is_skipped_with_a_warning(app_factory: AppFactory) -> None:
    path = make_unfinished(["Anna"])
    with path.open("ab") as log:
        log.write(b'{"nr":4,"tijd":"2026-11-16T10:00:00+01:00","soort":"notitie","de')
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(app.screen, SessionScreen)
        # The toast lies beside the schedule's lines: read it, not the folded screen.
        said = " ".join(n.message for n in app._notifications)
        assert "laatste wijziging kon niet worden hersteld" in said
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter", *"Verder", "enter")
        await pilot.pause()
    assert [r["nr"] for r in read_log(path).records] == [0, 1, 2, 3, 4]
    assert len(list(path.parent.glob("*.corrupt-*"))) == 1


async def test_a_damaged_session_is_read_only_until_repaired(app_factory: AppFactory) -> None:
    path = make_unfinished(["Anna"])
    lines = path.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"125", b"126")  # the checksum no longer fits
    path.write_bytes(b"".join(lines))
    damaged = path.read_bytes()
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "deze regel is beschadigd" in flat(app)
        assert path.read_bytes() == damaged
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert "Hersteld" in flat(app)
    [copy] = path.parent.glob("*.corrupt-*")
    assert copy.read_bytes() == damaged
    assert [r["soort"] for r in read_log(path).records] == ["sessie", "timer"]


async def test_long_and_foreign_names_work_everywhere(app_factory: AppFactory) -> None:
    long_name = "Maria " + "van " * 47 + "Dijk"  # 198 characters
    assert len(long_name) == 198
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_session(pilot, f"{long_name}\n🧑‍🏫 Juf Anna\nمحمد")
        assert isinstance(app.screen, SessionScreen)
        assert "Juf Anna: 0 open" in flat(app) and "محمد: 0 open" in flat(app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter", *"Plan maken", "enter")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
    folder = home() / "exports" / records()[0]["id"]
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "actiepunten-1-maria-van-van-van-van-van-van-van-van-va.md",
        "actiepunten-2-juf-anna.md",
        "actiepunten-3-deelnemer.md",
        "actiepunten.csv",
        "sessie.md",
    ]
    assert long_name in (folder / "sessie.md").read_text(encoding="utf-8")


async def test_the_energizer_of_the_agenda_shows_its_timer(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna")
        fake_clock(app)  # stands still: the display is exact
        await pilot.press("enter")
        await pilot.pause()
        assert "Ik ben de enige die" in flat(app)
        assert "timer nog niet gestart" in flat(app)
        await pilot.press("t", "plus", "a")
        await pilot.pause()
        await pilot.press("enter", *"Kring oefenen", "enter")
        await pilot.pause()
        assert app.screen.query_one(".timer-digits", Digits).value == "11:00"
        assert "loopt" in flat(app)
    # Quitting paused the running timer at its exact reading.
    assert [r["actie"] for r in records("timer")] == ["start", "minuut", "pauze"]
    assert records("actiepunt")[0]["tekst"] == "Kring oefenen"


async def test_reset_and_bell(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna")
        clock = fake_clock(app)
        await pilot.press("space")
        clock.now += 90
        await pilot.press("0")
        await pilot.pause()
        assert app.screen.query_one(".timer-digits", Digits).value == "10:00"
        assert "timer nog niet gestart" in flat(app)
        assert app.sessions.bell  # on unless the coach turned it off
        await pilot.press("g")
        await pilot.pause()
        assert "Bel uit." in flat(app) and not app.sessions.bell
        await pilot.press("g")
        await pilot.pause()
        assert "Bel aan bij einde tijd." in flat(app) and app.sessions.bell
    # A reading ("stand") of the running timer may be saved in between on a busy machine:
    # the clock jumped 90 s, past the once-a-minute reading.
    timer = [(r["actie"], r["verstreken"]) for r in records("timer") if r["actie"] != "stand"]
    assert timer == [("start", 0.0), ("reset", 0.0)]


async def test_a_new_session_can_start_from_an_earlier_one(app_factory: AppFactory) -> None:
    path = make_unfinished(["Anna", "Bram"])
    earlier = read_log(path).records[0]["id"]
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await answer_resume_offer(pilot, "escape")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        assert f"{last_week()} Vorige keer: Anna, Bram" in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#participants", TextArea).text == "Anna\nBram"
        assert "1.1 · 30 min" in flat(app) and "Totaal: 30 minuten" in flat(app)
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)  # Anna's point from last time
    [_, new] = SessionStore(home()).paths()
    header = read_log(new).records[0]
    assert header["vorige"] == earlier
    assert [p["naam"] for p in header["deelnemers"]] == ["Anna", "Bram"]
    assert len(read_log(new).records) == 1  # a fresh log: nothing of the old one copied


@pytest.mark.parametrize(
    "forged",
    [
        b'"soort":"timer","activiteit":"a1","actie":"pauze","verstreken":1e999',
        b'"soort":"timer","activiteit":"a1","actie":"pauze","verstreken":Infinity',
        b'"soort":"notitie","deck":"d","kaart":"k","tekst":' + b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["1e999", "Infinity", "deep"],
)
async def test_a_forged_record_with_a_valid_checksum_is_damage_not_a_crash(
    app_factory: AppFactory, forged: bytes
) -> None:
    """Resuming crashed in the timer display (Infinity) and on deep nesting."""
    from tests.hostile import with_checksum

    path = make_unfinished(["Anna"])
    with path.open("ab") as log:
        log.write(with_checksum(b'{"nr":4,"tijd":"2026-11-16T10:00:00+01:00",' + forged + b"}"))
    before = path.read_bytes()
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await answer_resume_offer(pilot, "enter")
        assert isinstance(app.screen, SummaryScreen)
        assert "deze regel is beschadigd" in flat(app)
        assert f"{path.name}:5:" in flat(app)
        assert "Ouders bellen" in flat(app)  # the readable part is there
    assert path.read_bytes() == before


async def test_a_sessies_folder_that_is_a_link_is_refused_with_the_reason(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir(mode=0o755)
    home().mkdir(parents=True, exist_ok=True)
    (home() / "sessies").symlink_to(elsewhere)
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot, "Anna")
        assert isinstance(app.screen, NewSessionScreen)  # nothing started
        said = " ".join(n.message for n in app._notifications)
        assert "Kan de sessie niet bewaren" in said and "symbolische link" in said
    assert list(elsewhere.iterdir()) == []
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755


async def test_the_new_session_form_starts_in_the_title(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert "Bijeenkomst" in flat(app)  # what an empty title becomes, as a hint
        await pilot.press(*"Dinsdaggroep")
        form = app.screen
        assert form.query_one("#title", Input).value == "Dinsdaggroep"
        assert form.query_one("#participants", TextArea).text == ""
        form.query_one("#participants", TextArea).text = "Anna"
        await pilot.press("f10")
        await pilot.pause()
    assert records("sessie")[0]["titel"] == "Dinsdaggroep"


async def test_an_agenda_item_can_be_changed_and_its_minutes_typed(app_factory: AppFactory) -> None:
    from kaarten.ui.dialogs.agenda_item import AgendaItemModal

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewSessionScreen)
        form.query_one("#agenda").focus()
        await pilot.press("down", "enter")  # 1.1 Behoefte van ouders
        await pilot.pause()
        assert isinstance(app.screen, AgendaItemModal)
        await pilot.press("down", "enter", *"4x", "enter")  # 1.2, and a typo in the minutes
        await pilot.pause()
        assert "‘4x’ is geen aantal minuten" in flat(app)
        await pilot.press("backspace", "5", "enter")
        await pilot.pause()
        assert cast(object, app.screen) is form  # the dialog closed
        assert form.items[1].items == ("1.2",) and form.items[1].minutes == 45
        assert "1.2 Wat is ouderbetrokkenheid?" in flat(app) and "45 min" in flat(app)


@pytest.mark.dates
async def test_the_review_sets_what_the_coach_points_at_and_carries_points_over(
    app_factory: AppFactory,
) -> None:
    from kaarten.session.export import markdown

    store = SessionStore(home())
    due = (clock.today() + datetime.timedelta(days=3)).isoformat()
    earlier = store.create("Vorige keer", last_week(), ["Anna", "Bram"], [])
    earlier.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen", datum=due)
    earlier.record("actiepunt", id="p2", deelnemer="d1", tekst="Visie lezen")
    earlier.record("actiepunt", id="p3", deelnemer="d2", tekst="Koffieochtend")
    earlier.record("afgesloten")
    earlier.close()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await start_session(pilot, "Anna\nBram")
        assert isinstance(app.screen, ReviewScreen)
        assert f"Ouders bellen (Vorige keer, {last_week()}) · uiterlijk {due}" in flat(app)
        listing = app.screen.query_one("#review-list", OptionList)
        await pilot.press("d")  # carried over: the cursor stays on it
        await pilot.pause()
        assert listing.highlighted == 0 and "[doorgeschoven] Anna: Ouders bellen" in flat(app)
        run = running(app)
        assert [(p.participant, p.text, p.due) for p in run.session.open_actions()] == [
            ("d1", "Ouders bellen", due)
        ]
        await pilot.press("down", "v")
        await pilot.pause()
        assert listing.highlighted == 1 and "[vervallen] Anna: Visie lezen" in flat(app)
        assert "[doorgeschoven] Anna: Ouders bellen" in flat(app)
        await pilot.press("up", "k")  # changed its mind: done after all, the copy goes
        await pilot.pause()
        assert run.session.open_actions() == []
        await pilot.press("d", "d")  # twice: still one copy
        await pilot.pause()
        assert len(run.session.open_actions()) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and "Ouders bellen" in flat(app)
        summary = markdown(run.session, "nl")
    assert "- Anna: Ouders bellen — doorgeschoven" in summary
    assert "- Anna: Visie lezen — vervallen" in summary
    assert "p1" not in summary and earlier.session.id not in summary
    # The next time, the copy comes up (from this session), not the original as well.
    later = SessionStore(home()).earlier_open_actions(["Anna", "Bram"], "")
    assert sorted((s.title, p.text) for s, p, _ in later) == [
        ("Bijeenkomst", "Ouders bellen"),
        ("Vorige keer", "Koffieochtend"),
    ]


async def test_esc_on_the_new_session_form_asks_when_anything_was_typed(
    app_factory: AppFactory,
) -> None:
    """With only a title typed, Esc left the form without asking: the title was lost."""
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NewSessionScreen), "the form")
        await pilot.press("escape")  # nothing typed: straight back
        await wait_until(pilot, lambda: not isinstance(app.screen, NewSessionScreen), "home")
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, NewSessionScreen), "the form")
        await pilot.press(*"Derde bijeenkomst", "escape")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal), "the question")
        assert "Formulier verlaten?" in flat(app)
        await pilot.press("enter")  # the safe answer first: go on filling in
        await wait_until(pilot, lambda: isinstance(app.screen, NewSessionScreen), "the form")
        assert app.screen.query_one("#title", Input).value == "Derde bijeenkomst"


async def test_time_up_is_said_and_rung_once_with_an_energizer_on_top(
    app_factory: AppFactory,
) -> None:
    """The session's timer (under the energizer) and the energizer's both said "De tijd
    is om." and the bell rang twice."""
    from kaarten.ui.screens.energizer import EnergizerScreen

    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start_session(pilot)
        rung: list[int] = []
        app.bell = lambda: rung.append(1)  # type: ignore[method-assign]
        app.sessions.bell = True
        clock = fake_clock(app)
        await pilot.press("enter")  # the energizer, with its own timer
        await wait_until(pilot, lambda: isinstance(app.screen, EnergizerScreen), "energizer")
        await pilot.press("t")
        clock.now += 10 * 60 + 5
        await wait_until(pilot, lambda: bool(rung), "the bell")
        # Both timers tick four times a second: give the second one its ticks.
        both = app.screen_stack[-2:]
        await wait_until(
            pilot,
            lambda: all(s.query_one(SessionTimer).has_class("-over") for s in both),
            "both timers over",
        )
        await pilot.pause()
        said = [n.message for n in app._notifications if n.message == "De tijd is om."]
        assert said == ["De tijd is om."] and rung == [1]


@pytest.mark.dates
async def test_overdue_points_say_so_and_undecided_ones_stay_in_view(
    app_factory: AppFactory,
) -> None:
    """The review did not flag points past their date, and a point left undecided
    disappeared from the new session's picture."""
    path = make_unfinished(["Anna", "Bram"])
    opened = SessionStore(home()).open(path)
    yesterday = clock.today() - datetime.timedelta(days=1)
    opened.record("actiepunt", id="p2", deelnemer="d2", tekst="Nieuwsbrief",
                  datum=yesterday.isoformat())  # fmt: skip
    opened.record("afgesloten")
    opened.close()
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_session(pilot, "Anna\nBram")
        await wait_until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review")
        text = flat(app)
        assert f"Bram: Nieuwsbrief (Vorige keer, {last_week()}) · uiterlijk {yesterday}" in text
        assert "· verlopen" in text and text.count("verlopen") == 1  # Anna's has no date
        await pilot.press("escape")  # on to the session, nothing decided
        await wait_until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        text = flat(app)
        assert "Nog open van eerder: 2" in text
        assert "Anna: Ouders bellen" in text and "Bram: Nieuwsbrief · verlopen" in text
