"""The deck model and loader stay free of Textual, so they load fast and test alone."""

from __future__ import annotations

import subprocess
import sys


def test_deck_library_does_not_import_textual() -> None:
    code = (
        "import sys, kaarten.deck.library, kaarten.cli, kaarten.text, kaarten.draw,"
        " kaarten.search, kaarten.qr, kaarten.guide;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
