"""Shown instead of the app while the window is below its minimum size."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from kaarten.ui.screens.base import KaartenScreen


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
        from kaarten.ui.app import MIN_HEIGHT, MIN_WIDTH

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
