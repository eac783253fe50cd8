"""Load every deck under some folders: what loaded, and what went wrong where.

A deck is a folder with a ``deck.yaml``; every ``.yaml``/``.yml`` file beneath it belongs
to it. One bad file never stops the rest: :func:`load_library` returns the decks that
loaded *and* the problems of the others, so the app can start and show them.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kaarten.deck.model import CardSet, Deck, Library, Source
from kaarten.deck.problems import MAX_PER_KIND, DeckProblem, ProblemSink, Severity, kind_of
from kaarten.text import close_matches

if TYPE_CHECKING:
    from kaarten.deck.build import FileContent
    from kaarten.deck.cache import DeckCache
    from kaarten.deck.yamlfile import Node, Skipped

DECK_FILE = "deck.yaml"
SUFFIXES = (".yaml", ".yml")


def is_deck_file(name: str) -> bool:
    """Whether a file of this name is read as part of a deck: YAML, and not hidden (an
    editor's backup or lock file)."""
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def deck_file_saved(change: object, path: str) -> bool:
    """A file event worth reading the decks again for (a filter for watchfiles)."""
    return is_deck_file(Path(path).name)


MAX_SUGGEST_FROM = 1000
"""A 'did you mean' is looked for among at most this many names."""


@dataclass(slots=True)
class LoadResult:
    """The decks that loaded and every problem found, in file order."""

    library: Library
    problems: list[DeckProblem]
    files: int = 0

    @property
    def errors(self) -> list[DeckProblem]:
        """Only the problems that dropped something."""
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[DeckProblem]:
        """Only the problems that dropped nothing."""
        return [p for p in self.problems if not p.is_error]


_UNKNOWN = {
    "theme": ("ref.theme", "ref.theme_suggest"),
    "definition": ("ref.definition", "ref.definition_suggest"),
    "appendix": ("ref.appendix", "ref.appendix_suggest"),
    "card_set": ("ref.card_set", "ref.card_set_suggest"),
    "energizer": ("ref.energizer", "ref.energizer_suggest"),
}
_SKIPPED = {
    "card_set": "ref.card_set_skipped",
    "appendix": "ref.appendix_skipped",
    "energizer": "ref.energizer_skipped",
}
"""A reference to what a file holds that could not be loaded: that file's error says why."""
"""The problem codes for an id that names nothing, by kind: without and with a guess."""


def display_path(path: Path) -> str:
    """A path as short as it can be while still findable: relative to the working folder
    when it lies beneath it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


MAX_SKIPPED_ITEMS = 20
"""Broken cards skipped in one file before the file is given up."""


def _compose_without_broken_items(
    source: str, sink: ProblemSink, handled: list[DeckProblem]
) -> Node | None:
    """The file without the cards (or links) whose YAML is broken, each said as skipped
    (their errors go into ``handled``); None when a break lies outside any card."""
    from kaarten.deck.build import droppable_lists
    from kaarten.deck.yamlfile import compose, without_item

    kind = re.search(r"^soort:[ \t]*['\"]?([a-z]+)", source, re.MULTILINE)
    lists = droppable_lists(kind.group(1) if kind else None)
    for _ in range(MAX_SKIPPED_ITEMS):
        error = sink.problems[-1] if sink.problems else None
        if error is None or not error.is_error or error.line is None:
            return None
        found = without_item(source, error.line, lists)
        if found is None:
            return None
        source = found.source
        handled.append(error)
        _say_skipped(sink, found)
        root = compose(source, sink)
        if root is not None:
            return root
    return None


def _say_skipped(sink: ProblemSink, skipped: Skipped) -> None:
    """Which card (or link) was left out, and on which lines."""
    first, last, item = skipped.first, skipped.last, skipped.id
    if item is not None and first == last:
        sink.warn(first, None, "deck.card_skipped_line", card=item, first=first)
    elif item is not None:
        sink.warn(first, None, "deck.card_skipped", card=item, first=first, last=last)
    elif first == last:
        sink.warn(first, None, "deck.item_skipped_line", first=first)
    else:
        sink.warn(first, None, "deck.item_skipped", first=first, last=last)


def load_file(path: Path) -> tuple[FileContent | None, list[DeckProblem]]:
    """Read, check and build one deck file."""
    # Imported here: with every deck in the cache, start-up never needs YAML or the schema.
    from kaarten.deck.build import Builder, bad_items
    from kaarten.deck.schema import deck_validator
    from kaarten.deck.yamlfile import compose, read_text

    sink = ProblemSink(display_path(path))
    source = read_text(path, sink)
    root = None if source is None else compose(source, sink)
    handled: list[DeckProblem] = []  # errors whose card was skipped already
    if root is None and source is not None:
        root = _compose_without_broken_items(source, sink, handled)
    if root is None:
        return None, sink.problems
    deck_validator().validate(root, sink)
    bad = bad_items(sink, root, handled)
    if bad is None:
        sink.problems.append(
            DeckProblem(sink.path, None, None, "file.skipped", severity=Severity.WARNING)
        )
        return None, sink.problems
    return Builder(sink, bad).build(root), sink.problems


def cap_problems(problems: list[DeckProblem]) -> list[DeckProblem]:
    """At most :data:`MAX_PER_KIND` problems of one kind per file, in their order; the
    rest become one warning per file and kind that says how many more there are."""
    seen: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], DeckProblem] = {}
    kept: list[DeckProblem] = []
    for problem in problems:
        key = (problem.path, kind_of(problem.code))
        seen[key] += 1
        first.setdefault(key, problem)
        if seen[key] <= MAX_PER_KIND:
            kept.append(problem)
    for key, count in seen.items():
        if count > MAX_PER_KIND:
            like = first[key]
            kept.append(
                DeckProblem(
                    like.path,
                    like.line,
                    like.column,
                    "file.more_of_kind",
                    {"n": count - MAX_PER_KIND},
                    Severity.WARNING,
                )
            )
    return kept


def deck_files(folder: Path) -> list[Path]:
    """The deck files beneath ``folder``, sorted; hidden files and folders skipped and
    symbolic links to folders not followed (so a link loop cannot trap us)."""
    found: list[Path] = []
    for current, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(current, name) for name in sorted(names) if is_deck_file(name))
    return found


def find_deck_folder(path: Path) -> Path | None:
    """The deck folder a file belongs to: the nearest folder upwards with a deck.yaml."""
    for folder in path.resolve().parents:
        if (folder / DECK_FILE).is_file():
            return folder
    return None


def _cache(folder: Path) -> DeckCache:
    from kaarten.deck.cache import DeckCache  # not on a start without a cache folder

    return DeckCache(folder)


def discover(roots: Iterable[Path]) -> tuple[list[Path], list[Path], list[DeckProblem]]:
    """Sort the given paths into deck folders and loose files (files outside any deck)."""
    decks: list[Path] = []
    loose: list[Path] = []
    problems: list[DeckProblem] = []
    seen: set[Path] = set()

    def add_deck(folder: Path) -> None:
        key = folder.resolve()
        if key not in seen:
            seen.add(key)
            decks.append(folder)

    for root in roots:
        if root.is_file():
            folder = find_deck_folder(root)
            if folder is None:
                loose.append(root)
            else:
                add_deck(folder)
        elif root.is_dir():
            if (root / DECK_FILE).is_file():
                add_deck(root)
                continue
            children = sorted(p for p in root.iterdir() if not p.name.startswith("."))
            found = [c for c in children if c.is_dir() and (c / DECK_FILE).is_file()]
            for child in found:
                add_deck(child)
            stray = [c for c in children if c.is_file() and c.name.lower().endswith(SUFFIXES)]
            for path in stray:
                problems.append(
                    DeckProblem(
                        display_path(path),
                        None,
                        None,
                        "deck.no_deck_file",
                        severity=Severity.WARNING,
                    )
                )
            if not found and not stray:
                problems.append(
                    DeckProblem(
                        display_path(root), None, None, "deck.none_found", severity=Severity.WARNING
                    )
                )
        else:
            code = "file.not_regular" if root.exists() else "file.gone"
            problems.append(DeckProblem(display_path(root), None, None, code))
    return decks, loose, problems


def load_library(roots: Sequence[Path], cache_folder: Path | None = None) -> LoadResult:
    """Load every deck found under ``roots`` (folders or files); with a ``cache_folder``,
    take unchanged decks from the cache there and write it back. The one way in to the
    decks: the app, the command line and the tests all load through here.

    Returns:
        The library of decks that loaded, and every problem found, errors and warnings.
    """
    cache = _cache(cache_folder) if cache_folder is not None else None
    deck_folders, loose, problems = discover(roots)
    library = Library()
    files = 0
    for folder in deck_folders:
        paths = deck_files(folder)
        files += len(paths)
        cached = cache.get(folder, paths) if cache else None
        if cached is None:
            found: list[DeckProblem] = []
            deck = _load_deck(folder, paths, found)
            found = cap_problems(found)
            if cache:
                cache.put(folder, paths, deck, found)
        else:
            deck, found = cached
        problems.extend(found)
        if deck is None:
            continue
        if deck.id in library.decks:
            other = library.decks[deck.id]
            problems.append(
                DeckProblem(
                    deck.source.path,
                    deck.source.line,
                    1,
                    "deck.duplicate",
                    {"id": deck.id, "other": other.path},
                )
            )
            continue
        library.decks[deck.id] = deck
    for path in loose:
        files += 1
        _, found = load_file(path)
        problems.extend(cap_problems(found))
        problems.append(
            DeckProblem(
                display_path(path), None, None, "deck.loose_file", severity=Severity.WARNING
            )
        )
    if cache:
        cache.save()
    return LoadResult(library, problems, files)


def _load_deck(folder: Path, paths: list[Path], problems: list[DeckProblem]) -> Deck | None:
    deck: Deck | None = None
    contents: list[FileContent] = []
    skipped: dict[tuple[str, str], str] = {}
    for path in paths:
        content, found = load_file(path)
        problems.extend(found)
        if content is None:
            announced = _announced(path)
            if announced is not None:
                skipped[announced] = display_path(path)
            continue
        if content.deck is not None:
            if path.name != DECK_FILE or path.parent != folder:
                problems.append(
                    DeckProblem(
                        display_path(path), content.deck.source.line, 1, "deck.misplaced_deck_file"
                    )
                )
                continue
            deck = content.deck
        contents.append(content)
    if deck is None:
        problems.append(DeckProblem(display_path(folder / DECK_FILE), None, None, "deck.unusable"))
        return None
    _assemble(deck, contents, problems, skipped)
    return deck


_KIND_OF_FILE = {"kaartenset": "card_set", "bijlage": "appendix", "energizer": "energizer"}
_SOORT = re.compile(r"^soort:[ \t]*['\"]?([a-z]+)", re.MULTILINE)
_ID = re.compile(r"^id:[ \t]*['\"]?([^'\"#\s]+)", re.MULTILINE)


def _announced(path: Path) -> tuple[str, str] | None:
    """What a file that could not be loaded says it holds, read from its top-level
    ``soort`` and ``id`` lines: a reference to it is then the file's fault, not the
    reference's. None when the file does not say (or cannot be read)."""
    from kaarten.deck.limits import MAX_BYTES
    from kaarten.files.safe import read_bounded

    try:
        source = read_bounded(path, MAX_BYTES).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None
    kind, found = _SOORT.search(source), _ID.search(source)
    if kind is None or found is None or kind.group(1) not in _KIND_OF_FILE:
        return None
    return _KIND_OF_FILE[kind.group(1)], found.group(1)


class _Ids:
    """One namespace per deck: every id names exactly one thing, for the session log."""

    def __init__(self, problems: list[DeckProblem]) -> None:
        self.seen: dict[str, Source] = {}
        self.problems = problems

    def claim(self, identifier: str, source: Source) -> bool:
        first = self.seen.get(identifier)
        if first is None:
            self.seen[identifier] = source
            return True
        self.problems.append(
            DeckProblem(
                source.path,
                source.line,
                None,
                "deck.duplicate_id",
                {"id": identifier, "other": f"{first.path}:{first.line}"},
            )
        )
        return False


def _assemble(
    deck: Deck,
    contents: list[FileContent],
    problems: list[DeckProblem],
    skipped: dict[tuple[str, str], str],
) -> None:
    ids = _Ids(problems)
    for content in contents:
        for definition in content.definitions:
            if ids.claim(definition.id, definition.source):
                deck.definitions[definition.id] = definition
        for appendix in content.appendices:
            if ids.claim(appendix.id, appendix.source):
                deck.appendices[appendix.id] = appendix
        for energizer in content.energizers:
            if ids.claim(energizer.id, energizer.source) and all(
                ids.claim(c.id, c.source) for c in energizer.cards
            ):
                deck.energizers[energizer.id] = energizer
        for card_set in content.card_sets:
            if not ids.claim(card_set.id, card_set.source):
                continue
            kept = [c for c in card_set.cards if ids.claim(c.id, c.source)]
            if len(kept) != len(card_set.cards):  # a card with an error is skipped
                card_set = _without_cards(card_set, {id(c) for c in kept})
            deck.card_sets[card_set.id] = card_set
    _check_references(deck, contents, problems, skipped)


def _without_cards(card_set: CardSet, keep: set[int]) -> CardSet:
    """``card_set`` with only the cards in ``keep`` (by identity: a second card with the
    same id is the one dropped)."""
    return replace(
        card_set,
        questions=tuple(c for c in card_set.questions if id(c) in keep),
        assignments=tuple(c for c in card_set.assignments if id(c) in keep),
    )


def _check_references(
    deck: Deck,
    contents: list[FileContent],
    problems: list[DeckProblem],
    skipped: dict[tuple[str, str], str],
) -> None:
    """Every id a file names exists; a missing one is named once per kind and file, with
    a guess, or as skipped when its own file could not be loaded (that file's error is
    the one to fix)."""
    known: dict[str, Collection[str]] = {
        "theme": dict.fromkeys(t.id for t in deck.themes),
        "definition": deck.definitions,
        "appendix": deck.appendices,
        "card_set": deck.card_sets,
        "energizer": deck.energizers,
    }
    shown: Counter[tuple[str, str]] = Counter()
    for content in contents:
        for ref in content.references:
            names = known[ref.kind]
            if ref.id in names:
                continue
            if (ref.kind, ref.id) in skipped:
                where = skipped[ref.kind, ref.id]
                problems.append(
                    DeckProblem(
                        ref.path,
                        ref.line,
                        ref.column,
                        _SKIPPED[ref.kind],
                        {"id": ref.id, "file": where},
                        Severity.WARNING,
                    )
                )
                continue
            shown[ref.path, ref.kind] += 1
            if shown[ref.path, ref.kind] > MAX_PER_KIND:
                # Not worth a fuzzy match: cap_problems only counts these.
                problems.append(DeckProblem(ref.path, ref.line, ref.column, _UNKNOWN[ref.kind][0]))
                continue
            candidates = list(names) if len(names) <= MAX_SUGGEST_FROM else []
            guess = close_matches(ref.id, candidates, n=1, cutoff=0.6)
            code = _UNKNOWN[ref.kind][1 if guess else 0]
            problems.append(
                DeckProblem(
                    ref.path,
                    ref.line,
                    ref.column,
                    code,
                    {"id": ref.id, "guess": guess[0] if guess else ""},
                )
            )
    _check_appendices(deck, problems)


def _check_appendices(deck: Deck, problems: list[DeckProblem]) -> None:
    for appendix in deck.appendices.values():
        inner = Counter(f.id for f in appendix.fields)
        inner.update(s.id for g in appendix.groups for s in g.steps)
        inner.update(s.id for g in appendix.skill_groups for s in g.all_skills())
        twice = sorted(i for i, n in inner.items() if n > 1)
        if twice:
            if len(twice) > MAX_PER_KIND:
                twice = [*twice[:MAX_PER_KIND], "…"]
            problems.append(
                DeckProblem(
                    appendix.source.path,
                    appendix.source.line,
                    None,
                    "deck.duplicate_inner_id",
                    {"ids": ", ".join(twice)},
                )
            )
