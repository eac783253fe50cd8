"""Saving while typing: at most ``SAVE_DELAY`` seconds after the first change not yet
saved, so a crash loses little and a fast typist does not write on every key."""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode
from textual.timer import Timer

SAVE_DELAY = 2.0
"""Seconds between saves while typing: a crash loses at most this much typing."""


class Autosave:
    """Calls ``save`` once, ``SAVE_DELAY`` seconds after :meth:`changed`; :meth:`cancel`
    when saving another way (leaving the field, leaving the screen)."""

    def __init__(self, owner: DOMNode, save: Callable[[], None]) -> None:
        self._owner = owner
        self._save = save
        self._timer: Timer | None = None

    def changed(self) -> None:
        """Something was typed: save soon, unless a save is already coming."""
        if self._timer is None:
            self._timer = self._owner.set_timer(SAVE_DELAY, self._save)

    def cancel(self) -> None:
        """The save is happening now: no second one from the timer."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
