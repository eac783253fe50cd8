"""The home screen: what loaded, what did not, and opening things."""

from __future__ import annotations

from pathlib import Path

from conftest import SMALL, flat, screen_text, wait_for_preview
from textual.widgets import Tree

from kaarten.screens.appendix import AppendixScreen
from kaarten.screens.card_table import CardTableScreen
from kaarten.screens.definitions import DefinitionsScreen
from kaarten.screens.energizer import EnergizerScreen
from kaarten.screens.problems import ProblemsScreen


async def test_home_lists_themes_sets_definitions_appendices_energizers(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 60)) as pilot:
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


def _node_line(app, label: str) -> int:
    tree = app.screen.query_one("#catalogue", Tree)
    for line in range(tree.last_line + 1):
        node = tree.get_node_at_line(line)
        if node is not None and str(node.label).strip().endswith(label):
            return line
    raise AssertionError(f"{label!r} not in the tree")


async def _open(app, pilot, label: str) -> None:
    tree = app.screen.query_one("#catalogue", Tree)
    tree.move_cursor_to_line(_node_line(app, label))
    await pilot.press("enter")
    await pilot.pause()


async def test_enter_opens_each_kind_of_item(app_factory) -> None:
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


async def test_click_opens_a_kaartenset(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        line = _node_line(app, "Educatieve partners")
        await pilot.click("#catalogue", offset=(10, line))
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert "Kaartenset 2.2 · Educatieve partners" in screen_text(app)


async def test_broken_deck_is_reported_and_the_rest_works(app_factory, tmp_path: Path) -> None:
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
        assert "Niet alles kon geladen worden: 2 fout(en)" in text
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


async def test_problems_key_hidden_without_problems(app_factory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "Problemen" not in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)


async def test_an_open_data_folder_is_narrowed_at_start_and_said_once(app_factory) -> None:
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


async def test_the_problems_screen_shows_no_escape_code_from_names_keys_or_tags(
    app_factory, tmp_path: Path
) -> None:
    from hostile_names import hostile_decks

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
