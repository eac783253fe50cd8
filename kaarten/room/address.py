"""The room view's address, kept in the data folder so that after a crash (or a quit)
and a new start the page that stayed open on the projector finds kaarten again.

The file is the user's own and private (0600), but it is read as hostile like every
file in the data folder: anything but a port and a secret of the expected shape is
ignored, and a fresh address is made.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

from kaarten.files.durable import replace_atomically
from kaarten.files.safe import read_json
from kaarten.locations import ROOM_ADDRESS

_SECRET = re.compile(r"[A-Za-z0-9_-]{32,64}")


def load(data: Path) -> tuple[str, int] | None:
    """The secret and port the room view had last time, if they are there and sound."""
    try:
        found = read_json(data / ROOM_ADDRESS, 1024, private=True)
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict):
        return None
    secret, port = found.get("geheim"), found.get("poort")
    if not isinstance(secret, str) or not _SECRET.fullmatch(secret):
        return None
    if not isinstance(port, int) or isinstance(port, bool) or not 1024 <= port <= 65535:
        return None
    return secret, port


def save(data: Path, secret: str, port: int) -> None:
    """Keep the address for the next start (a failure only costs that convenience)."""
    text = json.dumps({"geheim": secret, "poort": port})
    with contextlib.suppress(OSError):
        replace_atomically(data / ROOM_ADDRESS, text.encode())
