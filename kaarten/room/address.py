"""The room view's address, kept in the data folder so that after a crash (or a quit)
and a new start the page that stayed open on the projector finds kaarten again.

The file is the user's own and private (0600), but it is read as hostile like every
file in the data folder: anything but a port and a secret of the expected shape is
ignored, and a fresh address is made.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from pathlib import Path

from kaarten.files.durable import replace_atomically
from kaarten.files.removal import remove
from kaarten.files.safe import read_json
from kaarten.locations import ROOM_ADDRESS, ROOM_PAGE

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


def forget(data: Path) -> None:
    """Drop the kept address (and the page that opens it): the next start makes a new
    secret, and the old address leads nowhere."""
    remove([data / ROOM_ADDRESS, data / ROOM_PAGE])


def opening_page(folder: Path, address: str) -> Path:
    """A small private page in ``folder`` that sends the browser on to ``address``: the
    browser is asked to open this file, so the secret is not on the opener's command line
    (which every user of the computer can read with ps).

    Raises:
        OSError: the page could not be written.
    """
    link = html.escape(address, quote=True)
    page = (
        '<!doctype html><meta charset="utf-8"><title>kaarten</title>'
        f'<meta http-equiv="refresh" content="0; url={link}"><a href="{link}">{link}</a>\n'
    )
    path = folder / ROOM_PAGE
    replace_atomically(path, page.encode())
    return path


def save(data: Path, secret: str, port: int) -> None:
    """Keep the address for the next start (a failure only costs that convenience)."""
    text = json.dumps({"geheim": secret, "poort": port})
    with contextlib.suppress(OSError):
        replace_atomically(data / ROOM_ADDRESS, text.encode())
