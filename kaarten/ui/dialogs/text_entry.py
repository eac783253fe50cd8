"""Type one line of text: an eigen vraag that becomes a card, or a note on a card."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static

from kaarten.session.model import Participant
from kaarten.ui.screens.base import FORMS_CSS, KaartenModal, command


class TextEntryModal(KaartenModal[str | None]):
    """Returns the typed text, or None when cancelled. Labels are message keys, so the
    dialog relabels in place on a language switch and keeps what was typed."""

    CSS_PATH = FORMS_CSS

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
            yield from self.below_text()
            yield Static(id="entry-error")
            with Horizontal(classes="buttons"):
                yield Button(id="entry-cancel")
                yield Button(id="entry-confirm", variant="primary")

    def below_text(self) -> ComposeResult:
        """More to fill in under the text (nothing here)."""
        yield from ()

    def on_mount(self) -> None:
        self.language_changed()

    def language_changed(self) -> None:
        """Relabel in place: a recompose would throw away what was typed."""
        title = self.t(self.title_key, **self.title_params)
        self.query_one("#entry-title", Static).update(Content(title))
        self.query_one("#entry-text", Input).placeholder = self.t(self.placeholder_key)
        self.query_one("#entry-confirm", Button).label = Content(self.t(self.confirm_key))
        self.query_one("#entry-cancel", Button).label = Content(self.t("entry.cancel"))

    @on(Input.Changed, "#entry-text")
    def _typed(self) -> None:
        self.query_one("#entry-error", Static).update("")  # Enter checks again

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


NOBODY = ""
"""The choice "over niemand" in the note dialog."""


class NoteModal(TextEntryModal):
    """A note on the card on the table, with the notes written on it before, and whom it
    is about: the participant the card was dealt to, unless the coach picks another one
    or no one. A person's export and removal follow this choice."""

    HELP = "note"

    def __init__(
        self,
        title: tuple[str, dict[str, object]],
        participants: list[Participant],
        about: str | None,
        above: str = "",
    ) -> None:
        from kaarten.session.model import TEXT_MAX

        super().__init__(title, "note.placeholder", "note.save", TEXT_MAX, above)
        self.participants = participants
        self.about = about
        """The participant id the note is about (None: no one); read when it is saved."""

    def below_text(self) -> ComposeResult:
        if not self.participants:
            return
        with Horizontal(id="note-about-row"):
            yield Label(id="note-about-label", classes="field-label")
            yield Select[str](
                self._options(),
                value=self.about or NOBODY,
                allow_blank=False,
                compact=True,
                id="note-about",
            )

    def _options(self) -> list[tuple[str, str]]:
        return [(self.t("note.nobody"), NOBODY), *((p.name, p.id) for p in self.participants)]

    def language_changed(self) -> None:
        super().language_changed()
        if self.participants:
            self.query_one("#note-about-label", Label).update(Content(self.t("note.about")))
            chosen = self.query_one("#note-about", Select)
            value = chosen.value
            chosen.set_options(self._options())
            chosen.value = value

    @on(Select.Changed, "#note-about")
    def _about_chosen(self, event: Select.Changed) -> None:
        value = event.value
        self.about = value if isinstance(value, str) and value != NOBODY else None
