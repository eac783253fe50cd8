"""Pick one item from a short list."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.ui.screens.base import KaartenModal, command


class ChoiceModal(KaartenModal[int | None]):
    """A titled list; returns the index chosen, or None on Escape."""

    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(self, title: str, items: Sequence[str]) -> None:
        super().__init__()
        self.heading = title
        self.items = list(items)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.heading), classes="dialog-title")
            yield OptionList(
                *[Option(Content(item), id=str(i)) for i, item in enumerate(self.items)],
                markup=False,
            )

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
