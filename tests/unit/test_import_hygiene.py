"""The deck model and loader stay free of Textual, so they load fast and test alone; a
cached start skips the YAML parser altogether."""

from __future__ import annotations

import subprocess
import sys


def test_the_model_the_logs_and_the_command_line_do_not_import_textual() -> None:
    code = (
        "import sys, kaarten.deck.library, kaarten.cli.main, kaarten.text, kaarten.deck.draw,"
        " kaarten.deck.search, kaarten.qr, kaarten.deck.guide, kaarten.files, kaarten.data_check,"
        " kaarten.deck.cache, kaarten.deck.codec, kaarten.session.store, kaarten.cli.sessions,"
        " kaarten.journal.log, kaarten.journal.logfile, kaarten.journal.records,"
        " kaarten.session.run, kaarten.session.export, kaarten.deck.table, kaarten.dates;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_start_with_every_deck_cached_needs_no_yaml(tmp_path) -> None:
    # The first start fills the cache; the second must not import the parser or the schema.
    code = (
        "import sys; from pathlib import Path; from kaarten.cli.main import build_app;"
        "build_app('nl', [], Path(sys.argv[1]));"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'yaml'"
        " or m in ('kaarten.deck.schema', 'kaarten.deck.build')))"
    )
    command = [sys.executable, "-c", code, str(tmp_path)]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "yaml" in first.stdout
    second = subprocess.run(command, capture_output=True, text=True, check=True)
    assert second.stdout.strip() == "[]"
