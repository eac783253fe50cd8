"""Making hostile files for the tests (``docs/security.md``), and running code that must
not hang with a time limit that fails the test instead of freezing the run."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

LIMIT = 20.0
"""Seconds: far beyond what any of these reads needs, short enough to fail clearly."""


def finishes(work: Callable[[], T], seconds: float = LIMIT) -> T:
    """``work()``'s result; fails the test when it blocks for ``seconds`` (the thread is
    left behind as a daemon: a blocked read cannot be interrupted from Python)."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # re-raised in the test's own thread
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError(f"still running after {seconds} s: it blocks")
    if errors:
        raise errors[0]
    return result[0]


def fifo(path: Path) -> Path:
    """A named pipe at ``path``: reading it blocks until someone writes."""
    os.mkfifo(path, 0o600)
    return path


def link_to_zero(path: Path) -> Path:
    """A link at ``path`` to ``/dev/zero``: it never ends."""
    path.symlink_to("/dev/zero")
    return path


HOSTILE_KINDS: dict[str, Callable[[Path], Path]] = {"fifo": fifo, "zero": link_to_zero}


HEADER_TIME = "2026-11-23T10:00:00+01:00"
SESSION_ID = "2026-11-23-100000-abcdef"


def session_header(**changes: object) -> dict[str, object]:
    """A valid session header (participant d1 Anna, activity a1), with ``changes``."""
    header: dict[str, object] = {
        "nr": 0,
        "tijd": HEADER_TIME,
        "soort": "sessie",
        "formaat": 1,
        "id": SESSION_ID,
        "titel": "Bijeenkomst",
        "datum": "2026-11-23",
        "deelnemers": [{"id": "d1", "naam": "Anna"}],
        "agenda": [{"id": "a1", "soort": "kaartenset", "titel": "1.1", "minuten": 30}],
    }
    header.update(changes)
    return header


def change(number: int, **fields: object) -> dict[str, object]:
    """Record ``number`` of a session log with ``fields``."""
    return {"nr": number, "tijd": HEADER_TIME, **fields}


def with_checksum(body: bytes) -> bytes:
    """A log line for the JSON object ``body`` (raw bytes: anything ``json.dumps`` would
    refuse to write, such as ``Infinity`` or 100,000 nested lists) with a correct CRC."""
    import zlib

    assert body.startswith(b"{") and body.endswith(b"}")
    return body[:-1] + b',"crc":"%08x"}\n' % zlib.crc32(body)


def forged_log(path: Path, lines: list[bytes | dict[str, object]]) -> Path:
    """A log whose every line has a correct checksum: dicts are encoded as kaarten does,
    bytes are taken as the raw JSON of a record."""
    import json

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = b""
    for line in lines:
        if isinstance(line, dict):
            line = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode()
        data += with_checksum(line)
    path.write_bytes(data)
    path.chmod(0o600)
    return path
