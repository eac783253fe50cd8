"""Helpers for driving the app with Pilot and reading what a user would see."""

from __future__ import annotations

import datetime
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

from kaarten import clock
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


WAIT = 10.0
"""How long a test waits for the app before it fails: generous, since a busy machine is
slow; a passing test waits only as long as the app takes."""
POLL = 0.02


async def wait_until(
    pilot: AppPilot, condition: Callable[[], object], what: str, timeout: float = WAIT
) -> None:
    """Let the app run until ``condition()`` holds; fail after ``timeout`` seconds, saying
    what was awaited and what the screen shows."""
    deadline = time.monotonic() + timeout
    await pilot.pause()
    while not condition():
        if time.monotonic() > deadline:
            shown = screen_text(kaarten_of(pilot))
            pytest.fail(f"waited {timeout:g} s for {what}; the screen shows:\n{shown}")
        await pilot.pause(POLL)
    await pilot.pause()


async def wait_for_text(pilot: AppPilot, text: str, timeout: float = WAIT) -> None:
    """Wait until ``text`` is on the screen (as :func:`flat` reads it)."""
    app = kaarten_of(pilot)
    await wait_until(pilot, lambda: text in flat(app), f"‘{text}’ on the screen", timeout)


async def wait_for_screen(pilot: AppPilot, kind: type[Screen[Any]]) -> None:
    """Wait until the screen on top is a ``kind``."""
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, kind), f"a {kind.__name__}")


async def wait_for_preview(pilot: AppPilot) -> None:
    """Wait until the home screen's preview (mounted just after the first frame) shows its
    text. Offering to resume a session and the reminder to clear up old ones come with it,
    so after this their absence means something."""

    def shown() -> bool:
        home = pilot.app.screen_stack[0]  # under the offer to resume, if there is one
        previews = home.query("#preview-text")
        return bool(previews and previews.first().query("MarkdownBlock"))

    await wait_until(pilot, shown, "the preview on the home screen")


PICTURE_MOMENT = datetime.datetime(2026, 11, 23, 10)
"""The moment screen pictures are taken at, whatever ``--today`` says: a picture that
shows a date or "bewaard om 10:00" must be the same on every day."""


@pytest.fixture
def still_clock() -> None:
    """The app's clock stands still at :data:`PICTURE_MOMENT` (the shared fixture gives
    the real clock back after the test)."""
    clock.set_clock(PICTURE_MOMENT, running=False)
