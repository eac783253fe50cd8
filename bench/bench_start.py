"""Benchmark: start-up of kaarten vs a minimal Textual app, measured side by side.

Each run is a fresh process that starts headless and exits right after its first frame
(for kaarten: the built-in decks loaded and the home screen's tree drawn; the preview
beside it arrives a moment later and is not counted). The
two kinds of run alternate so that noise on a shared machine hits both alike. Prints the
median wall time of each and their ratio. Goal: ratio at most 1.25.

Run: ``python bench/bench_start.py [rounds]``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Tree

class Minimal(App):
    def compose(self):
        yield Header()
        yield Tree("root")
        yield Footer()

async def ready(pilot):
    pilot.app.call_after_refresh(pilot.app.exit)

Minimal().run(headless=True, auto_pilot=ready)
"""

KAARTEN = """
import asyncio
from kaarten.app import make_app

async def ready(pilot):
    app = pilot.app
    while not (app.screen.query("#catalogue") and app.screen.query_one("#catalogue").root.children):
        await asyncio.sleep(0.001)
    app.call_after_refresh(app.exit)

make_app().run(headless=True, auto_pilot=ready)
"""


def run(code: str) -> float:
    """Wall time of one process running ``code``."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main(rounds: int = 11) -> float:
    """Print both medians and the ratio; return the ratio."""
    run(MINIMAL)  # warm the file cache for both
    run(KAARTEN)
    minimal: list[float] = []
    kaarten: list[float] = []
    for _ in range(rounds):
        minimal.append(run(MINIMAL))
        kaarten.append(run(KAARTEN))
    base = statistics.median(minimal)
    ours = statistics.median(kaarten)
    print(f"minimal Textual app : {base * 1000:7.1f} ms (median of {rounds})")
    print(f"kaarten home screen : {ours * 1000:7.1f} ms")
    print(f"ratio               : {ours / base:7.2f}  (goal: at most 1.25)")
    return ours / base


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
