"""An energizer: its instructions and, for energizers 2–5, the cards Kind, Ouder, School."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Header, Markdown

from kaarten.deck import guide
from kaarten.deck.model import Card, Deck
from kaarten.deck.search import plain
from kaarten.room.state import RoomState, View, blocks
from kaarten.session.run import SessionRun
from kaarten.ui.screens.base import CARDS_CSS, TIMER_CSS, KaartenScreen, command
from kaarten.ui.widgets.card_view import CardView
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.timer_view import SessionTimer


class EnergizerScreen(KaartenScreen):
    """The instructions on top, the energizer's cards side by side below."""

    CSS_PATH = [CARDS_CSS, TIMER_CSS]

    HELP = "energizer"
    PRESENTABLE = True
    BINDINGS = [
        command("t", "timer", "key.timer", "cmd.timer"),
        command("plus", "minute", "key.minute", "cmd.minute", show=False),
        command("a", "action_point", "key.action_point", "cmd.action_point"),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def __init__(self, deck: Deck, energizer_id: str, run: SessionRun | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.energizer = deck.energizers[energizer_id]
        self.run = run
        """The session being led, when opened from its agenda: then the timer shows."""

    def cards(self) -> list[tuple[str, Card]]:
        """The energizer's own cards, then those of the energizers it uses, each with the
        id of the energizer it belongs to."""
        owners = [self.energizer.id]
        owners += [used for used in self.energizer.uses if used in self.deck.energizers]
        return [(owner, card) for owner in owners for card in self.deck.energizers[owner].cards]

    def compose(self) -> ComposeResult:
        self.title = self.t("energizer.title", id=self.energizer.id, title=self.energizer.title)
        lang = self.kaarten.ui_language
        yield Header()
        if self.run is not None:
            yield SessionTimer(self.run, id="energizer-timer")
        with VerticalScroll(id="energizer"):
            yield Markdown(
                guide.energizer_text(self.energizer, lang), open_links=False, id="energizer-text"
            )
            cards = self.cards()
            # In presentation mode the room sees the cards, or the text when there are none.
            self.set_class(bool(cards), "-with-cards")
            if cards:
                with Horizontal(id="energizer-cards"):
                    for owner, card in cards:
                        view = CardView(classes="energizer-card")
                        caption = self.t("energizer.caption", id=owner)
                        view.show(card.text, self.t("card.kind.energizer"), caption)
                        yield view
        yield KeyFooter()

    def room_state(self) -> RoomState:
        """The energizer for the room view: its text, and its cards when it has them."""
        energizer = self.energizer
        return RoomState(
            view=View.ENERGIZER,
            title=self.t("energizer.title", id=energizer.id, title=energizer.title),
            text=plain(energizer.text),
            blocks=blocks(energizer.text),
            cards=tuple(card.text for _owner, card in self.cards()),
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("timer", "minute", "action_point"):
            return self.run is not None
        return True

    def action_timer(self) -> None:
        """Start, pause or resume the energizer's timer."""
        self.query_one(SessionTimer).toggle()

    def action_minute(self) -> None:
        """One minute more for the energizer."""
        self.query_one(SessionTimer).add_minute()

    def action_action_point(self) -> None:
        """Write down an action point for a participant."""
        if self.run is not None:
            self.kaarten.sessions.add_action_point(self.run, None, lambda: None)

    def action_back(self) -> None:
        """Back to where the energizer was opened from."""
        if self.run is not None:
            self.run.showing(None)  # left on purpose: a resume starts at the session
        self.dismiss()
