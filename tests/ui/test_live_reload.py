"""A trainer's save shows in the app at once: the new text on the card, an error with file
and line, the last good version kept while a save is broken; never under a coach leading
a session (issue 27, point 5)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from kaarten.ui.app import KaartenApp
from tests.ui.conftest import LARGE, AppFactory, AppPilot, flat, wait_until
from tests.ui.test_session_screens import start_session

STALE = "bewerkte versie heeft fouten"


async def save_until(pilot: AppPilot, path: Path, text: str, there: Callable[[], bool]) -> None:
    """Save ``text`` to ``path`` until ``there()``: a trainer saves again if nothing
    happens (the first save may come before the watcher is listening)."""
    for _ in range(10):
        path.write_text(text, encoding="utf-8")
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline and not there():
            await pilot.pause(0.02)  # within a wait for a condition
        if there():
            return
    await wait_until(pilot, there, f"the app after saving {path.name}")


def _on_screen(app: KaartenApp, shown: str, gone: str | None = None) -> Callable[[], bool]:
    return lambda: shown in flat(app) and (gone is None or gone not in flat(app))


def _said(app: KaartenApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _errors_said(app: KaartenApp) -> list[str]:
    return [str(n.message) for n in app._notifications if n.severity == "error"]


async def test_a_save_shows_at_once_and_a_broken_save_keeps_the_last_good_card(
    app_factory: AppFactory, deck_dir: Path
) -> None:
    path = deck_dir / "t.1-goede-set.yaml"
    good = path.read_text(encoding="utf-8")
    app = app_factory(extra=(deck_dir,))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        app.go.card_sets(app.result.library.decks["testdeck"], ["t.1"])
        await wait_until(pilot, lambda: "Wat vind jij?" in flat(app), "the card")
        edited = good.replace("Wat vind jij?", "Wat vind jij ervan?")
        await save_until(pilot, path, edited, _on_screen(app, "Wat vind jij ervan?"))
        assert STALE not in flat(app)
        half = edited.replace("    tekst: Wat vind jij ervan?", "\ttekst: Wat vind")
        await save_until(pilot, path, half, _on_screen(app, STALE))
        assert "Wat vind jij ervan?" in flat(app)  # the last good version, not a gap
        said = _errors_said(app)
        assert any("t.1-goede-set.yaml:11:1" in m and "tab" in m for m in said), said
        await save_until(pilot, path, good, _on_screen(app, "Wat vind jij?", gone=STALE))


async def test_a_session_being_led_waits_for_the_save_until_it_is_left(
    app_factory: AppFactory, deck_dir: Path
) -> None:
    path = deck_dir / "t.1-goede-set.yaml"
    good = path.read_text(encoding="utf-8")
    app = app_factory(extra=(deck_dir,))
    async with app.run_test(size=LARGE) as pilot:
        await start_session(pilot, "Anna")
        edited = good.replace("Wat vind jij?", "Wat vind jij ervan?")
        waiting = "de nieuwe versie verschijnt als je de sessie verlaat"
        await save_until(pilot, path, edited, lambda: any(waiting in m for m in _said(app)))
        assert "Wat vind jij ervan?" not in [
            c.text for c in app.result.library.decks["testdeck"].cards()
        ]
        await pilot.press("escape")  # leave the session: now it shows
        await wait_until(
            pilot,
            lambda: (
                "Wat vind jij ervan?"
                in [c.text for c in app.result.library.decks["testdeck"].cards()]
            ),
            "the new text after the session",
        )
