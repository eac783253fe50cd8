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
from kaarten.qr import matrix
from kaarten.room.state import RoomState, View, qr_rows
from kaarten.ui.screens.base import KaartenModal, command
from kaarten.ui.widgets.qr_code import QRCode


class LinkModal(KaartenModal[None]):
    """The links of a card; the highlighted one is shown as a QR code."""

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
        lines.append(link.url or self.t("link.no_url"))
        if link.url:
            lines += ["", self.t("link.scan")]
        self.query_one("#link-text", Static).update(Content("\n".join(lines)))
        code = self.query_one("#qr", QRCode)
        code.display = bool(link.url)
        code.data = link.url or ""
        code.refresh()

    def room_state(self) -> RoomState | None:
        """The link's QR code for the room view, with its title and address; a link
        without an address leaves the room where it was."""
        link = self.links[self.shown]
        if not link.url:
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
