"""A link as a QR code to scan from a phone, with its title and address as text."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kaarten.deck.model import Link
from kaarten.qr import MAX_BYTES, fits, matrix
from kaarten.room.state import RoomState, View, qr_rows
from kaarten.ui.screens.base import CARDS_CSS, KaartenModal, command
from kaarten.ui.widgets.qr_code import QRCode


class LinkModal(KaartenModal[None]):
    """The links of a card; the highlighted one is shown as a QR code."""

    CSS_PATH = CARDS_CSS

    HELP = "link"
    BINDINGS = [command("escape", "cancel", "key.close")]

    def __init__(self, links: Sequence[Link]) -> None:
        super().__init__()
        self.links = list(links)
        self.shown = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="link-dialog"):
            with Vertical(id="link-side"):
                yield Static(id="link-text")
                if len(self.links) > 1:
                    yield OptionList(
                        *[
                            Option(Content(link.title), id=str(i))
                            for i, link in enumerate(self.links)
                        ],
                        id="link-list",
                        markup=False,
                    )
            yield QRCode("", id="qr")

    def on_mount(self) -> None:
        self._show(self.shown)

    def _show(self, index: int) -> None:
        self.shown = index
        link = self.links[index]
        lines = [link.title]
        if link.note:
            lines.append(link.note)
        lines.append("")
        drawn = link.url is not None and fits(link.url)
        if link.url and not drawn:  # said first: the address itself can fill the dialog
            lines += [self.t("link.too_long", n=len(link.url.encode()), limit=MAX_BYTES), ""]
        if link.url:
            lines.append(_shown(link.url))
        elif not link.note:  # the deck's note says how to find it; else we do (as on paper)
            lines.append(self.t("link.no_url"))
        if drawn:
            lines += ["", self.t("link.scan")]
        self.query_one("#link-text", Static).update(Content("\n".join(lines)))
        code = self.query_one("#qr", QRCode)
        code.display = drawn
        code.data = link.url if drawn and link.url else ""
        code.refresh()

    def room_state(self) -> RoomState | None:
        """The link's QR code for the room view, with its title and address; a link
        without an address, or one too long for a code, leaves the room where it was."""
        link = self.links[self.shown]
        if not link.url or not fits(link.url):
            return None
        rows = qr_rows(matrix(link.url))
        return RoomState(view=View.QR, title=link.title, qr=rows, address=link.url)

    @on(OptionList.OptionHighlighted, "#link-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def action_cancel(self) -> None:
        """Close the QR code."""
        self.dismiss(None)

    def language_changed(self) -> None:
        self._show(self.shown)


SHOWN = 300
"""The most of an address the dialog shows: a tracking link can be thousands long."""


def _shown(address: str) -> str:
    return address if len(address) <= SHOWN else address[:SHOWN] + "…"
