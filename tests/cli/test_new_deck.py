"""``kaarten nieuw`` and ``kaarten schema``: a trainer starts a deck in one command, and
every file of it points an editor at a schema that exists on this computer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.cli.new_deck import SCHEMA_LINE
from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots, schema_file


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_new_deck_passes_the_check_and_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "collegas"
    home = str(tmp_path / "thuis")
    code, out, _ = _run(
        capsys, "nieuw", str(deck), "--titel", "Gesprekken met collega's", "--datamap", home
    )
    assert code == 0
    assert "Nieuw deck 'gesprekken-met-collegas'" in out and "kaarten nakijken" in out
    code, out, _ = _run(capsys, "nakijken", str(deck), "--datamap", home)
    assert code == 0 and "Alles in orde" in out, out
    assert "1 kaartenset, 3 kaarten, 1 definitiekaart, 1 bijlage, 0 energizers" in out
    library = load_library([deck]).library
    made = library.decks["gesprekken-met-collegas"]
    assert made.title == "Gesprekken met collega's"
    assert [c.id for c in made.card_sets["1.1"].cards][:2] == ["1.1-g1", "1.1-g2"]
    assert set(made.definitions) == {"voorbeeldbegrip"} and set(made.appendices) == {
        "1.1-voorbeeld"
    }


def test_every_file_points_at_the_schema_of_this_computer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "nieuw"
    assert _run(capsys, "nieuw", str(deck), "--datamap", str(tmp_path / "thuis"))[0] == 0
    files = sorted(deck.glob("*.yaml"))
    assert len(files) == 4
    for path in files:
        first = path.read_text(encoding="utf-8").split("\n")[0]
        assert first.startswith(SCHEMA_LINE), path.name
        target = Path(first[len(SCHEMA_LINE) :])
        assert target.is_absolute() and target == schema_file()
        assert json.loads(target.read_text(encoding="utf-8"))["$defs"]["kaartenset"]


def test_a_copy_loads_beside_the_original_under_a_new_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "kopie"
    home = str(tmp_path / "thuis")
    code, out, _ = _run(
        capsys, "nieuw", str(deck), "--van", "ouderbetrokkenheid", "--datamap", home
    )
    assert code == 0 and "'ouderbetrokkenheid-kopie'" in out
    result = load_library([*builtin_roots(), deck])
    original, copy = (
        result.library.decks[i] for i in ("ouderbetrokkenheid", "ouderbetrokkenheid-kopie")
    )
    assert copy.title == "Ouderbetrokkenheid (kopie)"
    assert sorted(copy.card_sets) == sorted(original.card_sets)
    assert result.errors == []
    assert (
        (deck / "deck.yaml")
        .read_text(encoding="utf-8")
        .startswith(SCHEMA_LINE + str(schema_file()))
    )


def test_nieuw_never_writes_into_a_folder_with_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "bezet"
    deck.mkdir()
    (deck / "mijn.yaml").write_text("iets\n", encoding="utf-8")
    code, _, err = _run(capsys, "nieuw", str(deck), "--datamap", str(tmp_path / "thuis"))
    assert code == 2 and "bestaat al en is niet leeg" in err
    assert [p.name for p in deck.iterdir()] == ["mijn.yaml"]
    code, _, err = _run(capsys, "nieuw", str(tmp_path / "x"), "--van", "bestaat-niet")
    assert code == 2 and "geen geladen deck 'bestaat-niet'" in err and "ouderbetrokkenheid" in err
    assert not (tmp_path / "x").exists()


def test_schema_says_where_it_is_and_what_it_holds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    assert code == 0 and Path(out.strip()) == schema_file() and schema_file().is_file()
    code, out, _ = _run(capsys, "schema", "--inhoud")
    assert code == 0 and json.loads(out) == json.loads(schema_file().read_text(encoding="utf-8"))
