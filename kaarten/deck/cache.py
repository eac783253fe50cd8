"""A cache of loaded decks, so the app starts without parsing and checking again the decks
that did not change since the last start.

One file per deck folder in the user's cache folder holds the built deck and its problems
(so a start with other folders neither reads nor rewrites it), with a fingerprint of what
they were built from: every file's path and a hash
of its content (modification times are too coarse to see two quick saves), the working
folder (problems name paths relative to it) and the code that built them. A deck whose
fingerprint differs is loaded from its YAML again.

The file is JSON, decoded against the deck model (:mod:`kaarten.deck.codec`): reading it
can never run code, whoever wrote it. It is also used only when it and its folder are the
user's own and private (a planted file in a shared or 0777 folder is ignored), it is a
regular file and not a link, and it is not larger than :data:`MAX_BYTES`. Whatever is
wrong with it (damage, another format, a folder that cannot be written) makes kaarten
load from the YAML as if there were no cache: the cache can make start-up faster, never
break it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kaarten import __version__
from kaarten.deck import codec
from kaarten.deck.limits import MAX_BYTES as DECK_MAX_BYTES
from kaarten.deck.model import Deck
from kaarten.deck.problems import DeckProblem
from kaarten.files.durable import replace_atomically
from kaarten.files.safe import (
    UnsafeFile,
    is_private_folder,
    read_bounded,
    read_json,
)
from kaarten.locations import private_folder

if TYPE_CHECKING:
    pass

FORMAT = 3
"""Raise when what is stored changes shape in a way the code stamp would not catch
(2: JSON instead of a pickle; 3: a file per deck folder)."""

OLD_CACHE_FILE = "decks.json"
"""Where format 2 kept every folder in one file (removed when the cache is next written)."""
MAX_BYTES = 16 * 1024 * 1024
"""A cache file larger than this was not written by kaarten (the built-in deck takes about
60 kB, a deck of 5,000 cards about 2 MB)."""


def entry_file(cache_folder: Path, deck_folder: Path) -> Path:
    """The cache file of one deck folder: named by a hash of its full path."""
    key = hashlib.blake2b(os.fsencode(deck_folder.resolve()), digest_size=12).hexdigest()
    return cache_folder / f"deck-{key}.json"


Stamp = list[list[str]]
Entry = tuple[Stamp, Deck | None, list[DeckProblem]]

_PACKAGE = Path(__file__).resolve().parent.parent
_CODE = ("deck", "schema")  # the loader and the schema it checks against
_decode_deck = codec.decoder(Deck | None)
_decode_problems = codec.decoder(tuple[DeckProblem, ...])


def _stamp(paths: list[Path]) -> Stamp:
    """Each file's name and content hash (≈1 ms for the built-in decks). A file that
    cannot be read (not a regular file, too large, gone) stamps without a hash, and
    loading it again reports why; nothing is read past the deck size limit."""
    stamps = []
    for path in paths:
        try:
            digest = hashlib.blake2b(read_bounded(path, DECK_MAX_BYTES), digest_size=16).hexdigest()
        except OSError as error:
            digest = error.reason if isinstance(error, UnsafeFile) else ""
        stamps.append([str(path), digest])
    return stamps


def _code_stamp() -> list[Any]:
    """The deck code and schema, by size and time: an edited loader (in a checkout)
    invalidates the cache."""
    files = sorted(
        p for name in _CODE for p in (_PACKAGE / name).iterdir() if p.suffix in (".py", ".json")
    )
    return [[p.name, (info := p.stat()).st_size, info.st_mtime_ns] for p in files]


class DeckCache:
    """Built decks, one cache file per deck folder in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._code = [FORMAT, __version__, _code_stamp(), os.getcwd()]
        self._private: bool | None = None
        self._changed: dict[Path, tuple[str, Entry]] = {}

    def _read(self, deck_folder: Path) -> Any:
        """The stored entry of ``deck_folder``, still as JSON values, or None."""
        if self._private is None:
            self._private = is_private_folder(self.folder)
        if not self._private:
            return None
        try:
            stored = read_json(entry_file(self.folder, deck_folder), MAX_BYTES, private=True)
        except (OSError, ValueError):  # missing, damaged, planted, too deep
            return None
        if type(stored) is not dict or stored.get("code") != self._code:
            return None
        if stored.get("folder") != str(deck_folder.resolve()):
            return None  # another folder's entry under this name: not ours to use
        return stored.get("deck")

    def get(self, folder: Path, paths: list[Path]) -> tuple[Deck | None, list[DeckProblem]] | None:
        """The deck and problems built earlier from exactly these files, or None."""
        stored = self._read(folder)
        if type(stored) is not list or len(stored) != 3:
            return None
        if stored[0] != _stamp(paths):
            return None
        try:
            deck = _decode_deck(stored[1])
            problems = list(_decode_problems(stored[2]))
        except (codec.CacheError, RecursionError):
            return None
        return deck, list(problems)

    def put(
        self, folder: Path, paths: list[Path], deck: Deck | None, problems: list[DeckProblem]
    ) -> None:
        """Keep what was just built from ``paths`` (written by :meth:`save`)."""
        entry: Entry = (_stamp(paths), deck, list(problems))
        self._changed[entry_file(self.folder, folder)] = (str(folder.resolve()), entry)

    def save(self) -> None:
        """Write the deck folders built in this load, each to its own file; never raises."""
        if not self._changed:
            return
        try:
            private_folder(self.folder)
            if not is_private_folder(self.folder):
                return
            with contextlib.suppress(OSError):  # format 2's one file for every folder
                (self.folder / OLD_CACHE_FILE).unlink()
            for path, (folder, entry) in self._changed.items():
                data = json.dumps(  # ASCII: a file name's undecodable bytes survive as \udcXX
                    {"code": self._code, "folder": folder, "deck": codec.encode(entry)},
                    separators=(",", ":"),
                ).encode()
                replace_atomically(path, data, sync=False)
        except Exception:  # read-only or full disk (nothing left behind), or a deck
            return  # that cannot be stored: the next start builds it again
