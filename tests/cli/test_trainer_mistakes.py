"""One mistake costs one card: what ``kaarten nakijken`` says about the mistakes a trainer
makes most, and what still loads (issue 27, "One mistake, one card")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.deck.library import load_library

SET = """soort: kaartenset
id: "t.2"
thema: "1"
titel: Tweede set
doel: Leren.
werkwijze: Praten.
gesprekskaarten:
  - id: t.2-g1
    tekst: Eerste vraag?
  - id: t.2-g2
{middle}tekst: Tweede vraag?
  - id: t.2-g3
    tekst: Derde vraag?
opdrachtkaarten:
  - id: t.2-o1
    tekst: Doe iets.
"""


def _check(deck: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str]:
    code = main(["nakijken", *options, str(deck), "--datamap", str(deck.parent / "thuis")])
    return code, capsys.readouterr().out


def _problems(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": fout: " in line or ": waarschuwing: " in line]


@pytest.mark.parametrize("indent", ["\t", "  \u00a0 "], ids=["tab", "harde spatie uit Word"])
def test_a_bad_indent_in_one_card_costs_that_card_and_is_said_once(
    deck_dir: Path, capsys: pytest.CaptureFixture[str], indent: str
) -> None:
    (deck_dir / "t.2.yaml").write_text(SET.format(middle=indent), encoding="utf-8")
    code, out = _check(deck_dir, capsys)
    problems = [p for p in _problems(out) if "t.2.yaml" in p]
    assert code == 1
    assert len(problems) == 2, problems  # once what is wrong, once what was skipped
    assert problems[0].startswith(f"{deck_dir}/t.2.yaml:11:") and ": fout: " in problems[0]
    assert problems[1].endswith(
        "kaart t.2-g2 (regels 10–11) is overgeslagen vanwege de fout hierboven; "
        "de rest van het bestand laadt wel"
    )
    card_set = load_library([deck_dir]).library.decks["testdeck"].card_sets["t.2"]
    assert [c.id for c in card_set.cards] == ["t.2-g1", "t.2-g3", "t.2-o1"]


def test_a_skipped_only_card_and_an_empty_list_leave_an_empty_list(
    deck_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SET.split("  - id: t.2-g1")[0] + "  - id: t.2-g1\n\ttekst: Een tab.\nopdrachtkaarten:\n"
    (deck_dir / "t.2.yaml").write_text(text, encoding="utf-8")
    _, out = _check(deck_dir, capsys)
    problems = [p for p in _problems(out) if "t.2.yaml" in p]
    assert problems[1].endswith("kaart t.2-g1 (regels 8–9) is overgeslagen vanwege de fout "
                                "hierboven; de rest van het bestand laadt wel")  # fmt: skip
    assert "t.2.yaml:7:17: waarschuwing: gesprekskaarten: is leeg" in problems[2]
    assert "t.2.yaml:10:17: waarschuwing: opdrachtkaarten: is leeg" in problems[3]
    assert not any("moet lijst zijn" in p for p in problems)
    assert "t.2" in load_library([deck_dir]).library.decks["testdeck"].card_sets


def test_a_bijlage_of_a_skipped_set_points_at_the_sets_error(
    deck_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = SET.format(middle="    ").replace("doel: Leren.", "doel: Leren.\ndoel: Twee keer.")
    (deck_dir / "t.2.yaml").write_text(broken, encoding="utf-8")  # outside any card
    (deck_dir / "b.yaml").write_text(
        'soort: bijlage\nid: b-t2\ntitel: Bij de tweede\nkaartenset: "t.2"\nvorm: tekst\n'
        "tekst: Hallo.\n",
        encoding="utf-8",
    )
    _, out = _check(deck_dir, capsys)
    bijlage = [p for p in _problems(out) if "b.yaml" in p]
    assert bijlage == [
        f"{deck_dir}/b.yaml:4:13: waarschuwing: kaartenset 't.2' is overgeslagen vanwege "
        f"de fout in {deck_dir}/t.2.yaml hierboven; los die op, dan klopt dit ook"
    ]
    assert "bestaat niet" not in out


def test_one_line_skipped_is_one_line_and_counts_say_their_plural(
    deck_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SET.format(middle="    ").replace(
        "opdrachtkaarten:\n  - id: t.2-o1\n    tekst: Doe iets.\n",
        "opdrachtkaarten:\n  - {id: t.2-o1, tekst: Doe: iets}\n",
    )
    (deck_dir / "t.2.yaml").write_text(text, encoding="utf-8")
    _, out = _check(deck_dir, capsys)
    assert "kaart t.2-o1 (regel 15) is overgeslagen" in out
    assert "regels 15–15" not in out
    assert "2 kaartensets, 4 kaarten, 1 definitiekaart, 0 bijlagen, 0 energizers" in out


def test_an_unquoted_id_is_shown_as_the_number_it_becomes(
    deck_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (deck_dir / "t.2.yaml").write_text(
        SET.format(middle="    ").replace('id: "t.2"', "id: 5.10"), encoding="utf-8"
    )
    _, out = _check(deck_dir, capsys)
    assert "5.10 zonder aanhalingstekens is een getal (5.10 wordt dan 5.1); zet het" in out


def test_json_stays_json_when_a_path_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _check(tmp_path / "bestaat-niet", capsys, "--formaat", "json")
    found = json.loads(out)
    assert code == 2
    assert found["fouten"] == 1 and found["problemen"][0]["code"] == "cli.no_such_path"
