"""The saved sessions, newest first: resume one that is not closed, read the others."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from kaarten.session.store import Summary
from kaarten.ui.screens.base import SESSION_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter


class SessionListScreen(KaartenScreen):
    """Date, title, participants, open action points and state of every session."""

    CSS_PATH = SESSION_CSS

    HELP = "sessions"
    BINDINGS = [
        command("n", "new", "key.new_session", "cmd.new_session"),
        command("w,delete", "delete", "key.delete_session", "cmd.delete_session"),
        command("k", "remove_copies", "key.remove_copies", "cmd.remove_copies", show=False),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def compose(self) -> ComposeResult:
        self.summaries: list[Summary] = []
        self.title = self.t("sessions.title")
        yield Header()
        yield Static(id="sessions-intro")
        yield OptionList(id="session-list", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#session-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self._fill()

    def _fill(self) -> None:
        """(Re)list the sessions, the cursor on the file it was on (or where it was), so
        that w after a look at a session deletes that one."""
        sessions = self.kaarten.sessions.service
        options = self.query_one("#session-list", OptionList)
        at = options.highlighted or 0
        was = self.summaries[at].path if at < len(self.summaries) else None
        summaries = sessions.listing()
        self.summaries = summaries
        options.clear_options()
        options.add_options([self._option(s) for s in summaries])
        intro = "sessions.intro" if summaries else "sessions.none"
        folder = sessions.folder or ""
        text = self.t(intro, folder=folder)
        copies, old = sessions.damaged_copies()
        if copies:
            key = "sessions.copies_old" if old else "sessions.copies"
            text += "\n" + self.t(key, n=len(copies), old=len(old))
        self.query_one("#sessions-intro", Static).update(Content(text))
        if summaries:
            paths = [summary.path for summary in summaries]
            options.highlighted = paths.index(was) if was in paths else min(at, len(paths) - 1)

    def _option(self, summary: Summary) -> Option:
        if not summary.title:  # unreadable: say why
            reason = (
                self.t(summary.problem.code, **summary.problem.params) if summary.problem else ""
            )
            return Option(Content(f"{summary.path.stem}: {reason}"), disabled=True)
        if summary.copy:
            state = self.t("sessions.copy", file=summary.path.name)
        else:
            state = self.t("cli.session_closed" if summary.closed else "cli.session_running")
        text = self.t(
            "sessions.item",
            date=summary.date,
            title=summary.title,
            names=", ".join(summary.participants),
            open=self.t_n("sessions.open_points", summary.open_actions),
            state=state,
        )
        # No option ids: a copy carries the id of the session it copies (DuplicateID).
        return Option(Content(text))

    @on(OptionList.OptionSelected, "#session-list")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.summaries):
            self.kaarten.sessions.open(self.summaries[event.option_index].path)

    def action_new(self) -> None:
        """Start a new session."""
        self.kaarten.sessions.new()

    def action_delete(self) -> None:
        """Delete the highlighted session for good, with its exports (asks first; the
        safe answer is the default)."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        index = self.query_one("#session-list", OptionList).highlighted
        if index is None or index >= len(self.summaries):
            return
        summary = self.summaries[index]
        sessions = self.kaarten.sessions.service
        path = summary.path  # the file listed, never the one its header names
        what = f"{summary.title} ({summary.date})" if summary.title else path.stem
        if summary.copy:
            what = f"{what}, {path.name}"

        def picked(delete: bool | None) -> None:
            if not delete:
                return
            try:
                deleted = sessions.delete(path)
            except ValueError as refused:
                self.notify(self.t(str(refused)), markup=False, severity="warning")
                return
            self.notify(self.t("sessions.deleted", session=what, n=deleted.files), markup=False)
            for failed in deleted.failed:
                message = self.t("cli.delete_failed", path=failed)
                self.notify(message, markup=False, severity="error")
            self._fill()

        question = self.t("sessions.delete_question", session=what)
        yes, no = self.t("sessions.delete_yes"), self.t("sessions.delete_no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)

    def action_remove_copies(self) -> None:
        """Remove the damaged copies older than a month (asks first)."""
        from kaarten.ui.dialogs.confirm import ConfirmModal

        sessions = self.kaarten.sessions.service
        old = sessions.damaged_copies()[1]
        if not old:
            return

        def picked(remove: bool | None) -> None:
            if remove:
                deleted = sessions.remove_old_copies()
                self.notify(self.t("sessions.copies_removed", n=deleted.files), markup=False)
                self._fill()

        question = self.t("sessions.copies_question", n=len(old))
        yes, no = self.t("sessions.delete_yes"), self.t("sessions.delete_no")
        self.app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)

    def action_back(self) -> None:
        """Back to the overview."""
        self.dismiss()
