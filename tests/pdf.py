"""Reading the PDFs kaarten prints the way a person would: their text (pypdf), their pages
as pictures (poppler's pdftoppm) and the QR codes on them (zbar's zbarimg)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from pypdf import PdfReader


def page_texts(pdf: Path) -> list[str]:
    """The text of each page."""
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def squashed(text: str) -> str:
    """``text`` without any white space and in composed form, to find a text whatever
    the lines it was broken into (a long word may break anywhere)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pictures(
    pdf: Path, folder: Path, dpi: int = 150, pages: tuple[int, int] | None = None
) -> list[Path]:
    """The pages as PNG files in ``folder`` (all, or ``pages`` first to last, from 1)."""
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm is not None, "pdftoppm is not installed (.ci/run installs poppler-utils)"
    folder.mkdir(parents=True, exist_ok=True)
    command = [pdftoppm, "-r", str(dpi), "-png"]
    if pages:
        command += ["-f", str(pages[0]), "-l", str(pages[1])]
    subprocess.run([*command, str(pdf), str(folder / "page")], check=True, timeout=120)
    return sorted(folder.glob("page-*.png"))


def qr_codes(picture: Path) -> list[str]:
    """What every QR code on a picture says (none: an empty list)."""
    zbarimg = shutil.which("zbarimg")
    assert zbarimg is not None, "zbarimg is not installed (.ci/run installs zbar-tools)"
    found = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(picture)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [line for line in found.stdout.splitlines() if line]


def card_cells(pdf: Path) -> list[dict[tuple[int, int], set[str]]]:
    """Per page, the texts standing in each cell of the 3 × 3 card grid (row, column),
    as the page is printed (a back page as it lies, not turned over)."""
    from kaarten.printing.cards import CARD_H, CARD_W, COLUMNS, ROWS

    reader = PdfReader(pdf)
    pages = []
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        card_w, card_h = CARD_W * 72 / 25.4, CARD_H * 72 / 25.4
        left, top = (width - COLUMNS * card_w) / 2, (height - ROWS * card_h) / 2
        cells: dict[tuple[int, int], set[str]] = {}

        def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            column, row = int((x - left) // card_w), int((height - y - top) // card_h)  # noqa: B023
            if text.strip() and 0 <= column < COLUMNS and 0 <= row < ROWS:
                cells.setdefault((row, column), set()).add(text.strip())  # noqa: B023

        page.extract_text(visitor_text=seen)
        pages.append(cells)
    return pages


def duplex_pairs(pages: int) -> list[tuple[int, int | None]]:
    """How a duplex printer fills sheets: pages 1 and 2 on the first sheet (front and
    back), 3 and 4 on the second, … (page numbers from 1; a last odd page alone)."""
    return [(front, front + 1 if front < pages else None) for front in range(1, pages + 1, 2)]
