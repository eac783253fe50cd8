"""Screen snapshots of the main screens at 80×24 and 160×48.

Textual is pinned in pyproject.toml, since snapshots change between its releases. After a
deliberate change of the look, review and update them with
``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import datetime
import os
import random
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from kaarten.session.store import SessionStore
from kaarten.ui.app import KaartenApp, make_app
from kaarten.ui.screens.prep_form import PrepFormScreen
from tests.ui.conftest import LARGE, SMALL, AppPilot, SnapCompare, kaarten_of, wait_for_preview

pytestmark = pytest.mark.usefixtures("still_clock")
SIZES = [pytest.param(SMALL, id="80x24"), pytest.param(LARGE, id="160x48")]
DECK = "ouderbetrokkenheid"


def _app() -> KaartenApp:
    return make_app(rng=random.Random(7))


async def _open_set(pilot: AppPilot, set_id: str = "1.1") -> None:
    app = kaarten_of(pilot)
    app.go.card_sets(app.result.library.decks[DECK], [set_id])
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run_before(pilot: AppPilot) -> None:
        await wait_for_preview(pilot)

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_card_table(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set)


@pytest.mark.parametrize("size", SIZES)
def test_presentation(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set, press=["f5"])


@pytest.mark.parametrize("size", SIZES)
def test_qr_code(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run_before(pilot: AppPilot) -> None:
        await _open_set(pilot, "3.2")

    assert snap_compare(_app(), terminal_size=size, run_before=run_before, press=["q"])


@pytest.mark.parametrize("size", SIZES)
def test_energizer(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run_before(pilot: AppPilot) -> None:
        app = kaarten_of(pilot)
        app.go.energizer(app.result.library.decks["energizers"], "5")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_checklist(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    async def run_before(pilot: AppPilot) -> None:
        app = kaarten_of(pilot)
        app.go.appendix(app.result.library.decks[DECK], "3.3-checklist")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set, press=["f1"])


def test_too_small(snap_compare: SnapCompare) -> None:
    assert snap_compare(_app(), terminal_size=(50, 12))


def _session_file() -> Path:
    """A saved session with fixed title, date and names, as a coach would have made it."""
    store = SessionStore(Path(os.environ["KAARTEN_HOME"]))
    agenda = [
        {"id": "a1", "soort": "energizer", "titel": "Energizer 1: Ik ben de enige die…",
         "minuten": 10, "deck": "energizers", "items": ["1"]},
        {"id": "a2", "soort": "kaartenset", "titel": "1.1 Behoefte van ouders",
         "minuten": 30, "deck": DECK, "items": ["1.1"]},
        {"id": "a3", "soort": "afsluiting", "titel": "Afsluiting: actiepunten", "minuten": 15},
    ]  # fmt: skip
    opened = store.create(
        "Startersbijeenkomst 3", datetime.date(2026, 11, 23), ["Anna", "Bram", "José"], agenda
    )
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders uitnodigen")
    opened.close()
    return opened.path


@pytest.mark.parametrize("size", SIZES)
def test_session(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    path = _session_file()

    async def run_before(pilot: AppPilot) -> None:
        await pilot.pause()
        if len(pilot.app.screen_stack) > 1:  # the offer to resume it
            await pilot.press("escape")
        kaarten_of(pilot).sessions.open(path)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_card_table_in_a_session(snap_compare: SnapCompare, size: tuple[int, int]) -> None:
    path = _session_file()

    async def run_before(pilot: AppPilot) -> None:
        await pilot.pause()
        if len(pilot.app.screen_stack) > 1:
            await pilot.press("escape")
        kaarten_of(pilot).sessions.open(path)
        await pilot.pause()
        await pilot.press("v", "enter")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


async def _prepared_form(pilot: AppPilot) -> None:
    """A voorbereidingsformulier with its short fields filled in (so the title, made of
    them, does not carry today's date)."""
    await pilot.pause()
    await pilot.press("z")
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PrepFormScreen)
    for index, text in ((0, "Lokaal 4"), (1, "12-3"), (2, "15:30"), (3, "Sam")):
        screen.query_one(f"#field-{index}", Input).value = text
    await pilot.pause()
    for field in [*screen.query(Input), *screen.query(TextArea)]:
        field.cursor_blink = False  # a blinking cursor makes the picture depend on timing
    screen.query_one("#field-0").focus()
    screen.save()
    await pilot.pause()


def test_preparation_form(snap_compare: SnapCompare) -> None:
    assert snap_compare(_app(), terminal_size=SMALL, run_before=_prepared_form)


def test_preparation_checklist(snap_compare: SnapCompare) -> None:
    async def run_before(pilot: AppPilot) -> None:
        await _prepared_form(pilot)
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("space", "down", "space", "tab", "space")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=SMALL, run_before=run_before)
