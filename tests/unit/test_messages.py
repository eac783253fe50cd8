"""The message files: both languages say the same things with the same placeholders,
every key the code uses exists, every key that exists is used, and no key is made up at
run time (where no test could see it)."""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import kaarten
from kaarten.i18n import ARGPARSE, LANGUAGES, Entry, catalogue, help_page, tr, tr_n

PACKAGE = Path(kaarten.__file__).parent
KEY = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")


def _forms(entry: Entry) -> dict[str, str]:
    return {"": entry} if isinstance(entry, str) else entry


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _percent(template: str) -> list[str]:
    return sorted(re.findall(r"%(?:\([a-z_]+\))?[sr]", template))


def _source_strings() -> Iterator[tuple[Path, ast.AST]]:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            yield path, node


def _literals() -> set[str]:
    """Every string in the code, and the problem codes the deck schema names."""
    found = {
        n.value
        for _, n in _source_strings()
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }
    schema = (PACKAGE / "schema" / "deck.schema.json").read_text(encoding="utf-8")
    return found | set(re.findall(r'"x-melding": "([^"]+)"', schema))


MESSAGES = {key: entry for key, entry in catalogue("nl").items() if not key.startswith(ARGPARSE)}
NAMESPACES = {key.split(".")[0] for key in MESSAGES}
NOT_KEYS = (".tcss", ".json", ".yaml", ".md", ".css", ".js", ".html")
"""File names look like keys."""
ACTIONS = {
    "app.help",
    "app.switch_language",
    "app.room",
    "app.room_black",
    "app.focus_next",
    "app.focus_previous",
}
"""Textual actions look like keys too."""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_key_is_written_twice(lang: str) -> None:
    """JSON keeps the last of two equal keys: a new message named like an old one would
    silently replace it (a new deck's "Mijn deck" once became every session's title)."""
    twice: list[str] = []

    def pairs(found: list[tuple[str, object]]) -> dict[str, object]:
        names = [name for name, _ in found]
        twice.extend(name for name in set(names) if names.count(name) > 1)
        return dict(found)

    json.loads(
        (PACKAGE / "i18n" / f"{lang}.json").read_text(encoding="utf-8"), object_pairs_hook=pairs
    )
    assert twice == []


def test_both_languages_have_the_same_keys_and_plural_forms() -> None:
    english = catalogue("en")
    assert set(MESSAGES) == set(english)
    for key, entry in MESSAGES.items():
        assert set(_forms(entry)) == set(_forms(english[key])), key
        if isinstance(entry, dict):
            assert set(entry) == {"one", "other"}, key


def test_both_languages_fill_in_the_same_placeholders() -> None:
    english = catalogue("en")
    for key, entry in MESSAGES.items():
        for form, text in _forms(entry).items():
            assert _fields(text) == _fields(_forms(english[key])[form]), key


def test_argparse_words_keep_argparse_placeholders() -> None:
    words = {k: e for k, e in catalogue("nl").items() if k.startswith(ARGPARSE)}
    assert words, "argparse's words are translated"
    for key, entry in words.items():
        for text in _forms(entry).values():
            assert _percent(text) == _percent(key.removeprefix(ARGPARSE)), key


def test_a_counted_message_says_one_and_many() -> None:
    assert tr_n("count.errors", 1) == "1 fout"
    assert tr_n("count.errors", 3) == "3 fouten"
    assert tr_n("count.errors", 0, "en") == "0 errors"
    assert tr("table.has_notes", "en", n=1) == "1 note"


def test_every_key_is_used_in_the_code() -> None:
    literals = _literals()
    unused = sorted(key for key in MESSAGES if key not in literals)
    assert unused == []


def test_every_key_the_code_names_exists() -> None:
    named = {
        s
        for s in _literals()
        if KEY.fullmatch(s)
        and s.split(".")[0] in NAMESPACES
        and not s.endswith(NOT_KEYS)
        and s not in ACTIONS
    }
    assert sorted(named - set(MESSAGES)) == []


def test_no_key_is_made_up_at_run_time() -> None:
    # An f-string or a sum that starts like a key ("cmd." + name) hides the key from the
    # two tests above.
    made: list[str] = []
    for path, node in _source_strings():
        parts = []
        if isinstance(node, ast.JoinedStr) and node.values:
            parts = [node.values[0]]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            parts = [node.left]
        for part in parts:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                head = re.match(r"([a-z_]+)\.", part.value)
                if (
                    head
                    and head.group(1) in NAMESPACES
                    and not part.value.endswith((".md", ".json"))
                ):
                    made.append(f"{path.relative_to(PACKAGE)}:{part.lineno}: {part.value!r}")
    assert made == []


def _help_pages() -> set[str]:
    return {
        n.value.value
        for _, n in _source_strings()
        if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "HELP" for t in n.targets)
        and isinstance(n.value, ast.Constant)
        and isinstance(n.value.value, str)
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_screen_has_a_help_page_and_every_page_a_screen(lang: str) -> None:
    files = {p.stem for p in (PACKAGE / "i18n" / "help" / lang).glob("*.md")}
    assert files == _help_pages()
    for page in files:
        assert help_page(page, lang).startswith("# ")
