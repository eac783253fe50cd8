"""The bad-input corpus: every malformed deck gives its message, at its line, and the rest
of the deck keeps loading. Section A and B of shared/BAD_INPUT.md."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import pytest

from kaarten.deck.library import LoadResult, load_library
from kaarten.deck.problems import DeckProblem

BAD = Path(__file__).parent.parent / "data" / "bad"
EXPECTATION = re.compile(r"# verwacht: (\d+|-): (.+)")
CORPUS = sorted(BAD.glob("*.yaml"))


def load_with(deck_dir: Path, *files: tuple[str, bytes | str]) -> LoadResult:
    for name, content in files:
        path = deck_dir / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return load_library([deck_dir])


def messages(result: LoadResult) -> list[str]:
    return [p.render() for p in result.problems]


def find(result: LoadResult, fragment: str) -> DeckProblem:
    hits = [p for p in result.problems if fragment in p.message()]
    assert hits, f"no problem mentions {fragment!r}; got {messages(result)}"
    return hits[0]


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_each_bad_deck_gives_its_message_at_its_line(path: Path, deck_dir: Path) -> None:
    expected = EXPECTATION.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert expected is not None, f"{path.name} lacks its '# verwacht:' line"
    line, fragment = expected.groups()
    shutil.copy(path, deck_dir / path.name)

    result = load_library([deck_dir])

    hits = [p for p in result.problems if p.path.endswith(path.name) and fragment in p.message()]
    assert hits, f"expected {fragment!r} in {path.name}; got {messages(result)}"
    if line != "-":
        assert hits[0].line == int(line), hits[0].render()
    # The good set beside it still loads: one bad file never stops the rest.
    assert "t.1" in result.library.decks["testdeck"].card_sets


def test_object_tag_runs_no_code(deck_dir: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    result = load_with(
        deck_dir,
        ("x.yaml", f'soort: kaartenset\nid: !!python/object/apply:os.system ["touch {marker}"]\n'),
    )
    assert not marker.exists()
    assert find(result, "onbekende tag").line == 2


def test_alias_bomb_is_refused_fast(deck_dir: Path) -> None:
    source = (BAD / "a02-alias-bom.yaml").read_text(encoding="utf-8")
    started = time.perf_counter()
    result = load_with(deck_dir, ("bom.yaml", source))
    # Generous bound: an expanded bomb takes minutes and gigabytes, not milliseconds.
    assert time.perf_counter() - started < 2
    assert find(result, "ankers").line == 3


def test_deep_nesting_does_not_crash_libyaml(deck_dir: Path) -> None:
    depth = 50_000  # libyaml's own composer segfaults somewhere past 20,000 levels
    result = load_with(
        deck_dir, ("diep.yaml", "soort: kaartenset\nx: " + "[" * depth + "]" * depth)
    )
    problem = find(result, "te diep genest")
    assert problem.line == 2
    assert "exceeded" not in problem.message() and "YAML-fout" not in problem.message()


def test_our_depth_check_fires_first_on_block_nesting(deck_dir: Path) -> None:
    lines = ["soort: kaartenset"] + [f"{'  ' * level}k{level}:" for level in range(40)]
    problem = find(load_with(deck_dir, ("diep.yaml", "\n".join(lines) + " x\n")), "te diep")
    assert (problem.line, problem.column) == (34, 65)  # the 33rd mapping, where it opens
    assert "meer dan 32 niveaus" in problem.message()


def test_libyamls_own_depth_limit_gets_our_message(
    deck_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With our limit above libyaml's (1,000 levels since PyYAML 6.0.4), libyaml stops
    first: the trainer still reads our Dutch message, at the place libyaml stopped."""
    from kaarten.deck import yamlfile

    monkeypatch.setattr(yamlfile, "MAX_DEPTH", 5000)
    result = load_with(deck_dir, ("diep.yaml", "soort: kaartenset\nx: " + "[" * 1100))
    problem = find(result, "te diep genest")
    assert problem.line == 2 and problem.column is not None and problem.column > 1000
    assert "exceeded" not in problem.message()


def test_huge_file_is_refused_before_reading(deck_dir: Path) -> None:
    result = load_with(deck_dir, ("groot.yaml", b"# " + b"x" * (5 * 1024 * 1024)))
    assert "bestand te groot (5,0 MB, max 512 KB)" in find(result, "te groot").message()


def test_cp1252_file_names_the_line(deck_dir: Path) -> None:
    data = 'soort: kaartenset\ntitel: "één"\n'.encode("cp1252")
    problem = find(load_with(deck_dir, ("cp.yaml", data)), "geen geldige UTF-8")
    assert problem.line == 2
    assert "sla het bestand op als UTF-8" in problem.message()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_load(deck_dir: Path, encoding: str) -> None:
    source = 'soort: kaartenset\nid: "b.1"\nthema: "1"\ntitel: Één\ndoel: d\nwerkwijze: w\n'
    result = load_with(deck_dir, ("bom.yaml", source.encode(encoding)))
    assert result.errors == []
    assert result.library.decks["testdeck"].card_sets["b.1"].title == "Één"


def test_binary_file_is_named_as_such(deck_dir: Path) -> None:
    result = load_with(deck_dir, ("plaatje.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert find(result, "geen tekstbestand").path.endswith("plaatje.yaml")


def test_scalars_keep_the_text_that_was_written(deck_dir: Path) -> None:
    source = (
        'soort: kaartenset\nid: "w.1"\nthema: "1"\ntitel: "1.10"\ndoel: nee\nwerkwijze: "on"\n'
        "duur: 1:30\ngesprekskaarten:\n  - id: w.1-g1\n    tekst: NO\n  - id: w.1-g2\n"
        "    tekst: on\n  - id: w.1-g3\n    tekst: '1.10'\n"
    )
    result = load_with(deck_dir, ("w.yaml", source))
    assert result.errors == []
    card_set = result.library.decks["testdeck"].card_sets["w.1"]
    assert (card_set.title, card_set.goal, card_set.method) == ("1.10", "nee", "on")
    assert card_set.duration_seconds == 90
    assert [c.text for c in card_set.questions] == ["NO", "on", "1.10"]


def test_ids_sort_naturally(deck_dir: Path) -> None:
    sets = "".join(
        f'soort: kaartenset\nid: "{i}"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'
        for i in ["1.10", "1.9", "1.2"]
    ).split("soort: ")[1:]
    result = load_with(deck_dir, *((f"n{i}.yaml", "soort: " + s) for i, s in enumerate(sets)))
    ids = [s.id for s in result.library.decks["testdeck"].sorted_sets()]
    assert ids == ["1.2", "1.9", "1.10", "t.1"]


def test_control_characters_in_text_are_made_harmless(deck_dir: Path) -> None:
    source = (
        'soort: kaartenset\nid: "c.1"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'
        "gesprekskaarten:\n"
        '  - id: c.1-g1\n    tekst: "\\e[2J\\e]0;PWNED\\a"\n'
        '  - id: c.1-g2\n    tekst: "\\e]52;c;aGFjaw==\\a en \\u009b2J"\n'
        '  - id: c.1-g3\n    tekst: "\\u202eetnega"\n'
        '  - id: c.1-g4\n    tekst: "[bold]Let op[/bold] [/ [@click=app.quit]x[/]"\n'
    )
    result = load_with(deck_dir, ("c.yaml", source))
    texts = [c.text for c in result.library.decks["testdeck"].card_sets["c.1"].questions]
    for text in texts:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert texts[0] == "␛[2J␛]0;PWNED␇"
    assert texts[2] == "etnega"
    assert texts[3] == "[bold]Let op[/bold] [/ [@click=app.quit]x[/]"  # markup stays text
    assert find(result, "onzichtbaar stuurteken (U+001B)").line == 9


def test_lone_surrogate_never_reaches_the_model(deck_dir: Path) -> None:
    source = (
        'soort: kaartenset\nid: "u.1"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'
        'gesprekskaarten:\n  - id: u.1-g1\n    tekst: "a\\ud800b"\n'
    )
    result = load_with(deck_dir, ("u.yaml", source))
    card_set = result.library.decks["testdeck"].card_sets.get("u.1")
    if card_set is not None and card_set.questions:
        card_set.questions[0].text.encode("utf-8")  # must not raise
    else:
        assert result.errors, "the card vanished without a message"


def test_long_single_word_loads(deck_dir: Path) -> None:
    word = "a" * 20_000
    source = (
        'soort: kaartenset\nid: "l.1"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'
        f"gesprekskaarten:\n  - id: l.1-g1\n    tekst: {word}\n"
    )
    result = load_with(deck_dir, ("l.yaml", source))
    assert result.library.decks["testdeck"].card_sets["l.1"].questions[0].text == word


def test_duplicate_id_across_files_cites_the_first(deck_dir: Path) -> None:
    source = (
        'soort: kaartenset\nid: "d.1"\nthema: "1"\ntitel: S\ndoel: d\nwerkwijze: w\n'
        "gesprekskaarten:\n  - id: t.1-g1\n    tekst: Zelfde id als in de goede set\n"
    )
    # Files load in name order, so z.yaml comes after the good set and is the duplicate.
    problem = find(load_with(deck_dir, ("z.yaml", source)), "id 't.1-g1' bestaat al")
    assert problem.path.endswith("z.yaml")
    assert problem.line == 8
    assert "t.1-goede-set.yaml:10" in problem.message()
    assert "t.1-g1" in result_cards(deck_dir)


def result_cards(deck_dir: Path) -> list[str]:
    deck = load_library([deck_dir]).library.decks["testdeck"]
    return [c.id for c in deck.cards()]


def test_odd_entries_in_a_deck_folder_are_handled(deck_dir: Path) -> None:
    (deck_dir / "leeg.yaml").write_bytes(b"")
    (deck_dir / "t.1-goede-set.yaml~").write_text("kapot: [", encoding="utf-8")
    (deck_dir / "map.yaml").mkdir()
    (deck_dir / "lus.yaml").symlink_to(deck_dir / "lus.yaml")
    result = load_library([deck_dir])
    assert "t.1" in result.library.decks["testdeck"].card_sets
    assert find(result, "leeg bestand").path.endswith("leeg.yaml")
    assert find(result, "kan niet gelezen worden").path.endswith("lus.yaml")
    assert not any(p.path.endswith("~") for p in result.problems)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without permission")
def test_unreadable_file_is_reported(deck_dir: Path) -> None:
    path = deck_dir / "t.1-goede-set.yaml"
    path.chmod(0)
    try:
        result = load_library([deck_dir])
    finally:
        path.chmod(0o644)
    assert find(result, "geen toestemming").path.endswith("t.1-goede-set.yaml")


def test_reload_after_a_file_disappears(deck_dir: Path) -> None:
    assert "t.1" in load_library([deck_dir]).library.decks["testdeck"].card_sets
    (deck_dir / "t.1-goede-set.yaml").unlink()
    result = load_library([deck_dir])
    assert result.library.decks["testdeck"].card_sets == {}


def test_deck_without_deck_file_is_explained(tmp_path: Path, deck_dir: Path) -> None:
    (deck_dir / "deck.yaml").unlink()
    result = load_library([deck_dir])
    assert "testdeck" not in result.library.decks
    named = {Path(p.path).name for p in result.problems if "hoort bij geen deck" in p.message()}
    assert named == {"definities.yaml", "t.1-goede-set.yaml"}


# -- the smallest unit that can be skipped -------------------------------------------------

SET_HEAD = (
    'soort: kaartenset\nthema: "1"\ntitel: Set\ndoel: Leren.\nwerkwijze: Praten.\nid: "x.30"\n'
)


def test_a_card_with_broken_yaml_costs_that_card_not_its_set(deck_dir: Path) -> None:
    result = load_with(
        deck_dir,
        (
            "kapot.yaml",
            SET_HEAD + "gesprekskaarten:\n"
            "  - id: x.30-g1\n    tekst: Eerste vraag\n"
            "  - id: x.30-g2\n    tekst: Vraag: met een dubbele punt\n\n"
            "  - id: x.30-g3\n    tekst: Derde vraag\n",
        ),
    )
    assert find(result, "dubbele punt in tekst").line == 11
    skipped = find(result, "kaart x.30-g2 (regels 10–11) is overgeslagen")
    assert not skipped.is_error
    card_set = result.library.decks["testdeck"].card_sets["x.30"]
    assert [c.id for c in card_set.cards] == ["x.30-g1", "x.30-g3"]


def test_a_bad_link_costs_that_link_not_its_set(deck_dir: Path) -> None:
    result = load_with(
        deck_dir,
        (
            "link.yaml",
            SET_HEAD + "links:\n"
            "  - titel: Onveilig\n    url: http://example.org\n"
            "  - titel: Goed\n    url: https://example.org\n"
            "gesprekskaarten:\n  - id: x.30-g1\n    tekst: Vraag\n"
            "    links:\n      - titel: Ook onveilig\n        url: http://example.org/2\n",
        ),
    )
    assert find(result, "'http://example.org' is geen webadres").line == 9
    card_set = result.library.decks["testdeck"].card_sets["x.30"]
    assert [link.title for link in card_set.links] == ["Goed"]
    assert [c.id for c in card_set.cards] == ["x.30-g1"] and card_set.cards[0].links == ()


def test_a_second_card_with_the_same_id_is_skipped(deck_dir: Path) -> None:
    result = load_with(
        deck_dir,
        (
            "dubbel.yaml",
            SET_HEAD + "gesprekskaarten:\n"
            "  - id: x.30-g1\n    tekst: Eerste\n  - id: x.30-g1\n    tekst: Tweede\n",
        ),
    )
    assert find(result, "id 'x.30-g1' bestaat al").line == 10
    card_set = result.library.decks["testdeck"].card_sets["x.30"]
    assert [c.text for c in card_set.cards] == ["Eerste"]


def test_a_duplicate_deck_id_is_reported_at_its_id(deck_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander"
    other.mkdir()
    (other / "deck.yaml").write_text(
        "# Een kopie\nsoort: deck\nid: testdeck\ntitel: Kopie\nthemas: []\n", encoding="utf-8"
    )
    result = load_library([deck_dir, other])
    assert find(result, "er is al een deck met id 'testdeck'").line == 3
