"""A cache of loaded decks, so the app starts without parsing and checking again the decks
that did not change since the last start.

One file in the user's cache folder holds, per deck folder, the built deck and its
problems, with a fingerprint of what they were built from: every file's path and a hash
of its content (modification times are too coarse to see two quick saves), the working
folder (problems name paths relative to it) and the code that built them. A deck whose
fingerprint differs is loaded from its YAML again.

The file is a pickle, written only by kaarten into a folder only the user can open (0700,
the file 0600); it holds nothing that is not in the decks themselves. Whatever is wrong
with it (damage, another format, a folder that cannot be written) makes kaarten load from
the YAML as if there were no cache: the cache can make start-up faster, never break it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten import __version__
from kaarten.deck.model import Deck
from kaarten.deck.problems import DeckProblem
from kaarten.locations import private_folder

if TYPE_CHECKING:
    from kaarten.deck.library import LoadResult

FORMAT = 1
"""Raise when what is stored changes shape in a way the code stamp would not catch."""

CACHE_FILE = "decks.pickle"

Entry = tuple[object, Deck | None, list[DeckProblem]]

_PACKAGE = Path(__file__).resolve().parent.parent
_CODE = ("deck", "schema")  # the loader and the schema it checks against


def _stamp(paths: list[Path]) -> tuple[tuple[str, bytes], ...]:
    """Each file's name and content hash (≈1 ms for the built-in decks); a file that
    cannot be read stamps as empty, and loading it again will report why."""
    stamps = []
    for path in paths:
        try:
            digest = hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
        except OSError:
            digest = b""
        stamps.append((str(path), digest))
    return tuple(stamps)


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """The deck code and schema, by size and time: an edited loader (in a checkout)
    invalidates the cache."""
    files = sorted(
        p for name in _CODE for p in (_PACKAGE / name).iterdir() if p.suffix in (".py", ".json")
    )
    return tuple((p.name, (info := p.stat()).st_size, info.st_mtime_ns) for p in files)


class DeckCache:
    """Built decks by folder, read from and written back to ``folder / CACHE_FILE``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE
        self._code = (FORMAT, __version__, _code_stamp(), os.getcwd())
        self._old = self._read()
        self._new: dict[str, Entry] = {}
        self._changed = False

    def _read(self) -> dict[str, Entry]:
        try:
            with self.path.open("rb") as file:
                code, entries = pickle.load(file)
        except Exception:  # missing, damaged or from another version: start afresh
            return {}
        if code != self._code or not isinstance(entries, dict):
            return {}
        return entries

    def get(self, folder: Path, paths: list[Path]) -> tuple[Deck | None, list[DeckProblem]] | None:
        """The deck and problems built earlier from exactly these files, or None."""
        key = str(folder.resolve())
        entry = self._old.get(key)
        if entry is None or entry[0] != _stamp(paths):
            return None
        self._new[key] = entry
        _, deck, problems = entry
        return deck, list(problems)

    def put(
        self, folder: Path, paths: list[Path], deck: Deck | None, problems: list[DeckProblem]
    ) -> None:
        """Keep what was just built from ``paths``."""
        self._new[str(folder.resolve())] = (_stamp(paths), deck, list(problems))
        self._changed = True

    def save(self) -> None:
        """Write the decks of this load back, if anything changed; never raises."""
        if not self._changed and self._new.keys() == self._old.keys():
            return
        temporary = self.path.with_name(f".{CACHE_FILE}.{os.getpid()}")
        try:
            private_folder(self.path.parent)
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "wb") as file:
                pickle.dump((self._code, self._new), file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except Exception:  # read-only or full disk, or an unpicklable deck: no cache then
            with contextlib.suppress(OSError):
                temporary.unlink()


def load_decks(roots: Sequence[Path], cache_folder: Path | None) -> LoadResult:
    """The library under ``roots``, unchanged decks taken from the cache in ``cache_folder``
    (None: no cache)."""
    from kaarten.deck.library import load_library

    return load_library(roots, DeckCache(cache_folder) if cache_folder else None)
