"""Benchmark: start-up of kaarten vs a minimal Textual app, measured side by side.

Each run is a fresh process that starts headless and stops the clock at Textual's
``Ready`` event, sent once the first frame has been drawn. For kaarten that frame must
already show the built-in decks in the home tree (checked after the clock stops, so the
check costs nothing); the preview beside it arrives a moment later and is not counted.
Process exit is not counted for either. The two kinds of run alternate so that noise on a
shared machine hits both alike. Prints the median of each and their ratio. Goal: ratio at
most 1.25.

Run: ``python bench/bench_start.py [rounds]``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

# Each child prints the wall-clock time of its first frame on stderr as its last line.
MINIMAL = """
import sys, time
from textual.app import App
from textual.widgets import Footer, Header, Tree

class Minimal(App):
    def compose(self):
        yield Header()
        yield Tree("root")
        yield Footer()

    def on_ready(self):
        print(time.time(), file=sys.stderr)
        self.exit()

Minimal().run(headless=True)
"""

KAARTEN = """
import sys, time
from kaarten.cli.main import build_app

def on_ready(self):
    print(time.time(), file=sys.stderr)
    tree = self.screen.query_one("#catalogue")
    text = "".join(strip.text for strip in self.screen._compositor.render_strips())
    assert tree.root.children and "1.1" in text, "the first frame lacks the decks"
    self.exit()

app = build_app("nl", [])  # as the ``kaarten`` command starts it
type(app).on_ready = on_ready
app.run(headless=True)
"""


def run(code: str) -> float:
    """Seconds from starting a process running ``code`` to its first frame."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(done.stderr.strip().splitlines()[-1]) - start


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
