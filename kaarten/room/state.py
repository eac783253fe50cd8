"""What the room sees, and nothing else: built by the app from what the coach put on
the table, sent to the page as JSON. Notes, action points, the handleiding and the other
participants never go in here (tests/ui/test_room.py searches the traffic for them)."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from kaarten.hyphens import syllables


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
    BREAK = "pauze"
    """A break: when the group goes on, and the countdown to it."""
    TRIAL = "proef"
    """A test page before the group comes: the longest card, the timer, a QR code and the
    sizes of text the room will read."""


@dataclass(frozen=True, slots=True)
class RoomTimer:
    """The countdown of the current activity, as the app shows it."""

    display: str
    """``12:30``, or ``+01:05`` once over time."""
    label: str
    """What the timer does, in words ("loopt", "tijd is om")."""
    over: bool = False
    running: bool = False
    soon: bool = False
    """Time is nearly up (amber, as in the app)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or list item of a longer text (an energizer, a definition),
    so the room sees the same structure as the app."""

    kind: str
    """``p`` (a paragraph), ``h`` (a heading) or ``li`` (a list item)."""
    text: str
    mark: str = ""
    """A list item's bullet or number ("•", "2.")."""
    level: int = 0
    """How deep a list item is nested (0: not)."""


@dataclass(frozen=True, slots=True)
class RoomState:
    """One screenful for the room. Texts are plain text; the page never reads them as
    HTML."""

    view: View = View.WELCOME
    title: str = ""
    """The card's kaartenset, the energizer's or definition's title, or the session's."""
    text: str = ""
    blocks: tuple[Block, ...] = ()
    """A Markdown text's structure; when there are blocks the page shows them, not
    ``text``."""
    kind: str = ""
    """The kind of card, as the user reads it ("Gesprekskaart")."""
    turn: str = ""
    """In a round: whose turn it is ("voor Anna")."""
    aside: str = ""
    """The card was put aside last time and comes back first ("bewaard voor later")."""
    cards: tuple[str, ...] = ()
    """An energizer's cards."""
    qr: tuple[str, ...] = ()
    """A QR code's modules, one string of ``0`` and ``1`` per row."""
    address: str = ""
    wall: tuple[str, ...] = ()
    """What the group said about the card, under it ("voor de zaal"); never a note."""
    sizes: tuple[str, ...] = ()
    """The test page's rows of text, one per size the room reads."""
    timer: RoomTimer | None = None
    contrast: bool = False
    language: str = "nl"
    words: dict[str, str] = field(default_factory=dict)
    """The page's own words in the UI language (the title of the tab, "verbinding weg")."""
    bell: int = 0
    """How often the bell rang since the app started: the page chimes when it goes up."""
    sound: bool = False
    """The coach's bell is on: the page may chime (after a click on it, as browsers ask)."""

    def to_json(self) -> str:
        data = asdict(self)
        # Where the page may break a word that is too wide for a line even at its smallest
        # size (a long compound, a web address): at a Dutch syllable, with a hyphen.
        data["syllables"] = syllables(self._texts())
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def _texts(self) -> Iterable[str]:
        yield self.text
        yield from (block.text for block in self.blocks)
        yield from self.cards
        yield from self.wall


def blocks(markdown: str) -> tuple[Block, ...]:
    """A Markdown text as plain blocks: its paragraphs, headings and list items, each
    with its words only (marks such as ``**`` dropped). Never HTML: the page sets each
    block's text as text."""
    from markdown_it import MarkdownIt

    found: list[Block] = []
    lists: list[list[int | None]] = []  # per open list: [next number] or [None] (bullets)
    kind, mark = "p", ""
    for token in MarkdownIt().parse(markdown):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1) if token.type == "ordered_list_open" else None
            lists.append([int(start) if start is not None else None])
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open":
            number = lists[-1][0] if lists else None
            kind, mark = "li", "•" if number is None else f"{number}."
            if number is not None:
                lists[-1][0] = number + 1
        elif token.type == "heading_open":
            kind, mark = "h", ""
        elif token.type == "inline":
            text = "".join(_words(token.children or []))
            if kind == "li" and found and found[-1].kind == "li" and mark == "":
                kind = "p"  # a second paragraph of an item stays under it
            found.append(Block(kind, text, mark, max(len(lists) - 1, 0) if kind == "li" else 0))
            kind, mark = ("p", "") if not lists else ("li", "")
        elif token.type in ("fence", "code_block"):
            found.append(Block("p", token.content.rstrip("\n")))
    return tuple(found)


def _words(children: list[Any]) -> Iterable[str]:
    for child in children:
        if child.type in ("text", "code_inline"):
            yield child.content
        elif child.type == "softbreak":
            yield " "
        elif child.type == "hardbreak":
            yield "\n"


def qr_rows(modules: tuple[tuple[bool, ...], ...]) -> tuple[str, ...]:
    """A QR code's matrix as rows of ``0`` and ``1``, for the page to draw."""
    return tuple("".join("1" if dark else "0" for dark in row) for row in modules)
