"""A4 pages in kaarten's own font: the base every printed document is made on.

The font ships with kaarten (DejaVu Sans, its licence in ``fonts/LICENSE.txt``), so a PDF
looks the same on every laptop. Text reaches the page through :meth:`Document.printable`:
cleaned like every other way out (:func:`kaarten.text.clean`), and a character the font
lacks is written out visibly (``[U+4E2D]``) instead of becoming an empty box, except a
symbol (an emoji in a name, "Jan-Willem 🌷"): that is left out with the space before it,
since a word in brackets reads as part of the name. Arabic and Hebrew are shaped and set
right to left by HarfBuzz (uharfbuzz), only for texts that hold them: shaping every text
would triple the time per card.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import TTFFont

from kaarten.files.durable import replace_file
from kaarten.i18n import tr
from kaarten.qr import QUIET_ZONE, matrix
from kaarten.text import clean

FONTS = Path(__file__).parent / "fonts"
FAMILY = "kaarten"
"""The name of the font inside the PDF."""

MARGIN = 18.0
"""Left and right margin of a text page, in mm."""
TOP = 16.0
LINE = 5.0
"""The height of a line of body text (10 pt), in mm."""
GREY = 105
LIGHT = 185

_COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
"""Hebrew, Arabic and the scripts near them: letters that join or run right to left."""


_LEFT_OUT = "\x00"
"""Marks a symbol left out, until the spaces around it are tidied (``clean`` has removed
every control character from the text, so it cannot be there already)."""
_GLUE = f" \u200d\ufe0f{_LEFT_OUT}"
"""Spaces, and the joiner and emoji selector that hold an emoji sequence together."""
_SPACED_OUT = re.compile(rf"(^|\n)[{_GLUE}]*{_LEFT_OUT}[{_GLUE}]*|[{_GLUE}]*{_LEFT_OUT}[{_GLUE}]*")


@functools.lru_cache(maxsize=4096)
def _printable(text: str, glyphs: frozenset[int]) -> str:
    text = unicodedata.normalize("NFC", clean(text)).replace("\t", "    ")
    if all(ord(c) in glyphs or c == "\n" for c in text):
        return text
    printed = "".join(c if ord(c) in glyphs or c == "\n" else _stand_in(c) for c in text)
    if _LEFT_OUT not in printed:
        return printed
    tidied = _SPACED_OUT.sub(_one_space, printed)
    # Only symbols (a name that is one emoji): a box, so the line is not empty.
    return tidied if tidied.strip() or not text.strip() else "□"


def _one_space(found: re.Match[str]) -> str:
    """A symbol left out takes its spaces with it: one space stays between two words, none
    at the start or the end of a line."""
    if found.group(1) is not None:
        return found.group(1)
    before = found.string[found.start() - 1 : found.start()]
    after = found.string[found.end() : found.end() + 1]
    if after in ("", "\n") or unicodedata.category(after) in ("Po", "Pe", "Pf"):
        return ""  # "Jan-Willem 🌷, Anna": the comma stays with the name
    return "" if before and unicodedata.category(before) in ("Ps", "Pi") else " "


def _stand_in(char: str) -> str:
    """What is printed for a character the font does not have: nothing for an invisible
    mark or joiner, a mark to leave out for a symbol (an emoji), else its code point."""
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf"):
        return ""
    if category.startswith("S"):
        return _LEFT_OUT
    return f"[U+{ord(char):04X}]"


_HEADING_SIZES = {1: 18.0, 2: 14.0, 3: 12.0}
"""A heading's size in pt per level (deeper ones: 10.5)."""
_HEADING_ABOVE = 2.0
_HEADING_BELOW = 1.5
"""The gaps in mm above a heading (not the first level) and below it."""


@functools.cache
def measuring() -> Document:
    """A document only to measure and try layouts in, never saved (loading the font once,
    not per card or per try)."""
    doc = Document("", "nl")
    doc.add_page()
    return doc


SCRATCH_PAGES = 200
"""Tried pages kept at most in the measuring document before it starts again."""


def scratch_page() -> Document:
    """The measuring document on a new page, to try a layout before it is set (a form's
    spare lines, a handout's height). Tried pages pile up in it: past
    :data:`SCRATCH_PAGES` it starts again, so an app that prints all day does not keep
    them all."""
    if measuring().page >= SCRATCH_PAGES:
        measuring.cache_clear()
    trial = measuring()
    trial.add_page()
    return trial


class Document(FPDF):
    """An A4 PDF with kaarten's font, page numbers, and the drawing it needs."""

    def __init__(self, title: str, lang: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.lang = lang
        for style, name in (
            ("", "DejaVuSans"),
            ("B", "DejaVuSans-Bold"),
            ("I", "DejaVuSans-Oblique"),
        ):
            self.add_font(FAMILY, style, FONTS / f"{name}.ttf")
        font = self.fonts[FAMILY]
        assert isinstance(font, TTFFont)
        self._glyphs = frozenset(font.cmap)
        self._shaping = False
        self._bookmarks: list[tuple[str, int]] = []
        self.sides: dict[int, str] = {}
        """Pages of cards printed double-sided: page number → the message key naming its
        side of the sheet ("vel 3 · voorkant"), said at the foot instead of the number."""
        self.too_long: list[tuple[str, str]] = []
        """The cards whose text continues on a next card, as (deck folder, card), for a
        warning."""
        self.set_margins(MARGIN, TOP, MARGIN)
        self.set_auto_page_break(True, margin=TOP)
        self.set_font(FAMILY, size=10)
        self.set_title(self.printable(title))
        self.set_creator("kaarten")
        self.set_lang(lang)

    # -- text ------------------------------------------------------------------------------

    def printable(self, text: str) -> str:
        """``text`` as it can be printed in this font (see the module)."""
        return _printable(text, self._glyphs)

    def ready(self, text: str) -> str:
        """``text`` made printable, with shaping switched on only when it needs it."""
        text = self.printable(text)
        wanted = _COMPLEX.search(text) is not None
        if wanted != self._shaping:
            # The paragraph runs in the document's direction (Dutch and English: left to
            # right), so a line that starts with an Arabic name stays a Dutch line; the
            # name itself is still shaped and set right to left.
            self.set_text_shaping(wanted, direction="ltr" if wanted else None)
            self._shaping = wanted
        return text

    def style(
        self, size: float = 10, bold: bool = False, italic: bool = False, grey: int = 0
    ) -> None:
        self.set_font(FAMILY, "B" if bold else "I" if italic else "", size)
        self.set_text_color(grey)

    def paragraph(self, text: str, height: float = LINE, gap: float = 1.5, link: str = "") -> None:
        """A block of text across the page, wrapped, left aligned; ``gap`` mm after it;
        clicking it opens ``link`` when given."""
        self.set_x(self.l_margin)
        self.multi_cell(
            0, height, self.ready(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT, link=link
        )
        self.ln(gap)

    def heading(self, text: str, level: int = 1, then: float = 0.0) -> None:
        """A heading: 18, 14, 12 or 10.5 pt bold, kept together with the first lines of
        what follows; ``then`` mm more when that starts with a heading of its own."""
        size = _HEADING_SIZES.get(level, 10.5)
        self.keep_room(size * 0.9 + 3 * LINE + then)
        self.ln(_HEADING_ABOVE if level > 1 else 0)
        self.style(size, bold=True)
        self.paragraph(text, height=size * 0.45, gap=_HEADING_BELOW)
        self.style()

    @staticmethod
    def heading_room(level: int) -> float:
        """The height in mm a heading of ``level`` takes on one line, with its gaps (as
        :meth:`heading` sets it)."""
        size = _HEADING_SIZES.get(level, 10.5)
        return (_HEADING_ABOVE if level > 1 else 0) + size * 0.45 + _HEADING_BELOW

    def keep_room(self, height: float) -> None:
        """Start a new page unless ``height`` mm still fits on this one."""
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def bookmark(self, name: str, level: int = 0) -> None:
        """An entry in the PDF's outline (the reader's side panel) for the page that is
        added next: each part, and each kaartenset, bijlage and energizer in it."""
        self._bookmarks.append((name, level))

    def header(self) -> None:
        self.place_bookmarks()

    def place_bookmarks(self) -> None:
        """Put the waiting outline entries here (for a part that starts mid-page)."""
        for name, level in self._bookmarks:
            self.start_section(self.printable(name), level, strict=False)
        self._bookmarks.clear()

    def footer(self) -> None:
        page = self.page_no()
        side = self.sides.get(page)
        said = str(page)
        if side is not None:
            said = tr(side, self.lang, sheet=(page + 1) // 2, page=page)
        self.set_y(-11)
        self.style(8, grey=GREY)
        self.cell(0, 4, self.ready(said), align="C")

    # -- drawing ---------------------------------------------------------------------------

    @staticmethod
    def qr_side(data: str) -> float:
        """The side in mm of :meth:`qr`'s code for ``data``: modules of a whole
        millimetre (crisp when printed or rendered), or smaller for a long address, but
        never under 2 cm, so a phone reads it from the table."""
        modules = len(matrix(data)) - 2 * QUIET_ZONE
        return float(modules) if modules <= 30 else max(20.0, modules * 0.5)

    def qr(self, data: str, x: float, y: float) -> float:
        """A QR code of ``data`` as vector squares with its top left at ``x``, ``y``
        (the caller leaves white around it, four modules at least); returns its side.
        Each run of dark modules in a row is one rectangle."""
        rows = matrix(data)  # with its quiet zone, which is white: left out here
        side = self.qr_side(data)
        module = side / (len(rows) - 2 * QUIET_ZONE)
        x -= QUIET_ZONE * module
        y -= QUIET_ZONE * module
        self.set_fill_color(0)
        for r, row in enumerate(rows):
            start = None
            for c, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = c
                elif not dark and start is not None:
                    left = x + start * module
                    self.rect(left, y + r * module, (c - start) * module, module, style="F")
                    start = None
        return side

    def box(self, x: float, y: float, size: float, ticked: bool = False) -> None:
        """A tick box, ticked or empty."""
        self.set_draw_color(0)
        self.set_line_width(0.3)
        self.rect(x, y, size, size)
        if ticked:
            self.set_line_width(0.5)
            self.line(x + size * 0.2, y + size * 0.55, x + size * 0.42, y + size * 0.8)
            self.line(x + size * 0.42, y + size * 0.8, x + size * 0.82, y + size * 0.2)
            self.set_line_width(0.2)

    def writing_lines(self, count: int, left: float | None = None, gap: float = 8.0) -> None:
        """``count`` ruled lines to write on by hand, across the page from ``left``."""
        left = self.l_margin if left is None else left
        self.set_draw_color(LIGHT - 40)
        self.set_line_width(0.2)
        for _ in range(count):
            self.keep_room(gap)
            self.ln(gap)
            self.line(left, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)
        self.set_draw_color(0)

    # -- out -------------------------------------------------------------------------------

    def save(self, target: Path) -> None:
        """Write the PDF to ``target`` in the atomic way: made beside it as a temporary
        file and renamed into place, so a failure never leaves half a file. Only a
        regular file is replaced.

        Raises:
            OSError: it could not be written (nothing is left behind); ``target`` is a
                device, a pipe, a folder or a link (UnsafeFile ``file.not_to_write``).
        """
        replace_file(target, bytes(self.output()))
