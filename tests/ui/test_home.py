"""The home screen: what loaded, what did not, and opening things."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Markdown, Tree

from kaarten.ui.app import KaartenApp
from kaarten.ui.screens.appendix import AppendixScreen
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.definitions import DefinitionsScreen
from kaarten.ui.screens.energizer import EnergizerScreen
from kaarten.ui.screens.home import HomeScreen
from kaarten.ui.screens.problems import ProblemsScreen
from tests.ui.conftest import SMALL, AppFactory, AppPilot, flat, screen_text, wait_for_preview


async def test_home_lists_themes_sets_definitions_appendices_energizers(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_preview(pilot)
        text = screen_text(app)
        for expected in (
            "Thema 1  Ouderbetrokkenheid",
            "Thema 3  (Ouder)communicatie",
            "1.1  Behoefte van ouders",
            "3.3  Oudergesprekken: voorbereiding",
            "Definitiekaarten (7)",
            "Wat is een passende grondhouding?",
            "Bijlagen (6)",
            "Checklist oudergesprek",
            "5  Jouw driehoek kind–ouder–school",
        ):
            assert expected in text
        # The first kaartenset is highlighted and previewed: its doel is readable.
        assert "Na deze activiteit" in text
        assert "4 gesprekskaarten · 2 opdrachtkaarten" in text


def _node_line(app: KaartenApp, label: str) -> int:
    tree = app.screen.query_one("#catalogue", Tree)
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None and str(node.label).strip().endswith(label):
            return line
    raise AssertionError(f"{label!r} not in the tree")


async def _open(app: KaartenApp, pilot: AppPilot, label: str) -> None:
    tree = app.screen.query_one("#catalogue", Tree)
    tree.move_cursor_to_line(_node_line(app, label))
    await pilot.press("enter")
    await pilot.pause()


async def test_enter_opens_each_kind_of_item(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        for label, screen_type, visible in (
            ("Thuisbetrokkenheid", CardTableScreen, "Gesprekskaart"),
            (
                "Wat wordt verstaan onder ‘ouderparticipatie’?",
                DefinitionsScreen,
                "actieve deelname",
            ),
            ("Gespreksvaardigheden", AppendixScreen, "Luistervaardigheden"),
            ("Associëren", EnergizerScreen, "Energizer 6"),
        ):
            await _open(app, pilot, label)
            assert isinstance(app.screen, screen_type), label
            assert visible in flat(app)
            await pilot.press("escape")
            await pilot.pause()
            assert "Kaartensets" in screen_text(app)


async def test_click_opens_a_kaartenset(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        line = _node_line(app, "Educatieve partners")
        await pilot.click("#catalogue", offset=(10, line))
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert "Kaartenset 2.2 · Educatieve partners" in screen_text(app)


async def test_broken_deck_is_reported_and_the_rest_works(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    deck = tmp_path / "mijn-deck"
    deck.mkdir()
    (deck / "deck.yaml").write_text(
        "soort: deck\nid: mijn\ntitel: Mijn deck\nthemas:\n  - id: '1'\n    titel: Een\n",
        encoding="utf-8",
    )
    (deck / "set.yaml").write_text(
        "soort: kaartenset\nid: '1.1'\nthema: '1'\ntitel: Goed\ndoel: d\nwerkwijze: w\n"
        "gesprekskaarten:\n  - id: k1\n    tekst: Een goede vraag\n",
        encoding="utf-8",
    )
    (deck / "kapot.yaml").write_text(
        "soort: kaartenset\nid: '1.2'\nthema: '1'\ntitel: Kapot\ndoel: d\nwerkwijze: w\n"
        "gesprekskaarten:\n  - id: k2\n    tekts: typfout\n",
        encoding="utf-8",
    )
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=(120, 70)) as pilot:
        await pilot.pause()
        text = flat(app)
        assert "Niet alles kon geladen worden: 2 fouten" in text
        assert "Mijn deck" in text and "1.1  Goed" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert "kapot.yaml:9:5" in flat(app)
        assert "tekts" in flat(app)
        # The trainer fixes the file and reloads: the problem is gone, the set is there.
        (deck / "kapot.yaml").write_text(
            (deck / "kapot.yaml").read_text(encoding="utf-8").replace("tekts", "tekst"),
            encoding="utf-8",
        )
        await pilot.press("r")
        await pilot.pause()
        assert "Geen problemen" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "1.2  Kapot" in screen_text(app)
        assert "Niet alles kon" not in flat(app)


async def test_problems_key_hidden_without_problems(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "Problemen" not in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)


async def test_an_open_data_folder_is_narrowed_at_start_and_said_once(
    app_factory: AppFactory,
) -> None:
    import os
    import stat

    data = Path(os.environ["KAARTEN_HOME"])
    (data / "sessies").mkdir(parents=True)
    (data / "zelf").mkdir()
    for folder in (data, data / "sessies", data / "zelf"):
        folder.chmod(0o777)
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await wait_for_preview(pilot)
        said = [n.message for n in app._notifications]
        assert len(said) == 1 and "alles is weer alleen voor jou (0700/0600)" in said[0]
    for folder in (data, data / "sessies", data / "zelf"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await wait_for_preview(pilot)
        assert list(app._notifications) == []  # nothing left to say the next time


async def test_leftovers_of_an_interrupted_rewrite_are_cleared_at_start(
    app_factory: AppFactory,
) -> None:
    """A crash while a log was compacted left its old text in a hidden file beside it."""
    import os
    import subprocess
    import sys

    from tests.ui.conftest import wait_until

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], stdout=-1)
    leftover = Path(os.environ["KAARTEN_HOME"]) / "zelf" / f".logboek.jsonl.{int(ended.stdout)}.tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_text("een antwoord dat al vervangen was")
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await wait_until(pilot, lambda: not leftover.exists(), "the leftover to be cleared")
        await wait_until(pilot, lambda: bool(app._notifications), "a word about it")
        assert "1 half geschreven tijdelijk bestand" in " ".join(
            n.message for n in app._notifications
        )


async def test_the_problems_screen_shows_no_escape_code_from_names_keys_or_tags(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    from tests.hostile_names import hostile_decks

    hostile_decks(tmp_path)
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        shown = screen_text(app)
        assert "␛]0;PWN␇␛[2J" in shown and "niet-utf8-\\xff.yaml" in shown
        for forbidden in ("\x1b", "\x07", "\u009b", "\u202e", "\udcff"):
            assert forbidden not in shown


def _trainer_deck(root: Path) -> Path:
    deck = root / "mijn-deck"
    deck.mkdir()
    (deck / "deck.yaml").write_text(
        "soort: deck\nid: mijn\ntitel: Mijn deck\nthemas:\n  - id: '1'\n    titel: Een\n",
        encoding="utf-8",
    )
    for number, title in (("1", "Eerste"), ("2", "Tweede"), ("3", "Derde")):
        (deck / f"set{number}.yaml").write_text(
            f"soort: kaartenset\nid: '1.{number}'\nthema: '1'\ntitel: {title}\ndoel: d\n"
            f"werkwijze: w\ngesprekskaarten:\n  - id: k{number}\n    tekst: Vraag over {title}\n",
            encoding="utf-8",
        )
    (deck / "definities.yaml").write_text(
        "soort: definities\ndefinities:\n  - id: begrip\n    titel: Wat is een begrip?\n"
        "    tekst: Een woord met een betekenis.\n",
        encoding="utf-8",
    )
    return deck


def _break(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("tekst: Vraag over", "tekst: Vraag: over"), encoding="utf-8")


def _rename(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("'1.2'", "'1.9'"), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "then_highlighted"),
    [
        (lambda path: None, "1.2  Tweede"),  # unchanged: the cursor stays
        (_break, "1.2  Tweede"),  # a broken card costs that card: the set stays
        (_rename, "1.3  Derde"),  # its id changed: the nearest of the deck
        (Path.unlink, "1.3  Derde"),  # the file is gone
    ],
    ids=["unchanged", "broken", "id-changed", "deleted"],
)
async def test_reload_survives_any_change_to_the_highlighted_set(
    app_factory: AppFactory, tmp_path: Path, change: Callable[[Path], object], then_highlighted: str
) -> None:
    """The trainer's loop: highlight a kaartenset, edit its file, press r."""
    deck = _trainer_deck(tmp_path)
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=(120, 70)) as pilot:
        await wait_for_preview(pilot)
        tree = app.screen.query_one("#catalogue", Tree)
        tree.move_cursor_to_line(_node_line(app, "1.2  Tweede"))
        await pilot.pause()
        assert "Vraag over Tweede" not in flat(app)  # the preview shows the doel
        change(deck / "set2.yaml")
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, HomeScreen)
        assert tree.cursor_node is not None
        assert str(tree.cursor_node.label).strip() == then_highlighted
        assert "Mijn deck" in screen_text(app)


@pytest.mark.parametrize("change", ["break", "delete"], ids=["broken", "deleted"])
async def test_reload_survives_a_change_to_the_highlighted_definition(
    app_factory: AppFactory, tmp_path: Path, change: str
) -> None:
    deck = _trainer_deck(tmp_path)
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=(120, 70)) as pilot:
        await wait_for_preview(pilot)
        tree = app.screen.query_one("#catalogue", Tree)
        tree.move_cursor_to_line(_node_line(app, "Wat is een begrip?"))
        await pilot.pause()
        assert "Een woord met een betekenis" in flat(app)
        path = deck / "definities.yaml"
        if change == "delete":
            path.unlink()
        else:
            path.write_text(path.read_text(encoding="utf-8").replace("Een woord", "Een: woord"))
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, HomeScreen)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.deck_id == "mijn"
        assert "Een woord met een betekenis" not in flat(app)
        await pilot.press("enter")  # opening what is highlighted now works too
        await pilot.pause()
        assert app.is_running


async def test_a_set_whose_cards_all_failed_says_so_when_opened(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    deck = _trainer_deck(tmp_path)
    path = deck / "set2.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("tekst:", "tekts:"), encoding="utf-8")
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=(120, 70), notifications=True) as pilot:
        await wait_for_preview(pilot)
        await _open(app, pilot, "1.2  Tweede")
        assert isinstance(app.screen, HomeScreen)
        said = [n.message for n in app._notifications]
        assert any("1.2 heeft geen kaarten" in m and "f (problemen)" in m for m in said)


def guide_text(app: KaartenApp) -> str:
    return str(app.screen.query_one("#about-text", Markdown).source)


async def test_the_handleidings_general_part_has_a_page(app_factory: AppFactory) -> None:
    from kaarten.ui.screens.about import AboutScreen

    app = app_factory()
    async with app.run_test(size=(120, 60)) as pilot:
        await wait_for_preview(pilot)
        await _open(app, pilot, "Over deze kaartenset")
        assert isinstance(app.screen, AboutScreen)
        text = flat(app)
        assert "Voorwoord" in text and "Inleiding" in text
        for part in ("**startercoaches**", "**gespreksleider**", "**deelnemers**"):
            assert part in guide_text(app), part  # what the roles are
        await pilot.press("end")  # read on to the end
        await pilot.pause()
        text = flat(app)
        assert "Materialen" in text and "definitiekaarten of energizers inzetten" in text
        assert "Laten we samen werken" in guide_text(app)  # the foreword's second half
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
