"""``kaarten check`` as a trainer and a script run it: a real process, real exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

BAD = Path(__file__).parent.parent / "data" / "bad"


def kaarten(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kaarten", *args],
        capture_output=True, text=True, cwd=cwd, timeout=60,
    )  # fmt: skip


def test_check_lists_every_card_set_and_exits_0(tmp_path: Path) -> None:
    run = kaarten("nakijken", cwd=tmp_path)  # another folder: built-in decks must still be found
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    row = next(line for line in lines if line.strip().startswith("1.1 "))
    assert row.split()[-3:] == ["4", "2", "ja"]
    assert any("3.3" in line and "Oudergesprekken: voorbereiding" in line for line in lines)
    assert "10 kaartensets, 62 kaarten, 7 definitiekaarten, 6 bijlagen" in run.stdout
    assert "Alles in orde" in run.stdout
    assert "Deck ouderbetrokkenheid — Ouderbetrokkenheid (ingebouwd)" in run.stdout
    assert "Deck energizers — Energizers (ingebouwd)" in run.stdout


def test_check_reports_errors_as_path_line_col_and_exits_1(deck_dir: Path, tmp_path: Path) -> None:
    shutil.copy(BAD / "s01-typfout-in-sleutel.yaml", deck_dir)
    shutil.copy(BAD / "a12-dubbele-punt.yaml", deck_dir)
    run = kaarten("nakijken", str(deck_dir), cwd=tmp_path)
    assert run.returncode == 1
    assert (
        "deck/s01-typfout-in-sleutel.yaml:6:1: fout: onbekende sleutel 'werkwjize'"
        " — bedoel je 'werkwijze'?" in run.stdout
    )
    assert "deck/a12-dubbele-punt.yaml:10:" in run.stdout
    # The valid set of the same deck is still listed.
    assert any(line.strip().startswith("t.1 ") for line in run.stdout.splitlines())


def test_warnings_alone_exit_0(deck_dir: Path) -> None:
    shutil.copy(BAD / "a11-hekje-kapt-af.yaml", deck_dir)
    run = kaarten("nakijken", str(deck_dir))
    assert run.returncode == 0
    assert "waarschuwing: ' #' begint commentaar" in run.stdout


def test_check_single_file_outside_a_deck(tmp_path: Path) -> None:
    loose = tmp_path / "los.yaml"
    shutil.copy(BAD / "a07-id-als-getal.yaml", loose)
    run = kaarten("nakijken", str(loose))
    assert run.returncode == 1
    assert "los.yaml:7:5: fout: id: 1.10 zonder aanhalingstekens" in run.stdout
    assert "geen deck.yaml gevonden" in run.stdout


def test_missing_path_and_bad_option_are_usage_errors(tmp_path: Path) -> None:
    missing = kaarten("nakijken", str(tmp_path / "bestaat-niet"))
    assert missing.returncode == 2
    assert "bestaat niet" in missing.stderr
    assert kaarten("nakijken", "--onzin").returncode == 2


def test_json_output_for_scripts(deck_dir: Path) -> None:
    shutil.copy(BAD / "a19-tekst-ontbreekt.yaml", deck_dir)
    run = kaarten("nakijken", "--formaat", "json", str(deck_dir))
    assert run.returncode == 1
    data = json.loads(run.stdout)
    sets = {s["id"]: s for d in data["decks"] for s in d["kaartensets"]}
    assert sets["1.1"]["gesprekskaarten"] == 4
    assert sets["x.19"]["gesprekskaarten"] == 6  # the card without text dropped, not the set
    problem = data["problemen"][0]
    assert problem["regel"] == 21
    assert problem["plaats"] == "gesprekskaarten[6].tekst"
    assert data["fouten"] == 1


def test_english_messages(deck_dir: Path) -> None:
    shutil.copy(BAD / "s01-typfout-in-sleutel.yaml", deck_dir)
    run = kaarten("--taal", "en", "nakijken", str(deck_dir))
    assert "error: unknown key 'werkwjize' — did you mean 'werkwijze'?" in run.stdout
    assert "card sets" in run.stdout


def test_help_is_dutch() -> None:
    run = kaarten("nakijken", "--help")
    assert run.returncode == 0
    assert "Controleert de ingebouwde decks" in run.stdout
