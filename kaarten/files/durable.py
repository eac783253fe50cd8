"""Putting bytes on the disk for good, on every platform kaarten runs on.

Three small paths, each named, so a test on Linux can substitute the platform function:

- :func:`sync_file`: ``fsync`` on Linux and Windows; on macOS ``fsync`` only reaches the
  drive's cache, so ``F_FULLFSYNC`` where it exists (as SQLite's ``fullfsync`` does), and
  ``fsync`` when a file system refuses it.
- :func:`sync_folder`: a new or renamed file's entry in its folder, where folders can be
  opened (not on Windows, whose rename is durable by itself).
- :func:`replace`: ``os.replace``, retried briefly on Windows, where it fails with a
  PermissionError while another process (a virus scanner, a reader) has the target
  open; after that the error is the caller's to report.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from pathlib import Path

from kaarten.files.safe import FILE_MODE, UnsafeFile

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

ON_WINDOWS = sys.platform == "win32"
REPLACE_TRIES = 10
REPLACE_PAUSE = 0.05
"""Seconds between tries of a replace another process blocks (half a second in all)."""


def full_sync_flag() -> int | None:
    """``fcntl.F_FULLFSYNC`` where the system has it (macOS), else None."""
    return getattr(fcntl, "F_FULLFSYNC", None) if fcntl is not None else None


def sync_file(descriptor: int) -> None:
    """Flush an open file's data to the disk itself.

    Raises:
        OSError: the disk refused (the caller keeps the data and tries again).
    """
    flag = full_sync_flag()
    if flag is not None:
        try:
            fcntl.fcntl(descriptor, flag)
            return
        except OSError:
            pass  # a file system without it (a network share): fsync still helps
    os.fsync(descriptor)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a new or renamed file) to disk, where the system can."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse; the data is synced
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def replace(source: Path, target: Path) -> None:
    """``os.replace(source, target)``; on Windows tried again for a moment while another
    process holds ``target`` open.

    Raises:
        PermissionError: still blocked after the last try.
    """
    tries = REPLACE_TRIES if ON_WINDOWS else 1
    for attempt in range(tries):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == tries - 1:
                raise
            time.sleep(REPLACE_PAUSE)


def write_all(descriptor: int, data: bytes) -> None:
    """Write all of ``data`` to an open file (``os.write`` may write only a part)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def write_new(path: Path, data: bytes, sync: bool = True) -> None:
    """Write a new file (mode 0600; never through a link: ``O_EXCL`` refuses any name
    that exists) and, with ``sync``, flush it and its folder to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        write_all(descriptor, data)
        if sync:
            sync_file(descriptor)
    finally:
        os.close(descriptor)
    if sync:
        sync_folder(path.parent)


def replace_file(path: Path, data: bytes) -> None:
    """:func:`replace_atomically` for a path the user chose (``--uitvoer``): only a
    regular file is replaced, or a new one made. The rename would put the new file in
    place of a device, a pipe or a link (as root, ``--uitvoer /dev/full`` replaced the
    device with a PDF).

    Raises:
        UnsafeFile: ``file.not_to_write``: ``path`` is something else.
        OSError: it could not be written (nothing is left behind).
    """
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise UnsafeFile("file.not_to_write")
    replace_atomically(path, data)


def replace_atomically(path: Path, data: bytes, sync: bool = True) -> None:
    """Put ``data`` in ``path`` so that a reader sees either the old or the new file, and,
    with ``sync``, so does anyone after a crash (a cache, made again if lost, skips that:
    flushing 4 MB to the disk would slow every start that changed it)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write_new(temporary, data, sync)
        replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    if sync:
        sync_folder(path.parent)
