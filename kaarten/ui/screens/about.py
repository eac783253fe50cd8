"""The handleiding's general part of a deck: "Over deze kaartenset" (foreword, what a
startercoach, gespreksleider and deelnemer are, the materials)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Header, Markdown

from kaarten.deck import guide
from kaarten.deck.model import Deck
from kaarten.ui.screens.base import CARDS_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


class AboutScreen(KaartenScreen):
    """The deck's general part of the handleiding, to read."""

    CSS_PATH = CARDS_CSS

    HELP = "about"
    BINDINGS = [command("escape", "back", "key.back", "cmd.back")]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        self.title = self.t("about.title", deck=self.deck.title)
        yield Header()
        with VerticalScroll(id="about"):
            text = guide.about_text(self.deck, self.kaarten.ui_language)
            yield Markdown(text, open_links=False, id="about-text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#about", VerticalScroll).focus()

    def action_back(self) -> None:
        """Back to the overview."""
        self.dismiss()
