"""Bijlagen as Rich renderables: tables that wrap, numbered checklists, grouped skills.

Every text from the deck goes in as :class:`rich.text.Text`, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from kaarten.deck.labels import INPUT
from kaarten.deck.model import Appendix, AppendixForm, ChecklistGroup, FieldInput, SkillGroup

Translate = Callable[..., str]


def render_appendix(appendix: Appendix, t: Translate) -> RenderableType:
    """The structured part of a bijlage (the text part is Markdown, shown separately)."""
    if appendix.form is AppendixForm.TABLE:
        return _table(appendix)
    if appendix.form is AppendixForm.FORM:
        return _form(appendix, t)
    if appendix.form is AppendixForm.CHECKLIST:
        return _checklist(appendix.groups, t)
    if appendix.form is AppendixForm.SKILLS:
        return _skills(appendix.skill_groups, t)
    return Text("")


def _new_table(*columns: str, ratios: tuple[int, ...] = ()) -> Table:
    table = Table(box=box.ROUNDED, expand=True, show_lines=True, header_style="bold")
    for index, column in enumerate(columns):
        ratio = ratios[index] if index < len(ratios) else 1
        table.add_column(Text(column), ratio=ratio, overflow="fold")
    return table


def _table(appendix: Appendix) -> Table:
    table = _new_table(*appendix.columns, ratios=(1, *([2] * (len(appendix.columns) - 1))))
    for row in appendix.rows:
        cells = [Text(cell) for cell in row]
        cells[0].stylize("bold")
        table.add_row(*cells)
    return table


def _form(appendix: Appendix, t: Translate) -> RenderableType:
    parts: list[RenderableType] = []
    table: Table | None = None
    group: str | None = object()  # type: ignore[assignment]  # differs from any group
    for field in appendix.fields:
        if field.group != group or table is None:
            group = field.group
            if group:
                parts.append(Text("\n" + group, style="bold underline"))
            table = _new_table(t("appendix.field"), t("appendix.fill_in"), ratios=(1, 2))
            parts.append(table)
        what = Text(field.prompt or "")
        kind = t(INPUT[field.input])
        if field.input is FieldInput.CHOICE and field.choices:
            what.append("\n")
            for choice in field.choices:
                what.append(f"○ {choice}\n")
            what.rstrip()
        what.append(("\n" if what.plain else "") + f"({kind})", style="dim italic")
        table.add_row(Text(field.label, style="bold"), what)
    return Group(*parts)


def _checklist(groups: tuple[ChecklistGroup, ...], t: Translate) -> RenderableType:
    parts: list[RenderableType] = []
    phase: str | None = None
    number = 0  # the paper numbers the steps straight through the groups
    for group in groups:
        if group.phase and group.phase != phase:
            phase = group.phase
            parts.append(Text("\n" + phase.upper(), style="bold"))
        parts.append(Text("\n" + group.title, style="bold underline"))
        for step in group.steps:
            number += group.numbered
            line = Text("  ☐ ")
            line.append(f"{number}. " if group.numbered else "• ", style="bold")
            line.append(step.text)
            parts.append(line)
    return Group(*parts)


def _skills(groups: tuple[SkillGroup, ...], t: Translate) -> RenderableType:
    parts: list[RenderableType] = []
    for group in groups:
        parts.append(Text("\n" + group.title, style="bold underline"))
        if group.note:
            parts.append(Text(group.note, style="italic"))
        sections = [group] if group.skills else []
        sections += list(group.parts)
        for section in sections:
            table = _new_table(
                section.title if section is not group else t("appendix.skill"),
                t("appendix.examples"),
                ratios=(1, 1),
            )
            for skill in section.skills:
                table.add_row(Text(skill.text), Text("\n".join(skill.examples), style="italic"))
            parts.append(table)
    return Group(*parts)
