"""Preparing one oudergesprek: the voorbereidingsformulier as a form, its checklist to
tick during preparation and the conversation, and the gespreksvaardigheden to pick.

Typed text is saved while typing (at most ``SAVE_DELAY`` seconds after a change), on
leaving a field and on leaving the screen; a tick or a pick is saved at once.
"""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import DescendantBlur
from textual.widget import Widget
from textual.widgets import (
    Header,
    Input,
    Label,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from kaarten import clock
from kaarten.deck.labels import HINT, PLACEHOLDER
from kaarten.deck.model import Appendix, ChecklistGroup, Deck, FieldInput, FormField, SkillGroup
from kaarten.i18n.dates import parse_date
from kaarten.journal.logfile import ReadOnly
from kaarten.own.export import form_title
from kaarten.own.prep import OpenForm
from kaarten.ui.autosave import Autosave
from kaarten.ui.screens.base import OWN_CSS, KaartenScreen, command
from kaarten.ui.widgets.check_list import CheckList
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.save_banner import SaveBanner, SaveState

_TIME = re.compile(r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$")
TABS = ("form-tab", "checklist-tab", "skills-tab")


class PrepFormScreen(KaartenScreen):
    """One form, in three tabs."""

    CSS_PATH = OWN_CSS
    HELP = "prep_form"
    BINDINGS = [
        # Ctrl+T as well: F-keys need fn on a Mac and some terminals take them.
        command("ctrl+t,f4", "next_tab", "key.next_tab", "cmd.next_tab", priority=True),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def __init__(self, deck: Deck, opened: OpenForm) -> None:
        super().__init__()
        self.deck = deck
        self.opened = opened
        self.appendix = deck.appendices[opened.form.form]
        self.checklist = self._appendix(opened.form.checklist)
        self.skills = self._appendix(opened.form.skills)
        self.fields = list(self.appendix.fields)
        self.sections: list[SkillGroup] = []
        self._dirty: dict[str, str] = {}
        """Field id → text typed since the last save: saving never needs the widgets,
        which may be gone when the app exits."""
        self._autosave = Autosave(self, self.save)
        self._failure: str | None = None

    def _show_title(self) -> None:
        title = form_title(self.opened.form, self.appendix, self.kaarten.ui_language)
        self.query_one("#form-title", Static).update(Content(title))

    def _appendix(self, appendix_id: str | None) -> Appendix | None:
        return self.deck.appendices.get(appendix_id) if appendix_id else None

    # -- building -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        writable = self.opened.writable
        yield Header()
        yield SaveBanner(id="form-banner", classes="save-banner")
        # The form's own title on a line of its own, whole at 80 columns (beside the
        # appendix's title in the header it was cut: "Formulier van 2026-12-…").
        with Horizontal(id="form-top"):
            yield Static(id="form-title")
            yield SaveState(id="form-saved", classes="save-state")
        with TabbedContent(id="form-tabs"):
            with TabPane("", id="form-tab"), VerticalScroll(id="form-fields"):
                yield from self._form_fields(writable)
            if self.checklist is not None:
                with TabPane("", id="checklist-tab"), VerticalScroll(id="form-checklist"):
                    yield Static(id="checklist-total", classes="form-total")
                    yield from self._checklist(self.checklist.groups, writable)
            if self.skills is not None:
                with TabPane("", id="skills-tab"), VerticalScroll(id="form-skills"):
                    yield Static(id="skills-total", classes="form-total")
                    yield from self._skills(self.skills.skill_groups, writable)
        yield KeyFooter()

    def _form_fields(self, writable: bool) -> ComposeResult:
        form = self.opened.form
        group: str | None = None
        for index, field in enumerate(self.fields):
            if field.group and field.group != group:
                group = field.group
                yield Static(Content(group), classes="form-group")
            yield Label(Content(field.label), classes="field-label")
            if field.prompt:
                yield Static(Content(field.prompt), classes="form-prompt")
            value = form.value(field.id)
            if field.input is FieldInput.CHOICE:
                chosen = form.choices.get(field.id, ())
                yield CheckList(
                    [(c, Content(c)) for c in field.choices],
                    chosen,
                    id=f"choice-{index}",
                    classes="form-choices",
                    disabled=not writable,
                )
            if field.input in (FieldInput.TEXT, FieldInput.CHOICE):
                yield TextArea(
                    value, id=f"field-{index}", classes="form-text", read_only=not writable
                )
            else:
                yield Input(value, id=f"field-{index}", classes="form-line", disabled=not writable)
                yield Static(id=f"hint-{index}", classes="form-hint")

    def _checklist(self, groups: tuple[ChecklistGroup, ...], writable: bool) -> ComposeResult:
        done = self.opened.form.steps
        number = 0  # numbered straight through the groups, as on paper
        phase: str | None = None
        for index, group in enumerate(groups):
            if group.phase and group.phase != phase:  # Voorbereiding, Uitvoering, …
                phase = group.phase
                yield Static(Content(phase), classes="form-phase")
            yield Static(id=f"group-{index}", classes="form-group")
            items = []
            for step in group.steps:
                number += group.numbered
                prefix = f"{number}. " if group.numbered else ""
                items.append((step.id, Content(prefix + step.text)))
            yield CheckList(
                items, done, id=f"steps-{index}", classes="form-steps", disabled=not writable
            )

    def _skills(self, groups: tuple[SkillGroup, ...], writable: bool) -> ComposeResult:
        chosen = self.opened.form.chosen_skills
        for group in groups:
            yield Static(Content(group.title), classes="form-group")
            if group.note:
                yield Static(Content(group.note), classes="form-prompt")
            for section in ([group] if group.skills else []) + list(group.parts):
                if section is not group:
                    yield Label(Content(section.title), classes="field-label")
                items = []
                for skill in section.skills:
                    text = Content(skill.text)
                    if skill.examples:
                        examples = Content("\n".join("  " + e for e in skill.examples)).stylize(
                            "italic dim"
                        )
                        text = Content("\n").join([text, examples])
                    items.append((skill.id, text))
                yield CheckList(
                    items,
                    chosen,
                    id=f"skills-{len(self.sections)}",
                    classes="form-skills",
                    disabled=not writable,
                )
                self.sections.append(section)

    def on_mount(self) -> None:
        self._relabel()
        for index, field in enumerate(self.fields):
            self._check_hint(index, field, self.opened.form.value(field.id))
        self._show_state()
        # Ready to type in the first field (the tab strip would swallow the letters).
        self.query_one("#form-fields" if not self.opened.writable else "#field-0").focus()

    def language_changed(self) -> None:
        """Relabel in place: what is typed stays in the fields."""
        self._relabel()

    def _relabel(self) -> None:
        form = self.opened.form
        self.title = self.appendix.title
        self._show_title()
        tabs = self.query_one("#form-tabs", TabbedContent)
        tabs.get_tab("form-tab").label = Content(self.t("solo.tab_form"))
        if self.checklist is not None:
            total = sum(len(g.steps) for g in self.checklist.groups)
            done = sum(s.id in form.steps for g in self.checklist.groups for s in g.steps)
            label = self.t("solo.tab_checklist", done=done, total=total)
            tabs.get_tab("checklist-tab").label = Content(label)
            self.query_one("#checklist-total", Static).update(
                Content(self.t("solo.checklist_total", done=done, total=total))
            )
            for index, group in enumerate(self.checklist.groups):
                ticked = sum(s.id in form.steps for s in group.steps)
                line = self.t(
                    "solo.group_progress", title=group.title, done=ticked, total=len(group.steps)
                )
                self.query_one(f"#group-{index}", Static).update(Content(line))
        if self.skills is not None:
            n = len(form.chosen_skills)
            tabs.get_tab("skills-tab").label = Content(self.t("solo.tab_skills", n=n))
            total_line = Content(self.t("solo.skills_total", n=n))
            self.query_one("#skills-total", Static).update(total_line)
        for index, field in enumerate(self.fields):
            if field.input in PLACEHOLDER:
                placeholder = self.t(PLACEHOLDER[field.input])
                self.query_one(f"#field-{index}", Input).placeholder = placeholder

    # -- typing -------------------------------------------------------------------------

    def _field_of(self, widget: Widget) -> tuple[int, FormField] | None:
        name = widget.id or ""
        if not name.startswith("field-"):
            return None
        index = int(name.removeprefix("field-"))
        return index, self.fields[index]

    @on(Input.Changed)
    @on(TextArea.Changed)
    def _typed(self, event: Input.Changed | TextArea.Changed) -> None:
        widget = event.input if isinstance(event, Input.Changed) else event.text_area
        found = self._field_of(widget)
        if found is None or not self.opened.writable:
            return
        index, field = found
        text = event.value if isinstance(event, Input.Changed) else event.text_area.text
        if text == self.opened.form.value(field.id) and field.id not in self._dirty:
            return  # the field being filled in at start
        self._dirty[field.id] = text
        self.query_one(SaveState).pending(self.t)
        self._check_hint(index, field, text)
        self._autosave.changed()

    def _check_hint(self, index: int, field: FormField, text: str) -> None:
        """Under a date, the date it is read as ("= vrijdag 4 december 2026", as in the
        action point dialog), or how to type one; under a time, how to type one."""
        if field.input not in (FieldInput.DATE, FieldInput.TIME):
            return
        hint = ""
        if text.strip() and field.input is FieldInput.DATE:
            hint = self.date_hint(text) or self.t(HINT[field.input])
        elif text.strip() and _TIME.match(text) is None:
            hint = self.t(HINT[field.input])
        self.query_one(f"#hint-{index}", Static).update(Content(hint))

    def _as_date(self, widget: Widget) -> None:
        """A date typed as a word ("vrijdag") is kept as the date it means: next week the
        word would mean another day."""
        found = self._field_of(widget)
        if found is None or found[1].input is not FieldInput.DATE or not isinstance(widget, Input):
            return
        date = parse_date(widget.value, clock.today(), ahead=True) if widget.value.strip() else None
        if date is not None and widget.value.strip() != date.isoformat():
            widget.value = date.isoformat()
            if self.opened.writable:
                self._dirty[found[1].id] = widget.value  # saved now, not at the next change

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if self._field_of(event.widget) is not None:
            self._as_date(event.widget)
            self.save()

    def save(self, show: bool = True) -> None:
        """Keep every field typed in since the last save."""
        self._autosave.cancel()
        saving = bool(self._dirty)
        try:
            for field_id, text in list(self._dirty.items()):
                if self.opened.fill(field_id, text):
                    self.notify(self.t("solo.too_long"), markup=False, severity="warning")
                del self._dirty[field_id]
        except ReadOnly as refused:
            self._failure = refused.reason
        else:
            self._failure = None
            if saving and show:
                self.query_one(SaveState).saved(self.t)
        if show:  # not while the screen is taken down
            self._show_title()
            self._show_state()

    # -- ticking and picking ------------------------------------------------------------

    @on(CheckList.Changed)
    def _picked(self, event: CheckList.Changed) -> None:
        if not self.opened.writable:
            return
        name = event.check_list.id or ""
        selected = set(event.selected)
        kind, _, number = name.rpartition("-")
        index = int(number)
        try:
            if kind == "choice":
                field = self.fields[index]
                self.opened.choose(field.id, [c for c in field.choices if c in selected])
            elif kind == "steps" and self.checklist is not None:
                for step in self.checklist.groups[index].steps:
                    self.opened.tick(step.id, step.id in selected)
            elif kind == "skills":
                for skill in self.sections[index].skills:
                    self.opened.pick_skill(skill.id, skill.id in selected)
        except ReadOnly as refused:
            self._failure = refused.reason
        else:
            self.query_one(SaveState).saved(self.t)  # a tick is saved at once: say so
        self._relabel()
        self._show_state()

    # -- state and leaving --------------------------------------------------------------

    def _show_state(self) -> None:
        banner = self.query_one("#form-banner", SaveBanner)
        banner.show_state(self.opened, self.t, self._failure, self._try_again)

    def _try_again(self) -> None:
        self.opened.retry_saving()
        self.save()

    def action_next_tab(self) -> None:
        """Formulier, checklist, vaardigheden in turn."""
        tabs = self.query_one("#form-tabs", TabbedContent)
        present = [t for t in TABS if tabs.query(f"#{t}")]
        target = present[(present.index(tabs.active) + 1) % len(present)]
        # Focus moves along: a focused field left behind would switch the tab back.
        widgets = tabs.get_pane(target).query("Input, TextArea, CheckList")
        first = next((w for w in widgets if w.focusable), None)
        tabs.active = target
        if first is not None:
            first.focus()

    def action_back(self) -> None:
        """Save and go back to the list of forms."""
        self.save()
        self.dismiss()

    def put_away(self) -> None:
        self.save(show=False)

    def on_unmount(self) -> None:
        self.save(show=False)
        self.opened.close()
