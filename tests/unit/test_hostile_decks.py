"""Whatever sits in a deck folder, loading neither blocks nor reads without bound
(BAD_INPUT F2): only regular files are read, never past the size limit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kaarten.deck.library import LoadResult, load_library
from tests.hostile import HOSTILE_KINDS, finishes


def _problem_for(result: LoadResult, name: str) -> str:
    found = [p.render() for p in result.problems if p.path.endswith(name)]
    assert found, f"no problem names {name}: {[p.render() for p in result.problems]}"
    return found[0]


@pytest.mark.parametrize("kind", sorted(HOSTILE_KINDS))
@pytest.mark.parametrize("cached", [False, True], ids=["nakijken", "app"])
def test_a_non_regular_yaml_file_is_a_problem_not_a_hang(
    deck_dir: Path, tmp_path: Path, kind: str, cached: bool
) -> None:
    HOSTILE_KINDS[kind](deck_dir / "x.yaml")
    cache = tmp_path / "cache" if cached else None
    result = finishes(lambda: load_library([deck_dir], cache))
    assert "geen gewoon bestand" in _problem_for(result, "x.yaml")
    assert "t.1" in result.library.decks["testdeck"].card_sets  # the rest still loads
    if cached:  # and a second start, from the cache, neither hangs nor forgets the problem
        again = finishes(lambda: load_library([deck_dir], tmp_path / "cache"))
        assert "geen gewoon bestand" in _problem_for(again, "x.yaml")


@pytest.mark.parametrize("target", ["/dev/tty", "/proc/self/fd/0", "/dev/null"])
def test_links_to_devices_and_standard_input_are_refused(
    deck_dir: Path, tmp_path: Path, target: str
) -> None:
    (deck_dir / "x.yaml").symlink_to(target)
    result = finishes(lambda: load_library([deck_dir], tmp_path / "cache"))
    message = _problem_for(result, "x.yaml")
    # /dev/tty without a terminal cannot even be opened: then that is the message.
    assert "geen gewoon bestand" in message or "kan niet gelezen worden" in message


def test_a_huge_regular_file_is_never_read_whole(deck_dir: Path, tmp_path: Path) -> None:
    huge = deck_dir / "groot.yaml"
    with huge.open("wb") as file:
        file.truncate(4 * 1024**3)  # sparse: 4 GB that take no disk
    result = finishes(lambda: load_library([deck_dir], tmp_path / "cache"))
    assert "bestand te groot (4096,0 MB" in _problem_for(result, "groot.yaml")


def test_a_fifo_given_on_the_command_line_does_not_hang(tmp_path: Path) -> None:
    import subprocess

    pipe = tmp_path / "los.yaml"
    os.mkfifo(pipe)
    run = subprocess.run(
        [sys.executable, "-m", "kaarten", "nakijken", str(pipe)],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 1
    assert "los.yaml: fout: geen gewoon bestand" in run.stdout


def test_thousands_of_broken_references_give_twenty_messages_and_a_count(
    deck_dir: Path,
) -> None:
    cards = "".join(f"  - {{id: f{n}, tekst: v, definities: [mis{n}]}}\n" for n in range(1000))
    (deck_dir / "veel.yaml").write_text(
        'soort: kaartenset\nid: "f.1"\nthema: "1"\ntitel: F\ndoel: d\nwerkwijze: w\n'
        f"gesprekskaarten:\n{cards}",
        encoding="utf-8",
    )
    result = finishes(lambda: load_library([deck_dir]))
    mine = [p for p in result.problems if p.path.endswith("veel.yaml")]
    assert len(mine) == 21
    assert "en nog 980 meldingen van dezelfde soort" in mine[-1].render()
    assert mine[-1].line == mine[0].line  # it points at the first one of its kind
    assert "f.1" in result.library.decks["testdeck"].card_sets  # the set itself still loads


def test_a_long_checklist_with_one_duplicate_names_it(deck_dir: Path) -> None:
    steps = "".join(f"      - {{id: s{n}, tekst: t}}\n" for n in range(5000))
    (deck_dir / "lijst.yaml").write_text(
        "soort: bijlage\nid: lang\ntitel: L\nvorm: checklist\ngroepen:\n  - titel: G\n"
        f"    stappen:\n{steps}      - {{id: s7, tekst: nog eens}}\n",
        encoding="utf-8",
    )
    result = finishes(lambda: load_library([deck_dir]))
    assert any("dubbele id's in deze bijlage: s7;" in p.render() for p in result.problems)
