"""The examples in docs/deck-format.md load: a trainer copies them as they are."""

from __future__ import annotations

import re
from pathlib import Path

from kaarten.deck.library import load_library

DOC = Path(__file__).parent.parent.parent / "docs" / "deck-format.md"


def test_kaartenset_example_loads(deck_dir: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    example = next(b for b in blocks if 'id: "4.1"' in b)
    # The example's theme and definitie exist in the test deck.
    (deck_dir / "4.1.yaml").write_text(example, encoding="utf-8")
    result = load_library([deck_dir])
    assert result.problems == [], [p.render() for p in result.problems]
    card_set = result.library.decks["testdeck"].card_sets["4.1"]
    assert (len(card_set.questions), len(card_set.assignments)) == (2, 1)
    assert card_set.duration_seconds == 15 * 60
