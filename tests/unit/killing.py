"""Running a writer script and killing it with SIGKILL at a random moment, for the tests
that check that nothing saved is lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path


def run_until_killed(writer: str, folder: Path, rng: random.Random, *args: str) -> str:
    """Start ``writer`` (Python source) on ``folder`` and ``args``, wait for it to print
    ``ready``, kill it a random moment (up to 80 ms) later, and return what it printed
    after ``ready``."""
    child = subprocess.Popen(
        [sys.executable, "-c", writer, str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read()  # type: ignore[union-attr]
    time.sleep(rng.uniform(0.0, 0.08))  # no wait for the writer (ready): when to kill it
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return out
