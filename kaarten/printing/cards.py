"""Cards to cut: nine to an A4 page, the size of playing cards, with cut marks, and a page
of backs after each page of fronts for double-sided printing.

Printed double-sided and turned over the long edge, the back of the card in the first
column lands behind the last column: each row of backs is mirrored, so every card gets
its own back (its kaartenset) however the sets fall on the page. Fronts are always on
odd pages, so each sheet holds one page of fronts and its own backs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from fpdf.enums import XPos, YPos

from kaarten.hyphens import LONG, hyphenated
from kaarten.i18n import tr
from kaarten.printing.document import GREY, LIGHT, Document, measuring

CARD_W = 63.0
CARD_H = 88.0
"""A card in mm: the size of a playing card, so card sleeves and boxes fit."""
COLUMNS = 3
ROWS = 3
PER_PAGE = COLUMNS * ROWS
PAD = 4.5
"""White space inside a card's edge, in mm: a cut a little off never touches text."""
BACK_FRAME = 6.0
"""How far the frame on a back stands inside the cut, in mm: a printer shifts the back
side by up to a few millimetres, and a frame close to the edge shows that."""
MARK = 4.0
"""How far a cut mark reaches into the margin, in mm."""
LARGEST = 13.0
SMALLEST = 8.0
"""The card text's size in pt: as large as fits, never smaller than this (a text that
does not fit then continues on the next card: "1/2", "2/2")."""
TITLE = 10.0
"""A definitiekaart's title in pt; its text is never larger."""
FOOTER = 6.5
FOOTER_SMALLEST = 5.0
"""The footer's size in pt, and how far it may shrink to show the deck's name whole."""


@dataclass(frozen=True, slots=True)
class Back:
    """What the back of a card shows: the set mark large, and what it belongs to."""

    mark: str
    title: str
    subtitle: str


@dataclass(frozen=True, slots=True)
class Face:
    """The front of a card: its kind, its text, its set mark and what it belongs to."""

    kind: str
    text: str
    mark: str
    footer: str
    back: Back
    title: str | None = None
    """A heading above the text (a definitiekaart's word)."""
    write_lines: int = 0
    """Ruled lines to write on under the text (the eigen-vraag card)."""
    more: str = ""
    """Said on the card when its text had to be cut (only a text too long even for a
    card of its own per piece: a single word of thousands of letters)."""
    label: str = ""
    """The card as a trainer names it, for a warning ("1.1 gesprekskaart 3")."""
    number: str = ""
    """The card's short name in its footer ("1.2 · 4"), to find it back or sort a box."""


def _origin(doc: Document) -> tuple[float, float]:
    """The top left corner of the grid, which sits in the middle of the page."""
    return (doc.w - COLUMNS * CARD_W) / 2, (doc.h - ROWS * CARD_H) / 2


def continued(face: Face) -> list[Face]:
    """``face`` as one card, or split over as many cards as its text needs at
    :data:`SMALLEST`, each saying which it is ("2/3")."""
    return _pieces(measuring(), face)


def fits_one_card(text: str, title: str | None = None, write_lines: int = 0) -> bool:
    """Whether a card's text fits one printed card (``kaarten nakijken`` warns if not)."""
    face = Face("", text, "", "", Back("", "", ""), title=title, write_lines=write_lines)
    return len(continued(face)) == 1


def _pieces(doc: Document, face: Face) -> list[Face]:
    room = _text_room(doc, face)
    if _lines(doc, face.text, CARD_W - 2 * PAD, SMALLEST) * SMALLEST * 0.45 <= room:
        return [face]
    # The words that fit, found by halving: a 3,000-letter card takes a dozen layouts.
    parts = re.split(r"(\s+)", face.text)
    pieces: list[str] = []
    while parts:
        low, high = 1, len(parts)
        while low < high:
            middle = (low + high + 1) // 2
            text = "".join(parts[:middle]).strip()
            if _lines(doc, text, CARD_W - 2 * PAD, SMALLEST) * SMALLEST * 0.45 <= room:
                low = middle
            else:
                high = middle - 1
        pieces.append("".join(parts[:low]).strip())
        parts = parts[low:]
        while parts and not parts[0].strip():
            parts = parts[1:]
    count = len(pieces)
    return [
        replace(face, kind=f"{face.kind} {number}/{count}", text=text)
        for number, text in enumerate(pieces, 1)
    ]


def _text_room(doc: Document, face: Face) -> float:
    """The height (mm) a card has for its text, under its title and above its lines."""
    top = PAD + 7
    if face.title:
        doc.style(TITLE, bold=True)
        title = doc.multi_cell(
            CARD_W - 2 * PAD, 4.5, doc.ready(face.title), dry_run=True, output="LINES"
        )
        assert isinstance(title, list)
        top += len(title) * 4.5 + 1.5
    return CARD_H - PAD - 3.5 - 2 - face.write_lines * 7.0 - top


def _lines(doc: Document, text: str, width: float, size: float) -> int:
    doc.style(size)
    lines = doc.multi_cell(width, size * 0.45, doc.ready(text), dry_run=True, output="LINES")
    assert isinstance(lines, list)
    return len(lines)


def card_pages(faces: int, backs: bool = True) -> int:
    """How many pages ``faces`` cards take (fronts, and their backs when ``backs``)."""
    return -(-faces // PER_PAGE) * (2 if backs else 1)


def print_cards(
    doc: Document, faces: Sequence[Face], backs: bool = True, bookmark: str = ""
) -> None:
    """Pages of ``faces`` (nine a page), each followed by its backs when ``backs``.

    With backs, every page of fronts is an odd page, so a duplex printer puts it on the
    front of a sheet with its own backs behind it; after an odd number of pages before
    the cards (a one-page cover), a blank page comes first."""
    if backs and doc.page % 2 == 1:
        doc.add_page()
        doc.style(8, grey=GREY)
        doc.cell(0, 4, doc.ready(tr("print.blank_page", doc.lang)), align="C")
        doc.style()
    if bookmark:  # on the first page of cards, not on a blank page before it
        doc.bookmark(bookmark)
    for start in range(0, len(faces), PER_PAGE):
        page = faces[start : start + PER_PAGE]
        doc.add_page()
        _cut_marks(doc)
        for index, face in enumerate(page):
            _front(doc, face, *_place(doc, index, mirrored=False))
        if backs:  # each side says which it is, so a sheet that jammed is found again
            doc.sides[doc.page] = "print.sheet_front"
            doc.add_page()
            doc.sides[doc.page] = "print.sheet_back"
            _cut_marks(doc)
            for index, face in enumerate(page):
                _back(doc, face.back, *_place(doc, index, mirrored=True))


def _place(doc: Document, index: int, mirrored: bool) -> tuple[float, float]:
    row, column = divmod(index, COLUMNS)
    if mirrored:
        column = COLUMNS - 1 - column
    left, top = _origin(doc)
    return left + column * CARD_W, top + row * CARD_H


def _cut_marks(doc: Document) -> None:
    """Short lines in the margin along every edge between cards, and a faint outline
    of each card that a cut a little off leaves on no one's card."""
    left, top = _origin(doc)
    right, bottom = left + COLUMNS * CARD_W, top + ROWS * CARD_H
    doc.set_line_width(0.2)
    doc.set_draw_color(0)
    for column in range(COLUMNS + 1):
        x = left + column * CARD_W
        doc.line(x, top - 1 - MARK, x, top - 1)
        doc.line(x, bottom + 1, x, bottom + 1 + MARK)
    for row in range(ROWS + 1):
        y = top + row * CARD_H
        doc.line(left - 1 - MARK, y, left - 1, y)
        doc.line(right + 1, y, right + 1 + MARK, y)
    doc.set_draw_color(LIGHT + 40)
    doc.set_line_width(0.1)
    for column in range(COLUMNS + 1):
        x = left + column * CARD_W
        doc.line(x, top, x, bottom)
    for row in range(ROWS + 1):
        y = top + row * CARD_H
        doc.line(left, y, right, y)
    doc.set_draw_color(0)


def _set_mark(doc: Document, mark: str, right: float, top: float, size: float) -> None:
    """The set mark: its short name in white on a dark rounded label, ending at ``right``."""
    doc.style(size, bold=True)
    text = doc.ready(mark)
    width = doc.get_string_width(text) + size * 0.5
    height = size * 0.55
    doc.set_fill_color(40)
    doc.rect(right - width, top, width, height, style="F", round_corners=True, corner_radius=1)
    doc.set_text_color(255)
    doc.set_xy(right - width, top)
    doc.cell(width, height, text, align="C")
    doc.set_text_color(0)


def _front(doc: Document, face: Face, x: float, y: float) -> None:
    inner = CARD_W - 2 * PAD
    doc.style(7, bold=True, grey=GREY)
    doc.set_xy(x + PAD, y + PAD)
    doc.cell(inner - 12, 4, doc.ready(face.kind.upper()))
    _set_mark(doc, face.mark, x + CARD_W - PAD, y + PAD, 8)
    top = y + PAD + 7
    if face.title:
        doc.style(TITLE, bold=True)
        doc.set_xy(x + PAD, top)
        doc.multi_cell(
            inner, 4.5, doc.ready(face.title), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )
        top = doc.get_y() + 1.5
    footer_top = y + CARD_H - PAD - 3.5
    lines_room = face.write_lines * 7.0
    room = footer_top - 2 - lines_room - top
    largest = TITLE if face.title else LARGEST  # the text never outgrows its title
    _fitted(doc, face.text, x + PAD, top, inner, room, face.more, largest)
    if face.write_lines:
        doc.set_draw_color(LIGHT - 40)
        doc.set_line_width(0.2)
        for line in range(face.write_lines):
            ruled = footer_top - 2 - line * 7.0
            doc.line(x + PAD, ruled, x + CARD_W - PAD, ruled)
        doc.set_draw_color(0)
    _footer(doc, face, x + PAD, footer_top, inner)
    doc.style()


def _footer(doc: Document, face: Face, x: float, y: float, width: float) -> None:
    """The card's number on the left, what it belongs to (the deck) on the right: whole,
    in a smaller size where it needs one, cut with "…" only below that."""
    number = 0.0
    if face.number:
        doc.style(FOOTER, bold=True, grey=GREY)
        number = doc.get_string_width(doc.ready(face.number)) + 2
        doc.set_xy(x, y)
        doc.cell(number, 3.5, doc.ready(face.number))
    room = width - number
    size = FOOTER
    doc.style(size, grey=GREY)  # measured in its own font, not the number's bold
    while size > FOOTER_SMALLEST and doc.get_string_width(doc.printable(face.footer)) > room:
        size -= 0.5
        doc.style(size, grey=GREY)
    doc.set_xy(x + number, y)
    doc.cell(room, 3.5, doc.ready(_shortened(doc, face.footer, room)), align="R")


def _fitted(
    doc: Document,
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    more: str,
    largest: float = LARGEST,
) -> None:
    """``text`` in the box, at the largest size from :data:`LARGEST` that fits with every
    word whole on its line; at :data:`SMALLEST` what does not fit is cut off with an
    ellipsis and ``more``. Only a word wider than the card at the smallest size is broken,
    at a Dutch syllable with a hyphen (as the room view does)."""
    text = doc.ready(text)
    words = text.split()
    if not _words_fit(doc, words, width, SMALLEST):
        text = " ".join(hyphenated(word) if len(word) >= LONG else word for word in words)
        words = []  # breaking at a syllable is allowed now

    tried: dict[float, list[str]] = {}

    def laid_out(size: float) -> list[str]:
        if size not in tried:
            doc.style(size)
            lines = doc.multi_cell(
                width, size * 0.45, text, align="L", dry_run=True, output="LINES"
            )
            assert isinstance(lines, list)
            tried[size] = lines
        return tried[size]

    def fits(size: float) -> bool:
        whole = _words_fit(doc, words, width, size)  # else fpdf2 breaks a word anywhere
        return whole and len(laid_out(size)) * size * 0.45 <= height

    # The largest size that fits, in half points: most cards fit at once; otherwise a
    # binary search, so a long text costs a few layouts, not one per size tried.
    sizes = [SMALLEST + step / 2 for step in range(int((largest - SMALLEST) * 2) + 1)]
    low, high = 0, len(sizes) - 1
    if fits(sizes[high]):
        low = high
    while low < high:
        middle = (low + high + 1) // 2
        if fits(sizes[middle]):
            low = middle
        else:
            high = middle - 1
    size = sizes[low]
    lines = laid_out(size)
    line = size * 0.45
    room = max(2, int(height // line))
    if len(lines) > room:
        lines = [*lines[: room - 2], lines[room - 2].rstrip() + " …", more]
    doc.style(size)
    for number, shown in enumerate(lines):  # laid out already: drawn line by line
        doc.set_xy(x, y + number * line)
        doc.cell(width, line, shown)


def _words_fit(doc: Document, words: list[str], width: float, size: float) -> bool:
    """Whether each of ``words`` fits a line of ``width`` mm at ``size`` pt (inside the
    cell's own margins, as multi_cell sets it)."""
    doc.style(size)
    room = width - 2 * doc.c_margin
    return all(doc.get_string_width(word) <= room for word in words)


def _shortened(doc: Document, text: str, width: float) -> str:
    """``text`` as far as it fits on one line of ``width`` mm, with an ellipsis if cut."""
    if doc.get_string_width(doc.printable(text)) <= width:
        return text
    while text and doc.get_string_width(doc.printable(text + "…")) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _back(doc: Document, back: Back, x: float, y: float) -> None:
    inner = CARD_W - 2 * PAD
    doc.set_draw_color(LIGHT)
    doc.set_line_width(0.6)
    frame_w, frame_h = CARD_W - 2 * BACK_FRAME, CARD_H - 2 * BACK_FRAME
    doc.rect(x + BACK_FRAME, y + BACK_FRAME, frame_w, frame_h, round_corners=True, corner_radius=3)
    doc.set_draw_color(0)
    doc.style(26, bold=True)
    mark = doc.ready(back.mark)
    width = doc.get_string_width(mark) + 10
    doc.set_fill_color(40)
    doc.rect(
        x + (CARD_W - width) / 2, y + 26, width, 15, style="F", round_corners=True, corner_radius=2
    )
    doc.set_text_color(255)
    doc.set_xy(x + (CARD_W - width) / 2, y + 26)
    doc.cell(width, 15, mark, align="C")
    doc.style(10, bold=True)
    doc.set_xy(x + PAD + 2, y + 46)
    doc.multi_cell(
        inner - 4, 4.8, doc.ready(back.title), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT
    )
    doc.style(8, grey=GREY)
    doc.set_x(x + PAD + 2)
    doc.multi_cell(inner - 4, 4, doc.ready(back.subtitle), align="C")
    doc.style()
