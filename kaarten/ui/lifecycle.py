"""The app's start and end: what happens once it runs, once its first frame is drawn, when
the terminal goes away, and when it crashes."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from kaarten.files.settings import FILE as SETTINGS_FILE
from kaarten.ui.screens.base import KaartenScreen

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


def started(app: KaartenApp) -> None:
    """The app runs: keep a file descriptor for a crash report, catch the terminal closing,
    apply the remembered theme, say what was wrong with the settings, start the room view
    if asked (``kaarten --zaal``, at a new address with ``--nieuw-adres``)."""
    from kaarten.crash import keep_reserve

    keep_reserve()
    if not app.is_headless:  # tests drive the app inside their own process
        from kaarten.ui.signals import catch_signals

        catch_signals(lambda number: stop_by_signal(app, number))
    if app.prefs.settings.hoog_contrast:
        app.projector.toggle_contrast()
    if app.prefs.problem is not None and app.data_folder is not None:
        path = app.data_folder / SETTINGS_FILE
        app.notify(app.t(app.prefs.problem, path=path), markup=False, timeout=15)
    if app.projector.new_address_first and app.data_folder is not None:
        from kaarten.room.address import forget

        forget(app.data_folder)
    if app.projector.room_at_start:
        app.run_worker(app.room.start())
    if app.projector.trial_at_start:
        app.call_after_refresh(app.go.room_trial)


def first_frame(app: KaartenApp) -> None:
    """The first frame is drawn: the collector back on (see ``cli.main.build_app``), the
    data folder checked and the trainer's deck folders watched, after it, so neither
    holds up the start."""
    if app.collect_after_start:
        gc.freeze()
        gc.enable()
    if app.data_folder is not None:
        app.call_after_refresh(_check_data_folder, app)
    app.deck_watch.start()


def _check_data_folder(app: KaartenApp) -> None:
    """Narrow the data folder's modes and say once what was fixed or refused."""
    from kaarten.files.check import check_data_folder

    assert app.data_folder is not None
    lines = check_data_folder(app.data_folder).messages(app.ui_language)
    if lines:
        app.notify("\n".join(lines), markup=False, severity="warning", timeout=20)


def put_away(app: KaartenApp) -> None:
    """Save and release what is open: the session being led, the logboek and forms."""
    if app.made_sessions is not None:
        app.made_sessions.stop()
    if app.made_own is not None:
        app.made_own.close()


def stop_by_signal(app: KaartenApp, number: int) -> None:
    """The terminal closed or the computer shuts down: save first, before Textual takes
    the screens down (the terminal may be gone), then end as after Ctrl+Q."""
    for screen in reversed(app.screen_stack):
        if isinstance(screen, KaartenScreen):
            screen.put_away()
    put_away(app)
    app.exit(return_code=128 + number)


def crashed(app: KaartenApp, error: Exception) -> None:
    """In place of Textual's crash report, which prints every local variable (participant
    names, notes): a report without personal data, and a short message that says where."""
    from rich.text import Text

    from kaarten.crash import release_reserve, write_report
    from kaarten.locations import CRASH_REPORTS

    # What Textual's own handler does besides reporting (Pilot re-raises _exception).
    app._return_code = 1
    if app._exception is None:
        app._exception = error
        app._exception_event.set()
    release_reserve()  # out of file descriptors, maybe: this report still needs one
    folder = app.data_folder
    path = write_report(error, folder / CRASH_REPORTS) if folder is not None else None
    message = app.t("app.crashed" if path else "app.crashed_no_report", path=str(path))
    app._exit_renderables.append(Text(message))
    app.bell()
    app._close_messages_no_wait()
