"""A session's summary, to read and to export: the whole session as Markdown, and per
participant a file with only their own action points, to hand out."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Markdown, Static

from kaarten.i18n import os_reason
from kaarten.journal.logfile import DAMAGED, NOT_FOR_WRITING
from kaarten.session.export import markdown
from kaarten.session.model import Session
from kaarten.ui.screens.base import SESSION_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


class SummaryScreen(KaartenScreen):
    """The summary of a closed session, or of one opened read-only (with the reason)."""

    CSS_PATH = SESSION_CSS

    HELP = "summary"
    BINDINGS = [
        command("e", "export", "key.export", "cmd.export"),
        command("p", "print", "key.print", "cmd.print_session"),
        command("h", "repair", "key.repair", "cmd.repair"),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def __init__(
        self, session: Session, read_only: str | None = None, path: Path | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.read_only = read_only
        self.path = path
        """The session's log, for a repair."""

    def compose(self) -> ComposeResult:
        self.title = self.session.title
        self.sub_title = self.t("summary.subtitle", date=self.session.date)
        yield Header()
        reason = self.read_only not in (None, NOT_FOR_WRITING)
        if reason and self.read_only:
            yield Static(Content(self.t(self.read_only, version="?")), id="summary-banner")
        with VerticalScroll(id="summary"):
            yield Markdown(self._text(), open_links=False, id="summary-text")
        yield KeyFooter()

    def _text(self) -> str:
        return markdown(self.session, self.kaarten.ui_language, self.kaarten.sessions.card_texts())

    def action_export(self) -> None:
        """Save the summary and each participant's action points as Markdown files."""
        lang = self.kaarten.ui_language
        sessions = self.kaarten.sessions.service
        try:
            written = sessions.export(self.session, self.path, lang, self.kaarten.result.library)
        except OSError as error:
            folder = sessions.export_folder(self.session, self.path)
            reason = os_reason(error, lang)
            message = self.t("summary.export_failed", folder=folder, reason=reason)
            self.notify(message, markup=False, severity="error")
            return
        if written is not None:
            folder, files = written
            message = self.t("summary.exported", n=len(files), folder=folder)
            self.notify(message, markup=False, timeout=15)

    def action_print(self) -> None:
        """The summary and each participant's own action points as PDFs, in the
        session's export folder."""
        from kaarten.session.paper import session_files
        from kaarten.ui.printing import print_in_background

        sessions = self.kaarten.sessions
        folder = sessions.service.export_folder(self.session, self.path)
        if folder is None:
            return
        session, lang, card_text = self.session, self.kaarten.ui_language, sessions.card_texts()
        print_in_background(self, lambda: session_files(session, folder, lang, card_text), folder)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "repair":
            return self.read_only == DAMAGED and self.path is not None
        return True

    def action_repair(self) -> None:
        """Keep the readable part of a damaged log (the whole file is kept as a copy) and
        continue the session."""
        if self.path is None:
            return
        try:
            copy = self.kaarten.sessions.service.repair(self.path)
        except OSError as error:
            self.notify(
                self.t("summary.repair_failed", reason=os_reason(error, self.kaarten.ui_language)),
                markup=False,
                severity="error",
            )
            return
        if copy is None:
            return
        self.notify(self.t("summary.repaired", copy=copy.name), markup=False, timeout=15)
        self.dismiss()
        self.kaarten.sessions.open(self.path)

    def action_back(self) -> None:
        """Back to the overview."""
        self.dismiss()
