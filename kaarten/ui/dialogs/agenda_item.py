"""Change one agenda item of a new session: which kaartenset or energizer, and its minutes
(typed, not only five at a time)."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from kaarten.session.model import Activity
from kaarten.ui.screens.base import FORMS_CSS, KaartenModal, command

MINUTES_MAX = 600


class AgendaItemModal(KaartenModal[Activity | None]):
    """Returns the changed item, or None when cancelled."""

    CSS_PATH = FORMS_CSS

    HELP = "agenda_item"
    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(self, item: Activity, alternatives: list[Activity]) -> None:
        super().__init__()
        self.item = item
        self.alternatives = alternatives or [item]
        """The items of the same kind it can become (itself among them)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="item-dialog"):
            yield Static(Content(self.t("item.title")), classes="dialog-title")
            yield OptionList(
                *[Option(Content(a.title)) for a in self.alternatives],
                id="item-choice",
                markup=False,
            )
            with Horizontal(id="item-minutes-row"):
                yield Label(Content(self.t("item.minutes")), classes="field-label")
                yield Input(str(self.item.minutes), id="item-minutes")
            yield Static(id="item-error")
            with Horizontal(classes="buttons"):
                yield Button(Content(self.t("item.cancel")), id="item-cancel", compact=True)
                yield Button(
                    Content(self.t("item.save")), id="item-save", variant="primary", compact=True
                )

    def on_mount(self) -> None:
        choice = self.query_one("#item-choice", OptionList)
        same = [a.items == self.item.items for a in self.alternatives]
        choice.highlighted = same.index(True) if True in same else 0
        choice.display = len(self.alternatives) > 1
        (choice if choice.display else self.query_one("#item-minutes")).focus()

    @on(OptionList.OptionHighlighted, "#item-choice")
    def _chosen(self, event: OptionList.OptionHighlighted) -> None:
        """Another set or energizer: its own planned minutes, unless they were typed."""
        minutes = self.query_one("#item-minutes", Input)
        if minutes.value.strip() == str(self.item.minutes):
            planned = self.alternatives[event.option_index].minutes
            minutes.value = str(planned)
            self.item = replace(self.item, minutes=planned)

    @on(OptionList.OptionSelected, "#item-choice")
    def _to_minutes(self) -> None:
        self.query_one("#item-minutes", Input).focus()

    @on(Input.Submitted, "#item-minutes")
    @on(Button.Pressed, "#item-save")
    def _save(self) -> None:
        typed = self.query_one("#item-minutes", Input).value.strip()
        if not typed.isdigit() or not 1 <= int(typed) <= MINUTES_MAX:
            message = self.t("item.bad_minutes", typed=typed, limit=MINUTES_MAX)
            self.query_one("#item-error", Static).update(Content(message))
            self.query_one("#item-minutes", Input).focus()
            return
        index = self.query_one("#item-choice", OptionList).highlighted or 0
        self.dismiss(replace(self.alternatives[index], minutes=int(typed)))

    @on(Button.Pressed, "#item-cancel")
    def action_cancel(self) -> None:
        """Close without changing the item."""
        self.dismiss(None)
