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
import threading
from pathlib import Path


def open_in_browser(address: str, page: Path | None = None) -> bool:
    """Ask the system to open ``address`` in the default browser; tell whether it was
    asked (the coach can always open the address by hand). With ``page`` (a file that
    sends the browser on to the address) the opener is given the file, so the secret in
    the address is not on a command line for ps to show."""
    if sys.platform == "win32":
        os.startfile(address)  # type: ignore[attr-defined]  # Windows only: no ps to read it
        return True
    target = str(page) if page is not None else address
    if sys.platform == "darwin":
        command = ["open", target]
    elif os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        found = shutil.which("xdg-open")
        if found is None:
            return False
        command = [found, target]
    else:
        return False
    try:
        opener = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    # Waited for aside, so it does not stay behind as a zombie while kaarten runs.
    threading.Thread(target=opener.wait, daemon=True).start()
    return True
