"""Every key the guides name in a key table is a key of the app: a renamed key cannot stay
behind in the docs."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import DataTable, OptionList, Tree

import kaarten.ui

ROOT = Path(__file__).parent.parent.parent
GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NAMES = {
    "spatie": "space",
    "→": "right",
    "←": "left",
    "esc": "escape",
    "+": "plus",
    "-": "minus",
    ".": "full_stop",
    "?": "question_mark",
    "/": "slash",
}
"""How the guides write a key, and Textual's name for it."""


@functools.cache
def _bound_keys() -> frozenset[str]:
    """Every key of every screen, dialog, widget and the app, plus the Textual lists' own
    (Enter on an option)."""
    classes: list[type] = [OptionList, Tree, DataTable]
    for module in pkgutil.walk_packages(kaarten.ui.__path__, "kaarten.ui."):
        loaded = importlib.import_module(module.name)
        classes += [c for _, c in inspect.getmembers(loaded, inspect.isclass)]
    keys: set[str] = set()
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            key = binding.key if isinstance(binding, Binding) else binding[0]
            keys.update(k.strip() for k in key.split(","))
    return frozenset(keys)


def _documented_keys() -> list[tuple[str, str]]:
    """(guide, key) for the first column of every table whose header starts with "toets"
    or "key"."""
    found: list[tuple[str, str]] = []
    for guide in GUIDES:
        in_table = False
        for line in guide.read_text(encoding="utf-8").splitlines():
            if not line.startswith("|"):
                in_table = False
                continue
            cell = line.split("|")[1].strip()
            if re.match(r"(toets|key)", cell, re.IGNORECASE):
                in_table = True
                continue
            if not in_table or cell.startswith("---"):
                continue
            cell = re.sub(r"\([^)]*\)", "", cell.replace("**", "").replace("`", "")).strip()
            for word in re.split(r",\s*| of | / | or ", cell):
                word = word.strip().lower()
                if word:
                    found.append((guide.name, NAMES.get(word, word)))
    return found


def test_the_guides_have_key_tables() -> None:
    assert len(_documented_keys()) > 40  # the tables are found: the test below reads them
    assert "zz" not in _bound_keys() and {"space", "ctrl+l", "full_stop"} <= _bound_keys()


@pytest.mark.parametrize(("guide", "key"), sorted(set(_documented_keys())))
def test_every_key_in_a_guide_exists(guide: str, key: str) -> None:
    assert key in _bound_keys(), f"{guide} names the key {key!r}; no screen binds it"
