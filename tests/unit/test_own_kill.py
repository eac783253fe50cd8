"""kill -9 at random moments while the logboek and a form are being written: the text of
every save that returned is there afterwards, also when the file was compacted (rewritten
and numbered again) when it was next opened, and both open for writing again."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kaarten.journal import logfile
from kaarten.journal.log import read_log
from kaarten.own.logbook import OpenLogbook
from kaarten.own.prep import OpenForm
from kaarten.own.store import OwnStore
from tests.unit.killing import run_until_killed

SMALL = 8 * 1024
"""Compaction from 8 kB instead of 256 kB, so that it happens in most runs."""
PAGES = ("inhoud", "opbouw", "locatie")
"""The pages (and the form's fields) written in turn: each save replaces the one before
it on the same page, so that there is something to compact."""

# Opens the logboek and the one form (making it the first time) and saves answers and
# fields in turn, each text unique (the run and the save's number), printing
# "<file> <page> <text>" once each save has returned, until killed.
WRITER = f"""
import sys
from pathlib import Path
from kaarten.deck.library import load_library
from kaarten.journal import logfile
from kaarten.locations import builtin_roots
from kaarten.own.prep import OpenForm, preparations
from kaarten.own.store import OwnStore

logfile.COMPACT_FROM = {SMALL}
PAGES = {PAGES!r}
store = OwnStore(Path(sys.argv[1]))
run = sys.argv[2]
deck = load_library(builtin_roots()).library.decks["ouderbetrokkenheid"]
logbook = store.open_logbook()
paths = store.form_paths()
form = OpenForm.read(paths[0]) if paths else store.create_form(deck.id, preparations(deck)[0])
assert logbook.writable and form.writable, (logbook.read_only, form.read_only)
print("ready", flush=True)
n = 0
while True:
    n += 1
    page = PAGES[n % len(PAGES)]
    text = f"run {{run}} save {{n}} " + "x" * (n % 500)
    logbook.save_answer(("ouderbetrokkenheid", "1.1", page), text)
    assert logbook.unsaved == 0
    print("logboek", page, text, flush=True)
    form.fill(page, text)
    assert form.unsaved == 0
    print("formulier", page, text, flush=True)
"""


SAVED = re.compile(r"(logboek|formulier) (\w+) (run \d+ save \d+ x*)")


def order(text: str) -> tuple[int, int]:
    """Which save wrote ``text``: (run, number), to compare "this one or a later one"."""
    _, run, _, number, *_ = text.split()
    return int(run), int(number)


def test_no_returned_save_is_lost_when_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logfile, "COMPACT_FROM", SMALL)  # here as in the writer
    rng = random.Random(20261123)
    returned: dict[tuple[str, str], str] = {}  # the last text whose save returned
    saves = {"logboek": 0, "formulier": 0}
    compacted = 0
    for run in range(20):
        out = run_until_killed(WRITER, tmp_path, rng, str(run))
        for line in out.splitlines():
            if found := SAVED.fullmatch(line):
                name, page, text = found.groups()
                returned[(name, page)] = text
                saves[name] += 1
        # Opened for writing, as the app opens them: repaired and compacted first.
        store = OwnStore(tmp_path)
        for opened in (store.open_logbook(), OpenForm.read(store.form_paths()[0])):
            assert opened.writable, opened.problems
            opened.close()
        # Then read from disk again: what is there now is what a user gets back.
        logbook = OpenLogbook.read(store.logbook_path, write=False).book
        [form] = [f.form for f in store.forms()]
        kept = {("logboek", p): logbook.answer(("ouderbetrokkenheid", "1.1", p)) for p in PAGES}
        kept |= {("formulier", p): form.value(p) for p in PAGES}
        for key, text in returned.items():
            # That text, or one saved after it whose return the kill cut off.
            assert kept[key] and order(kept[key]) >= order(text), (key, text, kept[key])
        for name, path in (("logboek", store.logbook_path), ("formulier", store.form_paths()[0])):
            numbers = [r["nr"] for r in read_log(path).records]
            assert numbers == list(range(len(numbers)))  # a cut-off tail was removed
            # Uncompacted, every save that returned is a record of its own.
            compacted += len(numbers) - 1 < saves[name]
    assert min(saves.values()) >= 100
    assert compacted > 0  # the files were compacted between the kills, not only appended to
