"""Choose several kaartensets to draw from, mixed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, SelectionList, Static

from kaarten.deck.model import Deck
from kaarten.ui.screens.base import KaartenModal, command


class MixModal(KaartenModal[list[str] | None]):
    """Returns the ids of the kaartensets ticked, in deck order."""

    HELP = "mix"
    BINDINGS = [
        command("escape", "cancel", "key.cancel"),
        command("enter", "draw", "key.draw_mixed", priority=True),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.t("mix.title")), classes="dialog-title", id="mix-title")
            yield SelectionList[str](
                *[
                    (Content(f"{s.id}  {s.title}  ({len(s.cards)})"), s.id)
                    for s in self.deck.sorted_sets()
                ],
                id="mix-sets",
            )
            with Horizontal(classes="buttons"):
                yield Button(Content(self.t("mix.draw")), id="mix-draw", variant="primary")
                yield Button(Content(self.t("mix.cancel")), id="mix-cancel")

    @on(Button.Pressed, "#mix-draw")
    def action_draw(self) -> None:
        """Draw from the ticked sets."""
        chosen = self.query_one("#mix-sets", SelectionList).selected
        if not chosen:
            self.notify(self.t("mix.none"), markup=False, severity="warning")
            return
        order = [s.id for s in self.deck.sorted_sets()]
        self.dismiss(sorted(chosen, key=order.index))

    @on(Button.Pressed, "#mix-cancel")
    def action_cancel(self) -> None:
        """Close without drawing."""
        self.dismiss(None)

    def language_changed(self) -> None:
        """Relabel in place, keeping the ticks."""
        self.query_one("#mix-title", Static).update(Content(self.t("mix.title")))
        self.query_one("#mix-draw", Button).label = Content(self.t("mix.draw"))
        self.query_one("#mix-cancel", Button).label = Content(self.t("mix.cancel"))
