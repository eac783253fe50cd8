"""Benchmark: start-up of kaarten vs a minimal Textual app, measured side by side.

Each run is a fresh process that starts headless and stops the clock at Textual's
``Ready`` event, sent once the first frame has been drawn. For kaarten that frame must
already show the built-in decks in the home tree (checked after the clock stops, so the
check costs nothing); the preview beside it arrives a moment later and is not counted.
Process exit is not counted for either. Both read compiled bytecode, as an installed
package does (a checkout with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile kaarten
on every run and measure that instead). The kinds of run alternate so that noise on a
shared machine hits them alike. Prints the medians and four ratios (issue 27):

1. the built-in deck's first frame against a minimal Textual app (goal: at most 1.15);
2. a library of 5,000 cards in 60 decks, warm cache, against the built-in deck (at most
   1.25: start-up must not grow with the library);
3. that library with no cache against twice the warm start plus a bare libyaml parse of
   its files (at most 1);
4. ``kaarten nakijken`` per card: the 5,000 added cards against the 62 built in (flat:
   about 1).

Run: ``python bench/bench_start.py [rounds]``
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_load import bare_parse, make_deck  # a sibling script, not a package

DECKS = 60
CARDS = 5_000

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

extra = [__import__("pathlib").Path(p) for p in sys.argv[1:]]
app = build_app("nl", extra)  # as the ``kaarten`` command starts it
type(app).on_ready = on_ready
app.run(headless=True)
"""


def run(code: str, *args: str, env: dict[str, str] | None = None) -> float:
    """Seconds from starting a process running ``code`` to its first frame."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, env=env
    )
    return float(done.stderr.strip().splitlines()[-1]) - start


def check(*extra: Path) -> float:
    """Seconds ``kaarten nakijken`` spends on the built-in decks plus ``extra``, in this
    process (its start-up is the same for any library: not what is compared)."""
    from kaarten.cli.check import check_decks

    start = time.perf_counter()
    check_decks(list(extra), "nl", False, io.StringIO())
    return time.perf_counter() - start


def library(folder: Path) -> list[Path]:
    """CARDS cards in DECKS decks under ``folder``; their files."""
    files: list[Path] = []
    for number in range(DECKS):
        files += make_deck(folder / f"deck-{number}", CARDS // DECKS, f"bench-{number}")
    return files


def main(rounds: int = 11) -> float:
    """Print the medians and the four ratios; return the first."""
    work = Path(tempfile.mkdtemp(prefix="kaarten-bench-"))
    try:
        lib = work / "bibliotheek"
        files = library(lib)
        # Bytecode as an installed package has it: pip and uv compile it at install time,
        # but an editable checkout on a machine with PYTHONDONTWRITEBYTECODE set would
        # compile every kaarten module in every run. Both apps read it from one prefix.
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["PYTHONPYCACHEPREFIX"] = str(work / "bytecode")
        env = {**base_env, "KAARTEN_HOME": str(work / "thuis")}
        cache = work / "thuis" / "cache"
        run(MINIMAL, env=base_env)  # warm the file cache, the bytecode, and kaarten's
        run(KAARTEN, env=env)  # deck cache for both libraries
        run(KAARTEN, str(lib), env=env)
        minimal, builtin, large, cold, parse = [], [], [], [], []
        for _ in range(rounds):
            minimal.append(run(MINIMAL, env=base_env))
            builtin.append(run(KAARTEN, env=env))
            large.append(run(KAARTEN, str(lib), env=env))
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(run(KAARTEN, str(lib), env=env))
            started = time.perf_counter()
            bare_parse(files)
            parse.append(time.perf_counter() - started)
        check()  # the imports, once
        check_small = statistics.median(check() for _ in range(5))
        check_large = statistics.median(check(lib) for _ in range(5))
        base, ours, big = (statistics.median(x) for x in (minimal, builtin, large))
        unwarmed, parsed = statistics.median(cold), statistics.median(parse)
        print(f"minimal Textual app      : {base * 1000:7.1f} ms (median of {rounds})")
        print(f"kaarten, built-in deck   : {ours * 1000:7.1f} ms")
        print(f"kaarten, {CARDS} cards    : {big * 1000:7.1f} ms (warm cache)")
        print(f"kaarten, {CARDS} cards    : {unwarmed * 1000:7.1f} ms (no cache)")
        print(f"bare YAML parse, {CARDS}  : {parsed * 1000:7.1f} ms")
        print(f"1. built-in / minimal                : {ours / base:5.2f}  (goal: at most 1.15)")
        print(f"2. {CARDS} cards / built-in, warm    : {big / ours:5.2f}  (goal: at most 1.25)")
        print(f"3. cold / (2 x warm + YAML parse)    : {unwarmed / (2 * big + parsed):5.2f}"
              "  (goal: at most 1)")  # fmt: skip
        per_card = ((check_large - check_small) / CARDS) / (check_small / 62)
        print(f"4. nakijken per card, {CARDS} / 62   : {per_card:5.2f}  (goal: about 1)")
        return ours / base
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
