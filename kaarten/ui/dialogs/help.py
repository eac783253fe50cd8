"""Help: what the screen underneath is for, and its keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Markdown

from kaarten.i18n import help_page
from kaarten.text import md
from kaarten.ui.screens.base import KaartenModal, command, commands_of


class HelpModal(KaartenModal[None]):
    """The help text of ``screen`` followed by a table of its keys."""

    HELP = "help"
    BINDINGS = [command("escape,f1,question_mark", "close", "key.close")]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.about = screen

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="help-dialog"), VerticalScroll():
            yield Markdown(self._text(), open_links=False)

    def _text(self) -> str:
        page = getattr(self.about, "HELP", "generic")
        rows = [
            f"| {md(', '.join(keys))} | {md(self.t(name))} |"
            for name, (keys, _active) in commands_of(self.about).items()
        ]
        table = "\n".join(
            [f"| {self.t('help.key')} | {self.t('help.does')} |", "| --- | --- |", *rows]
        )
        page_text = help_page(page, self.kaarten.ui_language)
        if self.kaarten.room.on:
            page_text += "\n\n" + self.t("room.help", address=md(self.kaarten.room.address))
        return f"{page_text}\n\n## {self.t('help.keys')}\n\n{table}\n\n{self.t('help.footer')}"

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
