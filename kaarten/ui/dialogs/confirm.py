"""A yes/no question. When the yes destroys something, the safe answer comes first and is
highlighted, so Enter (or a key pressed once too often) never deletes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.ui.screens.base import KaartenModal, command

_YES = "yes"
_NO = "no"


class ConfirmModal(KaartenModal[bool]):
    """Returns True for ``yes``; False for ``no`` and for Escape."""

    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(self, question: str, yes: str, no: str, *, destructive: bool) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        yes = Option(Content(self.yes), id=_YES)
        no = Option(Content(self.no), id=_NO)
        with Vertical(classes="dialog", id="confirm-dialog"):
            yield Static(Content(self.question), classes="dialog-title")
            yield OptionList(
                *([no, yes] if self.destructive else [yes, no]), id="confirm", markup=False
            )

    def on_mount(self) -> None:
        self.query_one("#confirm", OptionList).highlighted = 0

    @on(OptionList.OptionSelected, "#confirm")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id == _YES)

    def action_cancel(self) -> None:
        """Close without doing anything."""
        self.dismiss(False)
