"""An energizer: its instructions and, for energizers 2–5, the cards Kind, Ouder, School."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Markdown

from kaarten import guide
from kaarten.deck.model import Card, Deck
from kaarten.screens.base import KaartenScreen, command
from kaarten.widgets.card_view import CardView


class EnergizerScreen(KaartenScreen):
    """The instructions on top, the energizer's cards side by side below."""

    HELP = "help.energizer"
    PRESENTABLE = True
    BINDINGS = [command("escape", "back", "back")]

    def __init__(self, deck: Deck, energizer_id: str) -> None:
        super().__init__()
        self.deck = deck
        self.energizer = deck.energizers[energizer_id]

    def cards(self) -> list[Card]:
        """The energizer's own cards, then those of the energizers it uses."""
        cards = list(self.energizer.cards)
        for used in self.energizer.uses:
            if used in self.deck.energizers:
                cards.extend(self.deck.energizers[used].cards)
        return cards

    def compose(self) -> ComposeResult:
        self.title = self.t("energizer.title", id=self.energizer.id, title=self.energizer.title)
        lang = self.kaarten.ui_language
        yield Header()
        with VerticalScroll(id="energizer"):
            yield Markdown(
                guide.energizer_text(self.energizer, lang), open_links=False, id="energizer-text"
            )
            if cards := self.cards():
                with Horizontal(id="energizer-cards"):
                    for _card in cards:
                        yield CardView(classes="energizer-card")
        yield Footer()

    def on_mount(self) -> None:
        for view, card in zip(self.query(CardView), self.cards(), strict=False):
            owner = self._owner(card)
            view.show(card.text, self.t("card.kind.energizer"), owner)

    def _owner(self, card: Card) -> str:
        for energizer in self.deck.sorted_energizers():
            if card in energizer.cards:
                return self.t("energizer.caption", id=energizer.id)
        return ""

    def action_back(self) -> None:
        """Back to where the energizer was opened from."""
        self.dismiss()
