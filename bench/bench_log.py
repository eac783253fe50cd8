"""Benchmark: the session log.

1. Appending a record (written and fsynced) to a log of 10,000 records vs one of 10:
   appends alternate between the two so noise hits both alike; prints the ratio of the
   medians. Goal: at most 1.5.
2. Opening a 10,000-record session (read, check every checksum, rebuild the state).
   Goal: under 0.5 s.
3. The review at the start of a session: open action points of its participants over
   1,000 saved sessions. Goal: under 0.5 s.

Run: ``python bench/bench_log.py``
"""

from __future__ import annotations

import datetime
import statistics
import tempfile
import time
from pathlib import Path

from kaarten.session.store import OpenSession, SessionStore

NAMES = ["Anna", "Bram", "Chris", "Dewi", "Eva", "Fatima"]
AGENDA = [{"id": "a1", "soort": "kaartenset", "titel": "1.1", "minuten": 30, "items": ["1.1"]}]


def session_with(store: SessionStore, records: int, day: datetime.date) -> OpenSession:
    """A session of ``NAMES`` with ``records`` records: draws, notes and action points."""
    opened = store.create("Bijeenkomst", day, NAMES, AGENDA)
    for n in range(records - 1):
        if n % 10 == 0:
            opened.record(
                "actiepunt", id=f"p{n}", deelnemer=f"d{n % 6 + 1}", tekst=f"Actiepunt {n}"
            )
        elif n % 2:
            opened.record("kaart", deck="ouderbetrokkenheid", kaart=f"1.1-g{n % 4 + 1}")
        else:
            opened.record("notitie", deck="ouderbetrokkenheid", kaart="1.1-g1", tekst=f"n {n}")
    return opened


def bench_append(folder: Path) -> float:
    store = SessionStore(folder)
    small = session_with(store, 10, datetime.date(2026, 1, 1))
    large = session_with(store, 10_000, datetime.date(2026, 1, 2))
    times: dict[str, list[float]] = {"small": [], "large": []}
    for round_ in range(200):
        for name, opened in (("small", small), ("large", large)):
            start = time.perf_counter()
            opened.record("notitie", deck="d", kaart="k", tekst=f"extra {round_}")
            times[name].append(time.perf_counter() - start)
    small.close()
    large.close()
    base = statistics.median(times["small"])
    ours = statistics.median(times["large"])
    print(f"append to a 10-record log     : {base * 1000:7.2f} ms (median of 200)")
    print(f"append to a 10,000-record log : {ours * 1000:7.2f} ms")
    print(f"ratio                         : {ours / base:7.2f}  (goal: at most 1.5)")
    return ours / base


def bench_open(folder: Path) -> float:
    store = SessionStore(folder)
    path = store.paths()[-1]  # the 10,000-record session
    start = time.perf_counter()
    opened = store.open(path)
    took = time.perf_counter() - start
    assert opened.session is not None and opened.read_only is None
    opened.close()
    print(f"open a 10,000-record session  : {took * 1000:7.1f} ms  (goal: under 500 ms)")
    return took


def bench_review(folder: Path) -> float:
    store = SessionStore(folder)
    day = datetime.date(2020, 1, 1)
    for n in range(1000):
        session_with(store, 30, day + datetime.timedelta(days=n)).close()
    start = time.perf_counter()
    points = store.earlier_open_actions(NAMES[:3], before="")
    took = time.perf_counter() - start
    assert points
    print(
        f"review over 1,000 sessions    : {took * 1000:7.1f} ms  (goal: under 500 ms;"
        f" {len(points)} open points found)"
    )
    return took


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        bench_append(Path(folder))
        bench_open(Path(folder))
    with tempfile.TemporaryDirectory() as folder:
        bench_review(Path(folder))


if __name__ == "__main__":
    main()
