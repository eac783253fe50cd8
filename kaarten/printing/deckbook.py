"""The deck on paper: cards to cut, the handleiding per kaartenset, the bijlagen as pages
(the Voorbereidingsformulier as a form to fill in by hand) and the energizers."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from fpdf.enums import Duplex
from fpdf.prefs import ViewerPreferences

from kaarten.deck.guide import card_label, card_number
from kaarten.deck.labels import KIND
from kaarten.deck.model import (
    Appendix,
    AppendixForm,
    CardKind,
    CardSet,
    ChecklistGroup,
    Deck,
    Definition,
    FieldInput,
    Link,
    SkillGroup,
)
from kaarten.i18n import tr
from kaarten.printing.cards import Back, Face, card_pages, continued, print_cards
from kaarten.printing.document import GREY, LINE, Document, scratch_page
from kaarten.printing.markdown import opening_room, plain, render, table
from kaarten.qr import MAX_BYTES, fits

CARDS = "kaarten"
GUIDE = "handleiding"
APPENDICES = "bijlagen"
ENERGIZERS = "energizers"
PARTS = (CARDS, GUIDE, APPENDICES, ENERGIZERS)
"""What ``kaarten afdrukken --onderdeel`` can choose, in the order they are printed."""
_PART_TEXT = {
    CARDS: "print.part.kaarten",
    GUIDE: "print.part.handleiding",
    APPENDICES: "print.part.bijlagen",
    ENERGIZERS: "print.part.energizers",
}

QR_SPACE = 6.0
"""White around a QR code (mm): more than the four modules a reader needs."""


@dataclass(frozen=True, slots=True)
class Selection:
    """What to print of one deck: its kaartensets (all, or the chosen ones) and what
    belongs to them."""

    deck: Deck
    sets: tuple[CardSet, ...]
    definitions: tuple[Definition, ...]
    appendices: tuple[Appendix, ...]
    energizers: bool


def select(decks: Sequence[Deck], set_ids: Collection[str] = ()) -> list[Selection]:
    """Every deck whole, or with ``set_ids`` only those kaartensets, with the
    definitiekaarten and bijlagen they refer to (no energizers then)."""
    chosen = []
    for deck in decks:
        sets = [s for s in deck.sorted_sets() if not set_ids or s.id in set_ids]
        if set_ids and not sets:
            continue
        definitions = list(deck.definitions.values())
        appendices = list(deck.appendices.values())
        if set_ids:  # only what the chosen sets point at, in the deck's order
            found = [deck.set_references(s) for s in sets]
            wanted_definitions = {d.id for refs in found for d in refs.definitions}
            wanted_appendices = {a.id for refs in found for a in refs.appendices}
            definitions = [d for d in definitions if d.id in wanted_definitions]
            appendices = [a for a in appendices if a.id in wanted_appendices]
        chosen.append(
            Selection(deck, tuple(sets), tuple(definitions), tuple(appendices), not set_ids)
        )
    return chosen


def deck_document(
    chosen: Sequence[Selection],
    lang: str,
    parts: Collection[str] = PARTS,
    backs: bool = True,
) -> Document:
    """The PDF of ``chosen``: a first page that says what is in it and how to print it,
    then each part asked for."""
    titles = ", ".join(s.deck.title for s in chosen)
    doc = Document(tr("print.deck_title", lang, decks=titles), lang)
    faces = []
    for selection in chosen:
        if CARDS in parts:
            wanted = _faces(selection, lang)
        elif ENERGIZERS in parts and selection.energizers:  # Kind, Ouder, School to cut
            wanted = _energizer_faces(selection.deck, lang)
        else:
            wanted = []
        for face in wanted:
            pieces = continued(face)
            if len(pieces) > 1:
                doc.too_long.append((selection.deck.path, face.label))
            faces += pieces
    if faces and backs:  # the printer's dialog starts on double-sided, long edge, actual size
        doc.viewer_preferences = ViewerPreferences(
            duplex=Duplex.DUPLEX_FLIP_LONG_EDGE, print_scaling="None"
        )
    doc.bookmark(tr("print.bookmark.cover", lang))
    _cover(doc, chosen, parts, backs, len(faces))
    if CARDS in parts:
        print_cards(doc, faces, backs, bookmark=tr("print.bookmark.cards", lang))
    if GUIDE in parts:
        doc.bookmark(tr("print.bookmark.guide", lang))
        for selection in chosen:
            _guide(doc, selection)
    if APPENDICES in parts and any(s.appendices for s in chosen):
        doc.bookmark(tr("print.bookmark.appendices", lang))
        for selection in chosen:
            for appendix in selection.appendices:
                _appendix(doc, selection.deck, appendix)
    if ENERGIZERS in parts and any(s.energizers for s in chosen):
        doc.bookmark(tr("print.bookmark.energizers", lang))
        for selection in chosen:
            if selection.energizers:
                _energizers(doc, selection.deck)
        if CARDS not in parts and faces:
            print_cards(doc, faces, backs, bookmark=tr("print.bookmark.energizer_cards", lang))
    return doc


def t(doc: Document, key: str, **params: object) -> str:
    return tr(key, doc.lang, **params)


def _cover(
    doc: Document, chosen: Sequence[Selection], parts: Collection[str], backs: bool, faces: int
) -> None:
    doc.add_page()
    doc.heading(t(doc, "print.deck_title", decks=", ".join(s.deck.title for s in chosen)))
    about_sets = bool({CARDS, GUIDE, APPENDICES} & set(parts))  # not for energizers alone
    for selection in chosen if about_sets else ():
        sets = ", ".join(f"{s.id} {s.title}" for s in selection.sets)
        if sets:
            doc.paragraph(t(doc, "print.cover_sets", deck=selection.deck.title, sets=sets))
    doc.heading(t(doc, "print.contents"), 2)
    for part in PARTS:
        if part in parts:
            doc.paragraph("• " + t(doc, _PART_TEXT[part]), gap=0.5)
    doc.heading(t(doc, "print.settings"), 2)
    render(doc, t(doc, "print.settings_text"))
    if faces:
        render(doc, t(doc, "print.cards_text" if backs else "print.cards_text_no_backs"))
        if backs and CARDS in parts:  # right after this page (energizer cards: at the end)
            doc.keep_room(3 * LINE)  # the page numbers below count the cover's pages
            first = doc.page + 1 + doc.page % 2  # fronts on odd pages (a blank page first)
            last = first + card_pages(faces, backs) - 1
            render(doc, t(doc, "print.cards_pages", first=first, last=last))


# -- cards ----------------------------------------------------------------------------------


def _faces(selection: Selection, lang: str) -> list[Face]:
    deck = selection.deck
    faces = []
    for card_set in selection.sets:
        back = Back(card_set.id, card_set.title, deck.title)
        for card in card_set.cards:
            kind = tr(KIND[card.kind], lang)
            label = card_label(deck, card, lang)
            number = f"{card_set.id} · {card_number(card_set, card)}"
            faces.append(
                Face(kind, card.text, card_set.id, deck.title, back, label=label, number=number)
            )
        if card_set.custom_question:
            kind = tr(KIND[CardKind.CUSTOM_QUESTION], lang)
            prompt = tr("print.custom_question", lang)
            faces.append(
                Face(kind, prompt, card_set.id, deck.title, back, write_lines=5, number=card_set.id)
            )
    mark = tr("print.definition_mark", lang)
    definition_back = Back(mark, tr("print.definition", lang), deck.title)
    for n, definition in enumerate(selection.definitions, 1):
        text = plain(definition.text)
        kind = tr("print.definition", lang)
        faces.append(
            Face(
                kind,
                text,
                mark,
                deck.title,
                definition_back,
                title=definition.title,
                label=f"{kind.lower()} ‘{definition.title}’",
                number=f"{mark} · {n}",
            )
        )
    if selection.energizers:
        faces += _energizer_faces(deck, lang)
    return faces


def _energizer_faces(deck: Deck, lang: str) -> list[Face]:
    """The cards an energizer uses (Kind, Ouder, School), marked with their energizer."""
    faces = []
    for energizer in deck.sorted_energizers():
        label = tr("guide.energizer", lang, id=energizer.id)
        back = Back(f"E{energizer.id}", energizer.title, label)
        for n, card in enumerate(energizer.cards, 1):
            kind = tr(KIND[card.kind], lang)
            short = f"E{energizer.id} · {n}"
            faces.append(Face(kind, card.text, f"E{energizer.id}", deck.title, back, number=short))
    return faces


# -- handleiding ----------------------------------------------------------------------------


def _guide(doc: Document, selection: Selection) -> None:
    deck = selection.deck
    if deck.about and len(selection.sets) == len(deck.card_sets):
        doc.bookmark(t(doc, "home.about"), 1)
        doc.add_page()
        doc.heading(t(doc, "home.about"))
        for section in deck.about:
            doc.heading(section.title, 2, opening_room(section.text))
            render(doc, section.text)
    themes = {theme.id: theme for theme in deck.themes}
    for card_set in selection.sets:
        doc.bookmark(t(doc, "print.set_heading", id=card_set.id, title=card_set.title), 1)
        doc.add_page()
        theme = themes.get(card_set.theme)
        if theme is not None:
            doc.style(9, grey=GREY)
            doc.paragraph(t(doc, "home.theme", id=theme.id, title=theme.title), gap=0.5)
            doc.style()
        doc.heading(t(doc, "print.set_heading", id=card_set.id, title=card_set.title))
        for key, body in (
            ("guide.goal", card_set.goal),
            ("guide.method", card_set.method),
            ("guide.tip", card_set.tip),
        ):
            if body:
                doc.heading(t(doc, key), 2, opening_room(body))
                render(doc, body)
        if card_set.duration_seconds:
            doc.heading(t(doc, "guide.duration"), 2)
            doc.paragraph(t(doc, "guide.minutes", n=round(card_set.duration_seconds / 60)))
        _card_list(doc, card_set)
        if card_set.background:
            doc.heading(t(doc, "guide.background"), 2, opening_room(card_set.background))
            render(doc, card_set.background)
        _references(doc, deck, card_set)
    if selection.definitions:
        doc.bookmark(t(doc, "print.definitions"), 1)
        doc.add_page()
        doc.heading(t(doc, "print.definitions"))
        for definition in selection.definitions:
            doc.heading(definition.title, 2)
            render(doc, definition.text, shift=2)
            for link in definition.links:
                _link(doc, link)


def _card_list(doc: Document, card_set: CardSet) -> None:
    doc.heading(t(doc, "print.cards_heading"), 2)
    numbers: dict[CardKind, int] = {}
    for card in card_set.cards:
        numbers[card.kind] = numbers.get(card.kind, 0) + 1
        label = f"{tr(KIND[card.kind], doc.lang)} {numbers[card.kind]}"
        doc.style(bold=True)
        doc.paragraph(label, gap=0)
        doc.style()
        doc.paragraph(card.text, gap=0.5)
        if card.note:
            render(doc, card.note, size=9)
        if card.tip:
            doc.style(9, italic=True)
            doc.paragraph(f"{t(doc, 'guide.tip')}: {plain(card.tip)}", gap=0.5)
            doc.style()
        doc.ln(1.5)


def _references(doc: Document, deck: Deck, card_set: CardSet) -> None:
    found = deck.set_references(card_set)
    for key, items in (
        ("print.definitions", found.definitions),
        ("print.appendices", found.appendices),
    ):
        if items:
            doc.heading(t(doc, key), 2)
            for item in items:
                doc.paragraph("• " + item.title, gap=0.5)
    if found.links:
        doc.heading(t(doc, "print.links"), 2)
        for link in found.links:
            _link(doc, link)


def _link(doc: Document, link: Link) -> None:
    """A link: its QR code with its title beside it, or, with no address, its title only
    (as on the paper set)."""
    left = doc.l_margin
    if link.url is None or not fits(link.url):
        doc.style(bold=True)
        doc.paragraph(link.title, gap=0.3)
        doc.style()
        if link.url is None:  # how to find it: the deck's own words, or ours
            doc.paragraph(link.note or t(doc, "link.no_url"), gap=2)
        elif link.note:
            doc.paragraph(link.note, gap=0.3)
        if link.url is not None:  # too long for a code: the address as text, and why
            doc.style(8, grey=GREY)
            doc.paragraph(link.url, gap=0.3)
            doc.paragraph(t(doc, "link.too_long", n=len(link.url.encode()), limit=MAX_BYTES))
            doc.style()
        return
    side = doc.qr_side(link.url)
    doc.keep_room(side + 2 * QR_SPACE)
    top = math.ceil(doc.get_y() + QR_SPACE / 2)  # on whole millimetres, as its modules
    doc.qr(link.url, left, top)
    doc.link(left, top, side, side, link.url)  # on screen, a click opens what a phone scans
    doc.set_left_margin(left + side + QR_SPACE)
    doc.set_xy(left + side + QR_SPACE, top)
    doc.style(bold=True)
    doc.paragraph(link.title, gap=0.3, link=link.url)
    if link.note:
        doc.style(9)
        doc.paragraph(link.note, gap=0.3)
    doc.style(8, grey=GREY)
    doc.paragraph(link.url, gap=0, link=link.url)
    doc.style()
    doc.set_left_margin(left)
    doc.set_xy(left, max(doc.get_y(), top + side) + QR_SPACE)


# -- bijlagen -------------------------------------------------------------------------------


def _appendix(doc: Document, deck: Deck, appendix: Appendix) -> None:
    doc.bookmark(appendix.title, 1)
    doc.add_page()
    if appendix.set_id and appendix.set_id in deck.card_sets:
        doc.style(9, grey=GREY)
        title = deck.card_sets[appendix.set_id].title
        doc.paragraph(t(doc, "print.set_heading", id=appendix.set_id, title=title), gap=0.5)
        doc.style()
    doc.heading(appendix.title)
    if appendix.caption:
        render(doc, appendix.caption)
    if appendix.text:
        render(doc, appendix.text)
    if appendix.form is AppendixForm.TABLE:
        rows = [list(appendix.columns), *(list(r) for r in appendix.rows)]
        table(doc, rows, header=bool(appendix.columns))
    elif appendix.form is AppendixForm.FORM:
        _blank_form(doc, appendix)
    elif appendix.form is AppendixForm.CHECKLIST:
        _checklist(doc, appendix.groups)
    elif appendix.form is AppendixForm.SKILLS:
        _skills(doc, appendix.skill_groups, 2)


LINES_FOR = {FieldInput.LINE: 1, FieldInput.DATE: 1, FieldInput.TIME: 1, FieldInput.TEXT: 4}
"""Ruled lines to write on, per kind of field (at least)."""
MORE_LINES = 10
"""At most this many more lines per text field, where the form's last page has room."""


def _blank_form(doc: Document, appendix: Appendix) -> None:
    """The form to fill in by hand, on as few pages as it needs, with the room left on
    its last page shared out as more lines to write on (it stood 157 mm empty)."""
    _form_fields(doc, appendix, _spare_lines(doc, appendix))


def _spare_lines(doc: Document, appendix: Appendix) -> int:
    """How many lines each text field can have more without taking another page: tried
    on a scratch document from the same place on the page."""
    start = doc.get_y()

    def pages(more: int) -> int:
        trial = scratch_page()
        first = trial.page
        trial.set_y(start)
        _form_fields(trial, appendix, more)
        return trial.page - first

    least = pages(0)
    more = 0
    while more < MORE_LINES and pages(more + 1) == least:
        more += 1
    return more


def _form_fields(doc: Document, appendix: Appendix, more: int) -> None:
    """Per field its label and question, then lines to write on (``more`` than usual
    for a text) or boxes to tick."""
    group: str | None = None
    for field in appendix.fields:
        if field.group and field.group != group:
            group = field.group
            doc.heading(group, 2)
        if field.input is FieldInput.CHOICE:  # the choices stay together with their question
            doc.keep_room(3 * LINE + len(field.choices) * (LINE + 1))
        else:
            doc.keep_room(4 * LINE + 8 * LINES_FOR[field.input])
        doc.style(bold=True)
        doc.paragraph(field.label, gap=0.3)
        doc.style()
        if field.prompt:
            doc.style(9, grey=GREY)
            doc.paragraph(field.prompt, gap=0.3)
            doc.style()
        if field.input is FieldInput.CHOICE:
            for choice in field.choices:
                _ticked_line(doc, choice, False)
            doc.ln(2)
        else:
            doc.writing_lines(
                LINES_FOR[field.input] + (more if field.input is FieldInput.TEXT else 0)
            )


def _ticked_line(doc: Document, text: str, ticked: bool, number: str = "") -> None:
    """A tick box with its text beside it (wrapped under the text, not under the box)."""
    left = doc.l_margin
    doc.keep_room(LINE + 1)
    top = doc.get_y()
    doc.box(left + 1, top + 0.8, 3.6, ticked)
    doc.set_left_margin(left + 7)
    doc.set_xy(left + 7, top)
    doc.paragraph(f"{number} {text}" if number else text, gap=1)
    doc.set_left_margin(left)


def _checklist(doc: Document, groups: Sequence[ChecklistGroup], done: Collection[str] = ()) -> None:
    """The checklist with a box per step; the steps are numbered straight through the
    groups, as on paper. ``done``: the steps to show ticked."""
    phase: str | None = None
    number = 0
    for group in groups:
        if group.phase and group.phase != phase:
            phase = group.phase
            doc.heading(phase, 2)
        doc.heading(group.title, 3)
        for step in group.steps:
            number += group.numbered
            _ticked_line(doc, step.text, step.id in done, f"{number}." if group.numbered else "")


def _skills(doc: Document, groups: Sequence[SkillGroup], level: int) -> None:
    for group in groups:
        doc.heading(group.title, level)
        if group.note:
            doc.style(9, italic=True)
            doc.paragraph(group.note)
            doc.style()
        for skill in group.skills:
            doc.style(bold=True)
            doc.paragraph("• " + skill.text, gap=0.3)
            doc.style(9, italic=True)
            for example in skill.examples:
                doc.set_left_margin(doc.l_margin + 4)
                doc.paragraph(example, gap=0.3)
                doc.set_left_margin(doc.l_margin - 4)
            doc.style()
            doc.ln(1.5)
        _skills(doc, group.parts, min(level + 1, 4))


# -- energizers -----------------------------------------------------------------------------


RUN_ON = 45.0
"""Room in mm an energizer needs at the foot of a page to start there (its heading and a
few lines); else it starts on the next page."""


def _energizers(doc: Document, deck: Deck) -> None:
    """The energizers one after another (six short texts took six pages)."""
    for number, energizer in enumerate(deck.sorted_energizers()):
        heading = t(doc, "guide.energizer", id=energizer.id) + ": " + energizer.title
        doc.bookmark(heading, 1)
        if number == 0:
            doc.add_page()
        else:
            doc.ln(6)
            doc.keep_room(RUN_ON)
        doc.place_bookmarks()
        doc.heading(heading)
        if energizer.duration_seconds:
            doc.style(9, italic=True)
            doc.paragraph(t(doc, "guide.minutes", n=round(energizer.duration_seconds / 60)))
            doc.style()
        render(doc, energizer.text)
        for card in energizer.cards:
            doc.heading(tr(KIND[card.kind], doc.lang), 3)
            doc.paragraph(card.text)
