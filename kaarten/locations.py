"""Where kaarten finds its files.

The built-in decks sit at the top of the repository (``decks/``, ``energizers/``) so that
trainers can edit them; a wheel carries them inside the package (``kaarten/_builtin``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
BUILTIN_FOLDERS = ("decks", "energizers")


def builtin_roots() -> list[Path]:
    """The folders that hold the built-in decks: inside the installed package, or in the
    source tree for a checkout or an editable install."""
    bundled = _PACKAGE / "_builtin"
    base = bundled if bundled.is_dir() else _PACKAGE.parent
    return [base / name for name in BUILTIN_FOLDERS if (base / name).is_dir()]


def schema_file() -> Path:
    """The deck schema editors read (``kaarten schema``): inside the installed package, so
    a deck anywhere on this computer can point at it."""
    return _PACKAGE / "schema" / "deck.schema.json"


def is_builtin(folder: str | Path, roots: Sequence[Path] | None = None) -> bool:
    """Whether a deck's ``folder`` is one of the built-in decks (``roots``: the folders
    that hold them, :func:`builtin_roots` by default) or inside one."""
    resolved = Path(folder).resolve()
    ours = [root.resolve() for root in (builtin_roots() if roots is None else roots)]
    return any(root == resolved or root in resolved.parents for root in ours)


HOME_VARIABLE = "KAARTEN_HOME"


def chosen_home(override: Path | None = None) -> Path | None:
    """The data folder the user chose: ``--datamap``, else ``$KAARTEN_HOME``; None if
    neither (an empty variable counts as unset)."""
    value = os.environ.get(HOME_VARIABLE)
    return override or (Path(value) if value else None)


def data_dir(override: Path | None = None) -> Path:
    """The folder for the user's own files (sessions, notes): the chosen one, else the
    platform's user data folder."""
    import platformdirs  # only when asked: not on the start-up path of ``check``

    return chosen_home(override) or platformdirs.user_data_path("kaarten", appauthor=False)


def cache_dir(override: Path | None = None) -> Path:
    """The folder for files kaarten can always make again: inside a chosen data folder (so
    tests and portable set-ups keep everything in one place), else the platform's user
    cache folder."""
    import platformdirs

    home = chosen_home(override)
    return home / CACHE if home else platformdirs.user_cache_path("kaarten", appauthor=False)


# The data folder's layout: the folders kaarten makes and owns inside it.
SESSIONS = "sessies"
OWN = "zelf"
FORMS = "formulieren"
"""Inside :data:`OWN`."""
EXPORTS = "exports"
PEOPLE = "deelnemers"
"""Inside :data:`EXPORTS`: what was exported about one person."""
CACHE = "cache"
CRASH_REPORTS = "crashverslagen"
OWN_FOLDERS = (SESSIONS, OWN, f"{OWN}/{FORMS}", EXPORTS, CACHE, CRASH_REPORTS)
ROOM_ADDRESS = "zaal.json"
"""The room view's last port and secret (kaarten.room.address)."""
ROOM_PAGE = "zaal.html"
"""The page the browser is asked to open, which sends it on to the room view's address."""
SETTINGS = "instellingen.json"
"""The user's choices (kaarten.files.settings)."""
OWN_FILES = (SETTINGS, ROOM_ADDRESS, ROOM_PAGE)
"""The files kaarten keeps in the data folder itself."""


def log_folders(data: Path) -> list[Path]:
    """Every folder that holds logs (and the damaged copies kept of them)."""
    return [data / SESSIONS, data / OWN, data / OWN / FORMS]


def written_folders(data: Path) -> list[Path]:
    """Every folder kaarten writes files to by a rewrite (new file, then rename): the data
    folder itself (settings, the room address), the log folders, and the export folders
    (each session's, Zelf aan de slag's, the participants'). Links are left out."""
    folders = [data, *log_folders(data)]
    exports = data / EXPORTS
    if exports.is_dir() and not exports.is_symlink():
        folders += sorted(p for p in exports.iterdir() if p.is_dir() and not p.is_symlink())
    return folders


def person_exports(data: Path) -> Path:
    """Where ``kaarten deelnemer exporteren NAAM`` writes: ``exports/deelnemers``."""
    return data / EXPORTS / PEOPLE


def session_exports(data: Path, session_id: str) -> Path:
    """Where a session's exports go: ``exports/<session id>`` (the log file's name)."""
    return data / EXPORTS / session_id


def own_exports(data: Path) -> Path:
    """Where the exports of Zelf aan de slag go: ``exports/zelf``."""
    return data / EXPORTS / OWN


def print_exports(data: Path) -> Path:
    """Where the app puts a printed deck: ``exports/afdrukken``."""
    return data / EXPORTS / "afdrukken"


def private_folder(folder: Path, within: Path | None = None) -> None:
    """Make ``folder`` and every missing folder above it, each readable by the user only
    (``mkdir(parents=True)`` would give the parents the default, wider mode).

    Kaarten never follows a symbolic link out of a folder it owns: ``folder`` itself, and
    with ``within`` every folder below ``within`` on the way to it, must be a real folder.

    Raises:
        UnsafeFile: one of them is a link (``file.link``) or not a folder.
        OSError: a folder cannot be made.
    """
    from kaarten.files.safe import FOLDER_MODE, check_own_folder

    missing = [p for p in (folder, *folder.parents) if not os.path.lexists(p)]
    for path in reversed(missing):
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
    owned = [folder]
    if within is not None:
        owned += [p for p in folder.parents if within in p.parents]
    for path in owned:
        check_own_folder(path)
