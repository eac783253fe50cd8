"""Text made safe at every boundary; ids sorted the way people count."""

from __future__ import annotations

import pytest

from kaarten.text import clean, natural_key, normalise_name, show_invisible


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("gewone tekst", "gewone tekst"),
        ("regel\nregel\tmet tab", "regel\nregel\tmet tab"),
        ("\x1b[31mrood", "␛[31mrood"),
        ("\x1b]52;c;aGFjaw==\x07", "␛]52;c;aGFjaw==␇"),
        ("\x9b2J", "2J"),
        ("\u202eetnega", "etnega"),
        ("a\ud800b", "a\ufffdb"),
        ("del\x7f", "del␡"),
        ("🧑\u200d🏫 Juf Anna", "🧑\u200d🏫 Juf Anna"),
    ],
)
def test_clean(raw: str, shown: str) -> None:
    assert clean(raw) == shown
    clean(raw).encode("utf-8")


def test_normalise_name_makes_the_two_joses_one() -> None:
    assert normalise_name(" Jose\u0301 ") == normalise_name("Jos\u00e9") == "José"


def test_show_invisible() -> None:
    assert show_invisible("te\u200bkst") == "te<U+200B>kst"


def test_natural_key_sorts_like_people_count() -> None:
    ids = ["1.10", "1.9", "2.1", "1.2", "10.1", "energizer-2", "energizer-10"]
    assert sorted(ids, key=natural_key) == [
        "1.2", "1.9", "1.10", "2.1", "10.1", "energizer-2", "energizer-10",
    ]  # fmt: skip
