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
