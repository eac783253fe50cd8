"""The logboek and the voorbereidingsformulieren written out as Markdown, to print or
mail. Typed text stays text (see :func:`kaarten.session.export.md`); deck text that is
Markdown in the deck (doel, achtergrond) is quoted as it is."""

from __future__ import annotations

from collections.abc import Callable

from kaarten.deck.model import Appendix, FieldInput, Library
from kaarten.i18n import tr
from kaarten.i18n.dates import long_date
from kaarten.journal.actions import point_line
from kaarten.own.logbook import Logbook, is_markdown, page_text, page_title
from kaarten.own.prep import PrepForm
from kaarten.text import md

Appendices = Callable[[str, str | None], Appendix | None]
"""(deck id, bijlage id) → the bijlage, or None when it is not loaded."""


def appendices_of(library: Library) -> Appendices:
    def find(deck_id: str, appendix_id: str | None) -> Appendix | None:
        deck = library.decks.get(deck_id)
        return deck.appendices.get(appendix_id) if deck and appendix_id else None

    return find


def form_title(form: PrepForm, appendix: Appendix | None, lang: str) -> str:
    """What a form is called in a list: its short fields (leerling, datum, tijd, locatie)
    as filled in, else "empty form of <date made>"."""
    short = (FieldInput.LINE, FieldInput.DATE, FieldInput.TIME)
    fields = appendix.fields if appendix else ()
    ids = [f.id for f in fields if f.input in short] if fields else list(form.values)
    filled = [" ".join(form.value(i).split()) for i in ids if form.value(i).strip()]
    if filled:
        return " · ".join(filled)[:120]
    return tr("solo.form.untitled", lang, date=form.created[:10])


def form_markdown(form: PrepForm, find: Appendices, lang: str, level: int = 1) -> str:
    """One form with its checklist and chosen vaardigheden; ``level`` is the heading level
    of its title (2 inside the whole logboek)."""

    def t(key: str, **params: object) -> str:
        return tr(key, lang, **params)

    h = "#" * level
    appendix = find(form.deck, form.form)
    out = [f"{h} {md(appendix.title if appendix else t('solo.form.title'))}", ""]
    out += [
        t(
            "solo.export.form_header",
            made=form.created[:10],
            changed=form.changed[:16].replace("T", " "),
        ),
        "",
    ]
    if appendix is None:
        out += [t("solo.export.deck_missing", deck=md(form.deck)), ""]
        for field_id, value in form.values.items():
            out += [f"{h}# {md(field_id)}", "", md(value) or t("export.none"), ""]
    else:
        group: str | None = None
        for field in appendix.fields:
            if field.group and field.group != group:
                group = field.group
                out += [f"{h}# {md(group)}", ""]
            out += [f"**{md(field.label)}**", ""]
            if field.input is FieldInput.CHOICE:
                chosen = form.choices.get(field.id, ())
                out += [f"- [{'x' if c in chosen else ' '}] {md(c)}" for c in field.choices]
                out.append("")
            value = form.value(field.id).strip()
            if value or field.input is not FieldInput.CHOICE:
                out += [md(value) if value else t("export.none"), ""]
    checklist = find(form.deck, form.checklist)
    if checklist is not None:
        out += [f"{h}# {md(checklist.title)}", ""]
        number = 0
        for group_ in checklist.groups:
            done = sum(s.id in form.steps for s in group_.steps)
            out += [f"{h}## {md(group_.title)} ({done}/{len(group_.steps)})", ""]
            for step in group_.steps:
                number += group_.numbered
                mark = "x" if step.id in form.steps else " "
                prefix = f"{number}. " if group_.numbered else ""
                out.append(f"- [{mark}] {prefix}{md(step.text)}")
            out.append("")
    skills = find(form.deck, form.skills)
    if skills is not None:
        out += [f"{h}# {t('solo.export.skills', title=md(skills.title))}", ""]
        picked = [
            (group_.title, skill.text)
            for group_ in skills.skill_groups
            for skill in group_.all_skills()
            if skill.id in form.chosen_skills
        ]
        out += [f"- {md(text)} ({md(title)})" for title, text in picked] or [t("export.none")]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def logbook_markdown(
    book: Logbook, library: Library, forms: list[PrepForm], lang: str, today: str
) -> str:
    """The whole logboek: answers per kaartenset, action points, and every form."""

    def t(key: str, **params: object) -> str:
        return tr(key, lang, **params)

    out = [
        f"# {t('solo.export.title')}",
        "",
        t("solo.export.header", date=long_date(today, lang)),
        "",
    ]
    by_set: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for (deck_id, set_id, page), answer in book.written():
        by_set.setdefault((deck_id, set_id), []).append((page, answer.text))
    out += [f"## {t('solo.export.answers')}", ""]
    if not by_set:
        out += [t("export.none"), ""]
    for (deck_id, set_id), answers in by_set.items():
        deck = library.decks.get(deck_id)
        card_set = deck.card_sets.get(set_id) if deck else None
        title = f"{set_id} {card_set.title}" if card_set else set_id
        out += [f"### {md(title)}", ""]
        for page, typed in answers:
            if deck is None or card_set is None:
                out += [f"#### {md(page)}", ""]
            else:
                out += [f"#### {md(page_title(deck, card_set, page, lang))}", ""]
                text = page_text(deck, card_set, page).strip()
                if text and is_markdown(page):  # the deck's Markdown, its lists kept
                    out += [f"> {line}".rstrip() for line in text.splitlines()] + [""]
                elif text:
                    shown = " ".join(text.split())
                    out += [f"> {md(shown[:300])}{'…' if len(shown) > 300 else ''}", ""]
            out += [md(typed), ""]
    out += [f"## {t('export.actions')}", ""]
    points = [p for p in book.actions.values() if not p.deleted]
    out += [point_line(p, lang) for p in points] or [t("export.none")]
    out.append("")
    find = appendices_of(library)
    for form in forms:
        out.append(form_markdown(form, find, lang, level=2))
    return "\n".join(out).rstrip() + "\n"
