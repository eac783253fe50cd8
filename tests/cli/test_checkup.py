"""kaarten systeemcontrole: each check says what it found and what to change; exit 0 or 1."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from kaarten.cli import checkup
from kaarten.cli.main import main


def test_a_window_too_small_says_how_big_it_must_be() -> None:
    small = checkup.terminal_size(70, 20, is_terminal=True)
    assert small.ok is False and small.advice
    assert checkup.terminal_size(80, 24, is_terminal=True).ok is True
    assert checkup.terminal_size(0, 0, is_terminal=False).ok is None  # not measured


@pytest.mark.parametrize(
    ("environment", "ok"),
    [
        ({"TERM": "xterm-256color"}, True),
        ({"TERM": "xterm", "COLORTERM": "truecolor"}, True),
        ({"WT_SESSION": "1"}, True),
        ({"TERM": "vt100"}, False),
        ({}, False),
    ],
)
def test_colours(environment: dict[str, str], ok: bool) -> None:
    assert checkup.colours(environment).ok is ok


def test_an_encoding_without_emoji_is_refused() -> None:
    assert checkup.encoding("utf-8").ok is True
    bad = checkup.encoding("cp1252")
    assert bad.ok is False and bad.params == {"encoding": "cp1252"}


def test_widths_as_the_terminal_draws_them() -> None:
    cells = {"╭─╮": 3, "🌷": 2}
    assert checkup.widths(cells.get).ok is True
    assert checkup.widths({"╭─╮": 6, "🌷": 1}.get).ok is False  # a font that shifts borders
    assert checkup.widths(lambda text: None).ok is None  # the terminal did not answer


def test_the_data_folder_and_the_lock(tmp_path: Path) -> None:
    folder = tmp_path / "kaarten"
    assert checkup.data_folder(folder).ok is True
    assert checkup.lock(folder).ok is True
    assert sorted(os.listdir(folder)) == []  # the probes leave nothing behind
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    found = checkup.data_folder(blocked / "kaarten")
    assert found.ok is False and found.advice == "checkup.data_advice"


def test_a_taken_port_of_last_time_gets_a_new_one() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        found = checkup.room_port(port)
    assert found.ok is True and found.key == "checkup.room_new"
    assert checkup.room_port(None).key == "checkup.room"


def test_the_command_prints_every_check_and_exits_1_when_something_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    assert main(["systeemcontrole", "--datamap", str(tmp_path / "thuis")]) == 0
    out = capsys.readouterr().out
    assert "✓ Eigen map" in out and "✓ Slot" in out and "✓ Zaalweergave" in out
    assert out.rstrip().endswith("klaar voor kaarten.")
    blocked = tmp_path / "bestand"
    blocked.write_text("")
    assert main(["--taal", "en", "systeemcontrole", "--datamap", str(blocked / "x")]) == 1
    out = capsys.readouterr().out
    assert "✗ Data folder" in out and "--datamap FOLDER" in out
    assert "1 thing to change." in out
