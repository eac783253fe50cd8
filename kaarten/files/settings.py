"""The user's choices that stay from one start to the next: the language, high contrast,
the bell and whether the handleiding is hidden. Kept as ``instellingen.json`` in the data
folder, a small file a person can read and edit. Like every file there it is read as
hostile: an unknown key or a wrong value is ignored, a damaged file is reported once and
the defaults are used; it is never fatal.
"""

from __future__ import annotations

import contextlib
import datetime
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kaarten.files.durable import replace_atomically
from kaarten.files.safe import read_json
from kaarten.i18n import LANGUAGES
from kaarten.locations import SETTINGS

FILE = SETTINGS
MAX_BYTES = 16 * 1024
WARN_MINUTES = 2
WARN_MAX = 60


@dataclass(slots=True)
class Settings:
    """What is remembered; the names are the file's (Dutch, as the user reads them)."""

    taal: str = "nl"
    hoog_contrast: bool = False
    bel: bool = True
    """Ring when time is up or a break is over: the terminal bell, and the room page's
    chime once someone clicked it (browsers ask that)."""
    handleiding_verborgen: bool = False
    herinner_opruimen: bool = True
    """Remind once a month when sessions older than a year are kept (AVG)."""
    laatste_herinnering: str = ""
    """The date of that reminder (``2026-11-29``)."""
    oranje_minuten: int = WARN_MINUTES
    """The timer turns amber this many minutes before time is up, in the app and the room
    (0: never)."""


def load(data: Path) -> tuple[Settings, str | None]:
    """The settings in ``data`` (defaults when there are none), and a message code when
    the file was there but could not be used."""
    path = data / FILE
    try:
        found = read_json(path, MAX_BYTES)
    except FileNotFoundError:
        return Settings(), None
    except OSError:
        return Settings(), "settings.unreadable"
    except ValueError:
        return Settings(), "settings.damaged"
    if not isinstance(found, dict):
        return Settings(), "settings.damaged"
    settings = Settings()
    for item in fields(Settings):
        value = found.get(item.name)
        if item.name == "taal" and value in LANGUAGES:
            settings.taal = value
        elif item.name == "laatste_herinnering" and isinstance(value, str):
            settings.laatste_herinnering = value if _is_date(value) else ""
        elif (item.type in (bool, "bool") and isinstance(value, bool)) or (
            item.type in (int, "int") and type(value) is int and 0 <= value <= WARN_MAX
        ):
            setattr(settings, item.name, value)
    return settings, None


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def save(data: Path, settings: Settings) -> None:
    """Keep the settings (a failure costs only the remembering)."""
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n"
    with contextlib.suppress(OSError):
        data.mkdir(parents=True, exist_ok=True)
        replace_atomically(data / FILE, text.encode())


class Preferences:
    """The settings of one data folder (none: defaults, nothing kept), saved as they
    change."""

    def __init__(self, data: Path | None) -> None:
        self.folder = data
        found = load(data) if data is not None else (Settings(), None)
        self.settings, self.problem = found
        """The choices, and a message code when the file could not be used."""

    def remember(self, **choices: object) -> None:
        """Keep the user's choice for the next start."""
        for name, value in choices.items():
            setattr(self.settings, name, value)
        if self.folder is not None:
            save(self.folder, self.settings)

    @property
    def warn_seconds(self) -> float:
        """Seconds before time is up that a timer turns amber (0: it never does)."""
        return self.settings.oranje_minuten * 60.0
