"""Type one line of text: an eigen vraag that becomes a card, or a note on a card."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Static

from kaarten.ui.screens.base import SESSION_CSS, KaartenModal, command


class TextEntryModal(KaartenModal[str | None]):
    """Returns the typed text, or None when cancelled. Labels are message keys, so the
    dialog relabels in place on a language switch and keeps what was typed."""

    CSS_PATH = SESSION_CSS

    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(
        self,
        title: tuple[str, dict[str, object]],
        placeholder: str,
        confirm: str,
        max_length: int,
        above: str = "",
    ) -> None:
        super().__init__()
        self.title_key, self.title_params = title
        self.placeholder_key = placeholder
        self.confirm_key = confirm
        self.max_length = max_length
        self.above = above
        """Text shown above the field (earlier notes on the same card)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(classes="dialog-title", id="entry-title")
            if self.above:
                yield Static(Content(self.above), id="entry-above")
            # No max_length: a paste cut without a word is lost; _confirm says it is too long.
            yield Input(id="entry-text")
            yield Static(id="entry-error")
            with Horizontal(classes="buttons"):
                yield Button(id="entry-cancel")
                yield Button(id="entry-confirm", variant="primary")

    def on_mount(self) -> None:
        self.language_changed()

    def language_changed(self) -> None:
        """Relabel in place: a recompose would throw away what was typed."""
        title = self.t(self.title_key, **self.title_params)
        self.query_one("#entry-title", Static).update(Content(title))
        self.query_one("#entry-text", Input).placeholder = self.t(self.placeholder_key)
        self.query_one("#entry-confirm", Button).label = Content(self.t(self.confirm_key))
        self.query_one("#entry-cancel", Button).label = Content(self.t("entry.cancel"))

    @on(Input.Submitted)
    @on(Button.Pressed, "#entry-confirm")
    def _confirm(self) -> None:
        text = self.query_one("#entry-text", Input).value
        if len(text.strip()) > self.max_length:
            message = self.t("session.text_too_long", n=len(text.strip()), limit=self.max_length)
            self.query_one("#entry-error", Static).update(Content(message))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#entry-cancel")
    def action_cancel(self) -> None:
        """Close without keeping anything."""
        self.dismiss(None)


class OwnQuestionModal(TextEntryModal):
    """An eigen vraag: a question of the coach's own that becomes a card."""

    HELP = "custom_question"


class NoteModal(TextEntryModal):
    """A note on the card on the table, with the notes written on it before."""

    HELP = "note"
