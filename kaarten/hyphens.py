"""Where a Dutch word may be broken when it is too wide for its line: at a syllable, with a
hyphen shown (the LibreOffice hyphenation dictionaries, through pyphen). Words are never
broken anywhere else; a page asks only for the words it cannot fit whole."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

SOFT_HYPHEN = "\u00ad"
LONG = 8
"""Shorter words are never broken: they fit any line the text is shown on."""
_WORD = re.compile(rf"\w{{{LONG},}}")


@functools.cache
def _dictionary(language: str) -> Any:  # pyphen ships no type hints
    import pyphen  # only when a word is broken: its dictionary takes a moment to load

    return pyphen.Pyphen(lang="nl_NL" if language == "nl" else "en_GB")


@functools.lru_cache(maxsize=4096)  # each look at the room asks again for the card
def hyphenated(word: str, language: str = "nl") -> str:
    """``word`` with a soft hyphen at each syllable it may be broken at."""
    return str(_dictionary(language).inserted(word, hyphen=SOFT_HYPHEN))


def syllables(texts: Iterable[str], language: str = "nl") -> dict[str, str]:
    """Every long word in ``texts``, with soft hyphens at its syllables (words without a
    place to break are left out)."""
    found: dict[str, str] = {}
    for text in texts:
        for word in _WORD.findall(text):
            if word not in found:
                found[word] = hyphenated(word, language)
    return {word: broken for word, broken in found.items() if SOFT_HYPHEN in broken}
