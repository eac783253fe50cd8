"""The Textual app: global keys, language, presentation mode and the screen stack.

Behaviour lives in the screens; the app holds what all screens share (the loaded library,
questions typed during the run, the UI language) and opens the right screen for a target.
"""

from __future__ import annotations

import asyncio
import gc
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.events import Resize
from textual.message_pump import MessagePump
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme

from kaarten.deck.library import LoadResult, load_library
from kaarten.deck.model import Card, Deck
from kaarten.files.settings import FILE as SETTINGS_FILE
from kaarten.files.settings import Settings
from kaarten.files.settings import load as load_settings
from kaarten.files.settings import save as save_settings
from kaarten.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr, tr_n
from kaarten.ui.room_view import RoomView
from kaarten.ui.screens.base import KaartenScreen, command
from kaarten.ui.screens.home import HomeScreen
from kaarten.ui.screens.too_small import TooSmallScreen

if TYPE_CHECKING:
    import random

    from kaarten.deck.search import Entry, SearchIndex
    from kaarten.own.service import OwnWork
    from kaarten.ui.session_desk import SessionDesk
    from kaarten.ui.widgets.timer_view import SessionTimer

MIN_WIDTH = 60
MIN_HEIGHT = 16

CONTRAST_THEME = Theme(
    name="kaarten-contrast",
    primary="#0000c0",
    secondary="#000000",
    accent="#0000c0",
    foreground="#000000",
    background="#ffffff",
    surface="#ffffff",
    panel="#e8e8e8",
    boost="#dddddd",
    warning="#8a4b00",
    error="#b00000",
    success="#006000",
    dark=False,
    variables={
        "footer-key-foreground": "#0000c0",
        "footer-description-foreground": "#000000",
        "border": "#000000",
        "block-cursor-background": "#0000c0",
        "block-cursor-foreground": "#ffffff",
    },
)
"""Black on white with a dark blue accent: the most legible on a washed-out projector."""


READINGS = 0.25
"""Seconds between looks at whether a running timer's reading is due to be saved."""
_KEY_NAMES = {"space": "keyname.space", "esc": "keyname.esc"}
"""Keys whose name the UI says in its own language."""


KEYS_HELD_AT_MOST = 0.5
"""Seconds keys wait for a new screen to take them; then they go on regardless (a screen
that focuses nothing)."""
SETTLE_ROUNDS = 8
"""At most this many rounds of waiting for the widgets after a key (each message a key
causes can cause another; eight is far more than any key here takes)."""


class KaartenApp(App[int]):
    """kaarten: the card table for startercoach sessions."""

    CSS_PATH = "app.tcss"
    TITLE = "kaarten"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True, id="cmd.quit"),
        Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
        command("question_mark,f1", "help", "key.help", "cmd.help"),
        command("slash", "search", "key.search", "cmd.search"),
        command("ctrl+l,f2", "switch_language", "key.language", "cmd.language"),
        command("ctrl+b,f5", "present", "key.present", "cmd.present"),
        # Esc first ends presentation mode, as in a slideshow: the screen underneath is never
        # left while the room sees it, so the mode cannot leak onto another screen.
        command(
            "escape",
            "stop_presenting",
            "key.stop_presenting",
            "cmd.stop_presenting",
            show=False,
            priority=True,
        ),
        command("ctrl+k,f6", "contrast", "key.contrast", "cmd.contrast", show=False),
        command("ctrl+o,f7", "room", "key.room", "cmd.room", show=False),
        command("full_stop", "room_black", "key.room_black", "cmd.room_black", show=False),
        command("ctrl+g,f8", "room_address", "key.room_address", "cmd.room_address", show=False),
    ]

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
        self.custom_questions: dict[tuple[str, str], list[Card]] = {}
        found = load_settings(data_folder) if data_folder is not None else (Settings(), None)
        self.settings, self._settings_problem = found
        """The choices that stay between starts (instellingen.json in the data folder)."""
        self.guide_hidden = self.settings.handleiding_verborgen
        """The coach hid the handleiding: it stays hidden on every card table."""
        self._search_index: SearchIndex | None = None
        self._sessions: SessionDesk | None = None
        self._own: OwnWork | None = None
        self.room = RoomView(self)
        """The room view on the projector (off until the coach turns it on)."""
        self.room_at_start = False
        """Turn the room view on as soon as the app runs (``kaarten --zaal``)."""
        self.new_room_address = False
        """Give the room view a new secret first (``kaarten --nieuw-adres``)."""
        self.set_reactive(KaartenApp.ui_language, language or self.settings.taal)
        self.register_theme(CONTRAST_THEME)
        self._normal_theme = self.theme
        self._held_keys: list[events.Key] = []
        """Keys waiting for the one before them, or for a new screen (see on_event)."""
        self._key_busy = False
        self._settled: Screen[Any] | None = None
        self._settling_screen: Screen[Any] | None = None
        self._settling_since: float | None = None

    # -- start, crash and size -----------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        """Replace Textual's crash report, which prints every local variable (participant
        names, notes), with a short message and a report without personal data."""
        # What Textual's own handler does besides reporting (Pilot re-raises _exception).
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        from rich.text import Text

        from kaarten.crash import release_reserve, write_report
        from kaarten.locations import CRASH_REPORTS

        release_reserve()  # out of file descriptors, maybe: this report still needs one
        path = write_report(error, self.data_folder / CRASH_REPORTS) if self.data_folder else None
        key = "app.crashed" if path else "app.crashed_no_report"
        self._exit_renderables.append(Text(self.t(key, path=str(path))))
        self.bell()
        self._close_messages_no_wait()

    @property
    def rng(self) -> random.Random:
        """The randomness of shuffles and mixes (made on first use: not at start-up)."""
        if self._rng is None:
            import random

            self._rng = random.Random()
        return self._rng

    collect_after_start = False
    """Turn the garbage collector back on once the first frame is drawn (the CLI turns it
    off while the app starts; see ``kaarten.cli.main.build_app``)."""

    # -- keys at paste speed -------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """Keys arrive in order and none is lost at paste speed. Textual hands every key of
        a burst to the focused widget at once, before the first has been handled: after
        "a" (which opens a dialog) the rest went to the screen below; after Tab, to the
        field before. Here a key goes on only when the one before has made its whole way
        (the widget, its parents, the screen's and the app's keys), and when the screen on
        top has mounted and given its focus."""
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)  # not a key, or one coming back up: as Textual does
            if isinstance(event, events.MouseUp):  # a click may have drawn a card
                self.call_after_refresh(self.room.look)
            return
        self._held_keys.append(event)
        if len(self._held_keys) == 1 and not self._key_busy:
            await self._next_key()

    async def _next_key(self) -> None:
        while self._held_keys and not self._key_busy:
            if not self._ready_for_keys():
                self.set_timer(0.01, self._next_key)  # the new screen is still mounting
                return
            key = self._held_keys.pop(0)
            self._key_busy = True
            await super().on_event(key)
            self._settle(SETTLE_ROUNDS)

    def _settle(self, rounds: int) -> None:
        """Let the app and every widget of the screen on top handle what they have to (the
        key, the messages it caused, a focus that moves), then take the next key: rounds
        of a callback behind each one's queue, until a round finds every queue empty.
        Every widget, not only the key's path: closing a dialog wakes the screen below."""
        nodes: list[MessagePump] = [self, *self.screen.walk_children(with_self=True)]
        waiting = 0

        def done() -> None:
            nonlocal waiting
            waiting -= 1
            if waiting == 0:  # every one got this far: did the key cause more?
                busy = any(not node._message_queue.empty() for node in nodes)
                if busy and rounds > 1:
                    self.call_later(self._settle, rounds - 1)
                else:
                    self.call_later(self._key_done)

        for node in nodes:
            if node.call_later(done):
                waiting += 1
        if waiting == 0:
            self.call_later(self._key_done)

    async def _key_done(self) -> None:
        self._key_busy = False
        self.room.look()  # a draw, a turn of the timer: on the projector at once
        await self._next_key()

    def _ready_for_keys(self) -> bool:
        screen = self.screen
        if screen is self._settled:
            return True
        # Mounted, and its focus given (Widget.focus takes effect a moment later).
        mounted: bool = screen._mounted_event.is_set()
        if mounted and (screen.focused is not None or not screen.focus_chain):
            self._settled = screen
            return True
        if self._settling_since is None or self._settling_screen is not screen:
            self._settling_screen, self._settling_since = screen, asyncio.get_running_loop().time()
        return asyncio.get_running_loop().time() - self._settling_since > KEYS_HELD_AT_MOST

    def get_default_screen(self) -> Screen[object]:
        return HomeScreen()

    def on_mount(self) -> None:
        from kaarten.crash import keep_reserve

        keep_reserve()
        self._catch_signals()
        if self.settings.hoog_contrast:
            self.action_contrast()
        if self._settings_problem is not None and self.data_folder is not None:
            path = self.data_folder / SETTINGS_FILE
            self.notify(self.t(self._settings_problem, path=path), markup=False, timeout=15)
        if self.new_room_address and self.data_folder is not None:
            from kaarten.room.address import forget

            forget(self.data_folder)
        if self.room_at_start:
            self.run_worker(self.room.start())
        self.set_interval(READINGS, self._save_reading)

    def _save_reading(self) -> None:
        """A running session timer's reading, saved now and then (the run decides when),
        so a crash loses little, whichever screen is open."""
        if self._sessions is not None and self._sessions.run is not None:
            self._sessions.run.save_reading()

    def on_session_timer_moved(self) -> None:
        self.room.look()  # the room's countdown turns with the coach's

    def on_session_timer_time_up(self, message: SessionTimer.TimeUp) -> None:
        # The moment time is up is worth a reading of its own (a crash loses nothing of it).
        self._save_reading()
        if self._sessions is not None:
            self._sessions.time_up(message.activity)

    def _catch_signals(self) -> None:
        """The terminal window closed (SIGHUP) or the computer logs out or shuts down
        (SIGTERM): save what is open and end as after Ctrl+Q, instead of dying mid-way."""
        import asyncio
        import contextlib
        import signal

        if self.is_headless:
            return  # tests drive the app inside their own process
        loop = asyncio.get_running_loop()
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is None:
                continue
            # Windows has no handlers on the event loop (see the README).
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._stop_by_signal, int(number))

    def _stop_by_signal(self, number: int) -> None:
        # Save first, before Textual takes the screens down: the terminal may be gone.
        for screen in reversed(self.screen_stack):
            if isinstance(screen, KaartenScreen):
                screen.put_away()
        self._put_away()
        self.exit(return_code=128 + number)

    def _put_away(self) -> None:
        """Save and release what is open: the session being led, the logboek and forms."""
        if self._sessions is not None:
            self._sessions.stop()
        if self._own is not None:
            self._own.close()

    def on_ready(self) -> None:
        if self.collect_after_start:
            gc.freeze()
            gc.enable()
        if self.data_folder is not None:
            self.call_after_refresh(self._check_data_folder)

    def _check_data_folder(self) -> None:
        """Narrow the data folder's modes and say once what was fixed or refused (after
        the first frame: it does not hold up the start)."""
        from kaarten.files.check import check_data_folder

        assert self.data_folder is not None
        lines = check_data_folder(self.data_folder).messages(self.ui_language)
        if lines:
            self.notify("\n".join(lines), markup=False, severity="warning", timeout=20)

    def on_resize(self, event: Resize) -> None:
        """Below the minimum size, show a polite notice instead of a broken layout; keep
        every screen (and anything typed in it) underneath."""
        small = event.size.width < MIN_WIDTH or event.size.height < MIN_HEIGHT
        screen = self.screen
        showing = isinstance(screen, TooSmallScreen)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif not small and showing:
            self.pop_screen()
        elif isinstance(screen, TooSmallScreen):
            screen.show_size(event.size)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as printed on the keyboard (F-keys in capitals, Esc), named in the UI
        language (spatie)."""
        display = super().get_key_display(binding)
        if display in _KEY_NAMES:
            return self.t(_KEY_NAMES[display])
        return display.upper() if re.fullmatch(r"f\d+", display) else display

    # -- language -----------------------------------------------------------------------

    def t(self, key: str, /, **params: object) -> str:
        """The message ``key`` in the current UI language."""
        return tr(key, self.ui_language, **params)

    def t_n(self, key: str, n: int, /, **params: object) -> str:
        """The counted message ``key`` for ``n`` in the current UI language."""
        return tr_n(key, n, self.ui_language, **params)

    def remember(self, **choices: object) -> None:
        """Keep the user's choice for the next start (``instellingen.json``)."""
        for name, value in choices.items():
            setattr(self.settings, name, value)
        if self.data_folder is not None:
            save_settings(self.data_folder, self.settings)

    def watch_ui_language(self) -> None:
        self.remember(taal=self.ui_language)
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

    # -- presentation -------------------------------------------------------------------

    def watch_presenting(self, presenting: bool) -> None:
        self.set_class(presenting, "-presenting")
        self.screen.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.screen, TooSmallScreen):
            return action == "quit"
        presentable = bool(getattr(self.screen, "PRESENTABLE", False))
        if action == "present":
            return presentable
        if action == "stop_presenting":
            return self.presenting and presentable
        if action == "room_black":
            return self.room.on
        return True

    async def action_room(self) -> None:
        """Show the card, the timer and QR codes on the projector, in a browser window; or
        stop doing so."""
        if self.room.on:
            await self.room.stop()
            self.notify(self.t("room.stopped"), markup=False)
        else:
            await self.room.start()
        self.refresh_bindings()

    async def action_room_address(self) -> None:
        """A new secret address for the room view (the old one leads nowhere)."""
        await self.room.new_address()
        self.refresh_bindings()

    def action_room_black(self) -> None:
        """A black screen in the room (again: back to what was there)."""
        self.room.toggle_black()

    def action_present(self) -> None:
        """Show only the card (and later the timer), or everything again."""
        self.presenting = not self.presenting

    def action_stop_presenting(self) -> None:
        """Back from presentation mode to the full screen."""
        self.presenting = False

    def action_contrast(self) -> None:
        """Switch to the high-contrast projector theme, or back."""
        if self.high_contrast:
            self.theme = self._normal_theme
        else:
            self._normal_theme = self.theme
            self.theme = CONTRAST_THEME.name
        self.remember(hoog_contrast=self.high_contrast)

    @property
    def high_contrast(self) -> bool:
        """The high-contrast projector theme is on (the room view follows it)."""
        return self.theme == CONTRAST_THEME.name

    # -- help, palette, search ----------------------------------------------------------

    def action_help(self) -> None:
        """Explain the current screen and its keys."""
        from kaarten.ui.dialogs.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal(self.screen))

    def action_search(self) -> None:
        """Search all card text in the command palette."""
        from textual.command import CommandPalette

        from kaarten.ui.commands import CardSearch

        if not isinstance(self.screen, CommandPalette):
            self._palette(providers=[CardSearch], placeholder=self.t("search.placeholder"))

    def _palette(self, **options: Any) -> None:
        from kaarten.ui.commands import KaartenPalette

        self.push_screen(KaartenPalette(self.t("palette.nothing_found"), **options))

    def action_command_palette(self) -> None:
        """Every command of this screen and the app, to search and run (Ctrl+P)."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self._palette(id="--command-palette", placeholder=self.t("palette.placeholder"))

    def search_themes(self) -> None:
        """Choose a colour theme (Textual's theme list, in the UI language)."""
        from textual.theme import ThemeProvider

        self._palette(providers=[ThemeProvider], placeholder=self.t("palette.themes"))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every key of the current screen as a palette command, plus the app's own, in
        the UI language. Textual's screenshot command is left out: it writes the screen,
        names included, to a file."""
        from kaarten.ui.commands import screen_commands

        yield from screen_commands(self, screen)
        yield SystemCommand(self.t("cmd.theme"), self.t("cmd.theme_help"), self.action_change_theme)

    @property
    def sessions(self) -> SessionDesk:
        """Starting, leading and closing sessions (made on first use: not at start-up)."""
        if self._sessions is None:
            from kaarten.ui.session_desk import SessionDesk

            self._sessions = SessionDesk(self)
        return self._sessions

    @property
    def own(self) -> OwnWork | None:
        """Zelf aan de slag: the logboek and forms (made on first use); None when there is
        no data folder to keep them in."""
        if self._own is None and self.data_folder is not None:
            from kaarten.own.service import OwnWork

            self._own = OwnWork(self.data_folder)
        return self._own

    async def on_unmount(self) -> None:
        self._put_away()
        await self.room.stop()  # no port left open behind the app

    def search_index(self) -> SearchIndex:
        """The search index, built on first use so start-up does not pay for it."""
        from kaarten.deck.search import SearchIndex

        if self._search_index is None:
            self._search_index = SearchIndex(self.result.library)
        return self._search_index

    # -- opening things -----------------------------------------------------------------

    def reload(self) -> None:
        """Read every deck again from disk (a trainer changed a file)."""
        self.result = load_library(self.roots, self.cache_folder)
        self._search_index = None

    def set_cards(self, deck: Deck, set_ids: Sequence[str]) -> list[Card]:
        """The cards of the given kaartensets, with questions typed earlier this run."""
        from kaarten.deck.draw import set_cards

        cards: list[Card] = []
        for set_id in set_ids:
            own = self.custom_questions.get((deck.id, set_id), [])
            cards.extend(set_cards(deck.card_sets[set_id], own))
        return cards

    def add_custom_question(
        self, deck: Deck, set_id: str, text: str, taken: Collection[str] = ()
    ) -> Card:
        """Keep a typed question as a card of ``set_id`` for the rest of the run; its id is
        none of ``taken`` (the cards on the table, typed in an earlier run of a session)."""
        from kaarten.deck.draw import custom_question

        number = 1 + sum(len(cards) for cards in self.custom_questions.values())
        while f"{set_id}-eigen-{number}" in taken:
            number += 1
        card = custom_question(text, set_id, number)
        self.custom_questions.setdefault((deck.id, set_id), []).append(card)
        return card

    def open_card_sets(
        self, deck: Deck, set_ids: Sequence[str], card_id: str | None = None
    ) -> None:
        """Open the card table on one kaartenset, or several mixed."""
        from kaarten.deck.draw import DrawPile
        from kaarten.deck.table import CardTable
        from kaarten.ui.screens.card_table import CardTableScreen

        cards = self.set_cards(deck, set_ids)
        if not cards:  # every card of the set had an error
            self.notify(self.t("table.no_cards", sets=", ".join(set_ids)), markup=False)
            return
        pile = DrawPile(cards, self.rng, shuffled=len(set_ids) > 1)
        if card_id is not None:
            index = pile.index_of(card_id)
            if index is not None:
                pile.go_to(index)
        self.push_screen(CardTableScreen(deck, CardTable(pile), list(set_ids)))

    def open_search_hit(self, entry: Entry) -> None:
        """Open what a search hit points at; a card in the pile on screen is shown there."""
        from kaarten.deck.search import Target
        from kaarten.ui.screens.card_table import CardTableScreen

        deck = self.result.library.decks.get(entry.deck_id)
        if deck is None:
            return
        if entry.target is Target.DEFINITION:
            self.open_definitions(deck, show=entry.item_id)
        elif entry.target is Target.ENERGIZER:
            self.open_energizer(deck, entry.item_id)
        elif (
            isinstance(self.screen, CardTableScreen)
            and self.screen.deck.id == entry.deck_id  # card ids are unique per deck only
            and self.screen.show_card(entry.card_id)
        ):
            return
        elif entry.item_id in deck.card_sets:
            self.open_card_sets(deck, [entry.item_id], entry.card_id)

    def open_definitions(
        self, deck: Deck, first: Sequence[str] = (), show: str | None = None
    ) -> None:
        """The definitiekaarten of ``deck``; ``first`` are listed on top (those the card
        refers to) and ``show`` is opened."""
        from kaarten.ui.screens.definitions import DefinitionsScreen

        self.push_screen(DefinitionsScreen(deck, list(first), show))

    def open_energizer(self, deck: Deck, energizer_id: str) -> None:
        """An energizer with its instructions and cards."""
        from kaarten.ui.screens.energizer import EnergizerScreen

        self.push_screen(EnergizerScreen(deck, energizer_id))

    def open_appendix(self, deck: Deck, appendix_id: str) -> None:
        """A bijlage, shown as what it is: text, table, form, checklist or skills."""
        from kaarten.ui.screens.appendix import AppendixScreen

        self.push_screen(AppendixScreen(deck, appendix_id))


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
