"""Deleting what kaarten keeps about a session or a teacher: every file of it, nothing
else, and never through a link (the AVG: "delete it" must mean gone)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kaarten import clock
from kaarten.files.durable import sync_folder
from kaarten.locations import written_folders


@dataclass(slots=True)
class Deleted:
    """How many files a deletion removed, and those it could not."""

    files: int = 0
    failed: list[Path] = field(default_factory=list)
    errors: dict[Path, OSError] = field(default_factory=dict)
    """Why each of ``failed`` could not be removed, where the system said."""


def remove(paths: Iterable[Path], into: Deleted | None = None) -> Deleted:
    """Remove each of ``paths`` that exists (a link itself, never what it points at)."""
    done = into or Deleted()
    folders = set()
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            done.failed.append(path)
            done.errors[path] = error
            continue
        done.files += 1
        folders.add(path.parent)
    for folder in folders:
        sync_folder(folder)
    return done


def damaged_copies(folders: Iterable[Path]) -> list[Path]:
    """The ``.corrupt-`` copies kaarten kept of damaged logs in ``folders`` (regular
    files only; a link is never followed), oldest first."""
    found = []
    for folder in folders:
        if folder.is_symlink() or not folder.is_dir():
            continue
        for path in folder.iterdir():
            if ".corrupt-" in path.name and path.is_file() and not path.is_symlink():
                found.append(path)
    return sorted(found, key=lambda p: p.lstat().st_mtime)


def older_than(paths: Iterable[Path], days: int) -> list[Path]:
    """Those of ``paths`` last changed more than ``days`` days ago."""
    limit = clock.timestamp() - days * 86400
    return [p for p in paths if p.lstat().st_mtime < limit]


_TEMPORARY = re.compile(r"\.(.+)\.(\d{1,10})\.tmp")
"""A rewrite's temporary file: ``.<name>.<pid>.tmp`` (see
:func:`~kaarten.files.durable.replace_atomically`)."""


def temporary_leftovers(folders: Iterable[Path]) -> list[Path]:
    """The temporary files in ``folders`` of rewrites that never finished (the process
    that wrote one is gone: killed, or the power went). They can hold text that was since
    replaced or removed (a person taken out), so they go at the next start and with every
    deletion. Regular files only; a link is never followed."""
    found = []
    for folder in folders:
        if folder.is_symlink() or not folder.is_dir():
            continue
        for path in folder.iterdir():
            written = _TEMPORARY.fullmatch(path.name)
            if written is None or path.is_symlink() or not path.is_file():
                continue
            if not _running(int(written.group(2))):
                found.append(path)
    return found


def clear_leftovers(data: Path, into: Deleted | None = None) -> Deleted:
    """Remove the :func:`temporary_leftovers` anywhere in the data folder ``data``."""
    return remove(temporary_leftovers(written_folders(data)), into)


def _running(pid: int) -> bool:
    """Whether process ``pid`` (another kaarten, maybe in the middle of a rewrite) runs.
    Windows has no harmless way to ask (``os.kill`` ends the process there): yes."""
    if pid == os.getpid() or os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except PermissionError:  # another user's
        return True
    except (ProcessLookupError, OverflowError):  # gone, or no process number at all
        return False
    return True


def remove_folder(folder: Path, into: Deleted | None = None) -> Deleted:
    """Remove ``folder`` and everything in it; a link in its place is removed, not
    followed."""
    done = into or Deleted()
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return remove([folder], done)
    if not folder.is_dir():
        return done
    files = sum(len(names) for _root, _dirs, names in os.walk(folder, followlinks=False))

    def refused(_function: object, path: str, error: tuple[type, BaseException, object]) -> None:
        done.failed.append(Path(path))
        if isinstance(error[1], OSError):
            done.errors[Path(path)] = error[1]

    shutil.rmtree(folder, onerror=refused)  # never follows links inside
    done.files += files - len(done.failed)
    sync_folder(folder.parent)
    return done
