"""Opening the room page in the default browser without disturbing the terminal.

``webbrowser.open`` lets the browser it starts write to kaarten's own terminal (Chromium
logs to stderr; xdg-open may too), which would scribble over the app's screen, and on a
Linux console without a desktop it picks a text browser that takes the terminal over.
So: the platform's own opener, with its output going nowhere, and on Linux only when
there is a desktop to open it on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def open_in_browser(address: str) -> bool:
    """Ask the system to open ``address`` in the default browser; tell whether it was
    asked (the coach can always open the address by hand)."""
    if sys.platform == "win32":
        os.startfile(address)  # type: ignore[attr-defined]  # Windows only
        return True
    if sys.platform == "darwin":
        command = ["open", address]
    elif os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        opener = shutil.which("xdg-open")
        if opener is None:
            return False
        command = [opener, address]
    else:
        return False
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True
