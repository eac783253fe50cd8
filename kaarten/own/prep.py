"""A voorbereidingsformulier for one oudergesprek, with its checklist and the
gespreksvaardigheden chosen for it; rebuilt from its own log records.

The form's questions come from the deck (a bijlage of ``vorm: formulier``); the checklist
and the vaardigheden are the bijlagen of the same kaartenset. Each form is a log file of
its own, so that one can be deleted from disk without touching the others.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from kaarten.deck.model import Appendix, AppendixForm, Deck
from kaarten.journal.kinds import Kind, Kinds, header_again
from kaarten.journal.log import Record
from kaarten.journal.logfile import OpenLog
from kaarten.journal.records import RecordError, at, check_file_id, check_header, text
from kaarten.own.logbook import ANSWER_MAX, kept_text


@dataclass(frozen=True, slots=True)
class Parts:
    """The bijlagen a form is made of: the form, and its checklist and vaardigheden (None
    when the deck has no such bijlage for the kaartenset)."""

    form: Appendix
    checklist: Appendix | None
    skills: Appendix | None


def preparations(deck: Deck) -> list[Parts]:
    """Every form a deck offers, with the checklist and vaardigheden of its kaartenset."""
    found = []
    for appendix in deck.appendices.values():
        if appendix.form is not AppendixForm.FORM:
            continue
        siblings = [a for a in deck.appendices.values() if a.set_id and a.set_id == appendix.set_id]
        found.append(
            Parts(
                appendix,
                next((a for a in siblings if a.form is AppendixForm.CHECKLIST), None),
                next((a for a in siblings if a.form is AppendixForm.SKILLS), None),
            )
        )
    return found


@dataclass(slots=True)
class PrepForm:
    id: str
    deck: str
    form: str
    """The id of the bijlage whose fields this form fills in."""
    checklist: str | None
    skills: str | None
    created: str
    changed: str
    values: dict[str, str] = field(default_factory=dict)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    steps: set[str] = field(default_factory=set)
    """Checklist steps ticked off."""
    chosen_skills: set[str] = field(default_factory=set)

    def value(self, field_id: str) -> str:
        return self.values.get(field_id, "")


class FormulierRecord(TypedDict):
    """The header: which deck's form, checklist and vaardigheden."""

    formaat: int
    id: str
    deck: str
    bijlage: str
    checklist: NotRequired[str | None]
    vaardigheden: NotRequired[str | None]


class VeldRecord(TypedDict):
    """A field's text, saved whole (the last one counts)."""

    veld: str
    tekst: str


class KeuzesRecord(TypedDict):
    """A field's choices."""

    veld: str
    keuzes: list[Any]


class StapRecord(TypedDict):
    """A checklist step ticked off, or not."""

    stap: str
    klaar: bool


class VaardigheidRecord(TypedDict):
    """A gespreksvaardigheid chosen, or not."""

    vaardigheid: str
    gekozen: bool


_SUBJECT = {"veld": "veld", "keuzes": "veld", "stap": "stap", "vaardigheid": "vaardigheid"}
"""The field naming what each kind of change is about (see :meth:`OpenForm.saves`)."""


def start(header: Record) -> PrepForm:
    """The form a header record opens (raises RecordError)."""
    check_header(header, "formulier")
    FORM.check(header)
    return PrepForm(
        check_file_id(header, "formulier"),
        text(header["deck"], 200),
        text(header["bijlage"], 200),
        header.get("checklist"),
        header.get("vaardigheden"),
        at(header),
        at(header),
    )


def apply(form: PrepForm, record: Record) -> None:
    """Add one record to ``form`` (raises RecordError, leaving it unchanged)."""
    FORM.change(form, record)


def _fill(form: PrepForm, record: VeldRecord) -> None:
    form.values[record["veld"]] = text(record["tekst"], ANSWER_MAX)
    form.changed = at(record)


def _choose(form: PrepForm, record: KeuzesRecord) -> None:
    if not all(isinstance(c, str) for c in record["keuzes"]):
        raise RecordError("log.field", field="keuzes", kind="keuzes")
    form.choices[record["veld"]] = tuple(text(c, 200) for c in record["keuzes"])
    form.changed = at(record)


def _tick(form: PrepForm, record: StapRecord) -> None:
    _toggle(form.steps, record["stap"], record["klaar"])
    form.changed = at(record)


def _pick(form: PrepForm, record: VaardigheidRecord) -> None:
    _toggle(form.chosen_skills, record["vaardigheid"], record["gekozen"])
    form.changed = at(record)


def _saves(record: Record) -> Hashable | None:
    """A field's text or choices, a step's tick and a vaardigheid's choice each replace
    the earlier ones of the same; the header counts always."""
    kind = record.get("soort")
    subject = _SUBJECT.get(kind) if isinstance(kind, str) else None
    return None if subject is None else (kind, record[subject])


FIELD = Kind("veld", VeldRecord, _fill)
CHOICES = Kind("keuzes", KeuzesRecord, _choose)
STEP = Kind("stap", StapRecord, _tick)
SKILL = Kind("vaardigheid", VaardigheidRecord, _pick)
FORM_KINDS: tuple[Kind[Any, Any], ...] = (
    Kind("formulier", FormulierRecord, header_again),
    FIELD,
    CHOICES,
    STEP,
    SKILL,
)
"""Every kind of record a form's log holds."""
FORM = Kinds(start, FORM_KINDS, saves=_saves)


def _toggle(found: set[str], item: str, on: bool) -> None:
    if on:
        found.add(item)
    else:
        found.discard(item)


class OpenForm(OpenLog[PrepForm]):
    """A form read from disk, and the changes made to it."""

    __slots__ = ()
    LOG = FORM

    @property
    def form(self) -> PrepForm:
        assert self.state is not None
        return self.state

    @property
    def writable(self) -> bool:
        return self.journal is not None

    def fill(self, field_id: str, typed: str) -> bool:
        """Keep what is typed in a field if it changed; returns whether it was longer than
        :data:`ANSWER_MAX` (the first part is kept; the caller says so)."""
        kept, too_long = kept_text(typed)
        if kept != self.form.value(field_id):
            self.add(FIELD.new({"veld": field_id, "tekst": kept}))
        return too_long

    def choose(self, field_id: str, choices: list[str]) -> None:
        if tuple(choices) != self.form.choices.get(field_id, ()):
            self.add(CHOICES.new({"veld": field_id, "keuzes": choices}))

    def tick(self, step_id: str, done: bool) -> None:
        if (step_id in self.form.steps) != done:
            self.add(STEP.new({"stap": step_id, "klaar": done}))

    def pick_skill(self, skill_id: str, chosen: bool) -> None:
        if (skill_id in self.form.chosen_skills) != chosen:
            self.add(SKILL.new({"vaardigheid": skill_id, "gekozen": chosen}))
