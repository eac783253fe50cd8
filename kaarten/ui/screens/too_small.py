"""Shown instead of the app while the window is below its minimum size."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from kaarten.ui.screens.base import KaartenScreen

MIN_WIDTH = 60
MIN_HEIGHT = 16


class TooSmallScreen(KaartenScreen):
    """A polite notice; the screens underneath keep their state and come back as soon as
    the window is large enough."""

    HELP = "too_small"

    def compose(self) -> ComposeResult:
        yield Static(id="too-small")

    def on_mount(self) -> None:
        self.show_size(self.app.size)

    def show_size(self, size: Size) -> None:
        """Say how large the window is and how large it must be."""
        text = self.t(
            "app.too_small",
            width=size.width,
            height=size.height,
            min_width=MIN_WIDTH,
            min_height=MIN_HEIGHT,
        )
        self.query_one("#too-small", Static).update(Content(text))

    def language_changed(self) -> None:
        self.show_size(self.app.size)


def follow_size(app: App[Any], size: Size) -> None:
    """Below the minimum size, show the notice instead of a broken layout; keep every
    screen (and anything typed in it) underneath."""
    small = size.width < MIN_WIDTH or size.height < MIN_HEIGHT
    screen = app.screen
    showing = isinstance(screen, TooSmallScreen)
    if small and not showing:
        app.push_screen(TooSmallScreen())
    elif not small and showing:
        app.pop_screen()
    elif isinstance(screen, TooSmallScreen):
        screen.show_size(size)
