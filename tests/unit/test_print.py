"""kaarten on paper: what the PDFs hold, that their QR codes scan, that the backs line up,
and that no text, however hostile, breaks a page or the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kaarten.deck.library import load_library
from kaarten.deck.model import AppendixForm, Deck, FieldInput, Library, Link
from kaarten.locations import builtin_roots
from kaarten.printing import deckbook
from kaarten.printing.cards import CARD_W, Back, Face, print_cards
from kaarten.printing.deckbook import APPENDICES, CARDS, ENERGIZERS, GUIDE, deck_document, select
from kaarten.printing.document import Document
from kaarten.printing.markdown import plain
from tests.pdf import page_texts, pictures, qr_codes, squashed

DECK = "ouderbetrokkenheid"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(builtin_roots()).library


@pytest.fixture(scope="module")
def decks(library: Library) -> list[Deck]:
    return list(library.decks.values())


def _printed(tmp_path: Path, doc: Document, name: str = "uit.pdf") -> Path:
    target = tmp_path / name
    doc.save(target)
    return target


def test_every_card_of_the_builtin_decks_is_printed_whole(
    tmp_path: Path, decks: list[Deck]
) -> None:
    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [CARDS]))
    text = squashed("".join(page_texts(pdf)))
    cards = [card for deck in decks for card in deck.cards()]
    assert len(cards) == 65  # 62 in the kaartensets, 3 energizer cards
    missing = [card.id for card in cards if squashed(card.text) not in text]
    assert missing == []
    # Every definitiekaart's word, and the card to write an eigen vraag on.
    library_deck = next(d for d in decks if d.id == DECK)
    assert all(squashed(d.title) in text for d in library_deck.definitions.values())
    custom = sum(s.custom_question for s in library_deck.card_sets.values())
    assert text.count(squashed("Mijn eigen vraag:")) == custom


def test_fronts_and_backs_alternate_and_each_back_is_behind_its_own_card(tmp_path: Path) -> None:
    faces = [
        Face("Gesprekskaart", f"Voorkant {n}", "1.1", "voet", Back("1.1", f"Achterkant{n}", "d"))
        for n in range(1, 11)
    ]
    doc = Document("test", "nl")
    print_cards(doc, faces)
    pdf = _printed(tmp_path, doc)
    reader = PdfReader(pdf)
    assert len(reader.pages) == 4  # 9 + 1 cards: two pages of fronts, each with its backs

    def columns(page_number: int, word: str) -> dict[str, int]:
        found: dict[str, int] = {}

        def seen(text: str, cm: object, tm: list[float], *_: object) -> None:
            if text.strip().startswith(word):
                page_width = float(reader.pages[page_number].mediabox.width)
                left = (page_width - 3 * CARD_W * 72 / 25.4) / 2
                found[text.strip()] = int((tm[4] - left) // (CARD_W * 72 / 25.4))

        reader.pages[page_number].extract_text(visitor_text=seen)
        return found

    fronts = columns(0, "Voorkant")
    backs = columns(1, "Achterkant")
    for number in range(1, 10):
        # Turned over the long edge, column 0 lies behind column 2.
        assert backs[f"Achterkant{number}"] == 2 - fronts[f"Voorkant {number}"]


def test_without_backs_only_fronts_are_printed(tmp_path: Path) -> None:
    faces = [Face("Gesprekskaart", "Tekst", "1.1", "voet", Back("1.1", "Achter", "d"))] * 3
    doc = Document("test", "nl")
    print_cards(doc, faces, backs=False)
    texts = page_texts(_printed(tmp_path, doc))
    assert len(texts) == 1 and "Achter" not in texts[0]


def test_the_voorbereidingsformulier_has_every_field_to_fill_in(
    tmp_path: Path, decks: list[Deck]
) -> None:
    pdf = _printed(tmp_path, deck_document(select(decks, ["3.3"]), "nl", [APPENDICES]))
    text = squashed("".join(page_texts(pdf)))
    deck = next(d for d in decks if d.id == DECK)
    form = next(a for a in deck.appendices.values() if a.form is AppendixForm.FORM)
    for field in form.fields:
        assert squashed(field.label) in text
        if field.prompt:
            assert squashed(field.prompt) in text
        for choice in field.choices:
            assert squashed("☐" + choice) in text or squashed(choice) in text
    assert any(f.input is FieldInput.CHOICE for f in form.fields)
    steps = [
        step
        for appendix in deck.appendices.values()
        if appendix.set_id == "3.3"
        for group in appendix.groups
        for step in group.steps
    ]
    assert steps and all(squashed(step.text) in text for step in steps)
    # The bijlagen of other kaartensets are not in a print of 3.3 only.
    casus = next(a for a in deck.appendices.values() if a.set_id == "2.2")
    assert squashed(casus.title) not in text


def test_every_qr_code_in_the_handleiding_scans_to_its_address(
    tmp_path: Path, decks: list[Deck]
) -> None:
    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [GUIDE]))
    pages = pictures(pdf, tmp_path / "pages", dpi=254)  # 10 pixels a millimetre
    found = [code for picture in pages for code in qr_codes(picture)]
    expected = []
    for deck in decks:
        for card_set in deck.sorted_sets():
            links = dict.fromkeys((*card_set.links, *(k for c in card_set.cards for k in c.links)))
            expected += [link.url for link in links if link.url]
        expected += [link.url for d in deck.definitions.values() for link in d.links if link.url]
    assert expected  # the built-in deck has links with an address
    assert sorted(found) == sorted(expected)
    # A link without an address is printed as its title only, as on the paper set.
    text = squashed("".join(page_texts(pdf)))
    assert squashed("Rikkers (2012)") in text


def test_a_qr_code_is_at_least_two_centimetres(tmp_path: Path) -> None:
    from PIL import Image

    doc = Document("qr", "nl")
    doc.add_page()
    side = doc.qr("https://www.lerendeleraren.nl", 40, 40)
    assert side >= 20
    [picture] = pictures(_printed(tmp_path, doc), tmp_path / "qr", dpi=100)
    image = Image.open(picture).convert("L")
    image = image.crop((0, 0, image.width, image.height // 2))  # the code, not the page number
    box = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None
    width_mm = (box[2] - box[0]) * 25.4 / 100
    assert width_mm == pytest.approx(side, abs=0.6)
    assert qr_codes(picture) == ["https://www.lerendeleraren.nl"]


def test_a_whole_print_has_the_handleiding_bijlagen_and_energizers(
    tmp_path: Path, decks: list[Deck]
) -> None:
    pdf = _printed(tmp_path, deck_document(select(decks), "nl"))
    text = squashed("".join(page_texts(pdf)))
    deck = next(d for d in decks if d.id == DECK)
    for card_set in deck.card_sets.values():
        assert squashed(f"Kaartenset {card_set.id} · {card_set.title}") in text
    for appendix in deck.appendices.values():
        assert squashed(appendix.title) in text
    energizers = next(d for d in decks if d.energizers)
    for energizer in energizers.energizers.values():
        assert squashed(energizer.title) in text
    assert squashed("dubbelzijdig af, omslaan langs de lange kant") in text
    assert squashed("werkelijke grootte") in text


def test_only_the_chosen_parts_and_sets_are_printed(tmp_path: Path, decks: list[Deck]) -> None:
    pdf = _printed(tmp_path, deck_document(select(decks, ["1.1"]), "nl", [CARDS, ENERGIZERS]))
    text = squashed("".join(page_texts(pdf)))
    deck = next(d for d in decks if d.id == DECK)
    assert all(squashed(c.text) in text for c in deck.card_sets["1.1"].cards)
    assert not any(squashed(c.text) in text for c in deck.card_sets["1.2"].cards)
    assert squashed("Doel") not in text  # no handleiding


# -- text that is not what it seems ------------------------------------------------------------

HOSTILE = [
    "[bold red]markup[/] <b>html</b> **ster** {n} %s",
    "escape \x1b[31mrood\x1b[0m en \x07bel",
    "omgekeerd \u202egnirts\u202c einde",
    "Woord" + "x" * 400 + "einde",
    "Naam: محمد عبد الله en Jaïr “citaat” ‘enkel’",
    "Emoji 😀 en 🫠 en 张伟",
]


def _hostile_deck(folder: Path) -> Path:
    folder.mkdir()
    (folder / "deck.yaml").write_text(
        'soort: deck\nid: vijand\ntitel: "Vijand <b>"\nthemas:\n  - id: "1"\n    titel: T\n',
        encoding="utf-8",
    )
    cards = "\n".join(
        f"  - id: v.1-g{n}\n    tekst: {_yaml(text)}" for n, text in enumerate(HOSTILE, 1)
    )
    (folder / "v.1.yaml").write_text(
        'soort: kaartenset\nid: "v.1"\nthema: "1"\n'
        f"titel: {_yaml(HOSTILE[0])}\n"
        f"doel: {_yaml(HOSTILE[2] + ' ' + HOSTILE[4])}\n"
        f"werkwijze: {_yaml(HOSTILE[3])}\n"
        f"gesprekskaarten:\n{cards}\n",
        encoding="utf-8",
    )
    return folder


def _yaml(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def test_hostile_text_is_printed_literally_inside_the_page(tmp_path: Path) -> None:
    folder = _hostile_deck(tmp_path / "vijand")
    result = load_library([folder])
    assert not result.errors, [p.render("nl") for p in result.problems]
    doc = deck_document(select(list(result.library.decks.values())), "nl")
    pdf = _printed(tmp_path, doc)
    reader = PdfReader(pdf)
    text = "".join(page_texts(pdf))
    flat = squashed(text)
    assert squashed("[bold red]markup[/] <b>html</b> **ster** {n} %s") in flat
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert squashed("Woord" + "x" * 400 + "einde") in flat  # broken over lines, all there
    assert "[U+5F20][U+4F1F]" in flat and "😀" in flat and squashed("en en") in flat
    assert "Jaïr“citaat”‘enkel’" in flat
    # Every piece of text starts inside the page.
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        places: list[tuple[float, float]] = []

        def seen(
            text: str,
            cm: list[float],
            tm: list[float],
            *_: object,
            places: list[tuple[float, float]] = places,
        ) -> None:
            if text.strip():
                places.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=seen)
        assert all(0 <= x <= width and 0 <= y <= height for x, y in places), places


def test_an_arabic_name_is_shaped_and_runs_right_to_left(tmp_path: Path) -> None:
    doc = Document("naam", "nl")
    doc.add_page()
    doc.paragraph("محمد")
    pdf = _printed(tmp_path, doc)
    text = page_texts(pdf)[0]
    # Shaped: the letters take their joined forms (presentation forms in the PDF's text
    # map them back), so the name reads back whole, in either order of extraction.
    assert "محمد" in text or "محمد"[::-1] in text


def test_a_character_the_font_lacks_is_named_never_a_box() -> None:
    doc = Document("x", "nl")
    assert doc.printable("张") == "[U+5F20]"
    assert doc.printable("é ĳ “ ” 😀") == "é ĳ “ ” 😀"
    assert doc.printable("e\u0301") == "é"  # composed, so the font's own é is used
    assert doc.printable("a\U000e0067b") == "ab"  # an invisible tag the font lacks: left out


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Jan-Willem 🌷", "Jan-Willem"),  # was "Jan-Willem [tulip]"
        ("🌷 Anna", "Anna"),
        ("Jan-Willem 🌷, Anna", "Jan-Willem, Anna"),  # a list of names
        ("(🌷 Anna)", "(Anna)"),
        ("Anna 🫠 plant", "Anna plant"),
        ("Anna🌷plant", "Anna plant"),
        ("juf 👩\u200d🏫\nmorgen 🌷 bellen", "juf\nmorgen bellen"),  # a joined emoji too
        ("duim 👍🏽", "duim"),  # with its skin tone
        ("🌷", "□"),  # a name that is only an emoji: never an empty line
    ],
)
def test_an_emoji_the_font_lacks_is_left_out_cleanly(typed: str, printed: str) -> None:
    """ "Jan-Willem 🌷" printed as "Jan-Willem [tulip]": a word that reads as part of the
    name. The emoji is left out with its space; the words around it stay apart."""
    assert Document("x", "nl").printable(typed) == printed


def test_a_set_page_names_what_its_cards_point_at(tmp_path: Path, decks: list[Deck]) -> None:
    deck = next(d for d in decks if d.id == DECK)
    card_set = deck.card_sets["2.1"]
    from_cards = {d for c in card_set.cards for d in c.definitions} - set(card_set.definitions)
    assert from_cards  # an opdrachtkaart of 2.1 refers to definitiekaarten of its own
    pdf = _printed(tmp_path, deck_document(select(decks, ["2.1"]), "nl", [GUIDE]))
    pages = page_texts(pdf)
    # The set's pages come after the cover, before the chapter of all definitiekaarten.
    chapter = next(n for n, text in enumerate(pages) if text.startswith("Definitiekaarten"))
    set_pages = squashed("".join(pages[1:chapter]))
    for definition_id in from_cards:
        assert squashed(deck.definitions[definition_id].title) in set_pages


NESTED = {
    "quotes": "> " * 50 + "Diepe gedachte\n\nEn daarna",
    "list": "".join("  " * level + f"- niveau{level}\n" for level in range(40)) + "\nEn daarna",
    "mixed": "".join(("> " if level % 2 else "- ") for level in range(60)) + "Diep\n\nEn daarna",
}


@pytest.mark.parametrize("text", NESTED.values(), ids=NESTED.keys())
def test_deeply_nested_markdown_is_printed_whole_and_inside_the_page(
    tmp_path: Path, text: str
) -> None:
    """markdown-it stops at 20 levels and dropped the rest of the text without a word."""
    from kaarten.printing.markdown import render

    doc = Document("Diep", "nl")
    doc.add_page()
    render(doc, text)
    pdf = _printed(tmp_path, doc)
    printed = squashed("".join(page_texts(pdf)))
    for word in ("Diep", "gedachte", "niveau39", "En daarna"):
        if word in text:
            assert squashed(word) in printed, word
    assert all(0 <= x <= 210 for x in _text_starts(pdf))


def _text_starts(pdf: Path) -> list[float]:
    """Where each piece of text starts across the page, in mm."""
    starts: list[float] = []
    for page in PdfReader(pdf).pages:

        def seen(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip():
                starts.append((tm[4] * cm[0] + cm[4]) * 25.4 / 72)

        page.extract_text(visitor_text=seen)
    return starts


@pytest.mark.parametrize(
    ("set_ids", "parts"),
    [
        ((), (CARDS, GUIDE, APPENDICES, ENERGIZERS)),
        ((), (CARDS,)),
        (("1.1",), (CARDS, GUIDE, APPENDICES, ENERGIZERS)),
        (("1.1",), (CARDS,)),
        (("3.3",), (CARDS, GUIDE)),
    ],
    ids=["whole deck", "cards only", "set 1.1", "set 1.1 cards only", "set 3.3 and handleiding"],
)
def test_a_duplex_printer_puts_every_card_back_behind_its_own_card(
    tmp_path: Path, decks: list[Deck], set_ids: tuple[str, ...], parts: tuple[str, ...]
) -> None:
    """Fronts were on even pages after a one-page cover: printed double-sided, 0 of 77
    cards got their own back. Pages are paired as a printer pairs them (1+2, 3+4, …), and
    each card's back (its set mark) must stand behind it, mirrored over the long edge."""
    from pypdf.generic import DictionaryObject, NameObject

    from kaarten.printing.cards import COLUMNS
    from tests.pdf import card_cells, duplex_pairs

    pdf = _printed(tmp_path, deck_document(select(decks, set_ids), "nl", parts))
    cells = card_cells(pdf)
    marks = {s.id for deck in decks for s in deck.card_sets.values()} | {"D"}
    marks |= {f"E{e.id}" for deck in decks for e in deck.energizers.values()}
    kinds = {"GESPREKSKAART", "OPDRACHTKAART", "DEFINITIEKAART", "EIGEN VRAAG"}  # fronts only
    checked = 0
    fronts_pages = [n for n, page in enumerate(cells, 1) if any(kinds & t for t in page.values())]
    assert fronts_pages
    pairs = dict(duplex_pairs(len(cells)))
    for front in fronts_pages:
        assert front in pairs, f"page {front} of cards is the back of a sheet"
        back = pairs[front]
        assert back is not None
        for (row, column), texts in cells[front - 1].items():
            mark = marks & texts
            if not kinds & texts:
                continue
            behind = cells[back - 1].get((row, COLUMNS - 1 - column), set())
            assert mark and mark <= behind, (front, row, column, mark, behind)
            checked += 1
    assert checked >= 7  # set 1.1 has 7 cards
    catalog = PdfReader(pdf).trailer["/Root"].get_object()
    assert isinstance(catalog, DictionaryObject)
    preferences = catalog["/ViewerPreferences"].get_object()
    assert isinstance(preferences, DictionaryObject)
    assert str(preferences[NameObject("/Duplex")]) == "/DuplexFlipLongEdge"
    assert str(preferences[NameObject("/PrintScaling")]) == "/None"
    cover = page_texts(pdf)[0]
    first, last = fronts_pages[0], fronts_pages[-1] + 1
    assert f"pagina's {first} tot en met {last}" in " ".join(cover.split())


def test_no_word_on_a_card_is_split_without_a_hyphen(tmp_path: Path, decks: list[Deck]) -> None:
    """Set 3.3 printed "Voorbereidingsformuli / er" and "Gespreksvaardighede / n" at 13 pt:
    fpdf2 breaks a word that does not fit anywhere. The size steps down until every word
    fits; only a word wider than the card at the smallest size breaks, at a syllable."""
    import itertools
    import re

    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [CARDS]))
    words = {
        word
        for deck in decks
        for card in deck.cards()
        for word in re.findall(r"\w+", card.text)
        if len(word) >= 8
    }
    for number, text in enumerate(page_texts(pdf), 1):
        lines = text.splitlines()
        for line, following in itertools.pairwise(lines):
            last, first = re.findall(r"\w+$", line), re.findall(r"^\w+", following)
            if last and first and not line.endswith("-"):
                assert last[0] + first[0] not in words, (number, line, following)
    # A word too wide for any card: broken at a syllable, with the hyphen shown.
    face = Face(
        "Gesprekskaart",
        "Kinderopvangtoeslagaanvraagformulierenbehandelingsprocedure",
        "1.1",
        "voet",
        Back("1.1", "Achter", "d"),
    )
    doc = Document("test", "nl")
    print_cards(doc, [face], backs=False)
    shown = page_texts(_printed(tmp_path, doc, "lang.pdf"))[0]
    assert re.search(r"\w-\n\w", shown)
    assert "Kinderopvang" in shown.replace("-\n", "")


def test_definitiekaarten_are_readable_and_continue_rather_than_shrink(
    tmp_path: Path, decks: list[Deck]
) -> None:
    """Definitions were set at 6–13 pt, "Wat is een passende grondhouding?" at 6 pt and
    still cut, and two had a body larger than their 10 pt title."""
    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [CARDS]))
    reader = PdfReader(pdf)
    sizes: dict[str, list[float]] = {"title": [], "body": []}
    card_w, card_h = CARD_W * 72 / 25.4, 88 * 72 / 25.4
    for page in reader.pages:
        cells: dict[tuple[int, int], list[tuple[str, float, bool]]] = {}

        def seen(text: str, cm: object, tm: list[float], font: Any, size: float) -> None:
            if text.strip():
                bold = "Bold" in str(font.get("/BaseFont", "")) if font else False
                left = (float(page.mediabox.width) - 3 * card_w) / 2  # noqa: B023
                bottom = (float(page.mediabox.height) - 3 * card_h) / 2  # noqa: B023
                cell = (int((tm[4] - left) // card_w), int((tm[5] - bottom) // card_h))
                run = (text.strip(), size * tm[0], bold)
                cells.setdefault(cell, []).append(run)  # noqa: B023

        page.extract_text(visitor_text=seen)
        for runs in cells.values():
            if not any(text.startswith("DEFINITIEKAART") for text, _, _ in runs):
                continue
            for text, size, bold in runs:
                if bold and not text.isupper() and len(text) > 1:
                    sizes["title"].append(size)
                elif not (text.isupper() or text.startswith("Ouderbetrokkenh") or len(text) < 2):
                    sizes["body"].append(size)  # not the kind, the set mark or the footer
    assert sizes["title"] and sizes["body"]
    assert min(sizes["body"]) >= 8 - 0.01  # at least 8 pt on a card
    assert max(sizes["body"]) <= min(sizes["title"]) + 0.01  # never larger than the title
    text = " ".join(page_texts(pdf))
    assert "DEFINITIEKAART 1/2" in text and "DEFINITIEKAART 2/2" in text
    grondhouding = next(
        d for deck in decks for d in deck.definitions.values() if "grondhouding" in d.title
    )
    printed = iter(text.split())  # every word of it, in order, over the cards it takes
    assert all(word in printed for word in plain(grondhouding.text).split())


def test_a_source_without_an_address_says_how_to_find_it(tmp_path: Path, decks: list[Deck]) -> None:
    """3.1's handleiding printed "De handleiding drukt deze bron af als QR-code" with no
    code. It says how to find the text; a trainer's link with neither address nor note
    gets kaarten's own "Zoek op de titel"."""
    pdf = _printed(tmp_path, deck_document(select(decks, ["3.1"]), "nl", [GUIDE]))
    text = squashed("".join(page_texts(pdf)))
    assert squashed("Expertsysteem ZIEN!") in text and squashed("zoek het op titel") in text
    assert "QR" not in squashed("".join(page_texts(pdf)[1:]))  # past the cover: no code

    doc = Document("bron", "nl")
    doc.add_page()
    deckbook._link(doc, Link(title="Een boek van een trainer"))
    assert squashed("Zoek op de titel") in squashed(page_texts(_printed(tmp_path, doc))[0])


def test_every_page_has_its_number_and_every_card_its_own(
    tmp_path: Path, decks: list[Deck]
) -> None:
    """Card sheets had no page number (one "19"), cards no number, and the footer cut
    the deck's name ("Ouderbetrokkenh…"). Each card page says its sheet and side, every
    other page its number; each card says which it is ("1.2 · 4") and the deck whole."""
    import re

    from tests.pdf import card_cells

    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [CARDS, GUIDE]))
    texts = page_texts(pdf)
    cells = card_cells(pdf)
    kinds = {"GESPREKSKAART", "OPDRACHTKAART", "DEFINITIEKAART", "EIGEN VRAAG"}
    numbers: list[tuple[str, str]] = []  # (kind, number): as people name a card
    fronts_before = False
    for page, (text, grid) in enumerate(zip(texts, cells, strict=True), 1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        fronts = [cell for cell in grid.values() if any(k in " ".join(cell) for k in kinds)]
        if fronts:
            assert f"vel {(page + 1) // 2} · voorkant · pagina {page}" in text, page
            for cell in fronts:
                kind = next(t for t in cell if t.startswith(tuple(kinds)))  # "… 1/2" too
                numbers += [(kind, t) for t in cell if re.fullmatch(r"(\d\.\d|D|E\d) · \d+", t)]
                assert "Ouderbetrokkenheid" in cell, cell  # the deck's name whole
        elif fronts_before:  # a page of backs, behind the page before
            assert f"vel {page // 2} · achterkant · pagina {page}" in text, page
        else:
            assert str(page) in lines, (page, lines[-3:])
        fronts_before = bool(fronts)
    # One number per card of its kind ("opdrachtkaart 1"; the eigen-vraag card: its set).
    questions = sum(1 for d in decks for s in d.card_sets.values() if s.custom_question)
    cards = sum(len(s.cards) for d in decks for s in d.card_sets.values())
    cards += sum(len(d.definitions) for d in decks)
    assert len(numbers) == len(set(numbers)) >= cards - questions
    assert ("GESPREKSKAART", "1.2 · 4") in numbers and ("DEFINITIEKAART", "D · 7") in numbers


def test_the_pdf_has_bookmarks_per_part_and_links_that_open(
    tmp_path: Path, decks: list[Deck]
) -> None:
    """A 50-page PDF had no outline and its addresses could not be clicked. The reader's
    side panel lists each part and each kaartenset, bijlage and energizer in it, each
    opening its own first page; a QR code and its address open the address."""
    from pypdf.generic import Destination

    pdf = _printed(tmp_path, deck_document(select(decks), "nl"))
    reader = PdfReader(pdf)
    texts = page_texts(pdf)

    def opens(item: Destination) -> str:
        number = reader.get_destination_page_number(item)
        assert number is not None
        return texts[number]

    outline = reader.outline
    parts = [item for item in outline if isinstance(item, Destination)]
    titles = [str(item.title) for item in parts]
    assert titles == ["Voorblad", "Kaarten om te knippen", "Handleiding", "Bijlagen", "Energizers"]
    cards = opens(parts[1])
    assert "vel" in cards and "voorkant" in cards  # the first cards, not the blank page
    nested = [
        item
        for group in outline
        if isinstance(group, list)
        for item in group
        if isinstance(item, Destination)
    ]
    for item in nested:  # each opens the page that starts with its heading
        title = str(item.title)
        assert squashed(title.split(": ")[-1]) in squashed(opens(item)), title
    assert any(str(item.title).startswith("Kaartenset 1.1") for item in nested)
    addresses = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    }
    assert addresses == {"https://www.lerendeleraren.nl"}


@pytest.mark.parametrize("inset", [0, 12, 16, 84, 114, 128])  # 12 … 128: plain spaces broke
def test_a_size_is_never_broken_over_two_lines(tmp_path: Path, inset: int) -> None:
    """ "63 × 88 mm" on the cover could break as "63 ×" / "88 mm": its spaces do not break."""
    from kaarten.i18n import tr

    doc = Document("x", "nl")
    doc.add_page()
    doc.set_left_margin(18 + inset)
    doc.paragraph(tr("print.settings_text", "nl").replace("**", ""))
    lines = page_texts(_printed(tmp_path, doc))[0].splitlines()
    assert [line for line in lines if "88" in line and "63" in line], lines


def test_the_energizers_alone_come_with_their_cards_and_run_on(
    tmp_path: Path, decks: list[Deck]
) -> None:
    """Printed alone, the energizers lacked the Kind, Ouder and School cards energizer 5
    needs, the cover listed all ten kaartensets, and six short texts took six pages."""
    from tests.pdf import card_cells, duplex_pairs

    pdf = _printed(tmp_path, deck_document(select(decks), "nl", [ENERGIZERS]))
    texts = page_texts(pdf)
    assert "1.1 Behoefte van ouders" not in texts[0]  # the cover: no kaartensets
    text_pages = [n for n, text in enumerate(texts) if "Energizer " in text and "vel" not in text]
    assert len(text_pages) <= 3, text_pages  # run on, not a page each
    cells = card_cells(pdf)
    fronts = {
        page: grid
        for page, grid in enumerate(cells, 1)
        if any("ENERGIZERKAART" in cell for cell in grid.values())
    }
    on_cards = {t for grid in fronts.values() for cell in grid.values() for t in cell}
    assert {"Kind", "Ouder", "School"} <= on_cards
    pairs = dict(duplex_pairs(len(cells)))
    for page in fronts:  # each with its own backs behind it
        back = pairs[page]
        assert back is not None and "achterkant" in texts[back - 1]


def test_no_heading_stands_alone_at_the_foot_of_a_page(tmp_path: Path, decks: list[Deck]) -> None:
    """ "Achtergrond" stood alone at the foot of page 22, its text ("Kennisclips", a
    heading of its own) on the next: a heading keeps room for the heading under it too."""
    pdf = _printed(tmp_path, deck_document(select(decks), "nl"))
    for number, page in enumerate(PdfReader(pdf).pages, 1):
        found: list[tuple[float, float, str, str]] = []

        def seen(
            text: str,
            cm: list[float],
            tm: list[float],
            font: dict[str, object] | None,
            size: float,
            found: list[tuple[float, float, str, str]] = found,
        ) -> None:
            if text.strip():
                scaled = size * tm[0] * cm[0] if tm[0] else size
                name = str((font or {}).get("/BaseFont", ""))
                found.append((tm[5] * cm[3] + cm[5], scaled, name, text.strip()))

        page.extract_text(visitor_text=seen)
        body = [item for item in found if item[0] > 40]  # above the page number
        if body:
            _, size, font, text = min(body)  # the lowest text on the page
            assert not ("Bold" in font and size >= 10.5), (number, text)


def test_the_blank_form_shares_its_last_page_out_as_lines_to_write_on(
    tmp_path: Path, decks: list[Deck]
) -> None:
    """The Voorbereidingsformulier left 157 mm of its last page empty while each question
    had four lines. The room goes to the questions' lines: the last page is used to its
    foot, and the form takes no extra page."""
    from PIL import Image

    pdf = _printed(tmp_path, deck_document(select(decks, ["3.3"]), "nl", [APPENDICES]))
    texts = page_texts(pdf)
    first = next(n for n, text in enumerate(texts, 1) if "Naam leerling" in text)
    assert first == len(texts) - 1  # the form takes two pages, its last the PDF's last
    [*_, last] = pictures(pdf, tmp_path / "form", dpi=50, pages=(first, len(texts)))
    image = Image.open(last).convert("L")
    body = image.crop((0, 0, image.width, int(image.height * 0.95)))  # not the page number
    box = body.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box is not None and box[3] > image.height * 0.85, box  # used to its foot


def test_the_frame_on_a_back_stands_well_inside_the_cut(tmp_path: Path, decks: list[Deck]) -> None:
    """The frame on the backs stood 4.5 mm inside the cut: a printer that shifts the back
    side by a millimetre or two makes it visibly uneven. At least 6 mm, on every side."""
    from PIL import Image

    from kaarten.printing.cards import CARD_H, CARD_W, COLUMNS, ROWS

    pdf = _printed(tmp_path, deck_document(select(decks, ["1.1"]), "nl", [CARDS]))
    texts = page_texts(pdf)
    back = next(n for n, text in enumerate(texts, 1) if "· achterkant ·" in text)
    [picture] = pictures(pdf, tmp_path / "back", dpi=254, pages=(back, back))  # 10 px a mm
    image = Image.open(picture).convert("L")
    left, top = (210 - COLUMNS * CARD_W) / 2, (297 - ROWS * CARD_H) / 2
    middle_y, middle_x = round((top + CARD_H / 2) * 10), round((left + CARD_W / 2) * 10)

    def first_dark(points: list[tuple[int, int]]) -> float:
        """How far in from the cut (mm) the first stroke of the frame is met."""
        grey = [image.getpixel(point) for point in points]
        return (
            next(n for n, value in enumerate(grey) if isinstance(value, int) and value < 215) / 10
        )

    edge_left, edge_top = round(left * 10), round(top * 10)
    edge_right, edge_bottom = round((left + CARD_W) * 10), round((top + CARD_H) * 10)
    inward = {
        "left": [(x, middle_y) for x in range(edge_left + 3, middle_x)],
        "right": [(x, middle_y) for x in range(edge_right - 3, middle_x, -1)],
        "top": [(middle_x - 200, y) for y in range(edge_top + 3, middle_y)],
        "bottom": [(middle_x - 200, y) for y in range(edge_bottom - 3, middle_y, -1)],
    }
    for side, points in inward.items():
        # From the cut (the 0.3 mm skipped there counted) to the stroke, centred 6 mm in.
        assert first_dark(points) + 0.3 >= 6.0 - 0.3, side


def test_handouts_to_cut_share_sheets_and_are_never_split(tmp_path: Path) -> None:
    """Every handout was a whole A4 for two lines. All of a session's handouts come one
    under the other, cut lines between them, on as few sheets as they fit; none is split
    over two pages."""
    import datetime

    from kaarten.session.paper import handouts_pdf
    from kaarten.session.store import SessionStore

    names = ["Anna", "Jan-Willem 🌷", "مريم", "Özlem", "Pieter", "Sanne", "Mo", "Eva"]
    agenda = [{"id": "a1", "soort": "pauze", "titel": "Pauze", "minuten": 5}]
    opened = SessionStore(tmp_path / "thuis").create(
        "Eerste keer", datetime.date(2026, 11, 30), names, agenda
    )
    for n in range(len(names)):
        for k in range(n % 4 + 1):
            text = f"Punt{n}x{k} ouders van groep {n} uitnodigen voor een koffieochtend"
            opened.record("actiepunt", id=f"p{n}-{k}", deelnemer=f"d{n + 1}", tekst=text)
    assert opened.session is not None
    session = opened.session
    opened.close()
    pages = page_texts(_printed(tmp_path, handouts_pdf(session, "nl")))
    assert len(pages) == 2  # eight handouts, twenty points: two sheets, not eight
    for n, name in enumerate(names):
        where = {
            page
            for page, text in enumerate(pages)
            for k in range(n % 4 + 1)
            if f"Punt{n}x{k}" in text
        }
        assert len(where) == 1, (name, where)  # all of one handout on one page
    assert "Jan-Willem" in pages[0] and "[" not in "".join(pages)
