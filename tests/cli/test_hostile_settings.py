"""The small JSON files kaarten keeps in the data folder (``instellingen.json``,
``zaal.json``) are read like the logs: a damaged or absurdly nested one is reported once
and the defaults are used; kaarten always starts. Real processes in a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.terminal import Terminal

NESTED = {
    "lists": b"[" * 15_000,
    "objects": b'{"a":' * 5_000,
    "in a value": b'{"taal": ' + b"[" * 15_000,
    "closed": b"[" * 900 + b"]" * 900,  # deep, yet within the parser's reach
}


@pytest.mark.parametrize("content", NESTED.values(), ids=NESTED.keys())
def test_a_nested_settings_file_does_not_stop_kaarten(tmp_path: Path, content: bytes) -> None:
    home = tmp_path / "thuis"
    home.mkdir(mode=0o700)
    (home / "instellingen.json").write_bytes(content[: 16 * 1024])
    terminal = Terminal(home)
    try:
        terminal.wait_for_text("Kaartensets")
        terminal.wait_for_text("instellingen")  # said once: the file could not be used
        terminal.send("\x11")
        assert terminal.finish() == 0, terminal.text()[-2000:]
    finally:
        terminal.finish(1)


@pytest.mark.parametrize("content", NESTED.values(), ids=NESTED.keys())
def test_a_nested_room_address_gets_a_fresh_one(tmp_path: Path, content: bytes) -> None:
    home = tmp_path / "thuis"
    home.mkdir(mode=0o700)
    (home / "zaal.json").write_bytes(content[:1024])
    (home / "zaal.json").chmod(0o600)
    terminal = Terminal(home, "--zaal")
    try:
        terminal.wait_for_text("http://127.0.0.1:")  # the room view is on, at a new address
        terminal.send("\x11")
        assert terminal.finish() == 0, terminal.text()[-2000:]
    finally:
        terminal.finish(1)
