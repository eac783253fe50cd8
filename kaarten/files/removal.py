"""Deleting what kaarten keeps about a session or a teacher: every file of it, nothing
else, and never through a link (the AVG: "delete it" must mean gone)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kaarten import clock
from kaarten.files.durable import sync_folder


@dataclass(slots=True)
class Deleted:
    """How many files a deletion removed, and those it could not."""

    files: int = 0
    failed: list[Path] = field(default_factory=list)


def remove(paths: Iterable[Path], into: Deleted | None = None) -> Deleted:
    """Remove each of ``paths`` that exists (a link itself, never what it points at)."""
    done = into or Deleted()
    folders = set()
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            done.failed.append(path)
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


def remove_folder(folder: Path, into: Deleted | None = None) -> Deleted:
    """Remove ``folder`` and everything in it; a link in its place is removed, not
    followed."""
    done = into or Deleted()
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        return remove([folder], done)
    if not folder.is_dir():
        return done
    files = sum(len(names) for _root, _dirs, names in os.walk(folder, followlinks=False))

    def refused(_function: object, path: str, _error: object) -> None:
        done.failed.append(Path(path))

    shutil.rmtree(folder, onerror=refused)  # never follows links inside
    done.files += files - len(done.failed)
    sync_folder(folder.parent)
    return done
