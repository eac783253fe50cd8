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
