"""Write down an action point: for whom, what, and optionally by when and from which
kaartenset."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from kaarten import clock
from kaarten.i18n.dates import parse_date
from kaarten.session.model import TEXT_MAX, ActionPoint, Participant
from kaarten.session.run import typed_text
from kaarten.ui.screens.base import FORMS_CSS, KaartenModal, command


@dataclass(frozen=True, slots=True)
class ActionPointInput:
    participant: str
    text: str
    due: str | None
    set_id: str | None


class ActionPointModal(KaartenModal[ActionPointInput | None]):
    """Returns what was typed, checked; None when cancelled."""

    CSS_PATH = FORMS_CSS

    HELP = "action_point"
    BINDINGS = [command("escape", "cancel", "key.cancel")]

    def __init__(
        self,
        participants: list[Participant],
        set_id: str | None,
        editing: ActionPoint | None = None,
        person: str | None = None,
    ) -> None:
        super().__init__()
        self.participants = participants
        self.set_id = editing.set_id if editing else set_id
        self.editing = editing
        """The action point being changed; None for a new one."""
        self.person = editing.participant if editing else person
        """The participant chosen at first (the one the card on the table is for)."""

    def compose(self) -> ComposeResult:
        # Fields beside their labels, one row each, so the whole dialog fits 80×24.
        with Vertical(classes="dialog", id="action-dialog"):
            yield Static(classes="dialog-title", id="action-title")
            yield OptionList(
                *[Option(Content(p.name), id=p.id) for p in self.participants],
                id="action-person",
                markup=False,
            )
            with Grid(id="action-fields"):
                yield Label(id="action-text-label", classes="field-label")
                # No max_length: a text cut without a word is lost; _add says it is too long.
                yield Input(self.editing.text if self.editing else "", id="action-text")
                yield Label(id="action-due-label", classes="field-label")
                yield Input(self.editing.due or "" if self.editing else "", id="action-due")
                yield Static()
                yield Static(id="action-due-hint")
                yield Label(id="action-set-label", classes="field-label")
                yield Input(self.set_id or "", id="action-set", max_length=20)
            yield Static(id="action-error")
            with Horizontal(classes="buttons"):
                yield Button(id="action-cancel", compact=True)
                yield Button(id="action-add", variant="primary", compact=True)

    def on_mount(self) -> None:
        ids = [p.id for p in self.participants]
        # One participant (the logboek's owner): nobody to choose.
        self.query_one("#action-person", OptionList).display = len(ids) > 1
        person = self.person
        self.query_one("#action-person", OptionList).highlighted = (
            ids.index(person) if person in ids else 0
        )
        self.language_changed()
        first = "#action-person" if len(ids) > 1 else "#action-text"
        self.query_one(first).focus()

    def language_changed(self) -> None:
        """Relabel in place, keeping what was typed."""
        for selector, key in (
            ("#action-title", "action.edit_title" if self.editing else "action.title"),
            ("#action-text-label", "action.text"),
            ("#action-due-label", "action.due"),
            ("#action-set-label", "action.set"),
        ):
            self.query_one(selector).update(Content(self.t(key)))  # type: ignore[attr-defined]
        self.query_one("#action-add", Button).label = Content(self.t("action.add"))
        self.query_one("#action-cancel", Button).label = Content(self.t("action.cancel"))
        self._show_due(self.query_one("#action-due", Input).value)

    @on(Input.Changed, "#action-due")
    def _due_changed(self, event: Input.Changed) -> None:
        self._show_due(event.value)

    @on(Input.Changed)
    def _typed(self) -> None:
        """What was refused is being changed: its message goes (Enter checks again), so
        no error stays under a field that now reads "= vrijdag 4 december 2026"."""
        self.query_one("#action-error", Static).update("")

    def _show_due(self, typed: str) -> None:
        """The date the field will be saved as, under it, so "vrijdag" is checked at once."""
        hint = self.date_hint(typed) if typed.strip() else None
        self.query_one("#action-due-hint", Static).update(Content(hint or ""))

    @on(OptionList.OptionSelected, "#action-person")
    def _person_chosen(self) -> None:
        self.query_one("#action-text", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#action-add")
    def _add(self) -> None:
        error = self.query_one("#action-error", Static)
        index = self.query_one("#action-person", OptionList).highlighted
        if index is None:
            error.update(Content(self.t("action.no_person")))
            return
        typed = self.query_one("#action-text", Input).value
        try:
            text = typed_text(typed)
        except ValueError as problem:
            error.update(Content(self.t(str(problem), n=len(typed.strip()), limit=TEXT_MAX)))
            self.query_one("#action-text", Input).focus()
            return
        due_text = self.query_one("#action-due", Input).value.strip()
        today = clock.today()
        due = parse_date(due_text, today, ahead=True) if due_text else None
        refused = None
        if due_text and due is None:
            refused = self.t("action.bad_date", typed=due_text)
        elif due is not None and due < today:
            refused = self.t("action.past_date", date=due.isoformat())
        if refused:
            error.update(Content(refused))
            self.query_one("#action-due", Input).focus()
            return
        set_id = self.query_one("#action-set", Input).value.strip() or None
        person = self.participants[index].id
        self.dismiss(ActionPointInput(person, text, due.isoformat() if due else None, set_id))

    @on(Button.Pressed, "#action-cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
