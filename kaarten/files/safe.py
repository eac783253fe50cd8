"""Reading files that anyone may have put in a deck folder or the data folder.

Nothing found there is trusted (``docs/security.md``): a name ending in ``.yaml`` can be a
FIFO that blocks every read, ``/dev/zero`` behind a link, or a file of many gigabytes. So
every read here opens without blocking, looks at what was opened (``fstat`` on the open
descriptor, so the answer cannot change between looking and reading), reads only regular
files and never more than a limit. Files that kaarten itself wrote and reads back (the
cache, the logs) may also be required to be the user's own and private.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
"""Every folder kaarten makes or keeps: the user's only."""
FILE_MODE = 0o600
"""Every file kaarten writes: the user's only."""
NO_BLOCK = getattr(os, "O_NONBLOCK", 0)
"""Open a FIFO at once instead of waiting for the other end (where the system can)."""
_READ_FLAGS = (
    os.O_RDONLY
    | NO_BLOCK
    | getattr(os, "O_NOCTTY", 0)  # a terminal device never becomes ours
    | getattr(os, "O_BINARY", 0)
)
NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
"""Refuse a symbolic link in the last part of the path (where the system can)."""


class UnsafeFile(OSError):
    """A file that is not read: ``reason`` is a message code (``file.*`` in
    :mod:`kaarten.i18n`), ``size`` the size found for ``file.too_large``."""

    def __init__(self, reason: str, size: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.size = size


def can_own() -> bool:
    """Tell whether this system has file owners kaarten can check (not on Windows)."""
    return hasattr(os, "getuid")


def is_own(info: os.stat_result) -> bool:
    """Owned by the user (always so where there are no owners)."""
    return not can_own() or info.st_uid == os.getuid()


def is_private(info: os.stat_result) -> bool:
    """Owned by the user and closed to everyone else (no group or other bits)."""
    if not can_own():  # pragma: no cover - Windows: the user folder is private already
        return True
    return is_own(info) and info.st_mode & 0o077 == 0


def narrow(path: Path, info: os.stat_result, mode: int) -> bool:
    """Set ``mode`` on ``path`` (whose ``lstat`` is ``info``) when it is the user's own
    and open to others; tell whether it was changed. A link must have been ruled out.

    Raises:
        OSError: the mode cannot be changed.
    """
    if can_own() and is_own(info) and info.st_mode & 0o077:
        os.chmod(path, mode)
        return True
    return False


def read_bounded(path: Path, limit: int, *, follow: bool = True, private: bool = False) -> bytes:
    """The content of the regular file at ``path``, at most ``limit`` bytes.

    Args:
        path: the file.
        limit: the most bytes a valid file can have.
        follow: follow a symbolic link at ``path`` (deck files may be links; kaarten's
            own files never are).
        private: require a file of the user's own that only the user can read.

    Raises:
        UnsafeFile: not a regular file (``file.not_regular``), larger than ``limit``
            (``file.too_large``), or not private (``file.not_private``); also a link
            when ``follow`` is false (``file.link``).
        OSError: the file cannot be opened or read (missing, no permission).
    """
    flags = _READ_FLAGS | (0 if follow else NO_FOLLOW)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if not follow and os.path.islink(path):
            raise UnsafeFile("file.link") from error
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(
                "file.is_directory" if stat.S_ISDIR(info.st_mode) else "file.not_regular"
            )
        if private and not is_private(info):
            raise UnsafeFile("file.not_private")
        if info.st_size > limit:
            raise UnsafeFile("file.too_large", info.st_size)
        chunks = []
        left = limit + 1  # one byte more tells a file that grew while we read it
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise UnsafeFile("file.too_large", len(data))
    return data


def check_own_folder(folder: Path) -> os.stat_result | None:
    """Refuse a folder kaarten owns (in the data folder) that is a link or not a folder;
    its ``lstat``, or None when it does not exist.

    Raises:
        UnsafeFile: ``file.link`` or ``file.not_folder``.
        OSError: it cannot be looked at.
    """
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeFile("file.link")
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeFile("file.not_folder")
    return info


def is_private_folder(folder: Path) -> bool:
    """Tell whether ``folder`` is a real folder (not a link) of the user's own that only
    the user can open; one of the user's own with a wider mode is narrowed first."""
    try:
        info = check_own_folder(folder)
        if info is None:
            return False
        if narrow(folder, info, FOLDER_MODE):
            info = folder.lstat()
    except OSError:
        return False
    return is_private(info)


def read_json(path: Path, limit: int, *, private: bool = False) -> object:
    """The JSON value in the file at ``path`` (a file of kaarten's own: a link is never
    followed), read as :func:`read_bounded` reads.

    Raises:
        OSError: as :func:`read_bounded`.
        ValueError: not JSON, or nested deeper than the parser goes (``[`` 15,000 times
            within a small file: Python's parser raises RecursionError there).
    """
    raw = read_bounded(path, limit, follow=False, private=private)
    try:
        return json.loads(raw)
    except RecursionError as error:
        raise ValueError("nested too deeply") from error
