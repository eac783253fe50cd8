"""Pictures of printed pages, compared with the ones kept in ``__snapshots__/print``: a page
of cards, a handleiding page with QR codes, and the Voorbereidingsformulier to fill in.

A page is rendered small and grey by pdftoppm and may differ from the kept picture by the
anti-aliasing of another poppler; a moved line, a lost box or a different font does not
pass. After a deliberate change of the layout: ``pytest tests/unit/test_print_snapshots.py
--snapshot-update``, then look at the new pictures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots
from kaarten.printing.deckbook import APPENDICES, CARDS, GUIDE, deck_document, select
from tests.pdf import page_texts, pictures

KEPT = Path(__file__).parent / "__snapshots__" / "print"
DPI = 40
MOST = 2.0
"""The largest mean difference per pixel (of 255) that still counts as the same page."""


def _page(tmp_path: Path, sets: list[str], part: str, title: str) -> Image.Image:
    decks = list(load_library(builtin_roots()).library.decks.values())
    target = tmp_path / "uit.pdf"
    deck_document(select(decks, sets), "nl", [part]).save(target)
    number = next(n for n, text in enumerate(page_texts(target), 1) if title in text)
    [picture] = pictures(target, tmp_path / "pages", DPI, (number, number))
    return Image.open(picture).convert("L")


@pytest.mark.parametrize(
    ("name", "sets", "part", "title"),
    [
        ("cards", ["1.1"], CARDS, "GESPREKSKAART"),
        ("handleiding", ["3.2"], GUIDE, "Links"),
        ("form", ["3.3"], APPENDICES, "Voorbereidingsformulier oudergesprek"),
    ],
)
def test_printed_page_looks_as_kept(
    tmp_path: Path,
    request: pytest.FixtureRequest,
    name: str,
    sets: list[str],
    part: str,
    title: str,
) -> None:
    page = _page(tmp_path, sets, part, title)
    kept = KEPT / f"{name}.png"
    if request.config.getoption("--snapshot-update", default=False):
        KEPT.mkdir(parents=True, exist_ok=True)
        page.save(kept, optimize=True)
    assert kept.exists(), f"no kept picture {kept}: run with --snapshot-update and look at it"
    old = Image.open(kept).convert("L")
    assert old.size == page.size
    difference = ImageStat.Stat(ImageChops.difference(old, page)).mean[0]
    assert difference <= MOST, f"{name}: mean difference {difference:.2f} per pixel"
