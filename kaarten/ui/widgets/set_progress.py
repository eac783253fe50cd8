"""Zelf aan de slag's first tab: every kaartenset with how far the teacher got in it;
choosing one walks through it page by page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from textual import on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kaarten.deck.model import CardSet, Deck
from kaarten.own.service import OwnWork

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp

BAR = 10
"""Cells of a progress bar."""


@dataclass(frozen=True, slots=True)
class SetItem:
    deck: Deck
    card_set: CardSet


def progress_bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "▰" * filled + "▱" * (BAR - filled)


class SetProgressList(OptionList):
    """One option per kaartenset of every deck: read, total and answered."""

    def __init__(self, desk: OwnWork, *, id: str) -> None:
        super().__init__(id=id, markup=False)
        self.desk = desk
        self.sets: list[SetItem] = []

    def fill(self) -> None:
        """Read the progress again from the logboek (the cursor stays where it was)."""
        app = cast("KaartenApp", self.app)
        keep = self.highlighted
        self.clear_options()
        self.sets = []
        book = self.desk.logbook.book
        for deck in app.result.library.decks.values():
            for card_set in deck.sorted_sets():
                progress = book.progress(deck, card_set)
                line = app.t(
                    "solo.set_progress",
                    bar=progress_bar(progress.read, progress.total),
                    read=progress.read,
                    total=progress.total,
                    answered=progress.answered,
                )
                mark = "✓ " if progress.read == progress.total else ""
                self.add_option(
                    Option(Content(f"{mark}{card_set.id}  {card_set.title}\n    {line}"))
                )
                self.sets.append(SetItem(deck, card_set))
        if not self.sets:
            self.add_option(Option(Content(app.t("solo.no_sets")), disabled=True))
        else:
            self.highlighted = min(keep or 0, len(self.sets) - 1)

    @on(OptionList.OptionSelected)
    def _walk(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.sets):
            item = self.sets[event.option_index]
            cast("KaartenApp", self.app).go.walk(item.deck, item.card_set)
