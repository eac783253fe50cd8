"""Deck folders whose names and contents carry escape codes (BAD_INPUT F4), for the unit
tests and the app's problems screen alike."""

from __future__ import annotations

import os
from pathlib import Path


def hostile_decks(root: Path) -> Path:
    """A folder of decks whose names and contents carry escape codes."""
    deck = root / "deck-\x1b]0;PWN\x07-\u202eetnega-\udcfe"  # and a byte that is not UTF-8
    deck.mkdir(parents=True)
    (deck / "deck.yaml").write_text(
        'soort: deck\nid: vies\ntitel: Vies\nthemas:\n  - id: "1"\n    titel: T\n',
        encoding="utf-8",
    )
    (deck / "sleutel.yaml").write_text(
        'soort: kaartenset\n"\\e]0;PWN\\a\\e[2J": 1\n"\\e]0;PWN\\a\\e[2J": 2\n', encoding="utf-8"
    )
    (deck / "tag.yaml").write_text("soort: kaartenset\nid: !a%1B%5B31m x\n", encoding="utf-8")
    (deck / "c1-\u009b2J.yaml").write_text("soort: onbekend\n", encoding="utf-8")
    with open(os.fsencode(deck) + b"/niet-utf8-\xff.yaml", "wb") as file:
        file.write(b"soort: [\n")
    return deck
