"""The app's side of Zelf aan de slag: the logboek kept open while the app runs, the
forms, export and deletion. Screens call it through ``app.own``; the logboek and the forms
themselves live in :mod:`kaarten.own`, free of Textual."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten.journal.log import replace_atomically
from kaarten.locations import EXPORTS, OWN, private_folder
from kaarten.own.logbook import OpenLogbook
from kaarten.own.store import Deleted, OwnStore

if TYPE_CHECKING:
    from kaarten.deck.model import Deck
    from kaarten.own.prep import OpenForm, Parts
    from kaarten.ui.app import KaartenApp


class OwnDesk:
    """The teacher's own logboek and forms, for the screens."""

    def __init__(self, app: KaartenApp, folder: Path) -> None:
        self.app = app
        self.store = OwnStore(folder)
        self.exports = folder / EXPORTS / OWN
        self._logbook: OpenLogbook | None = None

    @property
    def logbook(self) -> OpenLogbook:
        """The logboek, opened (and locked) on first use and kept open until the app ends."""
        if self._logbook is None:
            self._logbook = self.store.open_logbook()
        return self._logbook

    def close(self) -> None:
        """Write what is pending and let go of the lock; the next use reads the logboek
        again from disk (after a repair or a deletion)."""
        if self._logbook is not None:
            self._logbook.close()
            self._logbook = None

    def new_form(self, deck: Deck, parts: Parts) -> OpenForm:
        """A new, empty form (raises OSError when it cannot be saved)."""
        return self.store.create_form(deck.id, parts)

    def export_logbook(self) -> Path:
        """The whole logboek, forms included, as ``logboek-<date>.md`` (raises OSError)."""
        from kaarten.own.export import logbook_markdown

        today = datetime.date.today().isoformat()
        forms = [f.state for f in self.store.forms() if f.state is not None]
        text = logbook_markdown(
            self.logbook.book, self.app.result.library, forms, self.app.ui_language, today
        )
        return self._write(f"logboek-{today}.md", text)

    def export_form(self, opened: OpenForm) -> Path:
        """One form as ``formulier-<id>.md`` (raises OSError). The name is the form file's
        own name, never typed text (BAD_INPUT C1) nor what the file says."""
        from kaarten.own.export import appendices_of, form_markdown

        find = appendices_of(self.app.result.library)
        text = form_markdown(opened.form, find, self.app.ui_language)
        return self._write(f"formulier-{opened.path.stem}.md", text)

    def _write(self, name: str, text: str) -> Path:
        private_folder(self.exports, within=self.store.data_dir)
        path = self.exports / name
        replace_atomically(path, text.encode())
        return path

    def delete_logbook(self) -> Deleted:
        """Remove the logboek from disk (the forms stay); a new one starts empty."""
        self.close()
        return self.store.delete(self.store.logbook_path)

    def repair_logbook(self) -> Path:
        """Keep the readable part of a damaged logboek; returns the copy of the whole file
        (raises OSError)."""
        from kaarten.own.logbook import OpenLogbook

        self.close()
        return OpenLogbook.repair(self.store.logbook_path)
