"""A bijlage shown as what it is: the casus as text, tables, the form, the checklist."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Markdown, Static

from kaarten.deck.model import AppendixForm, Deck
from kaarten.text import md
from kaarten.ui.screens.base import CARDS_CSS, KaartenScreen, command
from kaarten.ui.widgets.appendix_view import render_appendix
from kaarten.ui.widgets.key_footer import KeyFooter


class AppendixScreen(KaartenScreen):
    """One bijlage, scrollable, in full."""

    CSS_PATH = CARDS_CSS

    HELP = "appendix"
    PRESENTABLE = True
    BINDINGS = [command("escape", "back", "key.back", "cmd.back")]

    def __init__(self, deck: Deck, appendix_id: str) -> None:
        super().__init__()
        self.deck = deck
        self.appendix = deck.appendices[appendix_id]

    def compose(self) -> ComposeResult:
        appendix = self.appendix
        self.title = self.t("appendix.title", title=appendix.title)
        heading = f"# {md(appendix.title)}\n\n"
        if appendix.set_id and appendix.set_id in self.deck.card_sets:
            card_set = self.deck.card_sets[appendix.set_id]
            of_set = self.t("appendix.of_set", id=card_set.id, title=card_set.title)
            heading += f"*{md(of_set)}*\n\n"
        if appendix.caption:
            heading += appendix.caption.strip() + "\n\n"
        if appendix.text:
            heading += appendix.text.strip() + "\n"
        yield Header()
        with VerticalScroll(id="appendix"):
            yield Markdown(heading, open_links=False, id="appendix-text")
            if appendix.form is not AppendixForm.TEXT:
                yield Static(render_appendix(appendix, self.t), id="appendix-body")
            else:
                yield Static(Content(""), id="appendix-body")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#appendix", VerticalScroll).focus()

    def action_back(self) -> None:
        """Back to where the bijlage was opened from."""
        self.dismiss()
