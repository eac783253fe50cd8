"""The trainer's deck folders, watched: a saved file shows in the app within half a second.

The operating system's file events wake it (watchfiles), so it costs nothing while nobody
writes. Only folders given with ``--decks`` are watched (the built-in decks do not change
under a running app). A reload keeps the last good version of what a broken save would
drop (:mod:`kaarten.deck.reload`), says each new error with file and line, and never
changes the cards under a coach leading a session: then it waits until the session is left.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from kaarten.deck.library import deck_file_saved, load_library
from kaarten.deck.reload import Stale, keep_last_good
from kaarten.locations import is_builtin
from kaarten.ui.screens.base import KaartenScreen

if TYPE_CHECKING:
    from pathlib import Path

    from kaarten.deck.problems import DeckProblem
    from kaarten.ui.app import KaartenApp

SETTLE_MS = 150
"""Changes within this many milliseconds are one save (editors write in steps)."""
ERRORS_SAID = 3
"""New errors said one by one after a save; more are counted."""


class DeckWatch:
    """Reloads the decks when a file under a watched folder is saved."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app
        self.stale: Stale = set()
        """The sets shown in their last good version: their file has errors now."""
        self._waiting = False
        self._stop = threading.Event()
        """Set when the app ends: the watcher's thread stops at its next step."""

    def start(self) -> None:
        """Watch the folders given with ``--decks`` (after the first frame)."""
        folders = [root for root in self.app.roots if root.exists() and not is_builtin(root)]
        if folders:
            self.app.run_worker(self._watch(folders), group="deck-watch", exit_on_error=False)

    async def _watch(self, folders: list[Path]) -> None:
        from watchfiles import awatch

        async for _ in awatch(
            *folders,
            watch_filter=deck_file_saved,
            debounce=SETTLE_MS,
            step=50,
            stop_event=self._stop,
        ):
            self.saved()

    def stop(self) -> None:
        """Stop watching (the app ends): at once, not after the watcher's next timeout."""
        self._stop.set()

    def saved(self) -> None:
        """A deck file was saved: reload now, or once the session being led is left."""
        app = self.app
        if app.made_sessions is not None and app.made_sessions.run is not None:
            if not self._waiting:
                app.notify(app.t("watch.waiting_for_session"), markup=False, timeout=8)
            self._waiting = True
            return
        self.reload()

    def session_over(self) -> None:
        """The session was left or closed: what was saved meanwhile shows now."""
        if self._waiting:
            self._waiting = False
            self.reload()

    def reload(self) -> None:
        app = self.app
        before = app.result
        after = load_library(app.roots, app.cache_folder)
        result, self.stale = keep_last_good(before.library, after)
        app.show_decks(result)
        self._say_new_errors([p for p in after.errors if p not in before.problems])
        for screen in app.screen_stack:
            if isinstance(screen, KaartenScreen):
                screen.decks_changed()

    def _say_new_errors(self, errors: list[DeckProblem]) -> None:
        app = self.app
        for problem in errors[:ERRORS_SAID]:
            text = problem.render(app.ui_language)
            app.notify(text, markup=False, severity="error", timeout=12)
        if len(errors) > ERRORS_SAID:
            more = app.t_n("count.errors", len(errors) - ERRORS_SAID)
            app.notify(app.t("watch.more_errors", errors=more), markup=False, severity="error")
