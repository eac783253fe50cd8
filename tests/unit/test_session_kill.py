"""kill -9 at random moments while a session is being written: every record whose write
returned is there afterwards, and the session resumes."""

from __future__ import annotations

import random
from pathlib import Path

from kaarten.journal.log import read_log
from kaarten.session.store import SessionStore
from tests.unit.killing import run_until_killed

# Resumes the one session in the data folder (or starts it) and writes notes, printing
# each record's number once append() has returned, until it is killed.
WRITER = """
import datetime, sys
from pathlib import Path
from kaarten.session.store import SessionStore

store = SessionStore(Path(sys.argv[1]))
paths = store.paths()
if paths:
    opened = store.open(paths[0])
else:
    opened = store.create("Kill", datetime.date(2026, 11, 23), ["Anna"], [])
assert opened.journal is not None, opened.read_only
print("ready", flush=True)
n = 0
while True:
    n += 1
    record = opened.record("notitie", deck="d", kaart="1.1.1", tekst="x" * (n % 300))
    assert opened.unsaved == 0
    print(record["nr"], flush=True)
"""


def test_no_returned_write_is_lost_when_killed(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    reported: list[int] = []
    for _ in range(25):
        out = run_until_killed(WRITER, tmp_path, rng)
        reported += [int(line) for line in out.split() if line.isdigit()]
        # The lock died with the process: the session opens for writing again.
        store = SessionStore(tmp_path)
        opened = store.open(store.paths()[0])
        assert opened.read_only is None, opened.problems
        numbers = [r["nr"] for r in read_log(opened.path).records]
        assert numbers == list(range(len(numbers)))  # the cut-off tail was removed
        assert set(reported) <= set(numbers)
        opened.close()
    assert len(reported) >= 200
