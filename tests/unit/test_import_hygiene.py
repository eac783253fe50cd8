"""The deck model and loader stay free of Textual, so they load fast and test alone; a
cached start skips the YAML parser altogether."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_nothing_below_the_ui_imports_textual() -> None:
    # Every module of the services, the log engine, the deck, the shared modules and the
    # command line, imported in one fresh interpreter: none may pull in Textual or Rich.
    code = (
        "import importlib, pkgutil, sys, kaarten\n"
        "below = ('deck', 'journal', 'session', 'own', 'files', 'i18n', 'cli')\n"
        "names = [m.name for m in pkgutil.walk_packages(kaarten.__path__, 'kaarten.')"
        " if not m.name.startswith(('kaarten.ui', 'kaarten.__main__'))]\n"
        "for name in names: importlib.import_module(name)\n"
        "assert all(any(n.startswith(f'kaarten.{b}') for n in names) for b in below), names\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_start_with_every_deck_cached_needs_no_yaml(tmp_path: Path) -> None:
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
