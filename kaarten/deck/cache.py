"""A cache of loaded decks, so the app starts without parsing and checking again the decks
that did not change since the last start.

One file in the user's cache folder holds, per deck folder, the built deck and its
problems, with a fingerprint of what they were built from: every file's path and a hash
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

FORMAT = 2
"""Raise when what is stored changes shape in a way the code stamp would not catch
(2: JSON instead of a pickle)."""

CACHE_FILE = "decks.json"
MAX_BYTES = 64 * 1024 * 1024
"""A cache larger than this was not written by kaarten (62 decks take about 2 MB)."""

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
    """Built decks by folder, read from and written back to ``folder / CACHE_FILE``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / CACHE_FILE
        self._code = [FORMAT, __version__, _code_stamp(), os.getcwd()]
        self._old = self._read()
        self._new: dict[str, Entry] = {}
        self._changed = False

    def _read(self) -> dict[str, Any]:
        """The stored entries, still as JSON values (each is decoded when asked for)."""
        try:
            if not is_private_folder(self.path.parent):
                return {}
            stored = read_json(self.path, MAX_BYTES, private=True)
        except (OSError, ValueError):  # missing, damaged, planted, too deep
            return {}
        if type(stored) is not dict or stored.get("code") != self._code:
            return {}
        entries = stored.get("decks")
        return entries if type(entries) is dict else {}

    def get(self, folder: Path, paths: list[Path]) -> tuple[Deck | None, list[DeckProblem]] | None:
        """The deck and problems built earlier from exactly these files, or None."""
        key = str(folder.resolve())
        stored = self._old.get(key)
        if type(stored) is not list or len(stored) != 3:
            return None
        stamp = _stamp(paths)
        if stored[0] != stamp:
            return None
        try:
            deck = _decode_deck(stored[1])
            problems = list(_decode_problems(stored[2]))
        except (codec.CacheError, RecursionError):
            return None
        self._new[key] = (stamp, deck, problems)
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
        try:
            private_folder(self.path.parent)
            if not is_private_folder(self.path.parent):
                return
            data = json.dumps(  # ASCII: a file name's undecodable bytes survive as \udcXX
                {"code": self._code, "decks": codec.encode(self._new)}, separators=(",", ":")
            ).encode()
            replace_atomically(self.path, data, sync=False)
        except Exception:  # read-only or full disk (nothing left behind), or a deck
            return  # that cannot be stored: the next start builds it again
