"""One card, large and centred: the text a room reads from the projector."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class CardView(Static):
    """A card. The kind of card sits in the top border, its kaartenset in the bottom one,
    so presentation mode (which shows only the card) still says what the card is.

    Every text is wrapped in :class:`Content`, never parsed as markup: card text from YAML
    may hold ``[bold]`` or ``[/]`` and must show those characters.
    """

    def show(self, text: str, kind: str, caption: str, *, blank: bool = False) -> None:
        """Show ``text``; ``blank`` styles it as the empty eigen-vraag card."""
        self.border_title = Content(kind)
        self.border_subtitle = Content(caption)
        self.set_class(blank, "-blank")
        self.update(Content(text))
