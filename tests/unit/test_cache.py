"""The deck cache: unchanged decks come from it, any change is seen, and whatever is wrong
with the cache itself never breaks loading."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kaarten.deck import library
from kaarten.deck.cache import OLD_CACHE_FILE, entry_file
from kaarten.deck.library import LoadResult, load_library
from kaarten.locations import cache_dir
from tests.hostile import finishes


def load(deck_dir: Path, folder: Path) -> LoadResult:
    return load_library([deck_dir], folder)


def summary(result: LoadResult) -> tuple[object, ...]:
    deck = result.library.decks["testdeck"]
    return (
        sorted(deck.card_sets),
        [c.text for c in deck.cards()],
        [p.render("nl") for p in result.problems],
        result.files,
    )


def test_an_unchanged_deck_comes_from_the_cache(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (deck_dir / "extra.yaml").write_text("soort: kaartenset\nid: [\n", encoding="utf-8")
    fresh = load(deck_dir, tmp_path)
    assert fresh.problems  # the broken file's problem is cached too

    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed, not taken from the cache")

    monkeypatch.setattr(library, "load_file", refuse)
    assert summary(load(deck_dir, tmp_path)) == summary(fresh)


def test_a_quick_edit_of_the_same_size_is_seen(deck_dir: Path, tmp_path: Path) -> None:
    first = load(deck_dir, tmp_path)
    text = next(first.library.decks["testdeck"].cards()).text
    target = next(p for p in deck_dir.rglob("*.yaml") if text in p.read_text(encoding="utf-8"))
    content = target.read_text(encoding="utf-8")
    changed = text[:-1] + ("X" if text[-1] != "X" else "Y")
    target.write_text(content.replace(text, changed), encoding="utf-8")
    assert target.stat().st_size == len(content.encode())  # same size, same moment
    again = load(deck_dir, tmp_path)
    assert changed in [c.text for c in again.library.decks["testdeck"].cards()]


def test_a_new_file_in_the_deck_is_seen(deck_dir: Path, tmp_path: Path) -> None:
    load(deck_dir, tmp_path)
    (deck_dir / "nieuw.yaml").write_text("soort: onbekend\n", encoding="utf-8")
    again = load(deck_dir, tmp_path)
    assert any("nieuw.yaml" in p.path for p in again.problems)


def test_another_working_folder_rebuilds_the_relative_paths(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(deck_dir.parent)
    assert load(deck_dir, tmp_path).library.decks["testdeck"].path == "deck"
    monkeypatch.chdir(deck_dir)
    assert load(deck_dir, tmp_path).library.decks["testdeck"].path == "."


@pytest.mark.parametrize(
    "damage", [b"", b"not json", b"\x80\x05K\x01.", b"[" * 100_000, b'{"code": 1e999}']
)
def test_a_damaged_cache_is_ignored_and_replaced(
    deck_dir: Path, tmp_path: Path, damage: bytes
) -> None:
    expected = summary(load(deck_dir, tmp_path))
    entry_file(tmp_path, deck_dir).write_bytes(damage)
    assert summary(load(deck_dir, tmp_path)) == expected
    assert entry_file(tmp_path, deck_dir).read_bytes() != damage


def test_the_cache_is_private(deck_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    load(deck_dir, folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(entry_file(folder, deck_dir).stat().st_mode) == 0o600


def test_a_cache_folder_that_cannot_be_made_changes_nothing(deck_dir: Path, tmp_path: Path) -> None:
    expected = summary(load_library([deck_dir]))
    taken = tmp_path / "taken"
    taken.write_text("a file where the folder should be", encoding="utf-8")
    assert summary(load(deck_dir, taken / "cache")) == expected
    assert taken.read_text(encoding="utf-8") == "a file where the folder should be"


def test_a_full_disk_leaves_no_temporary_file(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kaarten.files.durable.write_all", full)
    expected = summary(load_library([deck_dir]))
    folder = tmp_path / "cache"
    assert summary(load(deck_dir, folder)) == expected
    assert list(folder.iterdir()) == []


def test_the_cache_lives_in_the_chosen_data_folder(tmp_path: Path) -> None:
    assert cache_dir(tmp_path / "data") == tmp_path / "data" / "cache"
    assert cache_dir() == Path(os.environ["KAARTEN_HOME"]) / "cache"


def test_the_app_keeps_its_cache_in_the_data_folder_it_was_given(tmp_path: Path) -> None:
    from kaarten.cli.main import build_app

    app = build_app("nl", [], tmp_path / "data")
    assert app.result.library.decks
    assert list((tmp_path / "data" / "cache").glob("deck-*.json"))
    assert not (Path(os.environ["KAARTEN_HOME"]) / "cache").exists()


# -- a cache file someone else planted (BAD_INPUT F1, F2) ----------------------------------


class _Planted:
    """Unpickling this creates a marker file: proof that reading the cache ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (self.marker,))


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = library.load_file

    def counting(path: Path) -> object:
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(library, "load_file", counting)
    return parsed


@pytest.mark.parametrize("name", ["entry", OLD_CACHE_FILE, "decks.pickle"])
def test_a_planted_pickle_never_runs(deck_dir: Path, tmp_path: Path, name: str) -> None:
    import pickle

    marker = tmp_path / "pwned"
    folder = tmp_path / "cache"
    load(deck_dir, folder)
    target = entry_file(folder, deck_dir) if name == "entry" else folder / name
    target.write_bytes(pickle.dumps(_Planted(marker)))
    assert summary(load(deck_dir, folder)) == summary(load_library([deck_dir]))
    assert not marker.exists()


def test_the_built_in_decks_come_back_from_the_cache_exactly(tmp_path: Path) -> None:
    from kaarten.locations import builtin_roots

    fresh = load_library(builtin_roots(), tmp_path)
    cached = load_library(builtin_roots(), tmp_path)
    assert cached.library == fresh.library
    assert cached.problems == fresh.problems
    assert fresh.library.decks


def test_a_forged_cache_of_the_right_shape_but_wrong_types_is_ignored(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    load(deck_dir, tmp_path)
    stored = json.loads(entry_file(tmp_path, deck_dir).read_text(encoding="utf-8"))
    stored["deck"][1][1] = {"titel": ["not", "text"]}  # the deck's title
    entry_file(tmp_path, deck_dir).write_text(json.dumps(stored), encoding="utf-8")
    parsed = _refuse_parsing(monkeypatch)
    result = load(deck_dir, tmp_path)
    assert parsed, "the forged entry was used instead of the YAML"
    assert result.library.decks["testdeck"].title == "Testdeck"


def _give_away(path: Path) -> None:
    if os.getuid() != 0:
        pytest.skip("only root can give a file to another user")
    os.chown(path, 12345, 12345, follow_symlinks=False)


@pytest.mark.parametrize("how", ["group_readable", "someone_elses", "link", "folder_someone_elses"])
def test_a_cache_that_is_not_the_users_own_and_private_is_not_read(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    folder = tmp_path / "cache"
    load(deck_dir, folder)
    path = entry_file(folder, deck_dir)
    if how == "group_readable":
        path.chmod(0o644)
    elif how == "someone_elses":
        _give_away(path)
    elif how == "link":
        real = tmp_path / "elsewhere.json"
        path.rename(real)
        path.symlink_to(real)
    else:
        _give_away(folder)
    parsed = _refuse_parsing(monkeypatch)
    load(deck_dir, folder)
    assert parsed


def test_a_wide_cache_folder_of_our_own_is_narrowed(deck_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    load(deck_dir, folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert entry_file(folder, deck_dir).is_file()


def test_a_fifo_as_the_cache_file_does_not_hang(deck_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    os.mkfifo(entry_file(folder, deck_dir), 0o600)
    result = finishes(lambda: load(deck_dir, folder))
    assert result.library.decks["testdeck"]


def test_a_file_name_that_is_not_utf8_is_cached_too(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open(os.fsencode(deck_dir) + b"/kapot-\xff.yaml", "wb") as file:
        file.write(b"soort: [\n")
    fresh = load(deck_dir, tmp_path)
    assert entry_file(tmp_path, deck_dir).is_file()
    monkeypatch.setattr(library, "load_file", lambda path: pytest.fail(f"{path} was parsed"))
    assert summary(load(deck_dir, tmp_path)) == summary(fresh)


def test_alternating_libraries_each_keep_their_cache(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kaarten.locations import builtin_roots

    folder = tmp_path / "cache"
    small, large = builtin_roots(), [*builtin_roots(), deck_dir]
    load_library(small, folder)
    load_library(large, folder)
    entries = sorted(folder.glob("deck-*.json"))
    written = {p: p.stat().st_mtime_ns for p in entries}
    assert len(entries) == 3  # one file per deck folder
    parsed = _refuse_parsing(monkeypatch)
    for roots in (small, large, small):
        load_library(roots, folder)
    assert parsed == []  # every start took every deck from the cache
    assert {p: p.stat().st_mtime_ns for p in entries} == written  # and rewrote nothing


def test_a_cache_file_that_names_another_folder_is_not_used(
    deck_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    load(deck_dir, tmp_path)
    path = entry_file(tmp_path, deck_dir)
    stored = json.loads(path.read_text(encoding="utf-8"))
    stored["folder"] = "/somewhere/else"
    path.write_text(json.dumps(stored), encoding="utf-8")
    parsed = _refuse_parsing(monkeypatch)
    load(deck_dir, tmp_path)
    assert parsed
