"""Type an eigen vraag: a question of the coach's own that becomes a card."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static

from kaarten.deck.model import CardSet
from kaarten.screens.base import KaartenModal, command

MAX_LENGTH = 500


class OwnQuestionModal(KaartenModal[str | None]):
    """Returns the typed question, or None when cancelled."""

    HELP = "help.own_question"
    BINDINGS = [command("escape", "cancel", "cancel")]

    def __init__(self, card_set: CardSet) -> None:
        super().__init__()
        self.card_set = card_set

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(classes="dialog-title", id="own-title")
            yield Input(id="own-text", max_length=MAX_LENGTH)
            with Horizontal(classes="buttons"):
                yield Button(id="own-add", variant="primary")
                yield Button(id="own-cancel")

    def on_mount(self) -> None:
        self.language_changed()

    def language_changed(self) -> None:
        """Relabel in place: a recompose would throw away what was typed."""
        self.query_one("#own-title", Static).update(
            Content(self.t("own.title", id=self.card_set.id, title=self.card_set.title))
        )
        self.query_one("#own-text", Input).placeholder = self.t("own.placeholder")
        self.query_one("#own-add", Button).label = Content(self.t("own.add"))
        self.query_one("#own-cancel", Button).label = Content(self.t("own.cancel"))

    @on(Input.Submitted)
    @on(Button.Pressed, "#own-add")
    def _add(self) -> None:
        self.dismiss(self.query_one("#own-text", Input).value)

    @on(Button.Pressed, "#own-cancel")
    def action_cancel(self) -> None:
        """Close without adding a card."""
        self.dismiss(None)
