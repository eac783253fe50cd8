"""Where Zelf aan de slag keeps its files: ``zelf/`` in the data folder, private like the
sessions (0700 folders, 0600 files).

- ``zelf/logboek.jsonl``: the logboek (answers, pages read, own action points);
- ``zelf/formulieren/<id>.jsonl``: one voorbereidingsformulier each.

Deleting removes the file and the copies kept of it when it was damaged
(``.corrupt-*``): deleted means gone from disk.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from kaarten import clock
from kaarten.files.removal import Deleted
from kaarten.journal.log import FORMAT, remove_log
from kaarten.locations import FORMS, OWN, private_folder
from kaarten.own.logbook import Logbook, OpenLogbook
from kaarten.own.prep import OpenForm, Parts

LOGBOOK = "logboek.jsonl"
SUFFIX = ".jsonl"


class OwnStore:
    """The ``zelf`` folder inside a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / OWN
        self.logbook_path = self.folder / LOGBOOK
        self.forms_folder = self.folder / FORMS

    def open_logbook(self) -> OpenLogbook:
        """The logboek; one not made yet is made by its first change. Never raises: a
        logboek that cannot be read or written comes back read-only, with the reason."""
        if not self.logbook_path.exists():
            return OpenLogbook(self.logbook_path, Logbook(created=""), None)
        opened = OpenLogbook.read(self.logbook_path)
        if opened.state is None:  # nothing readable: an empty logboek that h can repair
            opened.state = Logbook(created="")
        return opened

    def form_paths(self) -> list[Path]:
        """Every form, oldest first (ids start with the date and time made)."""
        if self.forms_folder.is_symlink() or not self.forms_folder.is_dir():
            return []
        return sorted(p for p in self.forms_folder.iterdir() if p.name.endswith(SUFFIX))

    def forms(self) -> list[OpenForm]:
        """Every form, read-only, oldest first: for a list."""
        return [OpenForm.read(path, write=False) for path in self.form_paths()]

    def create_form(self, deck_id: str, parts: Parts) -> OpenForm:
        """A new, empty form for ``parts`` of deck ``deck_id``.

        Raises:
            OSError: the form cannot be written (nothing is left behind).
        """
        private_folder(self.forms_folder, within=self.data_dir)
        form_id = f"{clock.now():%Y-%m-%d-%H%M%S-%f}-{secrets.token_hex(2)}"
        header = {
            "soort": "formulier",
            "formaat": FORMAT,
            "id": form_id,
            "deck": deck_id,
            "bijlage": parts.form.id,
            "checklist": parts.checklist.id if parts.checklist else None,
            "vaardigheden": parts.skills.id if parts.skills else None,
        }
        return OpenForm.create(self.forms_folder / f"{form_id}{SUFFIX}", header)

    def delete(self, path: Path) -> Deleted:
        """Remove the log at ``path``, the damaged copies kept of it and its lock file.
        Close it first."""
        return remove_log(path)
