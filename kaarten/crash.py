"""A crash report without personal data.

Textual's own report prints every local variable of every frame: participant names, notes,
action points. Ours names only where the code was (file, line, function and the line of
source) and the kinds of exception: never an exception's message or a variable's value,
since both can hold what a coach typed. It goes to a private file in the data folder.

A crash can come from running out of file descriptors (a flood of connections to the room
view took them once): then nothing could be opened to write the report with. The app
keeps a few in reserve (:func:`keep_reserve`) and lets go of them first when it crashes.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from pathlib import Path

from kaarten import __version__, clock
from kaarten.files.safe import FILE_MODE
from kaarten.locations import private_folder

RESERVE = 4
"""File descriptors held for the crash report: a folder, the file, an import or two."""
_reserve: list[int] = []


def keep_reserve() -> None:
    """Hold :data:`RESERVE` file descriptors (on the null device) to free when crashing."""
    while len(_reserve) < RESERVE:
        try:
            _reserve.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            return


def release_reserve() -> None:
    """Let go of the reserve, so that the report can be written."""
    while _reserve:
        try:
            os.close(_reserve.pop())
        except OSError:
            continue


def report(error: BaseException) -> str:
    """The report: versions, then each exception in the chain, oldest first, with its
    frames."""
    lines = [
        f"kaarten {__version__}",
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}",
        f"{clock.now().isoformat(timespec='seconds')}",
        "",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for exception in reversed(chain):
        kind = type(exception)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(exception.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append("")
    return "\n".join(lines)


def _short(filename: str) -> str:
    """A source path without the user's home folder in it (it may hold their name)."""
    for prefix in sorted({sys.prefix, sys.base_prefix, str(Path.home())}, key=len, reverse=True):
        if prefix and filename.startswith(prefix):
            return "…" + filename[len(prefix) :]
    return filename


def write_report(error: BaseException, folder: Path) -> Path | None:
    """Save the report as a new private file in ``folder``; None if that fails (the
    crash message then says so rather than crash again)."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    try:
        private_folder(folder)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(report(error))
    except OSError:
        return None
    return path
