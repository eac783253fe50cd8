"""A bug in the app: a friendly message, a crash report without names, exit status 1
(BAD_INPUT E5). Textual's own report prints local variables, names included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Runs the app headless; pressing m raises with a participant's name in a local variable
# and in the exception's message.
CRASHING = """
import sys
from kaarten.cli.main import build_app
from kaarten.ui.screens.home import HomeScreen

def action_mix(self):
    deelnemer = "Fatima El Amrani"
    raise KeyError(deelnemer)

HomeScreen.action_mix = action_mix

async def press_m(pilot):
    await pilot.pause()
    await pilot.press("m")

app = build_app("nl", [])
app.run(headless=True, auto_pilot=press_m)
sys.exit(app.return_code)
"""


def test_a_bug_ends_the_app_politely_and_reports_no_names(tmp_path: Path) -> None:
    env = {**os.environ, "KAARTEN_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", CRASHING], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 1
    assert "kaarten is gestopt door een fout" in run.stderr
    assert "Fatima" not in run.stderr + run.stdout
    [report] = (tmp_path / "crashverslagen").iterdir()
    assert oct(report.stat().st_mode & 0o777) == "0o600"
    assert str(report) in run.stderr.replace("\n", "")
    text = report.read_text(encoding="utf-8")
    assert "builtins.KeyError" in text and "in action_mix" in text
    assert "Fatima" not in text


# Takes every file descriptor there is, then fails the way a flood made the app fail.
OUT_OF_FILES = CRASHING.replace(
    """    deelnemer = "Fatima El Amrani"
    raise KeyError(deelnemer)""",
    """    import errno, os
    held = []
    try:
        while True:
            held.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        pass
    raise OSError(errno.EMFILE, "Too many open files")""",
)


def test_a_crash_out_of_file_descriptors_still_writes_its_report(tmp_path: Path) -> None:
    assert OUT_OF_FILES != CRASHING
    env = {**os.environ, "KAARTEN_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-c", OUT_OF_FILES], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 1
    assert "kaarten is gestopt door een fout" in run.stderr
    assert "Traceback" not in run.stderr
    [report] = (tmp_path / "crashverslagen").iterdir()
    assert "builtins.OSError" in report.read_text(encoding="utf-8")
