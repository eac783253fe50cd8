"""Today's command names are Dutch; the earlier ones keep working (scripts use them) and
stay out of the help."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.session.store import SessionStore
from tests.cli.test_person import _session
from tests.pdf import page_texts

OLD_WORDS = ("check", "print", "export", "controle", "--set", "--json", "--data-dir")


def _out(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    return code, re.sub(r"\d+", "N", capsys.readouterr().out)  # a free port differs per run


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (["check", "--json"], ["nakijken", "--formaat", "json"]),
        (["--taal", "en", "check"], ["--taal", "en", "nakijken"]),
        (["controle", "--data-dir", "{home}"], ["systeemcontrole", "--datamap", "{home}"]),
        (["sessies", "--data-dir", "{home}"], ["sessies", "--datamap", "{home}"]),
        (
            ["export", "{session}", "--formaat", "csv", "--data-dir", "{home}"],
            ["exporteren", "{session}", "--formaat", "csv", "--datamap", "{home}"],
        ),
    ],
)
def test_an_old_name_does_what_todays_name_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: list[str], new: list[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    session = SessionStore(home).summaries()[0].path.stem
    fill = {"{home}": str(home), "{session}": session}
    today = _out(capsys, [fill.get(word, word) for word in new])
    earlier = _out(capsys, [fill.get(word, word) for word in old])
    assert earlier == today
    assert today[1].strip()  # it said something: the two did not both fail silently
    if "json" in new:  # JSON indeed (its numbers read as N here)
        assert json.loads(re.sub(r"\bN\b", "0", today[1]))


def test_print_with_the_old_names_writes_the_same_pages(tmp_path: Path) -> None:
    old, new = tmp_path / "oud.pdf", tmp_path / "nieuw.pdf"
    home = str(tmp_path / "thuis")
    assert main(["print", "--set", "1.1", "--uitvoer", str(old), "--data-dir", home]) == 0
    assert main(["afdrukken", "--kaartenset", "1.1", "--uitvoer", str(new), "--datamap", home]) == 0
    assert page_texts(old) == page_texts(new) != []


def test_a_person_and_a_session_the_old_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    _session(home, "Tweede", ["Bram"])
    assert main(["deelnemer", "Sanne", "--export", "--data-dir", str(home)]) == 0
    assert list((home / "exports" / "deelnemers").glob("*.json"))
    assert main(["deelnemer", "Sanne", "--verwijder", "--ja", "--data-dir", str(home)]) == 0
    store = SessionStore(home)
    assert all("Sanne" not in s.participants for s in store.summaries())
    second = next(s for s in store.summaries() if s.title == "Tweede").path.stem
    assert main(["sessies", "verwijder", second, "--ja", "--data-dir", str(home)]) == 0
    assert [s.title for s in SessionStore(home).summaries()] == ["Eerste"]


@pytest.mark.parametrize(
    "argv", [["--help"], ["nakijken", "--help"], ["afdrukken", "--help"], ["sessies", "--help"]]
)
def test_the_help_names_only_todays_words(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(argv) == 0
    shown = capsys.readouterr().out
    for word in OLD_WORDS:
        assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", shown), word
    assert re.search(r"nakijken|--formaat|--kaartenset|verwijderen", shown)
