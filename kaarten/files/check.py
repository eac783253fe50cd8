"""The whole data folder checked once at start: who may read it, and what in it is not
what kaarten wrote.

A data folder can arrive open to others (made 0777 beforehand, copied from a USB stick,
unpacked from an archive), and the folders kaarten owns inside it can have been replaced
by links to somewhere else. At start kaarten narrows every mode of its own back to the
user only (folders 0700, files 0600) and lists what it will not use: links, and folders
or files of another user. The app says so once; ``kaarten sessies`` and ``export`` print
it. Nothing is followed, nothing outside the data folder is touched.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from kaarten.files.removal import clear_leftovers
from kaarten.files.safe import (
    FILE_MODE,
    FOLDER_MODE,
    UnsafeFile,
    can_own,
    check_own_folder,
    is_own,
    narrow,
)
from kaarten.i18n import tr
from kaarten.locations import EXPORTS, OWN_FILES, OWN_FOLDERS


@dataclass(slots=True)
class DataFolderReport:
    """What the check did: ``narrowed`` paths whose modes it set back, and ``refused``
    paths with the reason (a ``file.*`` message code) kaarten does not use them."""

    narrowed: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    cleared: int = 0
    """Leftovers of rewrites a crash interrupted, removed (they can hold old text)."""

    def messages(self, lang: str) -> list[str]:
        """One line per refused path, and one for everything narrowed."""
        lines = [
            tr("data.refused", lang, path=str(path), reason=tr(reason, lang))
            for path, reason in self.refused
        ]
        if self.narrowed:
            lines.append(tr("data.narrowed", lang, n=len(self.narrowed)))
        if self.cleared:
            lines.append(tr("data.cleared", lang, n=self.cleared))
        return lines


def check_data_folder(data: Path) -> DataFolderReport:
    """Narrow the modes in ``data`` to the user's own, list what kaarten refuses, and
    remove the leftovers of rewrites a crash interrupted."""
    report = DataFolderReport()
    report.cleared = clear_leftovers(data).files
    if not can_own():  # pragma: no cover - Windows: the user's folder is private already
        return report
    try:
        info = data.stat()  # the data folder itself may be a link the user made
    except OSError:
        return report
    if not stat.S_ISDIR(info.st_mode):
        return report
    _narrow(data, info, FOLDER_MODE, report)
    for name in OWN_FILES:  # a settings file made 0666 by hand, or by an older kaarten
        _file(data / name, report)
    for name in OWN_FOLDERS:
        folder = data / name
        if _folder(folder, report):
            depth = 2 if name == EXPORTS else 1  # exports/<session id>/<file>
            _contents(folder, depth, report)
    return report


def _folder(folder: Path, report: DataFolderReport) -> bool:
    """Check one of kaarten's folders; tell whether its contents can be looked at."""
    try:
        info = check_own_folder(folder)
    except UnsafeFile as error:  # a link, or not a folder
        report.refused.append((folder, error.reason))
        return False
    except OSError:
        return False
    return info is not None and _narrow(folder, info, FOLDER_MODE, report)


def _file(path: Path, report: DataFolderReport, info: os.stat_result | None = None) -> None:
    """Check one of kaarten's files: a link is refused, a file narrowed to 0600."""
    try:
        info = info or path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode):
        report.refused.append((path, "file.link"))
    elif stat.S_ISREG(info.st_mode):
        _narrow(path, info, FILE_MODE, report)


def _contents(folder: Path, depth: int, report: DataFolderReport) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            _file(path, report, info)
        elif depth > 1 and _narrow(path, info, FOLDER_MODE, report):
            _contents(path, depth - 1, report)


def _narrow(path: Path, info: os.stat_result, mode: int, report: DataFolderReport) -> bool:
    """Set ``mode`` on a path of the user's own that is wider; refuse one of another
    user's. Tell whether the path is the user's own."""
    if not is_own(info):
        report.refused.append((path, "file.not_private"))
        return False
    with contextlib.suppress(OSError):  # a link was ruled out by lstat just before
        if narrow(path, info, mode):
            report.narrowed.append(path)
    return True
