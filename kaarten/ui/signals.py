"""The terminal window closing (SIGHUP) or the computer logging out or shutting down
(SIGTERM): kaarten saves what is open and ends as after Ctrl+Q, instead of dying mid-way."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable


def catch_signals(stop: Callable[[int], None]) -> None:
    """Call ``stop`` with the signal's number when one of them arrives."""
    loop = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:
            continue
        # Windows' event loop takes no signal handlers: there this does nothing.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(number, stop, int(number))
