"""A QR code drawn in the terminal, as large as its space allows."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from kaarten import qr

# Explicit colours on every theme: phones did not read light-on-dark codes.
QR_STYLE = "#000000 on #ffffff"


class QRCode(Widget):
    """The QR code of ``data``, centred and scaled up to fill the widget."""

    def __init__(self, data: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.data = data

    def render(self) -> Text:
        width, height = self.size
        scale = qr.best_scale(self.data, width, height)
        lines = qr.lines(self.data, scale)
        left = " " * max(0, (width - len(lines[0])) // 2)
        top = max(0, (height - len(lines)) // 2)
        text = Text("\n" * top, no_wrap=True, overflow="crop", end="")
        for index, line in enumerate(lines):
            text.append(left)
            text.append(line, QR_STYLE)
            if index < len(lines) - 1:
                text.append("\n")
        return text
