"""Zelf aan de slag: the kaartensets with how far the teacher got in each, and the
voorbereidingsformulieren for oudergesprekken; export and delete, after a question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from kaarten.deck.model import CardSet, Deck
from kaarten.files.removal import Deleted
from kaarten.i18n import os_reason
from kaarten.own.export import appendices_of, form_title
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.service import OwnWork
from kaarten.ui.screens.base import OWN_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.save_banner import SaveBanner, problem_text

BAR = 10
"""Cells of a progress bar."""


@dataclass(frozen=True, slots=True)
class SetItem:
    deck: Deck
    card_set: CardSet


def progress_bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "▰" * filled + "▱" * (BAR - filled)


class OwnWorkScreen(KaartenScreen):
    """The overview of Zelf aan de slag."""

    CSS_PATH = OWN_CSS
    HELP = "own_work"
    BINDINGS = [
        # The tabs by key (Textual's tab strip needs Shift+Tab, then ←/→, shown nowhere).
        command("right,left,t", "other_tab", "key.other_tab", "cmd.other_tab"),
        command("a", "action_points", "key.own_action_points", "cmd.own_action_points"),
        command("n", "new_form", "key.new_form", "cmd.new_form"),
        command("e", "export_logbook", "key.export_logbook", "cmd.export_logbook"),
        command("e", "export_form", "key.export_form", "cmd.export_form"),
        command("p", "print_form", "key.print", "cmd.print_form"),
        command("w", "delete_logbook", "key.delete_logbook", "cmd.delete_logbook"),
        command("w", "delete_form", "key.delete_form", "cmd.delete_form"),
        command("h", "repair", "key.repair_own", "cmd.repair_own"),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def __init__(self, desk: OwnWork) -> None:
        super().__init__()
        self.desk = desk
        self.sets: list[SetItem] = []
        self.forms: list[OpenForm] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield SaveBanner(id="own-banner", classes="save-banner")
        with TabbedContent(id="own-tabs"):
            with TabPane("", id="own-sets-tab"):
                yield OptionList(id="own-sets", markup=False)
            with TabPane("", id="own-forms-tab"):
                yield OptionList(id="own-forms", markup=False)
        with Vertical(id="own-status-row"):
            yield Static(id="own-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = self.t("solo.title")
        self.refresh_lists()
        self.query_one("#own-sets", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def language_changed(self) -> None:
        self.title = self.t("solo.title")
        self.refresh_lists()

    # -- the lists ----------------------------------------------------------------------

    def refresh_lists(self) -> None:
        """Fill both lists again from the logboek and the forms on disk."""
        tabs = self.query_one("#own-tabs", TabbedContent)
        tabs.get_tab("own-sets-tab").label = Content(self.t("solo.tab_sets"))
        self._fill_sets()
        self._fill_forms()
        tabs.get_tab("own-forms-tab").label = Content(self.t("solo.tab_forms", n=len(self.forms)))
        logbook = self.desk.logbook
        self.query_one("#own-banner", SaveBanner).show_state(logbook, self.t)
        points = [p for p in logbook.book.actions.values() if not p.deleted]
        done = sum(p.done for p in points)
        status = self.t(
            "solo.status", open=len(points) - done, done=done, folder=self.desk.store.folder
        )
        self.query_one("#own-status", Static).update(Content(status))
        self.refresh_bindings()

    def _fill_sets(self) -> None:
        options = self.query_one("#own-sets", OptionList)
        keep = options.highlighted
        options.clear_options()
        self.sets = []
        book = self.desk.logbook.book
        for deck in self.kaarten.result.library.decks.values():
            for card_set in deck.sorted_sets():
                progress = book.progress(deck, card_set)
                line = self.t(
                    "solo.set_progress",
                    bar=progress_bar(progress.read, progress.total),
                    read=progress.read,
                    total=progress.total,
                    answered=progress.answered,
                )
                mark = "✓ " if progress.read == progress.total else ""
                text = f"{mark}{card_set.id}  {card_set.title}\n    {line}"
                options.add_option(Option(Content(text)))
                self.sets.append(SetItem(deck, card_set))
        if not self.sets:
            options.add_option(Option(Content(self.t("solo.no_sets")), disabled=True))
        else:
            options.highlighted = min(keep or 0, len(self.sets) - 1)

    def _fill_forms(self) -> None:
        options = self.query_one("#own-forms", OptionList)
        keep = options.highlighted
        options.clear_options()
        self.forms = self.desk.store.forms()
        find = appendices_of(self.kaarten.result.library)
        for opened in self.forms:
            form = opened.state
            if form is None:
                problem = opened.problems[0] if opened.problems else None
                why = problem_text(opened, problem, self.t) if problem else opened.path.name
                options.add_option(Option(Content(self.t("solo.form_unreadable", why=why))))
                continue
            title = form_title(form, find(form.deck, form.form), self.kaarten.ui_language)
            checklist = find(form.deck, form.checklist)
            steps = sum(len(g.steps) for g in checklist.groups) if checklist else 0
            line = self.t(
                "solo.form_line",
                done=len(form.steps),
                steps=steps,
                skills=len(form.chosen_skills),
                changed=form.changed[:16].replace("T", " "),
            )
            warn = self.t("solo.form_damaged") if opened.repairable else ""
            options.add_option(Option(Content(f"{title}{warn}\n    {line}")))
        if not self.forms:
            options.add_option(Option(Content(self.t("solo.no_forms")), disabled=True))
        else:
            options.highlighted = min(keep or 0, len(self.forms) - 1)

    def action_other_tab(self) -> None:
        """Kaartensets ↔ Oudergesprek voorbereiden, with the list there ready for ↑/↓."""
        tabs = self.query_one("#own-tabs", TabbedContent)
        forms = not self._on_forms_tab()
        tabs.active = "own-forms-tab" if forms else "own-sets-tab"
        self.query_one("#own-forms" if forms else "#own-sets", OptionList).focus()

    def _on_forms_tab(self) -> bool:
        return self.query_one("#own-tabs", TabbedContent).active == "own-forms-tab"

    def _highlighted_form(self) -> OpenForm | None:
        index = self.query_one("#own-forms", OptionList).highlighted
        return self.forms[index] if index is not None and index < len(self.forms) else None

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        forms_tab = self._on_forms_tab() if self.is_mounted else False
        if action in ("export_form", "delete_form", "print_form"):
            return forms_tab and self._highlighted_form() is not None
        if action in ("export_logbook", "delete_logbook"):
            return not forms_tab
        if action == "repair":
            if forms_tab:
                form = self._highlighted_form()
                return form is not None and form.repairable
            return self.desk.logbook.repairable
        return True

    @on(OptionList.OptionSelected, "#own-sets")
    def _open_set(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.sets):
            item = self.sets[event.option_index]
            self.kaarten.go.walk(item.deck, item.card_set)

    @on(OptionList.OptionSelected, "#own-forms")
    def _open_form(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.forms):
            self._edit(self.desk.open_form(self.forms[event.option_index].path))

    def _edit(self, opened: OpenForm) -> None:
        deck = self.kaarten.result.library.decks.get(opened.form.deck) if opened.state else None
        if opened.state is None or deck is None or opened.form.form not in deck.appendices:
            opened.close()
            what = opened.form.deck if opened.state else opened.path.name
            self.notify(self.t("solo.form_deck_missing", deck=what), markup=False, severity="error")
            return
        self.kaarten.go.prep_form(deck, opened)

    # -- commands -----------------------------------------------------------------------

    def action_action_points(self) -> None:
        """Your own action points: add, change, tick off, remove."""
        from kaarten.ui.dialogs.action_points import OwnActionPointsModal

        if not self.desk.logbook.writable:
            self.notify(self.t("solo.read_only_note"), markup=False, severity="warning")
            return
        modal = OwnActionPointsModal(self.desk.logbook)
        self.app.push_screen(modal, lambda _: self.refresh_lists())

    def action_new_form(self) -> None:
        """A new voorbereidingsformulier for an oudergesprek."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        offers = [
            (deck, parts)
            for deck in self.kaarten.result.library.decks.values()
            for parts in preparations(deck)
        ]
        if not offers:
            self.notify(self.t("solo.no_form_in_decks"), markup=False, severity="warning")
            return

        def make(choice: int | None) -> None:
            if choice is None:
                return
            deck, parts = offers[choice]
            try:
                opened = self.desk.new_form(deck, parts)
            except OSError as error:
                self._cannot_save(self.desk.store.forms_folder, error)
                return
            self._edit(opened)

        if len(offers) == 1:
            make(0)
            return
        titles = [f"{deck.title}: {parts.form.title}" for deck, parts in offers]
        self.app.push_screen(ChoiceModal(self.t("solo.which_form"), titles), make)

    def _cannot_save(self, folder: Path, error: OSError) -> None:
        reason = os_reason(error, self.kaarten.ui_language)
        message = self.t("solo.cannot_save", folder=folder, reason=reason)
        self.notify(message, markup=False, severity="error")

    def _saved_to(self, write: Callable[[], Path]) -> None:
        try:
            path = write()
        except OSError as error:
            self._cannot_save(self.desk.exports, error)
            return
        self.notify(self.t("solo.exported", path=path), markup=False, timeout=10)

    def action_export_logbook(self) -> None:
        """The whole logboek, forms included, as a Markdown file."""
        lang = self.kaarten.ui_language
        self._saved_to(lambda: self.desk.export_logbook(self.kaarten.result.library, lang))

    def action_export_form(self) -> None:
        """The highlighted form, with checklist and vaardigheden, as a Markdown file."""
        opened = self._highlighted_form()
        if opened is not None and opened.state is not None:
            library, lang = self.kaarten.result.library, self.kaarten.ui_language
            self._saved_to(lambda: self.desk.export_form(opened, library, lang))

    def action_print_form(self) -> None:
        """The highlighted form, filled in, with checklist and vaardigheden, as a PDF."""
        from kaarten.locations import private_folder
        from kaarten.own.paper import form_pdf
        from kaarten.ui.printing import print_in_background

        opened = self._highlighted_form()
        if opened is None or opened.state is None:
            return
        form, find = opened.state, appendices_of(self.kaarten.result.library)
        folder, data = self.desk.exports, self.desk.store.data_dir
        target = folder / f"formulier-{opened.path.stem}.pdf"
        lang = self.kaarten.ui_language

        def make() -> list[Path]:
            private_folder(folder, within=data)
            form_pdf(form, find, lang).save(target)
            return [target]

        print_in_background(self, make, folder)

    def _ask(self, question: str, yes: str, then: Callable[[], None]) -> None:
        from kaarten.ui.dialogs.confirm import ConfirmModal

        def picked(delete: bool | None) -> None:
            if delete:
                then()

        modal = ConfirmModal(question, yes, self.t("solo.delete_no"), destructive=True)
        self.app.push_screen(modal, picked)

    def action_delete_logbook(self) -> None:
        """Delete the whole logboek from disk (asks first; the forms stay)."""
        book = self.desk.logbook.book
        points = book.actions.values()
        question = self.t(
            "solo.delete_logbook_question",
            answers=self.t_n("count.answers", len(book.written())),
            points=self.t_n("count.action_points", sum(not p.deleted for p in points)),
            path=self.desk.store.logbook_path,
            exports=self.desk.exports,
        )

        def delete() -> None:
            self._report(self.desk.delete_logbook(), "solo.logbook_deleted")

        self._ask(question, self.t("solo.delete_yes"), delete)

    def action_delete_form(self) -> None:
        """Delete the highlighted form from disk (asks first)."""
        opened = self._highlighted_form()
        if opened is None:
            return
        find = appendices_of(self.kaarten.result.library)
        title = (
            form_title(
                opened.form, find(opened.form.deck, opened.form.form), self.kaarten.ui_language
            )
            if opened.state
            else opened.path.name
        )
        question = self.t(
            "solo.delete_form_question", title=title, path=opened.path, exports=self.desk.exports
        )

        def delete() -> None:
            self._report(self.desk.store.delete(opened.path), "solo.form_deleted")

        self._ask(question, self.t("solo.delete_yes"), delete)

    def _report(self, deleted: Deleted, done_key: str) -> None:
        if deleted.failed:
            paths = ", ".join(str(p) for p in deleted.failed)
            self.notify(self.t("solo.delete_failed", paths=paths), markup=False, severity="error")
        else:
            self.notify(self.t(done_key), markup=False)
        self.refresh_lists()

    def action_repair(self) -> None:
        """Keep the readable part of a damaged logboek or form (the whole file is copied
        aside first)."""
        if self._on_forms_tab():
            opened = self._highlighted_form()
            path = opened.path if opened else None
        else:
            path = self.desk.store.logbook_path
        if path is None:
            return
        try:
            copy = (
                self.desk.repair_form(path) if self._on_forms_tab() else self.desk.repair_logbook()
            )
        except OSError as error:
            self._cannot_save(path.parent, error)
            return
        self.notify(self.t("solo.repaired", copy=copy), markup=False, timeout=10)
        self.refresh_lists()

    def action_back(self) -> None:
        """Back to the kaarten."""
        self.dismiss()
