"""Fitting what is still to come into the time left: the proposal's minutes add up to
the time left exactly, none is below a minute, the proportions hold, and only the last
items are dropped, and only when a minute each does not fit."""

from __future__ import annotations

import random

import pytest

from kaarten.session.agenda import fit_minutes


@pytest.mark.parametrize(
    ("minutes", "available", "expected"),
    [
        ([10, 30, 15], 40, ([7, 22, 11], 0)),  # shortened in proportion
        ([10, 30, 15], 55, ([10, 30, 15], 0)),  # on time: as it was
        ([10, 30, 15], 80, ([14, 44, 22], 0)),  # ahead: longer, in proportion
        ([1, 1, 50], 10, ([1, 1, 8], 0)),  # never below a minute
        ([10, 30, 15], 3, ([1, 1, 1], 0)),
        ([10, 30, 15], 2, ([1, 1], 1)),  # the last one dropped
        ([5], 0, ([], 1)),
        ([], 5, ([], 0)),
    ],
)
def test_examples(minutes: list[int], available: int, expected: tuple[list[int], int]) -> None:
    assert fit_minutes(minutes, available) == expected


def test_any_agenda_fits_the_time_left_exactly() -> None:
    rng = random.Random(28)
    for _ in range(2000):
        minutes = [rng.randint(1, 90) for _ in range(rng.randint(1, 8))]
        available = rng.randint(0, 300)
        new, dropped = fit_minutes(minutes, available)
        assert len(new) + dropped == len(minutes)
        assert all(m >= 1 for m in new)
        if new:
            assert sum(new) == available
        assert dropped == max(0, len(minutes) - available)
        # In proportion: an item planned longer never gets fewer minutes than a shorter one.
        for a, b in zip(minutes, new, strict=False):
            for c, d in zip(minutes, new, strict=False):
                if a > c:
                    assert b >= d - 1
