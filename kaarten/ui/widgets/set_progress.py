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
        self.rows: list[SetItem | None] = []
        """What each option is: a kaartenset, or (None) a deck's title above its sets."""

    def fill(self) -> None:
        """Read the progress again from the logboek (the cursor stays where it was). With
        sets from more than one deck, each deck's sets come under its title."""
        app = cast("KaartenApp", self.app)
        keep = self.highlighted
        self.clear_options()
        self.rows = []
        book = self.desk.logbook.book
        decks = [d for d in app.result.library.decks.values() if d.card_sets]
        for deck in decks:
            if len(decks) > 1:
                self.add_option(Option(Content.styled(deck.title, "bold"), disabled=True))
                self.rows.append(None)
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
                text = f"{mark}{card_set.id}  {card_set.title}\n    {line}"
                self.add_option(Option(Content(text)))
                self.rows.append(SetItem(deck, card_set))
        first = next((i for i, row in enumerate(self.rows) if row is not None), None)
        if first is None:
            self.add_option(Option(Content(app.t("solo.no_sets")), disabled=True))
            return
        wanted = keep if keep is not None and keep < len(self.rows) else first
        self.highlighted = wanted if self.rows[wanted] is not None else first

    @on(OptionList.OptionSelected)
    def _walk(self, event: OptionList.OptionSelected) -> None:
        rows = self.rows
        item = rows[event.option_index] if event.option_index < len(rows) else None
        if item is not None:
            cast("KaartenApp", self.app).go.walk(item.deck, item.card_set)
