"""kaarten as a real process in a pseudo-terminal, for tests of what happens when it is
quit, closed or signalled the way a user's machine does it."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

_ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|[@-Z\\-_])")


class Terminal:
    """``python -m kaarten`` in an 80×24 pseudo-terminal, its output drained as it comes."""

    def __init__(self, home: Path, *args: str, size: tuple[int, int] = (80, 24)) -> None:
        self.master, slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = {**os.environ, "KAARTEN_HOME": str(home), "TERM": "xterm-256color"}
        env.pop("TEXTUAL_DRIVER", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kaarten", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self._output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the terminal was closed
                return
            if not chunk:
                return
            with self._lock:
                self._output += chunk

    def text(self, since: int = 0) -> str:
        """Everything written so far (from :meth:`mark` ``since``), escape codes taken out."""
        with self._lock:
            raw = bytes(self._output[since:])
        return _ESCAPES.sub(b"", raw).decode("utf-8", "replace")

    def mark(self) -> int:
        """Where the output is now: to wait for text written after this moment."""
        with self._lock:
            return len(self._output)

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait_for(self, condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if condition():
                return
            if self.process.poll() is not None:
                raise AssertionError(f"kaarten ended while waiting for {what}: {self.text()}")
            time.sleep(0.05)
        raise AssertionError(f"no {what} after {timeout} s: {self.text()[-2000:]}")

    def wait_for_text(self, text: str, timeout: float = 30, since: int = 0) -> None:
        """Wait until ``text`` has been written (after :meth:`mark` ``since``)."""
        self.wait_for(lambda: text in self.text(since), repr(text), timeout)

    def close_window(self) -> None:
        """What closing the terminal window does: the terminal goes away, then SIGHUP."""
        os.close(self.master)
        self.master = -1
        self.process.send_signal(signal.SIGHUP)

    def finish(self, timeout: float = 20) -> int:
        """Wait for kaarten to end; its exit status."""
        try:
            return self.process.wait(timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            if self.master >= 0:
                os.close(self.master)
                self.master = -1
