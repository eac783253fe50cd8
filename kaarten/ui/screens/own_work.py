"""Zelf aan de slag: two tabs, the kaartensets with how far the teacher got in each
(:mod:`..widgets.set_progress`) and the voorbereidingsformulieren for oudergesprekken
(:mod:`..widgets.form_list`); the logboek's own action points, export and delete."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Header, Static, TabbedContent, TabPane

from kaarten.own.service import OwnWork
from kaarten.ui import own_desk
from kaarten.ui.screens.base import OWN_CSS, KaartenScreen, command
from kaarten.ui.widgets.form_list import FormList
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.save_banner import SaveBanner
from kaarten.ui.widgets.set_progress import SetProgressList


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
    FORM_ACTIONS = ("export_form", "delete_form", "print_form")
    """Keys for the highlighted form: only on the forms tab."""

    def __init__(self, desk: OwnWork) -> None:
        super().__init__()
        self.desk = desk

    def compose(self) -> ComposeResult:
        yield Header()
        yield SaveBanner(id="own-banner", classes="save-banner")
        with TabbedContent(id="own-tabs"):
            with TabPane("", id="own-sets-tab"):
                yield SetProgressList(self.desk, id="own-sets")
            with TabPane("", id="own-forms-tab"):
                yield FormList(self.desk, id="own-forms")
        with Vertical(id="own-status-row"):
            yield Static(id="own-status")
        yield KeyFooter()

    @property
    def _forms(self) -> FormList:
        return self.query_one(FormList)

    def on_mount(self) -> None:
        self.title = self.t("solo.title")
        self.refresh_lists()
        self.query_one(SetProgressList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def language_changed(self) -> None:
        self.title = self.t("solo.title")
        self.refresh_lists()

    def refresh_lists(self) -> None:
        """Fill both tabs again from the logboek and the forms on disk."""
        tabs = self.query_one("#own-tabs", TabbedContent)
        tabs.get_tab("own-sets-tab").label = Content(self.t("solo.tab_sets"))
        self.query_one(SetProgressList).fill()
        self._forms.fill()
        tabs.get_tab("own-forms-tab").label = Content(
            self.t("solo.tab_forms", n=len(self._forms.forms))
        )
        logbook = self.desk.logbook
        self.query_one("#own-banner", SaveBanner).show_state(logbook, self.t)
        points = [p for p in logbook.book.actions.values() if not p.deleted]
        done = sum(p.done for p in points)
        status = self.t(
            "solo.status", open=len(points) - done, done=done, folder=self.desk.store.folder
        )
        self.query_one("#own-status", Static).update(Content(status))
        self.refresh_bindings()

    # -- the tabs -----------------------------------------------------------------------

    def action_other_tab(self) -> None:
        """Kaartensets ↔ Oudergesprek voorbereiden, with the list there ready for ↑/↓."""
        forms = not self._on_forms_tab()
        self.query_one("#own-tabs", TabbedContent).active = (
            "own-forms-tab" if forms else "own-sets-tab"
        )
        (self._forms if forms else self.query_one(SetProgressList)).focus()

    def _on_forms_tab(self) -> bool:
        return self.query_one("#own-tabs", TabbedContent).active == "own-forms-tab"

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        forms_tab = self._on_forms_tab() if self.is_mounted else False
        if action in self.FORM_ACTIONS:
            return forms_tab and self._forms.chosen is not None
        if action in ("export_logbook", "delete_logbook"):
            return not forms_tab
        if action == "repair":
            if forms_tab:
                form = self._forms.chosen
                return form is not None and form.repairable
            return self.desk.logbook.repairable
        return True

    # -- the logboek --------------------------------------------------------------------

    def action_action_points(self) -> None:
        """Your own action points: add, change, tick off, remove."""
        from kaarten.ui.dialogs.action_points import OwnActionPointsModal

        if not self.desk.logbook.writable:
            self.notify(self.t("solo.read_only_note"), markup=False, severity="warning")
            return
        modal = OwnActionPointsModal(self.desk.logbook)
        self.app.push_screen(modal, lambda _: self.refresh_lists())

    def action_export_logbook(self) -> None:
        """The whole logboek, forms included, as a Markdown file."""
        library, lang = self.kaarten.result.library, self.kaarten.ui_language
        own_desk.saved_to(self, self.desk.exports, lambda: self.desk.export_logbook(library, lang))

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
            own_desk.report(self, self.desk.delete_logbook(), "solo.logbook_deleted")
            self.refresh_lists()

        own_desk.ask(self, question, delete)

    def action_repair(self) -> None:
        """Keep the readable part of a damaged logboek or form (the whole file is copied
        aside first)."""
        forms_tab = self._on_forms_tab()
        if forms_tab:
            opened = self._forms.chosen
            path = opened.path if opened is not None else None
        else:
            path = self.desk.store.logbook_path
        if path is None:
            return
        try:
            copy = self.desk.repair_form(path) if forms_tab else self.desk.repair_logbook()
        except OSError as error:
            own_desk.cannot_save(self, path.parent, error)
            return
        self.notify(self.t("solo.repaired", copy=copy), markup=False, timeout=10)
        self.refresh_lists()

    # -- the forms ----------------------------------------------------------------------

    def action_new_form(self) -> None:
        """A new voorbereidingsformulier for an oudergesprek."""
        self._forms.new()

    def action_export_form(self) -> None:
        """The highlighted form, with checklist and vaardigheden, as a Markdown file."""
        self._forms.export()

    def action_print_form(self) -> None:
        """The highlighted form, filled in, with checklist and vaardigheden, as a PDF."""
        self._forms.print()

    def action_delete_form(self) -> None:
        """Delete the highlighted form from disk (asks first)."""
        self._forms.delete(self.refresh_lists)

    def action_back(self) -> None:
        """Back to the kaarten."""
        self.dismiss()
