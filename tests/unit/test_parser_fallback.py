"""Without libyaml, the pure-Python parser gives the same results and the same safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from kaarten.deck import yamlfile
from kaarten.deck.library import load_library
from kaarten.locations import builtin_roots


@pytest.fixture
def pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlfile, "_Parser", None)


@pytest.mark.usefixtures("pure_python")
def test_built_in_decks_load_the_same() -> None:
    result = load_library(builtin_roots())
    assert result.problems == []
    assert len(list(result.library.decks["ouderbetrokkenheid"].cards())) == 62


@pytest.mark.usefixtures("pure_python")
def test_deep_nesting_is_refused_without_recursion_error(deck_dir: Path) -> None:
    depth = 5_000  # the pure-Python composer hits RecursionError near 495
    (deck_dir / "diep.yaml").write_text("x: " + "[" * depth + "]" * depth, encoding="utf-8")
    result = load_library([deck_dir])
    assert any("te diep genest" in p.message() for p in result.problems)
