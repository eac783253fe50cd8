"""All cards of the pile at a glance; pick one to put it on the table."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.deck.model import Deck
from kaarten.draw import DrawPile, is_blank
from kaarten.screens.base import KaartenModal, command


class CardOverviewModal(KaartenModal[int | None]):
    """Every card in drawing order with its kind; returns the position picked."""

    HELP = "help.overview"
    BINDINGS = [command("escape", "cancel", "cancel")]

    def __init__(self, deck: Deck, pile: DrawPile) -> None:
        super().__init__()
        self.deck = deck
        self.pile = pile

    def compose(self) -> ComposeResult:
        options = []
        width = len(str(len(self.pile)))
        for index, card in enumerate(self.pile.cards):
            text = self.t("card.blank_own_question_short") if is_blank(card) else card.text
            kind = self.t(f"card.kind.{card.kind.name.lower()}")
            row = Table.grid(padding=(0, 1))
            row.add_column(width=width + 1, justify="right")
            row.add_column(ratio=1)
            body = Text(f"{card.set_id} {kind}\n", style="dim")
            body.append(" ".join(text.split()), style="not dim")
            row.add_row(Text(f"{index + 1}."), body)
            options.append(Option(row, id=str(index)))
        with Vertical(classes="dialog wide"):
            yield Static(
                Content(self.t("overview.title", total=len(self.pile))), classes="dialog-title"
            )
            yield OptionList(*options, id="overview", markup=False)

    def on_mount(self) -> None:
        self.query_one("#overview", OptionList).highlighted = self.pile.position

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option_index)

    def action_cancel(self) -> None:
        """Close without changing the card."""
        self.dismiss(None)
