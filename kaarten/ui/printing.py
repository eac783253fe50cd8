"""Printing from the app: a PDF is made in a worker thread (a whole deck takes a second
or two, and the screen must not freeze meanwhile), and the user is told where it went,
or why it could not be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kaarten.i18n import os_reason, tr
from kaarten.ui.screens.base import KaartenScreen

Make = Callable[[], list[Path]]
"""Writes the PDFs (raises OSError) and returns them."""


def print_in_background(screen: KaartenScreen, make: Make, folder: Path) -> None:
    """Run ``make`` in a thread and tell, from the app's own thread, what it wrote into
    ``folder``. One print at a time: a second key press while printing is said, not
    queued."""
    app = screen.kaarten
    lang = app.ui_language
    if any(w.group == "print" and not w.is_finished for w in app.workers):
        screen.notify(tr("print.busy", lang), markup=False)
        return
    screen.notify(tr("print.started", lang), markup=False, timeout=3)

    def work() -> None:
        try:
            files = make()
        except OSError as error:
            message = tr("print.failed", lang, folder=folder, reason=os_reason(error, lang))
            app.call_from_thread(app.notify, message, markup=False, severity="error", timeout=15)
            return
        if len(files) == 1:
            message = tr("print.saved", lang, path=files[0])
        else:
            message = tr("print.saved_many", lang, n=len(files), folder=folder)
        app.call_from_thread(app.notify, message, markup=False, timeout=15)

    app.run_worker(work, thread=True, group="print", name="print", exit_on_error=True)
