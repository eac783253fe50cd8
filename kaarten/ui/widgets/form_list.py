"""Zelf aan de slag's second tab: the voorbereidingsformulieren, with what can be done to
the highlighted one (open, start a new one, export, print, delete, repair)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kaarten.own.export import appendices_of, form_title
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.service import OwnWork
from kaarten.ui import own_desk
from kaarten.ui.screens.base import KaartenScreen
from kaarten.ui.widgets.save_banner import problem_text

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


class FormList(OptionList):
    """One option per form on disk: its title, checklist steps, skills and last change."""

    def __init__(self, desk: OwnWork, *, id: str) -> None:
        super().__init__(id=id, markup=False)
        self.desk = desk
        self.forms: list[OpenForm] = []

    @property
    def kaarten(self) -> KaartenApp:
        return cast("KaartenApp", self.app)

    def fill(self) -> None:
        """Read the forms again from disk (the cursor stays where it was)."""
        app = self.kaarten
        keep = self.highlighted
        self.clear_options()
        self.forms = self.desk.store.forms()
        find = appendices_of(app.result.library)
        for opened in self.forms:
            form = opened.state
            if form is None:
                problem = opened.problems[0] if opened.problems else None
                why = problem_text(opened, problem, app.t) if problem else opened.path.name
                self.add_option(Option(Content(app.t("solo.form_unreadable", why=why))))
                continue
            title = form_title(form, find(form.deck, form.form), app.ui_language)
            checklist = find(form.deck, form.checklist)
            steps = sum(len(g.steps) for g in checklist.groups) if checklist else 0
            line = app.t(
                "solo.form_line",
                done=len(form.steps),
                steps=steps,
                skills=len(form.chosen_skills),
                changed=form.changed[:16].replace("T", " "),
            )
            warn = app.t("solo.form_damaged") if opened.repairable else ""
            self.add_option(Option(Content(f"{title}{warn}\n    {line}")))
        if not self.forms:
            self.add_option(Option(Content(app.t("solo.no_forms")), disabled=True))
        else:
            self.highlighted = min(keep or 0, len(self.forms) - 1)

    @property
    def chosen(self) -> OpenForm | None:
        """The highlighted form, if any."""
        index = self.highlighted
        return self.forms[index] if index is not None and index < len(self.forms) else None

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.forms):
            self._edit(self.desk.open_form(self.forms[event.option_index].path))

    def _edit(self, opened: OpenForm) -> None:
        app = self.kaarten
        deck = app.result.library.decks.get(opened.form.deck) if opened.state else None
        if opened.state is None or deck is None or opened.form.form not in deck.appendices:
            opened.close()
            what = opened.form.deck if opened.state else opened.path.name
            self.notify(app.t("solo.form_deck_missing", deck=what), markup=False, severity="error")
            return
        app.go.prep_form(deck, opened)

    def new(self) -> None:
        """A new form (a choice when the decks offer several) and open it."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        app = self.kaarten
        offers = [
            (d, parts) for d in app.result.library.decks.values() for parts in preparations(d)
        ]
        if not offers:
            self.notify(app.t("solo.no_form_in_decks"), markup=False, severity="warning")
            return

        def make(choice: int | None) -> None:
            if choice is None:
                return
            deck, parts = offers[choice]
            try:
                opened = self.desk.new_form(deck, parts)
            except OSError as error:
                own_desk.cannot_save(self, self.desk.store.forms_folder, error)
                return
            self._edit(opened)

        if len(offers) == 1:
            make(0)
            return
        titles = [f"{deck.title}: {parts.form.title}" for deck, parts in offers]
        app.push_screen(ChoiceModal(app.t("solo.which_form"), titles), make)

    def export(self) -> None:
        """The highlighted form as a Markdown file."""
        opened, app = self.chosen, self.kaarten
        if opened is not None and opened.state is not None:
            library, lang = app.result.library, app.ui_language
            own_desk.saved_to(
                self, self.desk.exports, lambda: self.desk.export_form(opened, library, lang)
            )

    def print(self) -> None:
        """The highlighted form, filled in, as a PDF (made in a worker thread)."""
        from kaarten.locations import private_folder
        from kaarten.own.paper import form_pdf
        from kaarten.ui.printing import print_in_background

        opened, app = self.chosen, self.kaarten
        if opened is None or opened.state is None:
            return
        form, find = opened.state, appendices_of(app.result.library)
        folder, data = self.desk.exports, self.desk.store.data_dir
        target = folder / f"formulier-{opened.path.stem}.pdf"
        lang = app.ui_language

        def make() -> list[Path]:
            private_folder(folder, within=data)
            form_pdf(form, find, lang).save(target)
            return [target]

        screen = self.screen
        assert isinstance(screen, KaartenScreen)
        print_in_background(screen, make, folder)

    def delete(self, then: Callable[[], None]) -> None:
        """Delete the highlighted form from disk, after a question; ``then`` refreshes."""
        opened, app = self.chosen, self.kaarten
        if opened is None:
            return
        find = appendices_of(app.result.library)
        title = (
            form_title(opened.form, find(opened.form.deck, opened.form.form), app.ui_language)
            if opened.state
            else opened.path.name
        )
        question = app.t(
            "solo.delete_form_question", title=title, path=opened.path, exports=self.desk.exports
        )

        def delete() -> None:
            own_desk.report(self, self.desk.store.delete(opened.path), "solo.form_deleted")
            then()

        own_desk.ask(self, question, delete)
