"""The card table: drawing, shuffling, picking, own questions, definitions, links."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, Input

from kaarten.ui.app import KaartenApp
from kaarten.ui.dialogs.link import LinkModal
from kaarten.ui.screens.card_table import CardTableScreen
from kaarten.ui.screens.definitions import DefinitionsScreen
from kaarten.ui.widgets.qr_code import QRCode
from tests.ui.conftest import (
    LARGE,
    SMALL,
    AppFactory,
    flat,
    screen_text,
    wait_for_screen,
    wait_for_text,
)


def _open_set(app: KaartenApp, set_id: str, deck: str = "ouderbetrokkenheid") -> None:
    app.go.card_sets(app.result.library.decks[deck], [set_id])


def _card_text(app: KaartenApp) -> str:
    screen = app.screen
    assert isinstance(screen, CardTableScreen)
    return screen.card.text


async def test_opens_on_the_first_card_with_kind_set_and_handleiding(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # the first kaartenset is highlighted at start
        await pilot.pause()
        text = flat(app)
        assert "Kaartenset 1.1 · Behoefte van ouders" in text
        assert "Gesprekskaart" in text
        assert "Waar denk je dat ouders in jouw groep behoefte aan hebben" in text
        assert "1.1 Behoefte van ouders · 1/7" in text
        assert "Kaart 1 van 7" in text
        for heading in ("Doel", "Werkwijze", "Achtergrond"):
            assert heading in text
        assert "Volgens De Vries (2013)" in text


async def test_next_and_previous(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        await pilot.press("right")
        await pilot.pause()
        assert "Hoe denk je te weten te kunnen komen" in flat(app)
        assert "Kaart 2 van 7" in flat(app)
        await pilot.press("space", "space", "space")
        await pilot.pause()
        assert "Eigen vraag" in flat(app)  # the blank card after the four questions
        assert "Druk op e om hem te typen" in flat(app)
        await pilot.press("left", "left")
        await pilot.pause()
        assert "Kaart 3 van 7" in flat(app)
        assert "Hoe breng jij de behoefte van ouders in beeld" in flat(app)


async def test_next_on_the_last_card_says_so(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        _open_set(app, "1.2")
        await pilot.pause()
        total = len(app.screen.pile)  # type: ignore[attr-defined]
        await pilot.press(*["right"] * (total + 1))
        await pilot.pause()
        assert f"Kaart {total} van {total}" in flat(app)
        assert "laatste kaart" in flat(app)
        assert "Dit was de laatste kaart" in flat(app)


async def test_shuffle_and_restore_the_order(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE, notifications=True) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        before = [c.id for c in screen.pile.cards]
        await pilot.press("right", "right")
        shown = _card_text(app)
        assert "Volgorde terug" not in screen_text(app)  # nothing to undo yet
        await pilot.press("s")
        await pilot.pause()
        assert [c.id for c in screen.pile.cards] != before
        assert "Kaart 1 van 7" in flat(app) and "geschud" in flat(app)
        assert "Volgorde terug" in screen_text(app)  # the footer offers the undo now
        assert "Geschud. Met u zet je de vorige volgorde terug." in flat(app)
        await pilot.press("s")  # shuffle twice: undo goes back one step at a time
        await pilot.press("u")
        await pilot.press("u")
        await pilot.pause()
        assert [c.id for c in screen.pile.cards] == before
        assert _card_text(app) == shown
        assert "Kaart 3 van 7" in flat(app)
        assert "geschud" not in flat(app)


async def test_overview_lists_all_cards_and_picks_one(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        text = flat(app)
        assert "Alle 7 kaarten" in text
        assert "Onderzoek de behoeften van ouders in jouw klas" in text
        assert "(lege kaart: stel een eigen vraag)" in text
        await pilot.press("down", "down", "down", "down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert "Opdrachtkaart" in flat(app)
        assert "Kaart 6 van 7" in flat(app)
        assert "Onderzoek de behoeften van ouders in jouw klas" in flat(app)
        # The assignment's own toelichting and tip are in the handleiding.
        assert "Bij deze kaart" in flat(app)
        assert "vragenlijst" in flat(app)


async def test_custom_question_becomes_a_card_for_the_rest_of_the_run(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "2.1")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert "Eigen vraag bij kaartenset 2.1" in flat(app)
        await pilot.press(*"Wat [bold]vind[/] jij?")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert "Wat [bold]vind[/] jij?" in flat(app)  # literal, not markup
        assert "Eigen vraag" in flat(app)
        await pilot.press("escape")
        await pilot.pause()
        # Opened again later in the run, the set still has the question, and search finds it.
        _open_set(app, "2.1")
        await pilot.pause()
        assert "Wat [bold]vind[/] jij?" in [c.text for c in app.screen.pile.cards]
        await pilot.press("escape", "slash")
        await pilot.pause()
        await pilot.press(*"vind jij")
        await wait_for_text(pilot, "Kaart 2.1: Wat [bold]vind[/] jij?")


async def test_custom_question_cancel_adds_nothing(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        await pilot.press("e", *"niet bewaren", "escape")
        await pilot.pause()
        assert len(app.screen.pile) == 7  # type: ignore[attr-defined]
        assert list(app.questions.all()) == []


async def test_definition_from_a_card_that_refers_to_it(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        _open_set(app, "2.3")
        await pilot.pause()
        assert "1 definitie (d)" in flat(app)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DefinitionsScreen)
        text = flat(app)
        assert "Bij deze kaart" in text and "Alle definities" in text
        assert "Een passende grondhouding" in text or "passende grondhouding" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)


async def test_every_definition_from_the_list(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DefinitionsScreen)
        assert "Ouderbetrokkenheid is alle betrokkenheid van ouders" in flat(app)
        await pilot.press("end")
        await pilot.pause()
        assert "(ouder)communicatie" in flat(app).lower()
        assert "Ouderbetrokkenheid is alle betrokkenheid" not in flat(app)


async def test_link_as_qr_code_with_title_and_url(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "3.2")
        await pilot.pause()
        assert "3 links (q)" in flat(app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LinkModal)
        text = screen_text(app)
        assert "https://www.lerendeleraren.nl" in text
        assert "Kennisclip" in text
        qr = app.screen.query_one(QRCode)
        assert qr.data == "https://www.lerendeleraren.nl"
        assert "▀" in text and "▄" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)


async def test_link_without_url_says_so_instead_of_a_code(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "3.1")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert "Rikkers" in flat(app)
        # How to find it, as the handleiding says it; never a code that is not there.
        assert "zoek het op titel" in flat(app) and "QR" not in flat(app)
        assert not app.screen.query_one(QRCode).display


async def test_hide_the_handleiding(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        assert "Werkwijze" in flat(app)
        await pilot.press("h")
        await pilot.pause()
        assert "Werkwijze" not in flat(app)
        assert "Waar denk je dat ouders" in flat(app)
        # Stays hidden on the next card table (no surprise on the projector).
        await pilot.press("escape")
        _open_set(app, "1.2")
        await pilot.pause()
        assert "Werkwijze" not in flat(app)
        await pilot.press("h")
        await pilot.pause()
        assert "Werkwijze" in flat(app)


async def test_presentation_mode_shows_only_the_card(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        text = flat(app)
        assert "Waar denk je dat ouders" in text
        assert "Gesprekskaart" in text
        for hidden in ("Werkwijze", "Kaart 1 van 7", "Volgende", "Kaartenset 1.1 ·"):
            assert hidden not in text
        await pilot.press("right")  # drawing still works
        await pilot.pause()
        assert "Hoe denk je te weten" in flat(app)
        await pilot.press("f5")
        await pilot.pause()
        assert "Werkwijze" in flat(app)


async def test_mixed_draw_from_several_sets(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert "Uit welke kaartensets" in flat(app)
        await pilot.press("space", "down", "space", "enter")  # 1.1 and 1.2
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        assert "Gemengd: kaartensets 1.1, 1.2" in flat(app)
        sets = [c.set_id for c in screen.pile.cards]
        assert set(sets) == {"1.1", "1.2"}
        assert sets != sorted(sets, key=lambda s: s)  # mixed, not one set after the other
        # The handleiding follows the card's own set.
        for _ in range(len(sets)):
            set_id = screen.card.set_id
            title = app.result.library.decks["ouderbetrokkenheid"].card_sets[set_id].title
            assert f"{set_id} {title}" in flat(app)
            await pilot.press("right")
            await pilot.pause()


async def test_mix_needs_a_choice(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("m", "enter")
        await pilot.pause()
        assert "Kies eerst minstens één kaartenset" in flat(app)


async def test_the_mix_dialog_names_its_buttons(app_factory: AppFactory) -> None:
    # Its cancel button once showed the message key "own.cancel" instead of a word.
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert str(app.screen.query_one("#mix-cancel", Button).label) == "Annuleren"
        # At 80×24 its buttons stay in sight below the list of sets.
        assert "Gemengd trekken" in screen_text(app) and "Annuleren" in screen_text(app)
        await pilot.press("f2")
        await pilot.pause()
        assert str(app.screen.query_one("#mix-cancel", Button).label) == "Cancel"


async def test_appendix_from_the_card_table(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=LARGE) as pilot:
        _open_set(app, "3.3")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert "Welke bijlage?" in flat(app)
        assert "Checklist oudergesprek" in flat(app)
        # The handleiding lists the same bijlagen that b offers.
        await pilot.press("escape")
        await pilot.pause()
        guide_text = app.screen.query_one("#guide-text").source  # type: ignore[attr-defined]
        assert "Checklist oudergesprek" in guide_text
        assert "Gespreksvaardigheden" in guide_text


async def test_custom_question_input_keeps_text_when_language_switches(
    app_factory: AppFactory,
) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "1.1")
        await pilot.pause()
        await pilot.press("e", *"half getypt")
        await pilot.press("f2")
        await pilot.pause()
        assert "Own question for card set 1.1" in flat(app)
        assert app.screen.query_one(Input).value == "half getypt"


async def test_overview_of_a_huge_set_lists_a_window_and_moves_it(
    app_factory: AppFactory, tmp_path: Path
) -> None:
    """A 450-card set opens with 200 cards listed and an entry to see the rest (a list of
    every card froze the app for 30 s at 21,000 cards)."""
    from textual.widgets import OptionList

    from kaarten.ui.dialogs.card_overview import WINDOW

    deck = tmp_path / "groot"
    deck.mkdir()
    (deck / "deck.yaml").write_text(
        'soort: deck\nid: groot\ntitel: Groot\nthemas:\n  - id: "1"\n    titel: T\n',
        encoding="utf-8",
    )
    cards = "".join(f"  - {{id: g{n}, tekst: Vraag {n}}}\n" for n in range(1, 451))
    (deck / "g.yaml").write_text(
        'soort: kaartenset\nid: "g.1"\nthema: "1"\ntitel: G\ndoel: d\nwerkwijze: w\n'
        f"gesprekskaarten:\n{cards}",
        encoding="utf-8",
    )
    app = app_factory(extra=(deck,))
    async with app.run_test(size=SMALL) as pilot:
        _open_set(app, "g.1", deck="groot")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        overview = app.screen.query_one("#overview", OptionList)
        assert overview.option_count == WINDOW + 1
        assert "Alle 450 kaarten" in flat(app)
        await pilot.press("end", "enter")  # "nog 250 kaarten"
        await pilot.pause()
        assert overview.option_count == WINDOW + 2  # both ends now lead on
        assert overview.highlighted is not None
        picked = overview.get_option_at_index(overview.highlighted)
        assert picked.id == str(WINDOW)  # the first card after the old window
        assert f"{WINDOW + 1}. g.1 Gesprekskaart" in screen_text(app)  # and it is in view
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CardTableScreen)
        assert f"Kaart {WINDOW + 1} van 450" in flat(app)


async def test_q_and_b_say_so_when_the_card_has_no_link_or_bijlage(app_factory: AppFactory) -> None:
    app = app_factory()
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        _open_set(app, "1.3")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CardTableScreen)
        assert not screen.refs.links and not screen.refs.appendices
        await pilot.press("q", "b")
        await pilot.pause()
        assert app.screen is screen
        said = " ".join(n.message for n in app._notifications)
        assert "geen link" in said and "geen bijlage" in said


async def test_the_app_shows_the_address_and_says_why_there_is_no_code(
    long_link_deck: Path, app_factory: AppFactory
) -> None:
    app = app_factory(extra=(long_link_deck,))
    async with app.run_test(size=(120, 40)) as pilot:
        app.go.card_sets(app.result.library.decks["testdeck"], ["t.1"])
        await pilot.pause()
        await pilot.press("q")
        await wait_for_screen(pilot, LinkModal)
        dialog = app.screen
        assert isinstance(dialog, LinkModal)
        assert "te lang voor een QR-code" in flat(app) and dialog.room_state() is None
        await pilot.press("down")  # the one that fits: its code
        await pilot.pause()
        assert "Scan de QR-code" in flat(app) and dialog.room_state() is not None
