"""Energizers, bijlagen, search, help, language, presentation theme and window size."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input

from kaarten.deck.model import Deck
from kaarten.ui.app import KaartenApp
from kaarten.ui.dialogs.help import HelpModal
from kaarten.ui.screens.appendix import AppendixScreen
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.definitions import DefinitionsScreen
from kaarten.ui.screens.too_small import TooSmallScreen
from kaarten.ui.theme import CONTRAST_THEME
from tests.ui.conftest import LARGE, SMALL, AppFactory, flat, screen_text, wait_for_text


def _deck(app: KaartenApp, deck_id: str = "ouderbetrokkenheid") -> Deck:
    return app.result.library.decks[deck_id]


async def test_energizer_5_shows_instructions_and_the_three_cards(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        app.go.energizer(_deck(app, "energizers"), "5")
        await pilot.pause()
        text = flat(app)
        assert "Energizer 5 · Jouw driehoek kind–ouder–school" in text
        assert "Hoe ziet jouw driehoek eruit?" in text
        for card in ("Kind", "Ouder", "School"):
            assert f" {card} " in text
        assert text.count("Energizerkaart") == 3
        await pilot.press("f2")  # the cards stay when the screen is redrawn in English
        await pilot.pause()
        assert flat(app).count("Energizer card") == 3 and " Ouder " in flat(app)


async def test_energizers_2_to_4_show_their_own_card(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        for energizer_id, card in (("2", "Kind"), ("3", "Ouder"), ("4", "School")):
            app.go.energizer(_deck(app, "energizers"), energizer_id)
            await pilot.pause()
            assert f" {card} " in flat(app)
            assert flat(app).count("Energizerkaart") == 1
            await pilot.press("escape")


async def test_appendices_are_structured(app_factory: AppFactory) -> None:
    app = app_factory()
    expectations = {
        "2.2-casus-constructies": ["Constructies"],
        "3.2-communicatiedoelen": ["Informeren", "Overtuigen"],
        "3.3-gespreksvaardigheden": ["Luistervaardigheden", "Verbale vaardigheden", "Mm."],
        "3.3-voorbereidingsformulier": [
            "Communicatief doel",
            "○ informeren",
            "○ gevoelens opwekken",
        ],
        "3.3-checklist": ["☐ 1. Vul het format per leerling in.", "☐ 16.", "UITVOERING"],
        "1.4-stappen-visie": ["☐ 1."],
    }
    async with app.run_test(size=LARGE) as pilot:
        for appendix_id, fragments in expectations.items():
            app.go.appendix(_deck(app), appendix_id)
            await pilot.pause()
            assert isinstance(app.screen, AppendixScreen)
            body = app.screen.query_one("#appendix-body")
            # Read the whole bijlage, also what is scrolled out of view.
            text = flat(app) + " ".join(
                strip.text for strip in body.render_lines(body.region.reset_offset)
            )
            text = " ".join(text.split())
            for fragment in fragments:
                assert fragment in text, (appendix_id, fragment)
            await pilot.press("escape")
            await pilot.pause()


async def test_search_jumps_to_the_card(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"VERWACHTINGEN hebben ouders")
        await wait_for_text(pilot, "Kaart 1.1: Welke verwachtingen hebben ouders van hun kind")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        assert screen.card.id == "1.1-g4"
        assert "Kaart 4 van 7" in flat(app)


async def test_search_finds_definitions(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"actieve deelname")
        await wait_for_text(pilot, "Ouderparticipatie is een actieve deelname")
        assert "Definitie: " in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DefinitionsScreen)
        assert app.screen.shown == "ouderparticipatie"


async def test_palette_lists_the_screens_commands_in_dutch(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        app.go.card_sets(_deck(app), ["1.1"])
        await pilot.pause()
        await pilot.press("ctrl+p", *"schudden")
        await wait_for_text(pilot, "Kaarten: Schudden en bovenaan beginnen")
        assert "Screenshot" not in flat(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert app.screen.pile.can_restore


async def test_help_explains_the_screen_and_its_keys(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        app.go.card_sets(_deck(app), ["1.1"])
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        text = flat(app)
        assert "De kaartentafel" in text
        assert "Kaarten: Schudden en bovenaan beginnen" in text
        assert "Toetsen op dit scherm" in text
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)


async def test_switch_to_english_and_back(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        app.go.card_sets(_deck(app), ["1.1"])
        await pilot.pause()
        await pilot.press("right", "f2")
        await pilot.pause()
        text = flat(app)
        assert "Card set 1.1 · Behoefte van ouders" in text
        assert "Question card" in text and "Card 2 of 7" in text
        assert "Method" in text and "Shuffle" in text
        await pilot.press("escape")
        await pilot.pause()
        assert "Theme 1" in flat(app)
        await pilot.press("f2")
        await pilot.pause()
        assert "Thema 1" in flat(app)


async def test_start_in_english(app_factory: AppFactory) -> None:
    app = app_factory(language="en")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert "Card sets" in flat(app) and "Mix" in flat(app)


async def test_contrast_theme(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        normal = app.theme
        await pilot.press("f6")
        assert app.theme == CONTRAST_THEME.name
        await pilot.press("f6")
        assert app.theme == normal


async def test_too_small_window_says_so_and_recovers(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        app.go.card_sets(_deck(app), ["1.1"])
        await pilot.pause()
        await pilot.press("e", *"bewaar mij")
        for size in ((40, 10), (1, 1), (10, 3), (59, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, TooSmallScreen)
        assert "te klein" in flat(app)
        await pilot.press("x", "enter")  # keys do nothing while too small
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert "Eigen vraag bij kaartenset 1.1" in flat(app)
        assert app.screen.query_one(Input).value == "bewaar mij"


async def test_start_in_a_tiny_window(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert "Thema 1" in flat(app)


HOSTILE = {
    "b1": "[bold]Let op[/bold]",
    "b2": "Zie [1] en [/] en [/",
    "b4": '[link="https://evil.example"]Handleiding[/link]',
    "b4b": "[@click=app.quit]Klik mij[/]",
    "b5": "\x1b[2J\x1b]0;PWNED\x07 einde",
    "b6": "\x1b]52;c;aGFjaw==\x07 en \u009b2J",
    "b8": "\u202eetnega",
    "b9": "x" * 20_000,
}


def _hostile_deck(root: Path) -> None:
    import json

    deck = root / "gevaarlijk"
    deck.mkdir()
    (deck / "deck.yaml").write_text(
        'soort: deck\nid: gevaarlijk\ntitel: "[bold]Gevaarlijk[/]"\n'
        'themas:\n  - id: "1"\n    titel: "[/]"\n',
        encoding="utf-8",
    )
    cards = "".join(
        f"  - id: {key}\n    tekst: {json.dumps(text)}\n" for key, text in HOSTILE.items()
    )
    (deck / "set.yaml").write_text(
        'soort: kaartenset\nid: "9.1"\nthema: "1"\ntitel: "[red]Rood[/] [/"\n'
        'doel: "[bold]doel[/] \\e[31m"\nwerkwijze: "[@click=app.quit]w[/]"\n'
        f"gesprekskaarten:\n{cards}",
        encoding="utf-8",
    )


async def test_hostile_card_text_is_shown_literally(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    _hostile_deck(tmp_path)
    app = app_factory(extra=(tmp_path,))
    async with app.run_test(size=LARGE, notifications=True) as pilot:
        await pilot.pause()
        assert not app.result.errors, [p.render() for p in app.result.problems]
        deck = app.result.library.decks["gevaarlijk"]
        app.go.card_sets(deck, ["9.1"])
        await pilot.pause()
        seen = []
        for _ in HOSTILE:
            seen.append(screen_text(app))
            await pilot.press("right")
            await pilot.pause()
        shown = "\n".join(seen)
        flat_shown = " ".join(shown.split())
        assert "[bold]Let op[/bold]" in flat_shown
        assert "Zie [1] en [/] en [/" in flat_shown
        assert '[link="https://evil.example"]Handleiding[/link]' in flat_shown
        assert "[@click=app.quit]Klik mij[/]" in flat_shown
        assert "␛[2J␛]0;PWNED␇ einde" in flat_shown
        assert "\x1b" not in shown and "\u009b" not in shown and "\u202e" not in shown
        assert "[red]Rood[/] [/" in flat_shown  # the set title in the header
        # The overview and the palette show the same texts without crashing.
        await pilot.press("o")
        await pilot.pause()
        assert "[bold]Let op[/bold]" in flat(app)
        await pilot.press("escape", "slash", *"Let op")
        await wait_for_text(pilot, "Kaart 9.1: [bold]Let op[/bold]")  # the search's answer
        await pilot.press("escape", "ctrl+p", *"Rood")
        await wait_for_text(pilot, "Zaal: Zaalweergave aan of uit")  # the palette's answers
        assert app.is_running
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert "[bold]Gevaarlijk[/]" in flat(app)
        # Clicking a card with [@click=…] text runs nothing.
        app.go.card_sets(deck, ["9.1"])
        await pilot.pause()
        await pilot.press("o", "down", "down", "down", "enter")
        await pilot.pause()
        await pilot.click("#card")
        await pilot.pause()
        assert app.is_running


async def test_definition_titles_are_whole_at_80_columns(app_factory: AppFactory) -> None:
    """With the cards' own definitions on top the list got a scroll bar, and
    "‘(ouder)communicatie’?" was folded with "’?" on a line of its own."""
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        app.go.card_sets(app.result.library.decks["ouderbetrokkenheid"], ["3.1"])
        await pilot.pause()
        await pilot.press("d")
        await wait_for_text(pilot, "‘(ouder)communicatie’?")
        assert isinstance(app.screen, DefinitionsScreen)
        listed = [line.split("▎")[0].strip("▊ ") for line in screen_text(app).splitlines()]
        for line in listed:
            assert not line.startswith(("’", "?")), line  # a title's tail on a line alone
        assert "‘(ouder)communicatie’?" in listed
