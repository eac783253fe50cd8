"""Digits as large as the space they get, for a timer the room reads from the back in
presentation mode. Textual's ``Digits`` are always three rows high; these are drawn from a
5 × 7 font, each dot a block of cells, scaled to the widget's size."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FONT = {
    "0": (" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "),
    "1": ("  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "),
    "2": (" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"),
    "3": (" ### ", "#   #", "    #", "  ## ", "    #", "#   #", " ### "),
    "4": ("   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "),
    "5": ("#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "),
    "6": (" ### ", "#    ", "#    ", "#### ", "#   #", "#   #", " ### "),
    "7": ("#####", "    #", "   # ", "  #  ", "  #  ", "  #  ", "  #  "),
    "8": (" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "),
    "9": (" ### ", "#   #", "#   #", " ####", "    #", "    #", " ### "),
    ":": (" ", " ", "#", " ", "#", " ", " "),
    "+": ("     ", "  #  ", "  #  ", "#####", "  #  ", "  #  ", "     "),
    "-": ("     ", "     ", "     ", "#####", "     ", "     ", "     "),
    " ": ("  ", "  ", "  ", "  ", "  ", "  ", "  "),
}
ROWS = 7
BLOCK = "█"


def draw(text: str, width: int, height: int) -> list[str]:
    """``text`` in the font, as large as fits ``width`` × ``height`` cells. A dot is two
    cells wide for each row high (terminal cells are about twice as tall as wide) where
    the width allows; in a narrow window dots are made narrower first (down to one cell
    per row), so the digits still take the height they have."""
    glyphs = [FONT.get(char, FONT[" "]) for char in text]
    columns = sum(len(glyph[0]) for glyph in glyphs) + max(len(glyphs) - 1, 0)
    if not columns:
        return []
    tall = max(1, min(height // ROWS, width // columns))
    wide = max(1, min(2 * tall, width // columns))
    lines = []
    for row in range(ROWS):
        dots = " ".join(glyph[row] for glyph in glyphs)
        line = "".join((BLOCK if dot == "#" else " ") * wide for dot in dots)
        lines += [line] * tall
    return lines


class BigDigits(Widget):
    """The value in big block digits, centred in the widget."""

    value: reactive[str] = reactive("")

    def render(self) -> Content:
        width, height = self.content_size
        lines = draw(self.value, width, height)
        top = max(0, (height - len(lines)) // 2)
        shown = [""] * top + [line.center(width) for line in lines]
        return Content("\n".join(shown))
