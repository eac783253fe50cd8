"""Turn one validated YAML document into model objects.

Validation has already run, so shapes are known to be right wherever there was no error.
An error inside one card (or one definitie) drops only that item; an error anywhere else
drops the file, because a half-read kaartenset would mislead a coach.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from kaarten import qr, text
from kaarten.deck.model import (
    AboutSection,
    Appendix,
    AppendixForm,
    Card,
    CardKind,
    CardSet,
    ChecklistGroup,
    ChecklistStep,
    Deck,
    Definition,
    Energizer,
    FieldInput,
    FormField,
    Link,
    Skill,
    SkillGroup,
    Source,
    Theme,
)
from kaarten.deck.problems import DeckProblem, ProblemSink
from kaarten.deck.yamlfile import Node

# Per kind of file, the lists whose items are dropped one by one when they are wrong; a
# link (``links[i]``, in the file or in one of those items) is dropped on its own too.
_ITEM_LISTS = {
    "kaartenset": ("gesprekskaarten", "opdrachtkaarten"),
    "definities": ("definities",),
    "energizer": ("kaarten",),
}
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


@dataclass(frozen=True, slots=True)
class Reference:
    """An id in one file that must name something elsewhere in the deck."""

    kind: str  # "definition", "appendix", "theme", "card_set" or "energizer"
    id: str
    path: str
    line: int
    column: int


@dataclass(slots=True)
class FileContent:
    """Everything one file contributed; usually just one kind is filled."""

    references: list[Reference] = field(default_factory=list)
    deck: Deck | None = None
    card_sets: list[CardSet] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)
    energizers: list[Energizer] = field(default_factory=list)


def droppable_lists(kind: str | None) -> tuple[str, ...]:
    """The top-level lists of a kind of file whose items can be skipped one by one."""
    return (*_ITEM_LISTS.get(kind or "", ()), "links")


def bad_items(
    sink: ProblemSink, root: Node, handled: Collection[DeckProblem] = ()
) -> set[int] | None:
    """The nodes to drop (by ``id()``): for each error the smallest unit around it that can
    be skipped (a link, else a card or definition); None when an error lies outside any."""
    lists = _ITEM_LISTS.get((root.text("soort") if root.is_mapping else None) or "", ())
    bad: set[int] = set()
    for problem in sink.problems:
        if not problem.is_error or problem in handled:
            continue
        unit = _droppable(root, problem.where, lists)
        if unit is None:
            return None
        bad.add(id(unit))
    return bad


def _droppable(root: Node, where: str, lists: tuple[str, ...]) -> Node | None:
    """The innermost link or list item on the path ``where`` (``gesprekskaarten[1].links[0]
    .url``), or None."""
    node: Node | None = root
    found = None
    for depth, part in enumerate(where.split(".") if where else ()):
        step = _STEP.fullmatch(part)
        if step is None or node is None:
            break
        key, index = step.group(1), step.group(2)
        items = node.items(key) if index is not None else []
        node = items[int(index)] if index is not None and int(index) < len(items) else None
        if node is not None and (key == "links" or (depth == 0 and key in lists)):
            found = node
        if index is None:
            break
    return found


def parse_duration(value: str) -> int:
    """``5`` (minutes) or ``1:30`` (minutes:seconds), validated by the schema, in seconds."""
    minutes, _, seconds = value.partition(":")
    return int(minutes) * 60 + (int(seconds) if seconds else 0)


class Builder:
    """Builds the model objects of one file; cleans every text on the way in."""

    def __init__(self, sink: ProblemSink, bad: set[int]) -> None:
        self.sink = sink
        self.bad = bad
        self.references: list[Reference] = []

    def build(self, root: Node) -> FileContent:
        """Build what ``root`` describes, according to its ``soort``."""
        content = FileContent(self.references)
        kind = root.text("soort")
        if kind == "deck":
            content.deck = self._deck(root)
        elif kind == "kaartenset":
            content.card_sets.append(self._card_set(root))
        elif kind == "definities":
            content.definitions.extend(self._definitions(root))
        elif kind == "bijlage":
            content.appendices.append(self._appendix(root))
        elif kind == "energizer":
            content.energizers.append(self._energizer(root))
        return content

    # -- small pieces -------------------------------------------------------------

    def _src(self, node: Node) -> Source:
        """Where a thing is: the line of its ``id:`` when it has one (a duplicate id is
        reported there), else the line it starts on."""
        named = node.get("id") if node.is_mapping else None
        return Source(self.sink.path, (named or node).line)

    def _clean(self, node: Node) -> str:
        value: str = node.value
        if text.has_unsafe(value):
            self.sink.warn(
                node.line, node.column, "text.control_chars", char=text.first_unsafe(value)
            )
            return text.clean(value)
        return value

    def _opt(self, node: Node, key: str) -> str | None:
        sub = node.get(key)
        return None if sub is None else self._clean(sub)

    def _req(self, node: Node, key: str) -> str:
        sub = node.get(key)
        assert sub is not None, f"schema guarantees {key}"
        return self._clean(sub)

    def _texts(self, node: Node, key: str) -> tuple[str, ...]:
        return tuple(self._clean(item) for item in node.items(key))

    def _ref(self, node: Node | None, kind: str) -> str | None:
        if node is None:
            return None
        value = self._clean(node)
        self.references.append(Reference(kind, value, self.sink.path, node.line, node.column))
        return value

    def _refs(self, node: Node, key: str, kind: str) -> tuple[str, ...]:
        return tuple(self._ref(item, kind) or "" for item in node.items(key))

    def _links(self, node: Node) -> tuple[Link, ...]:
        links = []
        for item in self._good(node, "links"):
            url = self._opt(item, "url")
            if url is not None and not qr.fits(url):  # the text still works; the code not
                at = item.get("url") or item
                size = len(url.encode())
                self.sink.warn(at.line, at.column, "deck.url_too_long", n=size, limit=qr.MAX_BYTES)
            links.append(Link(self._req(item, "titel"), url, self._opt(item, "toelichting")))
        return tuple(links)

    def _duration(self, node: Node) -> int | None:
        value = node.text("duur")
        return None if value is None else parse_duration(value)

    def _good(self, node: Node, key: str) -> list[Node]:
        """The items under ``key`` without those dropped for an error."""
        return [item for item in node.items(key) if id(item) not in self.bad]

    # -- the kinds of file --------------------------------------------------------

    def _deck(self, root: Node) -> Deck:
        themes = tuple(
            Theme(self._req(t, "id"), self._req(t, "titel"), self._opt(t, "beschrijving"))
            for t in root.items("themas")
        )
        folder = str(Path(self.sink.path).parent)
        return Deck(
            id=self._req(root, "id"),
            title=self._req(root, "titel"),
            path=folder,
            source=self._src(root),
            description=self._opt(root, "beschrijving"),
            credits=self._opt(root, "bron"),
            makers=self._opt(root, "makers"),
            themes=themes,
            about=tuple(
                AboutSection(self._req(a, "titel"), self._req(a, "tekst"))
                for a in root.items("over")
            ),
        )

    def _card(self, node: Node, kind: CardKind, set_id: str) -> Card:
        return Card(
            id=self._req(node, "id"),
            kind=kind,
            text=self._req(node, "tekst"),
            set_id=set_id,
            source=self._src(node),
            note=self._opt(node, "toelichting"),
            tip=self._opt(node, "tip"),
            definitions=self._refs(node, "definities", "definition"),
            appendices=self._refs(node, "bijlagen", "appendix"),
            links=self._links(node),
        )

    def _card_set(self, root: Node) -> CardSet:
        set_id = self._req(root, "id")
        return CardSet(
            id=set_id,
            theme=self._ref(root.get("thema"), "theme") or "",
            title=self._req(root, "titel"),
            goal=self._req(root, "doel"),
            method=self._req(root, "werkwijze"),
            source=self._src(root),
            tip=self._opt(root, "tip"),
            background=self._opt(root, "achtergrond"),
            custom_question=root.text("eigen_vraag") == "ja",
            duration_seconds=self._duration(root),
            definitions=self._refs(root, "definities", "definition"),
            appendices=self._refs(root, "bijlagen", "appendix"),
            links=self._links(root),
            questions=tuple(
                self._card(n, CardKind.QUESTION, set_id)
                for n in self._good(root, "gesprekskaarten")
            ),
            assignments=tuple(
                self._card(n, CardKind.ASSIGNMENT, set_id)
                for n in self._good(root, "opdrachtkaarten")
            ),
        )

    def _definitions(self, root: Node) -> list[Definition]:
        return [
            Definition(
                id=self._req(n, "id"),
                title=self._req(n, "titel"),
                text=self._req(n, "tekst"),
                source=self._src(n),
                links=self._links(n),
            )
            for n in self._good(root, "definities")
        ]

    def _skill_group(self, node: Node) -> SkillGroup:
        return SkillGroup(
            title=self._req(node, "titel"),
            note=self._opt(node, "toelichting"),
            skills=tuple(
                Skill(self._req(s, "id"), self._req(s, "tekst"), self._texts(s, "voorbeelden"))
                for s in node.items("vaardigheden")
            ),
            parts=tuple(self._skill_group(p) for p in node.items("onderdelen")),
        )

    def _appendix(self, root: Node) -> Appendix:
        fields = tuple(
            FormField(
                id=self._req(f, "id"),
                label=self._req(f, "label"),
                prompt=self._opt(f, "vraag"),
                group=self._opt(f, "groep"),
                input=FieldInput(f.text("invoer") or "tekst"),
                choices=self._texts(f, "keuzes"),
            )
            for f in root.items("velden")
        )
        groups = tuple(
            ChecklistGroup(
                title=self._req(g, "titel"),
                steps=tuple(
                    ChecklistStep(self._req(s, "id"), self._req(s, "tekst"))
                    for s in g.items("stappen")
                ),
                phase=self._opt(g, "fase"),
                numbered=g.text("genummerd") != "nee",
            )
            for g in root.items("groepen")
        )
        columns = self._texts(root, "kolommen")
        for number, row in enumerate(root.items("rijen"), start=1):
            if columns and len(row.value) != len(columns):  # said at the row itself
                self.sink.warn(
                    row.line,
                    row.column,
                    "deck.row_width",
                    row=number,
                    cells=len(row.value),
                    columns=len(columns),
                )
        return Appendix(
            id=self._req(root, "id"),
            title=self._req(root, "titel"),
            form=AppendixForm(root.text("vorm")),
            source=self._src(root),
            set_id=self._ref(root.get("kaartenset"), "card_set"),
            text=self._opt(root, "tekst"),
            caption=self._opt(root, "bijschrift"),
            columns=columns,
            rows=tuple(tuple(self._clean(c) for c in row.value) for row in root.items("rijen")),
            fields=fields,
            groups=groups,
            skill_groups=tuple(self._skill_group(g) for g in root.items("vaardigheden")),
        )

    def _energizer(self, root: Node) -> Energizer:
        energizer_id = self._req(root, "id")
        return Energizer(
            id=energizer_id,
            title=self._req(root, "titel"),
            text=self._req(root, "tekst"),
            source=self._src(root),
            duration_seconds=self._duration(root),
            cards=tuple(
                self._card(n, CardKind.ENERGIZER, energizer_id) for n in self._good(root, "kaarten")
            ),
            uses=self._refs(root, "gebruikt", "energizer"),
        )
