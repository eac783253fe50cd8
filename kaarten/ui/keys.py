"""Keys in order, none lost, at paste speed; and how a key is named on screen.

Textual hands every key of a burst to the focused widget at once, before the first has been
handled: after "a" (which opens a dialog) the rest went to the screen below; after Tab, to
the field before. :class:`KeyQueue` lets a key go on only when the one before has made its
whole way (the widget, its parents, the screen's and the app's keys), and when the screen on
top has mounted and given its focus.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.screen import Screen

KEYS_HELD_AT_MOST = 0.5
"""Seconds keys wait for a new screen to take them; then they go on regardless (a screen
that focuses nothing)."""
SETTLE_ROUNDS = 8
"""At most this many rounds of waiting for the widgets after a key (each message a key
causes can cause another; eight is far more than any key here takes)."""


_KEY_NAMES = {"space": "keyname.space", "esc": "keyname.esc"}
"""Keys whose name the UI says in its own language."""


def key_display(display: str, t: Callable[[str], str]) -> str:
    """A key as printed on the keyboard (F-keys in capitals, Esc), named in the UI
    language (``t``: spatie), from Textual's ``display``."""
    if display in _KEY_NAMES:
        return t(_KEY_NAMES[display])
    return display.upper() if re.fullmatch(r"f\d+", display) else display


class KeyQueue:
    """Holds the keys of a burst and hands them on one at a time."""

    def __init__(
        self,
        app: App[Any],
        handle: Callable[[events.Key], Awaitable[None]],
        after: Callable[[], None],
    ) -> None:
        self.app = app
        self._handle = handle
        """Textual's own handling of a key (the app's ``on_event`` before this queue)."""
        self._after = after
        """Called when a key has made its whole way (the room view shows what it did)."""
        self._held: list[events.Key] = []
        self._busy = False
        self._settled: Screen[Any] | None = None
        self._settling_screen: Screen[Any] | None = None
        self._settling_since: float | None = None

    async def take(self, key: events.Key) -> None:
        """Queue ``key``; hand it on now if nothing is before it."""
        self._held.append(key)
        if len(self._held) == 1 and not self._busy:
            await self._next()

    async def _next(self) -> None:
        while self._held and not self._busy:
            if not self._ready():
                self.app.set_timer(0.01, self._next)  # the new screen is still mounting
                return
            key = self._held.pop(0)
            self._busy = True
            await self._handle(key)
            self._settle(SETTLE_ROUNDS)

    def _settle(self, rounds: int) -> None:
        """Let the app and every widget of the screen on top handle what they have to (the
        key, the messages it caused, a focus that moves), then take the next key: rounds
        of a callback behind each one's queue, until a round finds every queue empty.
        Every widget, not only the key's path: closing a dialog wakes the screen below."""
        app = self.app
        nodes: list[MessagePump] = [app, *app.screen.walk_children(with_self=True)]
        waiting = 0

        def done() -> None:
            nonlocal waiting
            waiting -= 1
            if waiting == 0:  # every one got this far: did the key cause more?
                busy = any(not node._message_queue.empty() for node in nodes)
                if busy and rounds > 1:
                    app.call_later(self._settle, rounds - 1)
                else:
                    app.call_later(self._done)

        for node in nodes:
            if node.call_later(done):
                waiting += 1
        if waiting == 0:
            app.call_later(self._done)

    async def _done(self) -> None:
        self._busy = False
        self._after()
        await self._next()

    def _ready(self) -> bool:
        screen = self.app.screen
        if screen is self._settled:
            return True
        # Mounted, and its focus given (Widget.focus takes effect a moment later).
        mounted: bool = screen._mounted_event.is_set()
        if mounted and (screen.focused is not None or not screen.focus_chain):
            self._settled = screen
            return True
        now = asyncio.get_running_loop().time()
        if self._settling_since is None or self._settling_screen is not screen:
            self._settling_screen, self._settling_since = screen, now
        return now - self._settling_since > KEYS_HELD_AT_MOST
