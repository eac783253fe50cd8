"""Every problem the deck loader found: file, line, column and what to do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from kaarten.ui.screens.base import CARDS_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


class ProblemsScreen(KaartenScreen):
    """The same list ``kaarten nakijken`` prints, so a trainer can find the line to fix."""

    CSS_PATH = CARDS_CSS

    HELP = "problems"
    BINDINGS = [
        command("escape", "back", "key.back", "cmd.back"),
        command("r", "reload", "key.reload", "cmd.reload"),
    ]

    def compose(self) -> ComposeResult:
        self.title = self.t("problems.title")
        lang = self.kaarten.ui_language
        result = self.kaarten.result
        yield Header()
        with VerticalScroll(id="problems"):
            if not result.problems:
                yield Static(Content(self.t("problems.none")))
            for problem in result.problems:
                severity = "error" if problem.is_error else "warning"
                yield Static(Content(problem.render(lang)), classes=f"problem -{severity}")
        yield KeyFooter()

    def action_back(self) -> None:
        """Back to the home screen."""
        self.dismiss()

    def action_reload(self) -> None:
        """Read the decks again and show what is left."""
        self.kaarten.reload()
        self.refresh(recompose=True)
