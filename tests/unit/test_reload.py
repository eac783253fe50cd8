"""A reload while a trainer edits keeps the last good version only of what a broken file
drops, and only for that file's own deck."""

from __future__ import annotations

import shutil
from pathlib import Path

from kaarten.deck.library import load_library
from kaarten.deck.reload import keep_last_good


def test_an_error_in_a_neighbouring_folder_keeps_nothing_of_a_deck_removed_on_purpose(
    deck_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / (deck_dir.name + "2")  # a name that starts like the deck's
    shutil.copytree(deck_dir, other)
    (other / "deck.yaml").write_text(
        (other / "deck.yaml").read_text(encoding="utf-8").replace("id: testdeck", "id: ander"),
        encoding="utf-8",
    )
    before = load_library([deck_dir, other]).library
    (deck_dir / "deck.yaml").unlink()  # the trainer removes the deck on purpose
    (other / "kapot.yaml").write_text("soort: kaartenset\nid: [\n", encoding="utf-8")
    after = load_library([deck_dir, other])
    assert any(p.path.startswith(str(other)) for p in after.errors)
    result, stale = keep_last_good(before, after)
    assert "testdeck" not in result.library.decks and stale == set()


def test_a_broken_set_file_keeps_its_last_good_set_and_says_so(deck_dir: Path) -> None:
    before = load_library([deck_dir]).library
    path = deck_dir / "t.1-goede-set.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('id: "t.1"', "id: [\n"), "utf-8")
    after = load_library([deck_dir])
    assert "t.1" not in after.library.decks["testdeck"].card_sets
    result, stale = keep_last_good(before, after)
    assert (
        result.library.decks["testdeck"].card_sets["t.1"]
        == before.decks["testdeck"].card_sets["t.1"]
    )
    assert stale == {("testdeck", "t.1")}
