"""Printing from inside the app: p on the overview, on a session's summary and on a form
in Zelf aan de slag writes the PDF and says where it went."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from textual.widgets import TabbedContent, Tree

from kaarten.session.store import SessionStore
from kaarten.ui.dialogs.confirm import ConfirmModal
from kaarten.ui.screens.home import HomeScreen
from kaarten.ui.screens.own_work import OwnWorkScreen
from kaarten.ui.screens.prep_form import PrepFormScreen
from kaarten.ui.screens.summary import SummaryScreen
from tests.pdf import page_texts, squashed
from tests.ui.conftest import (
    AppFactory,
    AppPilot,
    flat,
    wait_for_preview,
    wait_for_screen,
)

SIZE = (100, 36)


def home() -> Path:
    return Path(os.environ["KAARTEN_HOME"])


async def printed(pilot: AppPilot) -> None:
    """Press p and wait for the PDF to be made (in a worker thread)."""
    await pilot.press("p")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_p_on_the_overview_prints_the_highlighted_kaartenset(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        tree = app.screen.query_one("#catalogue", Tree)
        node = next(n for n in tree._tree_nodes.values() if n.data and n.data.item_id == "2.2")
        tree.move_cursor(node)
        await pilot.pause()
        await printed(pilot)
        target = home() / "exports" / "afdrukken" / "ouderbetrokkenheid-2-2.pdf"
        assert "PDF bewaard:" in flat(app) and "ouderbetrokkenheid-2-2.pdf" in flat(app)
        text = squashed("".join(page_texts(target)))
        assert squashed("Kaartenset 2.2 · Educatieve partners") in text
        assert squashed("Kaartenset 2.3") not in text
        assert target.stat().st_mode & 0o777 == 0o600


async def test_p_on_the_summary_prints_the_summary_and_a_handout_each(
    app_factory: AppFactory,
) -> None:
    store = SessionStore(home())
    agenda = [{"id": "a1", "soort": "pauze", "titel": "Pauze", "minuten": 5}]
    opened = store.create("Derde keer", datetime.date(2026, 11, 30), ["Anna", "Bram"], agenda)
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Anna belt de ouders")
    opened.record("actiepunt", id="p2", deelnemer="d2", tekst="Bram schrijft een brief")
    assert opened.session is not None
    session, path = opened.session, opened.path
    opened.close()
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        # The open session is offered for resuming just after the first frame: decline it
        # first, or it may come over the summary and take the p.
        await wait_for_preview(pilot)
        await wait_for_screen(pilot, ConfirmModal)
        await pilot.press("escape")
        await wait_for_screen(pilot, HomeScreen)
        app.push_screen(SummaryScreen(session, None, path))
        await pilot.pause()
        await printed(pilot)
        folder = home() / "exports" / path.stem
        assert sorted(p.name for p in folder.iterdir()) == [
            "actiepunten-1-anna.pdf",
            "actiepunten-2-bram.pdf",
            "actiepunten-alle.pdf",
            "sessie.pdf",
        ]
        assert "4 PDF's bewaard in" in flat(app)
        anna = squashed("".join(page_texts(folder / "actiepunten-1-anna.pdf")))
        assert squashed("Anna belt de ouders") in anna and "Bram" not in anna
        whole = squashed("".join(page_texts(folder / "sessie.pdf")))
        assert squashed("Bram schrijft een brief") in whole
        # To print and cut: both handouts on one sheet (each took a whole A4).
        [both] = page_texts(folder / "actiepunten-alle.pdf")
        assert squashed("Anna belt de ouders") in squashed(both)
        assert squashed("Bram schrijft een brief") in squashed(both)


async def test_p_on_a_form_prints_it_filled_in(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PrepFormScreen)
        app.screen.query_one("#field-3").focus()  # Naam leerling
        await pilot.press(*"Noor", "escape")
        await pilot.pause()
        own = app.screen
        assert isinstance(own, OwnWorkScreen)
        own.query_one("#own-tabs", TabbedContent).active = "own-forms-tab"
        own.query_one("#own-forms").focus()
        await pilot.pause()
        await printed(pilot)
        [target] = (home() / "exports" / "zelf").glob("formulier-*.pdf")
        assert "PDF bewaard:" in flat(app)
        text = squashed("".join(page_texts(target)))
        assert "Noor" in text and squashed("Voorbereidingsformulier oudergesprek") in text
