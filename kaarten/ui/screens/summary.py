"""A session's summary, to read and to export: the whole session as Markdown, and per
participant a file with only their own action points, to hand out."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Markdown, Static

from kaarten.journal.log import replace_atomically
from kaarten.locations import EXPORTS, private_folder
from kaarten.session.export import action_points_excel, markdown, participant_markdown
from kaarten.session.model import Session
from kaarten.strings import os_reason
from kaarten.ui.screens.base import SESSION_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


def file_slug(name: str) -> str:
    """A participant's name as a safe piece of a file name: ASCII letters and digits
    joined by hyphens, at most 40 long; never a path (BAD_INPUT C1, C2)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return slug or "deelnemer"


def export_files(session: Session, folder: Path, lang: str, card_text) -> list[Path]:  # type: ignore[no-untyped-def]
    """Write ``sessie.md``, ``actiepunten.csv`` (for Excel) and one
    ``actiepunten-<n>-<name>.md`` per participant into ``folder`` (made private, inside
    ``exports/`` of the data folder); returns the files."""
    private_folder(folder, within=folder.parent.parent)
    files = [folder / "sessie.md", folder / "actiepunten.csv"]
    replace_atomically(files[0], markdown(session, lang, card_text).encode())
    replace_atomically(files[1], action_points_excel(session, lang).encode())
    for number, person in enumerate(session.participants, 1):
        path = folder / f"actiepunten-{number}-{file_slug(person.name)}.md"
        replace_atomically(path, participant_markdown(session, person, lang).encode())
        files.append(path)
    return files


class SummaryScreen(KaartenScreen):
    """The summary of a closed session, or of one opened read-only (with the reason)."""

    CSS_PATH = SESSION_CSS

    HELP = "help.summary"
    BINDINGS = [
        command("e", "export", "export"),
        command("h", "repair", "repair"),
        command("escape", "back", "back"),
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
        reason = self.read_only not in (None, "log.not_for_writing")
        if reason and self.read_only:
            yield Static(Content(self.t(self.read_only, version="?")), id="summary-banner")
        with VerticalScroll(id="summary"):
            yield Markdown(self._text(), open_links=False, id="summary-text")
        yield KeyFooter()

    def _text(self) -> str:
        return markdown(self.session, self.kaarten.ui_language, self.kaarten.sessions.card_texts())

    def action_export(self) -> None:
        """Save the summary and each participant's action points as Markdown files."""
        data = self.kaarten.data_folder
        if data is None:
            return
        # The folder is named after the log file, never after what the file says.
        folder = data / EXPORTS / (self.path.stem if self.path else self.session.id)
        try:
            files = export_files(
                self.session, folder, self.kaarten.ui_language, self.kaarten.sessions.card_texts()
            )
        except OSError as error:
            self.notify(
                self.t(
                    "summary.export_failed",
                    folder=folder,
                    reason=os_reason(error, self.kaarten.ui_language),
                ),
                markup=False,
                severity="error",
            )
            return
        self.notify(
            self.t("summary.exported", n=len(files), folder=folder), markup=False, timeout=15
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "repair":
            return self.read_only == "log.damaged" and self.path is not None
        return True

    def action_repair(self) -> None:
        """Keep the readable part of a damaged log (the whole file is kept as a copy) and
        continue the session."""
        store = self.kaarten.sessions.store
        if store is None or self.path is None:
            return
        try:
            copy = store.repair(self.path)
        except OSError as error:
            self.notify(
                self.t("summary.repair_failed", reason=os_reason(error, self.kaarten.ui_language)),
                markup=False,
                severity="error",
            )
            return
        self.notify(self.t("summary.repaired", copy=copy.name), markup=False, timeout=15)
        self.dismiss()
        self.kaarten.sessions.open(self.path)

    def action_back(self) -> None:
        """Back to the overview."""
        self.dismiss()
