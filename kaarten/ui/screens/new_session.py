"""Start a new session: title, date, participants and an agenda of activities."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Header, Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from kaarten import clock
from kaarten.i18n.dates import parse_date
from kaarten.session import agenda
from kaarten.session.model import Activity
from kaarten.session.store import check_name, name_key
from kaarten.ui.screens.base import FORMS_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter

TITLE_MAX = 200
"""Longest session title (the log keeps at most this much)."""


class AgendaList(OptionList):
    """The agenda being planned; its keys work when it has the focus, so that letters
    typed in the fields stay letters."""

    BINDINGS = [
        command("enter", "screen.agenda_edit", "key.agenda_edit", "cmd.agenda_edit"),
        command("t", "screen.agenda_add", "key.agenda_add", "cmd.agenda_add"),
        command("w,delete", "screen.agenda_remove", "key.agenda_remove", "cmd.agenda_remove"),
        command("o", "screen.agenda_up", "key.agenda_up", "cmd.agenda_up"),
        command("l", "screen.agenda_down", "key.agenda_down", "cmd.agenda_down"),
        command("plus", "screen.agenda_longer", "key.agenda_longer", "cmd.agenda_longer"),
        command("minus", "screen.agenda_shorter", "key.agenda_shorter", "cmd.agenda_shorter"),
    ]


class NewSessionScreen(KaartenScreen):
    """The form; Start creates the session's log and opens the running session."""

    CSS_PATH = FORMS_CSS

    HELP = "new_session"
    BINDINGS = [
        command("ctrl+n,f3", "from_earlier", "key.from_earlier", "cmd.from_earlier"),
        command("ctrl+s,f10", "start", "key.start_session", "cmd.start_session"),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    AGENDA_BUTTONS = {
        "edit": "new.button.edit",
        "add": "new.button.add",
        "remove": "new.button.remove",
        "up": "new.button.up",
        "down": "new.button.down",
        "longer": "new.button.longer",
        "shorter": "new.button.shorter",
    }
    """The buttons under the agenda, by name, with their label."""

    def __init__(self, set_hint: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.set_hint = set_hint
        self.items: list[Activity] = []
        self.previous: str | None = None
        self._today = ""
        """The date the form starts with (typing another one is typing too)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="new-session"):
            with Horizontal(id="title-row"):
                with Vertical(id="title-field"):
                    yield Label(id="title-label", classes="field-label")
                    yield Input(id="title")
                with Vertical(id="date-field"):
                    yield Label(id="date-label", classes="field-label")
                    yield Input(id="date")
            yield Label(id="participants-label", classes="field-label")
            yield TextArea(id="participants", soft_wrap=False, show_line_numbers=True)
            yield Label(id="agenda-label", classes="field-label")
            yield AgendaList(id="agenda", markup=False)
            with Horizontal(classes="agenda-buttons"):
                for name in self.AGENDA_BUTTONS:
                    yield Button(id=f"agenda-{name}", classes="agenda-button", compact=True)
            yield Static(id="agenda-total")
            yield Static(id="form-error")
            with Horizontal(classes="buttons"):
                yield Button(id="from-earlier")
                yield Button(id="cancel")
                yield Button(id="start", variant="primary")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.items = agenda.suggested(
            self.kaarten.result.library, self.kaarten.ui_language, self.set_hint
        )
        today = clock.today()
        self.query_one("#date", Input).value = self._today = today.isoformat()
        self.language_changed()
        self._show_agenda()
        self.query_one("#title", Input).focus()  # the form is read top to bottom

    def language_changed(self) -> None:
        """Relabel in place: a recompose would throw away what was typed."""
        self.title = self.t("new.title")
        labels = {
            "#title-label": "new.title_label",
            "#date-label": "new.date_label",
            "#participants-label": "new.participants_label",
            "#agenda-label": "new.agenda_label",
        }
        for selector, key in labels.items():
            self.query_one(selector, Label).update(Content(self.t(key)))
        self.query_one("#title", Input).placeholder = self.t("new.default_title")
        buttons = {
            "#from-earlier": "new.from_earlier",
            "#cancel": "new.cancel",
            "#start": "new.start",
            **{f"#agenda-{name}": key for name, key in self.AGENDA_BUTTONS.items()},
        }
        for selector, key in buttons.items():
            self.query_one(selector, Button).label = Content(self.t(key))
        self._show_agenda()

    # -- the agenda -----------------------------------------------------------------------

    def _show_agenda(self, highlight: int | None = None) -> None:
        options = self.query_one("#agenda", AgendaList)
        keep = options.highlighted if highlight is None else highlight
        options.clear_options()
        options.add_options(
            [
                Option(Content(self.t("new.agenda_item", title=i.title, n=i.minutes)))
                for i in self.items
            ]
        )
        if self.items:
            options.highlighted = min(keep or 0, len(self.items) - 1)
        self.query_one("#agenda-total", Static).update(
            Content(self.t("new.agenda_total", n=agenda.total_minutes(self.items)))
        )

    def _selected(self) -> int | None:
        index = self.query_one("#agenda", AgendaList).highlighted
        return index if index is not None and index < len(self.items) else None

    @on(Button.Pressed, ".agenda-button")
    def _agenda_button(self, event: Button.Pressed) -> None:
        name = (event.button.id or "").removeprefix("agenda-")
        getattr(self, f"action_agenda_{name}")()
        self.query_one("#agenda", AgendaList).focus()

    def action_agenda_add(self) -> None:
        """Add an energizer, a kaartenset or the closing round after the selected item."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        offered = agenda.choices(self.kaarten.result.library, self.kaarten.ui_language)

        def picked(index: int | None) -> None:
            if index is None:
                return
            selected = self._selected()
            at = (selected if selected is not None else len(self.items) - 1) + 1
            self.items.insert(at, offered[index])
            self._show_agenda(at)

        self.app.push_screen(
            ChoiceModal(self.t("new.add_title"), [i.title for i in offered]), picked
        )

    def action_agenda_edit(self) -> None:
        """Change the selected activity: another kaartenset or energizer, or its minutes."""
        from kaarten.ui.dialogs.agenda_item import AgendaItemModal

        index = self._selected()
        if index is None:
            return
        item = self.items[index]
        same_kind = agenda.alternatives(item, self.kaarten.result.library, self.kaarten.ui_language)

        def changed(new: Activity | None) -> None:
            if new is not None:
                self.items[index] = new
                self._show_agenda(index)

        self.app.push_screen(AgendaItemModal(item, same_kind), changed)

    def action_agenda_remove(self) -> None:
        """Take the selected activity off the agenda."""
        index = self._selected()
        if index is not None:
            del self.items[index]
            self._show_agenda(index)

    def _move(self, step: int) -> None:
        index = self._selected()
        if index is not None and 0 <= index + step < len(self.items):
            items = self.items
            items[index], items[index + step] = items[index + step], items[index]
            self._show_agenda(index + step)

    def action_agenda_up(self) -> None:
        """Move the selected activity up."""
        self._move(-1)

    def action_agenda_down(self) -> None:
        """Move the selected activity down."""
        self._move(1)

    def _change_minutes(self, step: int) -> None:
        index = self._selected()
        if index is not None:
            minutes = self.items[index].minutes + step
            self.items[index] = replace(self.items[index], minutes=max(1, min(minutes, 600)))
            self._show_agenda(index)

    def action_agenda_longer(self) -> None:
        """Five minutes more for the selected activity."""
        self._change_minutes(5)

    def action_agenda_shorter(self) -> None:
        """Five minutes less for the selected activity."""
        self._change_minutes(-5)

    # -- from an earlier session ----------------------------------------------------------

    @on(Button.Pressed, "#from-earlier")
    def action_from_earlier(self) -> None:
        """Take participants and agenda from an earlier session (a fresh log)."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        sessions = self.kaarten.sessions.service
        earlier = sessions.earlier()  # newest first
        if not earlier:
            self.notify(self.t("new.no_earlier"), markup=False, severity="warning")
            return

        def picked(index: int | None) -> None:
            session = sessions.read(earlier[index].path) if index is not None else None
            if session is None:
                return
            names = "\n".join(p.name for p in session.participants)
            self.query_one("#participants", TextArea).text = names
            self.items = list(session.agenda)
            self.previous = session.id
            self._show_agenda(0)

        labels = [
            self.t("new.earlier_item", date=s.date, title=s.title, names=", ".join(s.participants))
            for s in earlier
        ]
        self.app.push_screen(ChoiceModal(self.t("new.earlier_title"), labels), picked)

    # -- start ----------------------------------------------------------------------------

    def _error(self, key: str, **params: object) -> None:
        self.query_one("#form-error", Static).update(Content(self.t(key, **params)))

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self) -> None:
        """A refusal is about what was typed then: it goes as soon as that changes (the
        start checks again)."""
        self.query_one("#form-error", Static).update("")

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        """Check the form, save the new session and run it."""
        title = self.query_one("#title", Input).value.strip() or self.t("new.default_title")
        if len(title) > TITLE_MAX:
            self._error("new.title_too_long", n=len(title), limit=TITLE_MAX)
            self.query_one("#title", Input).focus()
            return
        typed_date = self.query_one("#date", Input).value.strip()
        date = parse_date(typed_date, clock.today())
        if date is None:
            self._error("action.bad_date", typed=typed_date)
            self.query_one("#date", Input).focus()
            return
        lines = self.query_one("#participants", TextArea).text.splitlines()
        names: list[str] = []
        first: dict[str, int] = {}  # a name as kaarten compares it → its line
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                names.append(check_name(line))
            except ValueError as error:
                self._error("new.bad_name", line=number, problem=self.t(str(error)))
                self.query_one("#participants", TextArea).focus()
                return
            if (line_before := first.setdefault(name_key(line), number)) != number:
                problem = self.t("new.name_twice", name=names[-1], first=line_before)
                self._error("new.bad_name", line=number, problem=problem)
                self.query_one("#participants", TextArea).focus()
                return
        if not names:
            self._error("new.no_participants")
            self.query_one("#participants", TextArea).focus()
            return
        if not self.items:
            self._error("new.no_activities")
            return
        self.kaarten.sessions.start(title, date, names, agenda.numbered(self.items), self.previous)

    @on(Button.Pressed, "#cancel")
    def action_back(self) -> None:
        """Back to the overview without starting; asks first when anything was typed (a
        title alone too: nothing typed is lost without a question)."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        typed = (
            self.query_one("#title", Input).value.strip()
            or self.query_one("#participants", TextArea).text.strip()
            or self.query_one("#date", Input).value.strip() != self._today
        )
        if not typed:
            self.app.pop_screen()
            return

        def picked(leave: bool | None) -> None:
            if leave:
                self.app.pop_screen()

        question, yes, no = (
            self.t(k) for k in ("new.leave_question", "new.leave_yes", "new.leave_no")
        )
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)
