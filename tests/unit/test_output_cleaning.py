"""Escape codes never reach a terminal or an export, whatever carries them: a key, a tag,
a file or folder name, a log field (BAD_INPUT F4, F7). The cleaning is a property of each
output path (every message, the command line's streams, the one CSV and JSON writers)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kaarten.cli import sessions as cli_sessions
from kaarten.deck.library import load_library
from kaarten.text import clean
from tests.hostile import SESSION_ID, change, forged_log, session_header
from tests.hostile_names import hostile_decks

# Bytes that must never reach a terminal: ESC, BEL, CSI as a C1 control, a bidi override.
FORBIDDEN = (b"\x1b", b"\x07", "\u009b".encode(), "\u202e".encode())


def test_the_loader_keeps_the_raw_names_but_every_message_is_clean(tmp_path: Path) -> None:
    result = load_library([hostile_decks(tmp_path)])
    assert len(result.problems) >= 4
    for problem in result.problems:
        for text in (problem.render(), problem.render("en"), json.dumps(problem.as_json())):
            assert clean(text) == text, text
    rendered = "\n".join(p.render() for p in result.problems)
    assert "niet-utf8-\\xff.yaml" in rendered  # bytes that are not UTF-8, shown as bytes
    assert "␛]0;PWN␇␛[2J" in rendered  # the duplicate key, made visible


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_check_prints_no_escape_code(tmp_path: Path, as_json: bool) -> None:
    deck = hostile_decks(tmp_path)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    shape = ["--formaat", "json"] if as_json else []
    run = subprocess.run(
        [sys.executable, "-m", "kaarten", "nakijken", *shape, str(deck)],
        capture_output=True, timeout=60, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert b"Traceback" not in run.stderr
    for output in (run.stdout, run.stderr):
        for forbidden in FORBIDDEN:
            assert forbidden not in output, (forbidden, output[-400:])
    if as_json:
        report = json.loads(run.stdout)  # valid JSON, even with undecodable names
        assert any("niet-utf8-\\xff.yaml" in p["bestand"] for p in report["problemen"])
        assert any("etnega-\\xfe" in deck["pad"] for deck in report["decks"])
    else:
        assert b"niet-utf8-\\xff.yaml" in run.stdout


def test_sessies_prints_no_escape_code_from_a_file_name_or_a_log(tmp_path: Path) -> None:
    folder = tmp_path / "sessies"
    forged_log(
        folder / f"{SESSION_ID}.jsonl",
        [
            session_header(
                titel="\x1b]0;PWN\x07 titel", deelnemers=[{"id": "d1", "naam": "\u202eA"}]
            )
        ],
    )
    with open(os.fsencode(folder) + b"/2026-\x1b[2J-\xff.jsonl", "wb") as file:
        file.write(b"kapot\n")
    out, err = io.StringIO(), io.StringIO()
    from kaarten.text import CleanStream

    cli_sessions.list_sessions(tmp_path, "nl", CleanStream(out), CleanStream(err))  # type: ignore[arg-type]
    for text in (out.getvalue(), err.getvalue()):
        assert clean(text) == text
    assert "\\xff" in out.getvalue()
    env = dict(os.environ, PYTHONIOENCODING="utf-8", KAARTEN_HOME=str(tmp_path))
    run = subprocess.run(
        [sys.executable, "-m", "kaarten", "sessies"], capture_output=True, timeout=60, env=env
    )
    assert b"Traceback" not in run.stderr
    for forbidden in FORBIDDEN:
        assert forbidden not in run.stdout + run.stderr


def test_every_csv_cell_is_neutralised_by_one_writer(tmp_path: Path) -> None:
    forged_log(
        tmp_path / "sessies" / f"{SESSION_ID}.jsonl",
        [
            session_header(titel="@SUM(A1)", deelnemers=[{"id": "d1", "naam": "+Anna"}]),
            change(
                1,
                soort="actiepunt",
                id="p1",
                deelnemer="d1",
                tekst="-2+3",
                datum="=1+2",
                kaartenset='=HYPERLINK("x")',
            ),
        ],
    )
    out, err = io.StringIO(), io.StringIO()
    assert cli_sessions.export_session("2026", None, "csv", tmp_path, [], "nl", out, err) == 0
    [header, row] = list(csv.reader(io.StringIO(out.getvalue())))
    assert row[:6] == ["'@SUM(A1)", "2026-11-23", "'+Anna", "'-2+3", "'=1+2", '\'=HYPERLINK("x")']
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in header + row)


def test_the_json_export_holds_no_control_character(tmp_path: Path) -> None:
    forged_log(
        tmp_path / "sessies" / f"{SESSION_ID}.jsonl",
        [
            session_header(),
            change(1, soort="actiepunt", id="p1", deelnemer="d1", tekst="t", datum="\u009b2J"),
        ],
    )
    out, err = io.StringIO(), io.StringIO()
    assert cli_sessions.export_session("2026", None, "json", tmp_path, [], "nl", out, err) == 0
    assert "\u009b" not in out.getvalue()
    assert json.loads(out.getvalue())["actiepunten"][0]["datum"] == "2J"
