"""One line above a logboek page or a form that says when what is typed is not safe on
disk: the file is read-only (and why, with file and line when it is damaged), or the
disk refused the last changes (kept in memory and tried again every second)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from kaarten import clock
from kaarten.journal.log import Journal, LogProblem
from kaarten.journal.logfile import NOT_FOR_WRITING, OpenLog

Translate = Callable[..., str]


_OWN_WORDING = {
    "log.locked": "solo.log.locked",
    "log.damaged": "solo.log.damaged",
    "log.no_header": "solo.log.no_header",
    "log.second_header": "solo.log.second_header",
    "log.empty": "solo.log.empty",
}
"""Log messages that Zelf aan de slag words its own way, where the session's speak of a
session."""


def log_message(code: str, t: Translate, **params: Any) -> str:
    """A log message for Zelf aan de slag, in its own wording where it has one."""
    return t(_OWN_WORDING.get(code, code), **params)


def unsaved_message(journal: Journal, t: Translate) -> str:
    """What the red line says while the disk refuses changes: how many, and why."""
    reason = journal.error.strerror if journal.error and journal.error.strerror else ""
    if journal.changed_elsewhere:
        reason = t("session.changed_elsewhere")
    return t("session.unsaved", n=len(journal.pending), reason=reason)


def problem_text(opened: OpenLog[Any], problem: LogProblem, t: Translate) -> str:
    message = log_message(problem.code, t, **{"version": "?", **problem.params})
    return t("log.problem", path=opened.path, line=problem.line or 1, message=message)


class SaveBanner(Static):
    """Hidden while everything typed is on disk."""

    _retry: Timer | None = None

    def show_state(
        self,
        opened: OpenLog[Any],
        t: Translate,
        failure: str | None = None,
        retry: Callable[[], None] | None = None,
    ) -> None:
        """Show what stands between typing and the disk, if anything does.
        ``failure``: a message code for a save just refused (the file cannot be made).
        While something is not saved, ``retry`` is called every second."""
        pending = bool(failure or opened.unsaved)
        if pending and retry is not None and self._retry is None:
            self._retry = self.set_interval(1.0, retry)
        elif not pending and self._retry is not None:
            self._retry.stop()
            self._retry = None
        lines = [problem_text(opened, p, t) for p in opened.problems]
        # Why it is read-only, unless a problem above says it already (a damaged line
        # does; an empty file or a wrong field does not, and h repairs those too).
        said = {p.code for p in opened.problems}
        if opened.read_only and opened.read_only not in (NOT_FOR_WRITING, *said):
            lines.append(log_message(opened.read_only, t, version="?"))
        if opened.read_only:
            lines.append(t("solo.read_only_note"))
        if failure:
            lines.append(t(failure, folder=opened.path.parent))
        if opened.journal is not None and opened.journal.pending:
            lines.append(unsaved_message(opened.journal, t))
        self.update(Content("\n".join(lines)))
        self.display = bool(lines)
        self.set_class(pending, "-error")


class SaveState(Static):
    """A quiet line under what is typed: "bewaard om 14:32" once saved, "nog niet
    bewaard" while typed text waits for the next save. The red banner above says when
    saving fails; this line says that it works."""

    def pending(self, t: Translate) -> None:
        self.set_class(True, "-pending")
        self.update(Content(t("save.pending")))

    def saved(self, t: Translate) -> None:
        self.set_class(False, "-pending")
        self.update(Content(t("save.saved", time=f"{clock.now():%H:%M}")))
