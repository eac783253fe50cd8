"""The app's side of the room view: turning the server on and off, and telling it what
the room may see. The coach keeps the whole app; the room gets only what is on the table.

What the room sees comes from the screens: the topmost screen that has a ``room_state()``
decides (the card table, an energizer, a definition, a QR code, the session screen); a
dialog without one (a note, an action point) leaves the room on what was there.

The room is told when something may have changed: a screen came or went (Textual's
``screen_change_signal``), a key or a click was handled, the timer's display moved on, the
room was blacked out or the language switched (:meth:`RoomView.look`). The server sends
the page only what differs. A slow look once a second catches anything else (a command
from the palette), instead of asking the screens ten times a second.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import MountError
from textual.widgets import Static

from kaarten.room.browser import open_in_browser

if TYPE_CHECKING:
    from kaarten.room.server import RoomServer
    from kaarten.room.state import RoomState, RoomTimer
    from kaarten.ui.app import KaartenApp

LOOK = 1.0
"""Seconds between the looks that catch a change nothing announced (see the module)."""


class RoomAddress(Static):
    """The room view's address, in full, on every screen while it is on."""

    def __init__(self, text: str, markup: bool = False) -> None:
        super().__init__(text, markup=markup)
        self.text = text


class RoomView:
    """The room view of one app: off until the coach turns it on."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app
        self.server: RoomServer | None = None
        self.black = False
        """The coach blacked the room out (like B in PowerPoint)."""
        self.open_browser = True
        """Open the default browser at the address (tests turn it off)."""
        self._looking: Timer | None = None
        self.rings = 0
        """How often the bell rang for the room (time up, a break over): the page chimes
        each time this goes up."""

    @property
    def on(self) -> bool:
        return self.server is not None

    @property
    def address(self) -> str:
        return self.server.address if self.server else ""

    async def start(self, port: int = 0) -> None:
        """Serve the room page (at last time's address, else a new one; on ``port`` if
        free) and open it in the browser."""
        if self.server is not None:
            return
        from kaarten.room import address as kept
        from kaarten.room.server import RoomServer  # aiohttp only when it is used

        data = self.app.data_folder
        last = kept.load(data) if data is not None else None
        server = RoomServer(*last) if last else RoomServer(port=port)
        try:
            try:
                address = await server.start()
            except OSError:
                if last is not None:
                    # The address belongs to the data folder: the page on the projector
                    # keeps it. Its port is taken (kaarten in another window, most likely):
                    # say so, and leave the address as it is.
                    self.app.notify(
                        self.app.t("room.port_taken", port=last[1]),
                        markup=False,
                        severity="error",
                        timeout=15,
                    )
                    return
                if not port:
                    raise
                server = RoomServer()  # a new address anyway: any free port will do
                address = await server.start()
        except OSError as error:
            self.app.notify(
                self.app.t("room.cannot_start", reason=error.strerror or str(error)),
                markup=False,
                severity="error",
            )
            return
        self.server = server
        if data is not None:
            kept.save(data, server.secret, server.port)
        self.black = False
        self.look()
        self._show_address(self.app.screen)
        self.app.screen_change_signal.subscribe(self.app, self._screen_changed)
        self._looking = self.app.set_interval(LOOK, self.look)
        opened = self.open_browser and open_in_browser(address, self._page(address))
        message = "room.started" if opened else "room.started_by_hand"
        self.app.notify(self.app.t(message, address=address), markup=False, timeout=10)

    async def new_address(self) -> None:
        """A new secret for the room view: the old address leads nowhere (someone saw it,
        or it stood in a shared screen). On again at once when it was on."""
        from kaarten.room import address as kept

        was_on, port = self.on, self.server.port if self.server else 0
        await self.stop()
        if self.app.data_folder is not None:
            kept.forget(self.app.data_folder)
        if was_on:
            await self.start(port)
        else:
            self.app.notify(self.app.t("room.new_address_later"), markup=False)

    def _page(self, address: str) -> Path | None:
        """The file that sends the browser on to ``address`` (None: open it directly)."""
        from kaarten.room.address import opening_page

        if self.app.data_folder is None:
            return None
        try:
            return opening_page(self.app.data_folder, address)
        except OSError:
            return None

    async def stop(self) -> None:
        """Stop serving: every page shows that the connection is gone; the port is free."""
        server, self.server = self.server, None
        if self._looking is not None:
            self._looking.stop()
            self._looking = None
            self.app.screen_change_signal.unsubscribe(self.app)
        for screen in self.app.screen_stack:
            screen.query(RoomAddress).remove()
        if server is not None:
            await server.stop()

    def toggle_black(self) -> None:
        self.black = not self.black
        self.look()
        self._show_address(self.app.screen)

    def language_changed(self) -> None:
        self.look()
        self._show_address(self.app.screen)

    def ring(self) -> None:
        """Let the room page chime (when the coach's bell is on and the page may sound)."""
        self.rings += 1
        self.look()

    # -- what the room sees ---------------------------------------------------------------

    def look(self) -> None:
        """Send the room what it should see now; the server passes it on only when it
        differs from what the page has."""
        if self.server is None or not self.app.screen_stack:
            return  # off, or the app is being taken down (its screens are gone)
        self.server.publish(self.state().to_json())

    def _screen_changed(self, screen: Screen[object]) -> None:
        self.look()
        self._show_address(screen)

    def _show_address(self, screen: Screen[object]) -> None:
        """The address on the screen the coach looks at; blacked out, the line says so
        instead (a stray "." must not go unnoticed), in presentation mode only then, so a
        mirrored screen never shows the secret."""
        if self.server is None:
            return
        if isinstance(screen, ModalScreen):  # a dialog shows the line of the screen under it
            under = [s for s in self.app.screen_stack if not isinstance(s, ModalScreen)]
            if not under:
                return
            screen = under[-1]
        text = self.app.t("room.black_line" if self.black else "room.address", address=self.address)
        lines = screen.query(RoomAddress)
        if not lines:
            with contextlib.suppress(MountError):  # a screen being taken down
                screen.mount(RoomAddress(text, markup=False))
        for line in lines:
            line.set_class(self.black, "-black")
            if line.text != text:  # blacked out or back, or the language changed
                line.text = text
                line.update(text)

    def state(self) -> RoomState:
        from kaarten.room.state import RoomState, View  # start-up needs no room (≈3 ms)

        t = self.app.t
        words = {"tab": t("room.tab"), "offline": t("room.offline")}
        words["sound"] = t("room.sound_on")
        common = {
            "contrast": self.app.projector.high_contrast,
            "language": self.app.ui_language,
            "words": words,
            "bell": self.rings,
            "sound": self.app.prefs.settings.bel,
        }
        if self.black:
            return RoomState(view=View.BLACK, **common)  # type: ignore[arg-type]
        for screen in reversed(self.app.screen_stack):
            make = getattr(screen, "room_state", None)
            shown = make() if make is not None else None
            if isinstance(shown, RoomState):
                break
        else:
            shown = RoomState(title=t("room.welcome"))
        timer = shown.timer or (self._timer() if shown.view is not View.QR else None)
        return replace(shown, timer=timer, **common)  # type: ignore[arg-type]

    def _timer(self) -> RoomTimer | None:
        """The current activity's countdown, when a session is being led."""
        from kaarten.room.state import RoomTimer

        run = self.app.sessions.run
        activity = run.current if run is not None else None
        if run is None or activity is None:
            return None
        countdown = run.timer(activity)
        if countdown.over:
            label = self.app.t("room.time_up")
        elif countdown.started and not countdown.running:
            label = self.app.t("room.paused")
        else:
            label = ""
        soon = countdown.running and countdown.soon(self.app.prefs.warn_seconds)
        return RoomTimer(countdown.display(), label, countdown.over, countdown.running, soon)
