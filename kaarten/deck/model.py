"""The deck model: what a loaded deck holds, independent of YAML and of the UI.

Every object knows where it came from (:class:`Source`), so the app can point a trainer
at the line to change, and every card has an id that a session log can name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field

from kaarten.text import natural_key


@dataclass(frozen=True, slots=True)
class Source:
    """File and 1-based line where an object is defined."""

    path: str
    line: int


class CardKind(enum.Enum):
    """The kinds of card a kaartenset or an energizer holds."""

    QUESTION = "gesprekskaart"
    ASSIGNMENT = "opdrachtkaart"
    CUSTOM_QUESTION = "eigen vraag"
    ENERGIZER = "energizerkaart"


@dataclass(frozen=True, slots=True)
class Link:
    """A reference the paper set prints as a QR code. ``url`` is None where the source
    names a text but gives no address: we never invent one."""

    title: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Card:
    """One card: a question, an assignment, or a card used by an energizer."""

    id: str
    kind: CardKind
    text: str
    set_id: str
    source: Source
    note: str | None = None
    tip: str | None = None
    definitions: tuple[str, ...] = ()
    appendices: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme that groups kaartensets, e.g. ``1 Ouderbetrokkenheid``."""

    id: str
    title: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class CardSet:
    """A kaartenset: the handleiding (doel, werkwijze, tip, achtergrond) and its cards."""

    id: str
    theme: str
    title: str
    goal: str
    method: str
    source: Source
    tip: str | None = None
    background: str | None = None
    custom_question: bool = False
    duration_seconds: int | None = None
    definitions: tuple[str, ...] = ()
    appendices: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    questions: tuple[Card, ...] = ()
    assignments: tuple[Card, ...] = ()

    @property
    def cards(self) -> tuple[Card, ...]:
        """All cards of the set: the gesprekskaarten, then the opdrachtkaarten."""
        return self.questions + self.assignments


@dataclass(frozen=True, slots=True)
class Definition:
    """A definitiekaart."""

    id: str
    title: str
    text: str
    source: Source
    links: tuple[Link, ...] = ()


class AppendixForm(enum.Enum):
    """How a bijlage is structured, so screens can show it as what it is."""

    TEXT = "tekst"
    TABLE = "tabel"
    FORM = "formulier"
    CHECKLIST = "checklist"
    SKILLS = "vaardigheden"


class FieldInput(enum.Enum):
    """What a form field asks for."""

    LINE = "regel"
    TEXT = "tekst"
    DATE = "datum"
    TIME = "tijd"
    CHOICE = "keuze"


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of a form such as the Voorbereidingsformulier."""

    id: str
    label: str
    prompt: str | None = None
    group: str | None = None
    input: FieldInput = FieldInput.TEXT
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChecklistStep:
    """One step of a checklist."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class ChecklistGroup:
    """A titled group of steps; ``phase`` groups groups (e.g. Uitvoering)."""

    title: str
    steps: tuple[ChecklistStep, ...]
    phase: str | None = None
    numbered: bool = True


@dataclass(frozen=True, slots=True)
class Skill:
    """One conversation skill, with example sentences."""

    id: str
    text: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkillGroup:
    """A group of skills, possibly split into parts (verbaal / non-verbaal)."""

    title: str
    note: str | None = None
    skills: tuple[Skill, ...] = ()
    parts: tuple[SkillGroup, ...] = ()

    def all_skills(self) -> Iterator[Skill]:
        """Every skill in this group and its parts."""
        yield from self.skills
        for part in self.parts:
            yield from part.all_skills()


@dataclass(frozen=True, slots=True)
class Appendix:
    """A bijlage. Which of the structured fields is filled depends on ``form``."""

    id: str
    title: str
    form: AppendixForm
    source: Source
    set_id: str | None = None
    text: str | None = None
    caption: str | None = None
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    fields: tuple[FormField, ...] = ()
    groups: tuple[ChecklistGroup, ...] = ()
    skill_groups: tuple[SkillGroup, ...] = ()


@dataclass(frozen=True, slots=True)
class Energizer:
    """An energizer, with the cards it uses (Kind, Ouder, School)."""

    id: str
    title: str
    text: str
    source: Source
    duration_seconds: int | None = None
    cards: tuple[Card, ...] = ()
    uses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class References:
    """What a card points at, through itself or its kaartenset: each once, in order."""

    definitions: tuple[Definition, ...] = ()
    appendices: tuple[Appendix, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class AboutSection:
    """A part of the handleiding's general chapter ("Over deze kaartenset"): the foreword,
    what a startercoach, gespreksleider and deelnemer are, the materials."""

    title: str
    text: str
    """Markdown."""


@dataclass(slots=True)
class Deck:
    """A deck: one folder with a ``deck.yaml`` and the files beneath it."""

    id: str
    title: str
    path: str
    source: Source
    description: str | None = None
    credits: str | None = None
    makers: str | None = None
    themes: tuple[Theme, ...] = ()
    about: tuple[AboutSection, ...] = ()
    card_sets: dict[str, CardSet] = field(default_factory=dict)
    definitions: dict[str, Definition] = field(default_factory=dict)
    appendices: dict[str, Appendix] = field(default_factory=dict)
    energizers: dict[str, Energizer] = field(default_factory=dict)

    def sorted_sets(self) -> list[CardSet]:
        """Kaartensets in natural id order: 1.9 before 1.10."""
        return sorted(self.card_sets.values(), key=lambda s: natural_key(s.id))

    def sorted_energizers(self) -> list[Energizer]:
        """Energizers in natural id order."""
        return sorted(self.energizers.values(), key=lambda e: natural_key(e.id))

    def sets_of_theme(self, theme_id: str) -> list[CardSet]:
        """The kaartensets of one theme, in natural order."""
        return [s for s in self.sorted_sets() if s.theme == theme_id]

    def references(self, card: Card) -> References:
        """The definitiekaarten, bijlagen and links of ``card`` and of its kaartenset
        (including the bijlagen that name the set as theirs). Ids that do not resolve are
        left out: the loader has already reported them."""
        return self._references(self.card_sets[card.set_id], (card,))

    def set_references(self, card_set: CardSet) -> References:
        """What a kaartenset and all its cards point at, as :meth:`references` (the
        handleiding page of a set, and what a print of the set includes)."""
        return self._references(card_set, card_set.cards)

    def _references(self, card_set: CardSet, cards: tuple[Card, ...]) -> References:
        """The references of ``cards`` first, then those of ``card_set``: each once."""
        definitions = dict.fromkeys(
            (*(d for card in cards for d in card.definitions), *card_set.definitions)
        )
        appendices = dict.fromkeys(
            (*(a for card in cards for a in card.appendices), *card_set.appendices)
        )
        appendices.update(
            dict.fromkeys(a.id for a in self.appendices.values() if a.set_id == card_set.id)
        )
        return References(
            definitions=tuple(self.definitions[d] for d in definitions if d in self.definitions),
            appendices=tuple(self.appendices[a] for a in appendices if a in self.appendices),
            links=tuple(
                dict.fromkeys((*(k for card in cards for k in card.links), *card_set.links))
            ),
        )

    def cards(self) -> Iterator[Card]:
        """Every card of the deck: kaartensets, then energizers."""
        for card_set in self.sorted_sets():
            yield from card_set.cards
        for energizer in self.sorted_energizers():
            yield from energizer.cards


@dataclass(slots=True)
class Library:
    """All decks that loaded, by id."""

    decks: dict[str, Deck] = field(default_factory=dict)
