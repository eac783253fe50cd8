"""Screen snapshots of the main screens at 80×24 and 160×48.

Textual is pinned in pyproject.toml, since snapshots change between its releases. After a
deliberate change of the look, review and update them with
``pytest tests/ui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import random

import pytest
from conftest import LARGE, SMALL, wait_for_preview

from kaarten.app import KaartenApp, make_app

SIZES = [pytest.param(SMALL, id="80x24"), pytest.param(LARGE, id="160x48")]
DECK = "ouderbetrokkenheid"


def _app() -> KaartenApp:
    return make_app(rng=random.Random(7))


async def _open_set(pilot, set_id: str = "1.1") -> None:
    app = pilot.app
    app.open_card_sets(app.result.library.decks[DECK], [set_id])
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        await wait_for_preview(pilot)

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_card_table(snap_compare, size) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set)


@pytest.mark.parametrize("size", SIZES)
def test_presentation(snap_compare, size) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set, press=["f5"])


@pytest.mark.parametrize("size", SIZES)
def test_qr_code(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        await _open_set(pilot, "3.2")

    assert snap_compare(_app(), terminal_size=size, run_before=run_before, press=["q"])


@pytest.mark.parametrize("size", SIZES)
def test_energizer(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        pilot.app.open_energizer(pilot.app.result.library.decks["energizers"], "5")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_checklist(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        pilot.app.open_appendix(pilot.app.result.library.decks[DECK], "3.3-checklist")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, size) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_open_set, press=["f1"])


def test_too_small(snap_compare) -> None:
    assert snap_compare(_app(), terminal_size=(50, 12))
