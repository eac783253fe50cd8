"""The room's test page, before the group comes: the card with the longest text of the
loaded decks, a timer, a QR code and a row of text at each size the room reads, so the
coach can walk to the back of the empty room and see what is readable."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from kaarten.deck.draw import is_blank
from kaarten.deck.labels import KIND
from kaarten.deck.model import Card, Deck
from kaarten.qr import matrix
from kaarten.room.state import RoomState, RoomTimer, View, qr_rows
from kaarten.ui.screens.base import KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter

SAMPLE_NAME = "Anna"
"""The name in the sample "voor Anna" (no participant's: none is there yet)."""
SAMPLE_TIME = "12:34"


class RoomTrialScreen(KaartenScreen):
    """What the test page shows and how to use it; the room view goes on if it was off."""

    HELP = "room_trial"
    BINDINGS = [command("escape", "back", "key.back", "cmd.back")]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="trial"):
            yield Static(id="trial-text")
        yield KeyFooter()

    def __init__(self) -> None:
        super().__init__()
        self._longest: tuple[Deck, Card] | None = None

    async def on_mount(self) -> None:
        if not self.kaarten.room.on:
            await self.kaarten.room.start()
        self.language_changed()

    def language_changed(self) -> None:
        self.title = self.t("trial.title")
        found = self.longest()
        length = len(found[1].text) if found else 0
        text = self.t("trial.explain", address=self.kaarten.room.address, n=length)
        self.query_one("#trial-text", Static).update(Content(text))
        self.kaarten.room.look()

    def longest(self) -> tuple[Deck, Card] | None:
        """The card with the longest text in the loaded decks (the smallest a card gets),
        and its deck; looked up once."""
        if self._longest is None:
            cards = [
                (deck, card)
                for deck in self.kaarten.result.library.decks.values()
                for card in deck.cards()
                if not is_blank(card)
            ]
            self._longest = max(cards, key=lambda found: len(found[1].text), default=None)
        return self._longest

    def room_state(self) -> RoomState:
        found = self.longest()
        deck, card = found if found else (None, None)
        card_set = deck.card_sets.get(card.set_id) if deck and card else None
        return RoomState(
            view=View.TRIAL,
            title=f"{card_set.id} {card_set.title}" if card_set else self.t("trial.title"),
            text=card.text if card else "",
            kind=self.t(KIND[card.kind]) if card else "",
            turn=self.t("table.for", name=SAMPLE_NAME),
            aside=self.t("table.kept_for_later"),
            # Not the room's own address (127.0.0.1 means nothing on a phone): a text that
            # says it was read, in a code as large as a link's.
            qr=qr_rows(matrix(self.t("trial.qr_text"))),
            sizes=tuple(self.t(key) for key in SIZES),
            timer=RoomTimer(SAMPLE_TIME, self.t("room.time_up"), running=True),  # its largest
        )

    def action_back(self) -> None:
        """Back; the room view stays on (it shows the welcome until a session starts)."""
        self.dismiss()


SIZES = (
    "trial.size.smallest",
    "trial.size.edges",
    "trial.size.aside",
    "trial.size.turn",
)
"""The rows of the test page, smallest first; the page sets each at its size."""
