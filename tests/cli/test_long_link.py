"""A link too long for a QR code (a trainer pasted a tracking URL of 2,332 bytes): `kaarten
check` says so at its line, the app shows the address as text and says why, and `kaarten
print` prints it as text. Nothing crashes (it did: "Invalid version 41")."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaarten import qr
from kaarten.cli.main import main
from tests.conftest import FITS, TOO_LONG
from tests.pdf import page_texts, squashed


def test_the_longest_address_that_fits_makes_a_code_and_one_more_byte_does_not() -> None:
    assert qr.fits(FITS) and len(qr.matrix(FITS)) == 177 + 2 * qr.QUIET_ZONE  # version 40
    assert not qr.fits(TOO_LONG) and not qr.fits("https://é" + FITS[9:])  # bytes, not letters
    with pytest.raises(ValueError):
        qr.matrix(TOO_LONG)


def test_check_warns_at_the_line_of_the_address(
    long_link_deck: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["nakijken", str(long_link_deck)]) == 0  # a warning: the rest is fine
    out = capsys.readouterr()
    said = out.out + out.err
    assert "t.1-goede-set.yaml:14:" in said and "te lang voor een QR-code (2332 tekens" in said
    assert said.count("te lang voor een QR-code") == 1  # the one that fits is fine


def test_print_shows_the_address_as_text(
    long_link_deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "set.pdf"
    arguments = [
        "afdrukken",
        str(long_link_deck),
        "--kaartenset",
        "t.1",
        "--onderdeel",
        "handleiding",
    ]
    assert main([*arguments, "--uitvoer", str(target), "--datamap", str(tmp_path)]) == 0
    text = squashed("".join(page_texts(target)))
    assert squashed("Dit adres is te lang voor een QR-code (2332 tekens") in text
