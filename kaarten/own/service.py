"""Zelf aan de slag as a whole: the logboek kept open while the app runs, the forms,
export, repair and deletion. The app's screens reach it through ``app.own``; it never
imports Textual or the app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten import clock
from kaarten.files.durable import replace_atomically
from kaarten.files.removal import Deleted
from kaarten.locations import own_exports, private_folder
from kaarten.own.logbook import OpenLogbook
from kaarten.own.prep import OpenForm
from kaarten.own.store import OwnStore

if TYPE_CHECKING:
    from kaarten.deck.model import Deck, Library
    from kaarten.own.prep import Parts


class OwnWork:
    """The teacher's own logboek and forms in one data folder."""

    def __init__(self, folder: Path) -> None:
        self.store = OwnStore(folder)
        self.exports = own_exports(folder)
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

    def open_form(self, path: Path) -> OpenForm:
        """A form from disk, writable unless something stands in the way (then read-only,
        with the reason)."""
        return OpenForm.read(path)

    def repair_form(self, path: Path) -> Path:
        """Keep the readable part of a damaged form; returns the copy of the whole file
        (raises OSError)."""
        return OpenForm.repair(path)

    def export_logbook(self, library: Library, lang: str) -> Path:
        """The whole logboek, forms included, as ``logboek-<date>.md`` (raises OSError)."""
        from kaarten.own.export import logbook_markdown

        today = clock.today().isoformat()
        forms = [f.state for f in self.store.forms() if f.state is not None]
        text = logbook_markdown(self.logbook.book, library, forms, lang, today)
        return self._write(f"logboek-{today}.md", text)

    def export_form(self, opened: OpenForm, library: Library, lang: str) -> Path:
        """One form as ``formulier-<id>.md`` (raises OSError). The name is the form file's
        own name, never typed text (a name like ``../x`` would be a path) nor what the
        file says."""
        from kaarten.own.export import appendices_of, form_markdown

        text = form_markdown(opened.form, appendices_of(library), lang)
        return self._write(f"formulier-{opened.path.stem}.md", text)

    def _write(self, name: str, text: str) -> Path:
        """Write a new export; one made earlier (the same day, the same form) is kept
        beside it: ``logboek-2026-12-03-2.md``."""
        private_folder(self.exports, within=self.store.data_dir)
        stem, suffix = name.rsplit(".", 1)
        path, number = self.exports / name, 1
        while os.path.lexists(path):  # a link counts as taken too: never written through
            number += 1
            path = self.exports / f"{stem}-{number}.{suffix}"
        replace_atomically(path, text.encode())
        return path

    def delete_logbook(self) -> Deleted:
        """Remove the logboek from disk (the forms stay); a new one starts empty."""
        self.close()
        return self.store.delete(self.store.logbook_path)

    def repair_logbook(self) -> Path:
        """Keep the readable part of a damaged logboek; returns the copy of the whole file
        (raises OSError)."""
        self.close()
        return OpenLogbook.repair(self.store.logbook_path)
