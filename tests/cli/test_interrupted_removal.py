"""kill -9 in the middle of `kaarten sessies opruimen` and `kaarten deelnemer --verwijder`:
what is left is always found again, and running the command once more finishes the job.
No deleted session's exports stay behind, and no leftover of a rewrite keeps a removed
person's text."""

from __future__ import annotations

import datetime
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kaarten.locations import session_exports
from kaarten.session.store import SessionStore

AGENDA = [{"id": "a1", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15}]
ROUNDS = 12


def _old_sessions(home: Path, today: datetime.date, count: int = 24) -> list[str]:
    """Closed sessions from two years ago, each with exports and a damaged copy: enough
    that deleting them takes a while (0.2 s here), for the kill to fall in."""
    ids = []
    for number in range(count):
        day = today - datetime.timedelta(days=730 + number)
        opened = SessionStore(home).create(f"Oud {number}", day, ["Sanne", "Bram"], AGENDA)
        opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen " * 200)
        opened.record("afgesloten")
        opened.close()
        exports = session_exports(home, opened.path.stem)
        exports.mkdir(parents=True)
        for name in ("sessie.md", "actiepunten-1-sanne.md", "actiepunten.csv"):
            (exports / name).write_text("Sanne: Ouders bellen")
        opened.path.with_name(opened.path.name + ".corrupt-1").write_text("Sanne")
        ids.append(opened.path.stem)
    return ids


def _killed(args: list[str], rng: random.Random) -> None:
    """Run kaarten with ``args`` and kill it at a random moment, mostly while it works
    (it takes about 0.25 s in all here, start-up included)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "kaarten", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        child.wait(rng.uniform(0.05, 0.3))  # no wait for kaarten: the moment of the kill
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()


def _files(home: Path) -> list[Path]:
    return [Path(root) / name for root, _, names in os.walk(home) for name in names]


@pytest.mark.dates
def test_an_interrupted_clear_up_leaves_no_orphans_and_a_second_run_finishes(
    tmp_path: Path, today: datetime.date
) -> None:
    rng = random.Random(20261203)
    orphans = 0
    for round_ in range(ROUNDS):
        home = tmp_path / f"thuis-{round_}"
        ids = _old_sessions(home, today)
        args = ["sessies", "opruimen", "--ouder-dan", "12m", "--ja", "--datamap", str(home)]
        _killed(args, rng)
        sessions = home / "sessies"
        for session_id in ids:
            if not (sessions / f"{session_id}.jsonl").exists():  # deleted: all of it
                orphans += session_exports(home, session_id).exists()
                orphans += (sessions / f"{session_id}.jsonl.corrupt-1").exists()
        finished = subprocess.run(
            [sys.executable, "-m", "kaarten", *args], capture_output=True, text=True, timeout=60
        )
        assert finished.returncode == 0, finished.stderr
        assert [p.name for p in _files(home) if not p.name.endswith(".lock")] == []
    assert orphans == 0


def test_an_interrupted_removal_of_a_person_is_finished_by_a_second_run(
    tmp_path: Path, today: datetime.date
) -> None:
    rng = random.Random(20261204)
    for round_ in range(ROUNDS):
        home = tmp_path / f"thuis-{round_}"
        _old_sessions(home, today)
        args = ["deelnemer", "verwijderen", "Sanne", "--ja", "--datamap", str(home)]
        _killed(args, rng)
        finished = subprocess.run(
            [sys.executable, "-m", "kaarten", *args], capture_output=True, text=True, timeout=60
        )
        # 0: removed now; 1: the first run had taken out everything already.
        assert finished.returncode in (0, 1), finished.stderr
        assert "Bram" in "".join(p.read_text() for p in (home / "sessies").glob("*.jsonl"))
        for path in _files(home):
            assert b"Sanne" not in path.read_bytes(), path


def _leftovers(home: Path, pid: int) -> list[Path]:
    """A half-written temporary file of a rewrite by process ``pid`` in every folder
    kaarten rewrites files in, each holding old text."""
    folders = [home, home / "sessies", home / "zelf", home / "zelf" / "formulieren"]
    folders += [home / "exports" / "2026-11-23-100000-abcdef", home / "exports" / "deelnemers"]
    made = []
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
        made.append(folder / f".logboek.jsonl.{pid}.tmp")
        made[-1].write_text("Sanne: oude tekst")
    return made


def test_leftovers_of_a_killed_rewrite_are_cleared_at_the_next_start(tmp_path: Path) -> None:
    home = tmp_path / "thuis"
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], stdout=subprocess.PIPE
    )
    dead = _leftovers(home, int(gone.stdout))  # that process has ended
    running = _leftovers(home, os.getpid())  # a rewrite still going on: left alone
    listed = subprocess.run(
        [sys.executable, "-m", "kaarten", "sessies", "--datamap", str(home)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "6 half geschreven tijdelijke bestanden" in listed.stderr
    assert not any(p.exists() for p in dead) and all(p.exists() for p in running)
