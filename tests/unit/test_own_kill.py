"""kill -9 at random moments while the logboek and a form are being written: every change
whose save returned is there afterwards, and both open for writing again."""

from __future__ import annotations

import random
from pathlib import Path

from kaarten.journal.log import read_log
from kaarten.own.store import OwnStore
from tests.unit.killing import run_until_killed

# Opens the logboek and the one form (making it the first time) and saves answers and
# fields in turn, printing "<file> <nr>" once each save has returned, until killed.
WRITER = """
import sys
from pathlib import Path
from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.store import OwnStore

store = OwnStore(Path(sys.argv[1]))
deck = load_library(builtin_roots()).library.decks["ouderbetrokkenheid"]
logbook = store.open_logbook()
paths = store.form_paths()
form = OpenForm.read(paths[0]) if paths else store.create_form(deck.id, preparations(deck)[0])
assert logbook.writable and form.writable, (logbook.read_only, form.read_only)
print("ready", flush=True)
n = 0
while True:
    n += 1
    logbook.save_answer(("ouderbetrokkenheid", "1.1", "doel"), "antwoord " + "x" * (n % 500))
    assert logbook.unsaved == 0
    print("logboek", logbook.journal.next_number - 1, flush=True)
    form.fill("opbouw", "opbouw " + "y" * (n % 700))
    assert form.unsaved == 0
    print("formulier", form.journal.next_number - 1, flush=True)
"""


def test_no_returned_save_is_lost_when_killed(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    reported: dict[str, set[int]] = {"logboek": set(), "formulier": set()}
    for _ in range(20):
        out = run_until_killed(WRITER, tmp_path, rng)
        for line in out.splitlines():
            name, _, number = line.partition(" ")
            if name in reported and number.isdigit():
                reported[name].add(int(number))
        store = OwnStore(tmp_path)
        logbook = store.open_logbook()
        form = store.forms()[0]
        assert logbook.writable, logbook.problems
        for name, path in (("logboek", store.logbook_path), ("formulier", form.path)):
            numbers = [r["nr"] for r in read_log(path).records]
            assert numbers == list(range(len(numbers)))  # a cut-off tail was removed
            assert reported[name] <= set(numbers)
        logbook.close()
    assert min(len(found) for found in reported.values()) >= 100
