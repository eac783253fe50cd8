"""What the room sees, and nothing else: built by the app from what the coach put on
the table, sent to the page as JSON. Notes, action points, the handleiding and the other
participants never go in here (tests/ui/test_room.py searches the traffic for them)."""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field


class View(enum.StrEnum):
    """What fills the screen."""

    WELCOME = "welkom"
    """Between activities, or before anything is on the table: the title only."""
    CARD = "kaart"
    ENERGIZER = "energizer"
    DEFINITION = "definitie"
    QR = "qr"
    BLACK = "zwart"
    """Nothing at all (like B in PowerPoint)."""


@dataclass(frozen=True, slots=True)
class RoomTimer:
    """The countdown of the current activity, as the app shows it."""

    display: str
    """``12:30``, or ``+01:05`` once over time."""
    label: str
    """What the timer does, in words ("loopt", "tijd is om")."""
    over: bool = False
    running: bool = False


@dataclass(frozen=True, slots=True)
class RoomState:
    """One screenful for the room. Texts are plain text; the page never reads them as
    HTML."""

    view: View = View.WELCOME
    title: str = ""
    """The card's kaartenset, the energizer's or definition's title, or the session's."""
    text: str = ""
    kind: str = ""
    """The kind of card, as the user reads it ("Gesprekskaart")."""
    turn: str = ""
    """In a round: whose turn it is ("voor Anna")."""
    cards: tuple[str, ...] = ()
    """An energizer's cards."""
    qr: tuple[str, ...] = ()
    """A QR code's modules, one string of ``0`` and ``1`` per row."""
    address: str = ""
    timer: RoomTimer | None = None
    contrast: bool = False
    language: str = "nl"
    words: dict[str, str] = field(default_factory=dict)
    """The page's own words in the UI language (the title of the tab, "verbinding weg")."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))


def qr_rows(modules: tuple[tuple[bool, ...], ...]) -> tuple[str, ...]:
    """A QR code's matrix as rows of ``0`` and ``1``, for the page to draw."""
    return tuple("".join("1" if dark else "0" for dark in row) for row in modules)
