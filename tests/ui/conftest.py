"""Helpers for driving the app with Pilot and reading what a user would see."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from textual.pilot import Pilot

from kaarten.session.run import SessionRun
from kaarten.ui.app import KaartenApp, make_app

SMALL = (80, 24)
LARGE = (160, 48)

AppFactory = Callable[..., KaartenApp]
"""The ``app_factory`` fixture: ``app_factory(language="nl", extra=())``."""
AppPilot = Pilot[int]
"""What ``app.run_test()`` yields."""
SnapCompare = Callable[..., bool]
"""pytest-textual-snapshot's ``snap_compare`` fixture."""


def kaarten_of(pilot: AppPilot) -> KaartenApp:
    """The app a pilot drives, typed."""
    return cast(KaartenApp, pilot.app)


def running(app: KaartenApp) -> SessionRun:
    """The session being led (the test has started one)."""
    run = app.sessions.run
    assert run is not None
    return run


def screen_text(app: KaartenApp) -> str:
    """The characters on the screen, as a user reads them (styles dropped)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def flat(app: KaartenApp) -> str:
    """The screen's text with runs of whitespace and box lines folded, for checking
    sentences that the layout wraps."""
    text = screen_text(app)
    for char in "│╭╮╰╯─▏▎▊▌█▀▄▔▁▂▇":
        text = text.replace(char, " ")
    return " ".join(text.split())


@pytest.fixture
def app_factory() -> AppFactory:
    """Builds the app as the CLI does, with a seeded shuffle."""

    def build(language: str = "nl", extra: tuple[Path, ...] = ()) -> KaartenApp:
        return make_app(language, extra, rng=random.Random(7))

    return build


async def wait_for_preview(pilot: AppPilot) -> None:
    """Wait until the home screen's preview (mounted just after the first frame) shows its
    text: a fixed pause is too short on a busy machine."""
    for _ in range(100):
        await pilot.pause(0.05)
        previews = pilot.app.screen.query("#preview-text")
        if previews and previews.first().query("MarkdownBlock"):
            break
    await pilot.pause()


@pytest.fixture(autouse=True)
def _fixed_time_of_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time a save is shown with ("bewaard om 10:00"): pictures must not depend on it."""
    from kaarten.ui.widgets.save_banner import SaveState

    monkeypatch.setattr(
        SaveState, "clock", staticmethod(lambda: datetime.datetime(2026, 11, 23, 10))
    )
