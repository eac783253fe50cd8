"""The Textual app: it wires the services to the screens and acts on the app-wide keys.

What the user sees lives in the screens, every move between them in
:mod:`kaarten.ui.navigation` (``app.go``); keys reach them in order through
:mod:`kaarten.ui.keys`. The app owns the loaded library, the UI language and presentation
mode, and makes each service on first use so start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from kaarten.deck.draw import TypedQuestions
from kaarten.deck.library import LoadResult, load_library
from kaarten.files.settings import Preferences
from kaarten.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr, tr_n
from kaarten.ui import lifecycle
from kaarten.ui.app_keys import APP_KEYS
from kaarten.ui.deck_watch import DeckWatch
from kaarten.ui.keys import KeyQueue, key_display
from kaarten.ui.navigation import Navigator
from kaarten.ui.projector import Projector
from kaarten.ui.room_view import RoomView
from kaarten.ui.screens.base import KaartenScreen
from kaarten.ui.screens.home import HomeScreen
from kaarten.ui.screens.too_small import TooSmallScreen, follow_size

if TYPE_CHECKING:
    import random

    from kaarten.deck.search import SearchIndex
    from kaarten.own.service import OwnWork
    from kaarten.ui.session_desk import SessionDesk
    from kaarten.ui.widgets.timer_view import SessionTimer


class KaartenApp(App[int]):
    """kaarten: the card table for startercoach sessions."""

    CSS_PATH = "app.tcss"
    TITLE = "kaarten"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = APP_KEYS

    ui_language: reactive[str] = reactive(DEFAULT_LANGUAGE, init=False)
    presenting: reactive[bool] = reactive(False, init=False)

    def __init__(
        self,
        result: LoadResult,
        roots: Sequence[Path],
        language: str | None = DEFAULT_LANGUAGE,
        rng: random.Random | None = None,
        cache_folder: Path | None = None,
        data_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.result = result
        self.roots = list(roots)
        self.cache_folder = cache_folder
        self.data_folder = data_folder
        """The user's own files (sessions, crash reports); None: nothing is kept."""
        self._rng = rng
        self.questions = TypedQuestions()
        """Questions typed during the run, on every table of their kaartenset."""
        self.prefs = Preferences(data_folder)
        """The choices that stay between starts (instellingen.json in the data folder)."""
        self.go = Navigator(self)
        """Every move between screens."""
        self.room = RoomView(self)
        """The room view on the projector (off until the coach turns it on)."""
        self.deck_watch = DeckWatch(self)
        """The folders given with --decks, reloaded when a file in them is saved."""
        self.projector = Projector(self)
        """Presentation mode, high contrast and the room view: what the group sees."""
        self._keys = KeyQueue(self, super().on_event, self.room.look)
        self._search_index: SearchIndex | None = None
        self.made_sessions: SessionDesk | None = None
        """The session desk, once something used it (see :attr:`sessions`)."""
        self.made_own: OwnWork | None = None
        """Zelf aan de slag, once something used it (see :attr:`own`)."""
        self.set_reactive(KaartenApp.ui_language, language or self.prefs.settings.taal)

    collect_after_start = False
    """Turn the garbage collector back on once the first frame is drawn (the CLI turns it
    off while the app starts; see ``kaarten.cli.main.build_app``)."""

    # -- the services, made on first use --------------------------------------------------

    @property
    def rng(self) -> random.Random:
        """The randomness of shuffles and mixes."""
        if self._rng is None:
            import random

            self._rng = random.Random()
        return self._rng

    @property
    def sessions(self) -> SessionDesk:
        """Starting, leading and closing sessions."""
        if self.made_sessions is None:
            from kaarten.ui.session_desk import SessionDesk

            self.made_sessions = SessionDesk(self)
        return self.made_sessions

    @property
    def own(self) -> OwnWork | None:
        """Zelf aan de slag: the logboek and forms; None when there is no data folder."""
        if self.made_own is None and self.data_folder is not None:
            from kaarten.own.service import OwnWork

            self.made_own = OwnWork(self.data_folder)
        return self.made_own

    def search_index(self) -> SearchIndex:
        """The search index of every card text."""
        from kaarten.deck.search import SearchIndex

        if self._search_index is None:
            self._search_index = SearchIndex(self.result.library)
        return self._search_index

    def reload(self) -> None:
        """Read every deck again from disk (a trainer changed a file)."""
        self.show_decks(load_library(self.roots, self.cache_folder))

    def show_decks(self, result: LoadResult) -> None:
        """Use ``result`` from now on (search is built again on its next use)."""
        self.result = result
        self._search_index = None

    # -- start, stop, crash and size ------------------------------------------------------

    def get_default_screen(self) -> Screen[object]:
        return HomeScreen()

    def on_mount(self) -> None:
        lifecycle.started(self)

    def on_ready(self) -> None:
        lifecycle.first_frame(self)

    def on_session_timer_moved(self) -> None:
        self.room.look()  # the room's countdown turns with the coach's

    def on_session_timer_time_up(self, message: SessionTimer.TimeUp) -> None:
        if self.made_sessions is not None:
            self.made_sessions.time_up(message.activity)

    async def on_unmount(self) -> None:
        self.deck_watch.stop()
        lifecycle.put_away(self)
        await self.room.stop()  # no port left open behind the app

    def _handle_exception(self, error: Exception) -> None:
        lifecycle.crashed(self, error)

    def on_resize(self, event: events.Resize) -> None:
        follow_size(self, event.size)

    async def on_event(self, event: events.Event) -> None:
        """Keys wait for the one before them (see :mod:`kaarten.ui.keys`); the rest goes
        as Textual sends it."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            await self._keys.take(event)
            return
        await super().on_event(event)
        if isinstance(event, events.MouseUp):  # a click may have drawn a card
            self.call_after_refresh(self.room.look)

    # -- language -------------------------------------------------------------------------

    def t(self, key: str, /, **params: object) -> str:
        """The message ``key`` in the current UI language."""
        return tr(key, self.ui_language, **params)

    def t_n(self, key: str, n: int, /, **params: object) -> str:
        """The counted message ``key`` for ``n`` in the current UI language."""
        return tr_n(key, n, self.ui_language, **params)

    def get_key_display(self, binding: Binding) -> str:
        return key_display(super().get_key_display(binding), self.t)

    def watch_ui_language(self) -> None:
        self.prefs.remember(taal=self.ui_language)
        for screen in self.screen_stack:
            if isinstance(screen, KaartenScreen):
                screen.language_changed()
        self.screen.refresh_bindings()
        self.room.language_changed()

    def action_switch_language(self) -> None:
        """Switch between Dutch and English."""
        index = LANGUAGES.index(self.ui_language)
        self.ui_language = LANGUAGES[(index + 1) % len(LANGUAGES)]
        self.notify(self.t("app.language_now"), markup=False)

    # -- presentation and the room --------------------------------------------------------

    def watch_presenting(self, presenting: bool) -> None:
        self.set_class(presenting, "-presenting")
        self.screen.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.screen, TooSmallScreen):
            return action == "quit"
        allowed = self.projector.allows(action)
        return True if allowed is None else allowed

    def action_present(self) -> None:
        """Show only the card (and the timer), or everything again."""
        self.presenting = not self.presenting

    def action_stop_presenting(self) -> None:
        self.presenting = False

    def action_contrast(self) -> None:
        self.projector.toggle_contrast()

    async def action_room(self) -> None:
        await self.projector.toggle_room()

    async def action_room_address(self) -> None:
        await self.projector.new_address()

    def action_room_black(self) -> None:
        self.room.toggle_black()

    def action_room_trial(self) -> None:
        self.go.room_trial()

    # -- help, palette, search ------------------------------------------------------------

    # The palette's module loads on first use: the first frame does not need it.

    def action_help(self) -> None:
        from kaarten.ui.commands import open_help

        open_help(self)

    def action_search(self) -> None:
        from kaarten.ui.commands import open_search

        open_search(self)

    def action_command_palette(self) -> None:
        from kaarten.ui.commands import open_commands

        open_commands(self)

    def search_themes(self) -> None:  # Textual's "Change theme" command calls this
        from kaarten.ui.commands import open_themes

        open_themes(self)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from kaarten.ui.commands import system_commands

        return system_commands(self, screen)


def make_app(
    language: str | None = DEFAULT_LANGUAGE,
    extra: Sequence[Path] = (),
    rng: random.Random | None = None,
    data: Path | None = None,
) -> KaartenApp:
    """The app on the built-in decks plus ``extra`` folders, with its files in the data
    folder ``data`` (default: the chosen or the platform's); ``language`` None: the one
    in the settings. The CLI and the tests both build it here."""
    from kaarten.locations import builtin_roots, cache_dir, data_dir

    roots = [*builtin_roots(), *extra]
    folder = cache_dir(data)
    return KaartenApp(load_library(roots, folder), roots, language, rng, folder, data_dir(data))
