"""Markdown documents built from the deck: the handleiding beside a card and the previews
on the home screen. Pure text, no Textual: the screens hand the result to a Markdown widget.

Texts the deck defines as Markdown (doel, werkwijze, tip, achtergrond, definitie) go in as
they are; plain texts (titles, card text) are escaped so they show literally.
"""

from __future__ import annotations

from collections.abc import Iterable

from kaarten.deck.labels import FORM, KIND
from kaarten.deck.model import Appendix, Card, CardSet, Deck, Definition, Energizer, Link
from kaarten.i18n import tr
from kaarten.text import md


def card_label(deck: Deck, card: Card, lang: str) -> str:
    """How people name a card: "kaartenset 2.3, gesprekskaart 4" (plain text; ids such as
    ``2.3-g4`` stay in files for scripts)."""
    kind = tr(KIND[card.kind], lang).lower()
    card_set = deck.card_sets.get(card.set_id)
    if card_set is None:
        return kind
    number = card_number(card_set, card)
    if number is None:  # an eigen vraag typed during the session
        return tr("card.label_unnumbered", lang, set=card_set.id, kind=kind)
    return tr("card.label", lang, set=card_set.id, kind=kind, n=number)


def card_number(card_set: CardSet, card: Card) -> int | None:
    """The card's number among the cards of its kind in its set (gesprekskaart 4), or
    None for a card that is not one of them (an eigen vraag typed during a session)."""
    same = [c for c in card_set.cards if c.kind is card.kind]
    return next((n for n, c in enumerate(same, 1) if c.id == card.id), None)


def _section(title: str, body: str | None) -> str:
    return f"## {md(title)}\n\n{body.strip()}\n\n" if body else ""


def _links(links: Iterable[Link], lang: str) -> str:
    items = []
    for link in links:
        where = f" — `{link.url}`" if link.url else f" — {tr('guide.no_url', lang)}"
        note = f" ({md(link.note)})" if link.note else ""
        items.append(f"- {md(link.title)}{note}{where}")
    return "\n".join(items)


def card_guide(deck: Deck, card_set: CardSet, card: Card, lang: str) -> str:
    """The handleiding for ``card``: what belongs to the card itself, then the set's doel,
    werkwijze, tip, achtergrond, definities, bijlagen and links."""
    parts = [f"# {md(card_set.id)} {md(card_set.title)}\n\n"]
    if card.note or card.tip:
        body = (card.note or "").strip()
        if card.tip:
            body += f"\n\n**{md(tr('guide.tip', lang))}:** {card.tip.strip()}"
        parts.append(_section(tr("guide.this_card", lang), body))
    parts.append(_section(tr("guide.goal", lang), card_set.goal))
    parts.append(_section(tr("guide.method", lang), card_set.method))
    parts.append(_section(tr("guide.tip", lang), card_set.tip))
    if card_set.duration_seconds:
        minutes = round(card_set.duration_seconds / 60)
        parts.append(_section(tr("guide.duration", lang), tr("guide.minutes", lang, n=minutes)))
    parts.append(_section(tr("guide.background", lang), card_set.background))
    refs = deck.references(card)
    parts.append(_section(tr("guide.definitions", lang), _titles(refs.definitions)))
    parts.append(_section(tr("guide.appendices", lang), _titles(refs.appendices)))
    parts.append(_section(tr("guide.links", lang), _links(refs.links, lang)))
    return "".join(parts)


def _titles(items: Iterable[Definition | Appendix]) -> str:
    return "\n".join(f"- {md(item.title)}" for item in items)


def set_preview(card_set: CardSet, lang: str) -> str:
    """What the home screen shows for a kaartenset before it is opened."""
    counts = tr(
        "guide.counts",
        lang,
        questions=len(card_set.questions),
        assignments=len(card_set.assignments),
    )
    if card_set.custom_question:
        counts += " · " + tr("guide.has_custom_question", lang)
    return (
        f"# {md(card_set.id)} {md(card_set.title)}\n\n{md(counts)}\n\n"
        + _section(tr("guide.goal", lang), card_set.goal)
        + tr("guide.open_hint", lang)
    )


def definition_text(definition: Definition, lang: str) -> str:
    """A definitiekaart as Markdown."""
    links = _section(tr("guide.links", lang), _links(definition.links, lang))
    return f"# {md(definition.title)}\n\n{definition.text.strip()}\n\n{links}"


def energizer_text(energizer: Energizer, lang: str) -> str:
    """An energizer's instructions as Markdown."""
    head = f"# {tr('guide.energizer', lang, id=md(energizer.id))}: {md(energizer.title)}"
    if energizer.duration_seconds:
        head += f"\n\n*{tr('guide.minutes', lang, n=round(energizer.duration_seconds / 60))}*"
    return f"{head}\n\n{energizer.text.strip()}\n"


def deck_preview(deck: Deck, lang: str) -> str:
    """A deck's description and credits."""
    return (
        f"# {md(deck.title)}\n\n"
        + (deck.description or "").strip()
        + "\n\n"
        + _section(tr("guide.credits", lang), deck.credits)
    )


def about_text(deck: Deck, lang: str) -> str:
    """The handleiding's general part ("Over deze kaartenset"): foreword, introduction,
    materials, and the credits."""
    text = f"# {md(tr('home.about', lang))}\n\n"
    for section in deck.about:
        text += _section(section.title, section.text)
    return text + _section(tr("guide.credits", lang), deck.credits)


def appendix_preview(appendix: Appendix, lang: str) -> str:
    """What the home screen shows for a bijlage."""
    form = tr(FORM[appendix.form], lang)
    text = f"# {md(appendix.title)}\n\n*{md(form)}*\n\n"
    if appendix.caption:
        text += appendix.caption.strip() + "\n\n"
    return text + tr("guide.open_hint", lang)


def with_notes(text: str, notes: list[str], lang: str) -> str:
    """A card's handleiding with the session's notes on it on top, oldest first."""
    if not notes:
        return text
    lines = [f"## {tr('guide.notes', lang)}", ""]
    lines += [f"- {md(' '.join(note.split()))}" for note in notes]
    return "\n".join(lines) + "\n\n" + text
