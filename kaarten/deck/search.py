"""Search all card text: words match regardless of case and accents (``creeren`` finds
``creëren``), and every hit knows where its words are so the UI can highlight them.

Pure logic without Textual; the command palette is a thin layer on top of this.
"""

from __future__ import annotations

import enum
import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kaarten.deck.model import Card, Library


class Target(enum.Enum):
    """What a search hit opens."""

    CARD = "card"
    DEFINITION = "definition"
    ENERGIZER = "energizer"


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case and accents, plus for every folded character the index of the
    character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isascii():
            piece = char.lower()
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
            )
            piece = base.casefold()
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


@dataclass(frozen=True, slots=True)
class Entry:
    """One searchable text and what it belongs to."""

    target: Target
    deck_id: str
    item_id: str
    card_id: str | None
    text: str
    folded: str
    origin: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """An entry that matches, with the matched spans as ``(start, end)`` in ``entry.text``."""

    entry: Entry
    spans: tuple[tuple[int, int], ...]
    score: float


def _entry(target: Target, deck_id: str, item_id: str, card_id: str | None, text: str) -> Entry:
    text = " ".join(text.split())  # one line, as the palette shows it
    folded, origin = fold(text)
    return Entry(target, deck_id, item_id, card_id, text, folded, tuple(origin))


def plain(markdown: str) -> str:
    """The words of a Markdown text without its marks: a search hit shows
    "Definitie: …", not "**Definitie:** …" (the definition itself is rendered)."""
    from markdown_it import MarkdownIt

    words = []
    for token in MarkdownIt().parse(markdown):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
        if token.type == "inline":
            words.append(" ")
    return " ".join("".join(words).split())


def card_entry(deck_id: str, card: Card) -> Entry:
    """The entry for one card (also used for questions typed during the run)."""
    return _entry(Target.CARD, deck_id, card.set_id, card.id, card.text)


class SearchIndex:
    """Every card, definitiekaart and energizer of a library, folded once."""

    def __init__(self, library: Library) -> None:
        self.entries: list[Entry] = []
        for deck in library.decks.values():
            for card_set in deck.sorted_sets():
                self.entries.extend(card_entry(deck.id, c) for c in card_set.cards)
            for definition in deck.definitions.values():
                self.entries.append(
                    _entry(
                        Target.DEFINITION,
                        deck.id,
                        definition.id,
                        None,
                        f"{definition.title} {plain(definition.text)}",
                    )
                )
            for energizer in deck.sorted_energizers():
                self.entries.append(
                    _entry(Target.ENERGIZER, deck.id, energizer.id, None, energizer.title)
                )
                self.entries.extend(
                    _entry(Target.ENERGIZER, deck.id, energizer.id, c.id, c.text)
                    for c in energizer.cards
                )

    def search(self, query: str, extra: Iterable[Entry] = (), limit: int = 50) -> list[Hit]:
        """Entries containing every word of ``query``; the whole phrase and earlier
        matches score higher."""
        words = fold(query)[0].split()
        if not words:
            return []
        phrase = " ".join(words)
        hits: list[Hit] = []
        for entry in itertools.chain(self.entries, extra):
            hit = _match(entry, words, phrase)
            if hit is not None:
                hits.append(hit)
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]


def _match(entry: Entry, words: list[str], phrase: str) -> Hit | None:
    spans: list[tuple[int, int]] = []
    found = entry.folded.find(phrase)
    if found >= 0:
        spans.append(_span(entry, found, len(phrase)))
        score = 1.0 - min(found, 500) / 1000
    else:
        for word in words:
            at = entry.folded.find(word)
            if at < 0:
                return None
            spans.append(_span(entry, at, len(word)))
        score = 0.4 - min(spans[0][0], 300) / 1000
    return Hit(entry, tuple(sorted(spans)), score)


def _span(entry: Entry, start: int, length: int) -> tuple[int, int]:
    return entry.origin[start], entry.origin[start + length - 1] + 1
