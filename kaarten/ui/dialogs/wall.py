"""Voor de zaal: what the group agrees on or answers about the card on the table, one
point per line, shown to the room under the card. A group's words: no name is asked."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static, TextArea

from kaarten.session.model import WALL_LINE_MAX, WALL_LINES_MAX
from kaarten.ui.screens.base import FORMS_CSS, KaartenModal, command


class WallModal(KaartenModal[list[str] | None]):
    """Returns the lines (none: the wall under this card is emptied), or None when
    cancelled. What was on the wall comes back to be changed."""

    CSS_PATH = FORMS_CSS

    HELP = "wall"
    BINDINGS = [
        command("ctrl+s,f10", "save", "key.wall_save", priority=True),
        command("escape", "cancel", "key.cancel"),
    ]

    def __init__(self, card_label: str, lines: list[str]) -> None:
        super().__init__()
        self.card_label = card_label
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="wall-dialog"):
            yield Static(classes="dialog-title", id="wall-title")
            yield Static(id="wall-intro")
            yield TextArea("\n".join(self.lines), id="wall-lines", soft_wrap=True)
            yield Static(id="wall-error")
            with Horizontal(classes="buttons"):
                yield Button(id="wall-cancel")
                yield Button(id="wall-save", variant="primary")

    def on_mount(self) -> None:
        self.language_changed()
        area = self.query_one("#wall-lines", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def language_changed(self) -> None:
        """Relabel in place: what was typed stays."""
        title = self.t("wall.title", card=self.card_label)
        self.query_one("#wall-title", Static).update(Content(title))
        self.query_one("#wall-intro", Static).update(Content(self.t("wall.intro")))
        self.query_one("#wall-save", Button).label = Content(self.t("wall.save"))
        self.query_one("#wall-cancel", Button).label = Content(self.t("entry.cancel"))

    @on(TextArea.Changed)
    def _typed(self) -> None:
        self.query_one("#wall-error", Static).update("")

    @on(Button.Pressed, "#wall-save")
    def action_save(self) -> None:
        """Put the lines on the wall (too many or too long ones are said, not cut)."""
        text = self.query_one("#wall-lines", TextArea).text
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        error = None
        if len(lines) > WALL_LINES_MAX:
            error = self.t("wall.too_many", n=len(lines), limit=WALL_LINES_MAX)
        elif any(len(line) > WALL_LINE_MAX for line in lines):
            error = self.t("wall.too_long", limit=WALL_LINE_MAX)
        if error is not None:
            self.query_one("#wall-error", Static).update(Content(error))
            return
        self.dismiss(lines)

    @on(Button.Pressed, "#wall-cancel")
    def action_cancel(self) -> None:
        """Close; the wall stays as it was."""
        self.dismiss(None)
