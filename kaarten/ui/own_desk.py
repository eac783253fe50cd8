"""The app's side of Zelf aan de slag's file actions: say where an export went or why it
could not be saved, ask before deleting, and report what a deletion left. The overview's
two tabs (the logboek and the forms) both use it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.widget import Widget

from kaarten.files.removal import Deleted
from kaarten.i18n import os_reason

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


def _app(node: Widget) -> KaartenApp:
    return cast("KaartenApp", node.app)


def cannot_save(node: Widget, folder: Path, error: OSError) -> None:
    """Say that nothing could be written in ``folder``, and why."""
    app = _app(node)
    reason = os_reason(error, app.ui_language)
    node.notify(
        app.t("solo.cannot_save", folder=folder, reason=reason), markup=False, severity="error"
    )


def saved_to(node: Widget, folder: Path, write: Callable[[], Path]) -> None:
    """Write with ``write`` and say where it went (or why not, naming ``folder``)."""
    try:
        path = write()
    except OSError as error:
        cannot_save(node, folder, error)
        return
    node.notify(_app(node).t("solo.exported", path=path), markup=False, timeout=10)


def ask(node: Widget, question: str, then: Callable[[], None]) -> None:
    """Ask before deleting (keeping is the safe answer); ``then`` deletes."""
    from kaarten.ui.dialogs.confirm import ConfirmModal

    app = _app(node)

    def picked(delete: bool | None) -> None:
        if delete:
            then()

    yes, no = app.t("solo.delete_yes"), app.t("solo.delete_no")
    app.push_screen(ConfirmModal(question, yes, no, destructive=True), picked)


def report(node: Widget, deleted: Deleted, done_key: str) -> None:
    """What a deletion did: done, or which files are left."""
    app = _app(node)
    if deleted.failed:
        paths = ", ".join(str(p) for p in deleted.failed)
        node.notify(app.t("solo.delete_failed", paths=paths), markup=False, severity="error")
    else:
        node.notify(app.t(done_key), markup=False)
