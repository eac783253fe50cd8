"""All cards of the pile at a glance; pick one to put it on the table.

The list shows a window of at most :data:`WINDOW` cards around the current one, with an
entry at either end that moves the window: a set of 21,000 cards opens as fast as one of
seven (every option is measured when the list is built, so the list itself must stay
short).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.deck.draw import DrawPile, is_blank
from kaarten.deck.labels import KIND
from kaarten.deck.model import Card, Deck
from kaarten.ui.screens.base import KaartenModal, command

WINDOW = 200
"""Cards listed at a time."""
PREVIEW = 240
"""Characters of a card's text in the list: a page-long card stays a few lines."""
_EARLIER = "earlier"
_LATER = "later"


class CardOverviewModal(KaartenModal[int | None]):
    """Every card in drawing order with its kind; returns the position picked."""

    HELP = "overview"
    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(
        self, deck: Deck, pile: DrawPile, mark: Callable[[Card], str | None] | None = None
    ) -> None:
        super().__init__()
        self.deck = deck
        self.pile = pile
        self.mark = mark
        """In a session: where a card stands for the group ("voor later", …)."""
        self.start = 0

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="overview-dialog"):
            yield Static(
                Content(self.t("overview.title", total=len(self.pile))), classes="dialog-title"
            )
            yield OptionList(id="overview", markup=False)

    def on_mount(self) -> None:
        self._show_around(self.pile.position)

    def _show_around(self, position: int) -> None:
        """List the window of cards that holds ``position``, and highlight it."""
        total = len(self.pile)
        self.start = max(0, min(position - WINDOW // 2, total - WINDOW))
        end = min(total, self.start + WINDOW)
        options: list[Option] = []
        if self.start > 0:
            options.append(Option(Content(self.t("overview.earlier", n=self.start)), _EARLIER))
        options += [self._option(index) for index in range(self.start, end)]
        if end < total:
            options.append(Option(Content(self.t("overview.later", n=total - end)), _LATER))
        overview = self.query_one("#overview", OptionList)
        overview.set_options(options)
        overview.highlighted = position - self.start + (1 if self.start > 0 else 0)
        # Once the new list is laid out: before, its height is the old one's.
        self.call_after_refresh(overview.scroll_to_highlight)

    def _option(self, index: int) -> Option:
        card = self.pile.cards[index]
        text = self.t("card.blank_custom_question_short") if is_blank(card) else card.text
        kind = self.t(KIND[card.kind])
        mark = self.mark(card) if self.mark and not is_blank(card) else None
        # The text starts a line of its own, flush left like the lines it wraps onto.
        return Option(
            Content.assemble(
                f"{index + 1}. ",
                (f"{card.set_id} {kind}", "dim"),
                (f" · {mark}" if mark else "", "italic"),
                "\n",
                _preview(text),
            ),
            id=str(index),
        )

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == _EARLIER:
            self._show_around(self.start - 1)
        elif event.option.id == _LATER:
            self._show_around(self.start + WINDOW)
        else:
            self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        """Close without changing the card."""
        self.dismiss(None)


def _preview(text: str) -> str:
    """The card's text on as few lines as it needs, cut at :data:`PREVIEW` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= PREVIEW else flat[: PREVIEW - 1] + "…"
