"""``kaarten systeemcontrole``: is this computer ready for kaarten? Each check says what it found
and, when something is wrong, what to change. Useful when a coach asks for help: the
output can be read aloud or pasted in a message. Exit status 0 when all is well, else 1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kaarten.cli.exits import EXIT_OK, EXIT_PROBLEM
from kaarten.i18n import tr
from kaarten.locations import data_dir, private_folder

MIN_COLUMNS, MIN_ROWS = 80, 24
SAMPLE = "╭─╮ ë 🌷"
"""Box drawing, a Dutch diacritic and an emoji: what kaarten's screens are made of."""


@dataclass(slots=True)
class Finding:
    """One check: ``ok`` (None: not measured here), what was found, what to do."""

    ok: bool | None
    key: str
    params: dict[str, object] = field(default_factory=dict)
    advice: str | None = None


def terminal_size(columns: int, rows: int, is_terminal: bool) -> Finding:
    if not is_terminal:
        return Finding(None, "checkup.size_unknown")
    ok = columns >= MIN_COLUMNS and rows >= MIN_ROWS
    params: dict[str, object] = {
        "columns": columns,
        "rows": rows,
        "min_columns": MIN_COLUMNS,
        "min_rows": MIN_ROWS,
    }
    return Finding(ok, "checkup.size", params, None if ok else "checkup.size_advice")


def colours(environment: dict[str, str]) -> Finding:
    """Many colours (kaarten's themes and the high contrast need more than 16)."""
    term = environment.get("TERM", "")
    rich = (
        environment.get("COLORTERM", "") in ("truecolor", "24bit")
        or "256color" in term
        or "WT_SESSION" in environment  # Windows Terminal
        or environment.get("TERM_PROGRAM", "") in ("iTerm.app", "Apple_Terminal", "vscode")
    )
    if rich:
        return Finding(True, "checkup.colours")
    return Finding(False, "checkup.colours_few", {"term": term or "?"}, "checkup.colours_advice")


def encoding(stream_encoding: str | None) -> Finding:
    name = stream_encoding or "?"
    try:
        SAMPLE.encode(name)
    except (LookupError, UnicodeEncodeError):
        return Finding(False, "checkup.encoding_bad", {"encoding": name}, "checkup.encoding_advice")
    return Finding(True, "checkup.encoding", {"encoding": name})


def widths(measure: Callable[[str], int | None]) -> Finding:
    """Box drawing one cell per character and an emoji two, as the terminal draws them
    (``measure`` returns the cells a text took, None when the terminal does not say)."""
    box, emoji = measure("╭─╮"), measure("🌷")
    if box is None or emoji is None:
        return Finding(None, "checkup.widths_unknown")
    if box == 3 and emoji == 2:
        return Finding(True, "checkup.widths")
    params: dict[str, object] = {"box": box, "emoji": emoji}
    return Finding(False, "checkup.widths_bad", params, "checkup.widths_advice")


def data_folder(folder: Path) -> Finding:
    """The data folder can be made, written and is the user's only."""
    try:
        private_folder(folder)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".controle-"):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        params: dict[str, object] = {"folder": folder, "reason": reason}
        return Finding(False, "checkup.data_bad", params, "checkup.data_advice")
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        return Finding(False, "checkup.data_open", {"folder": folder}, "checkup.data_open_advice")
    return Finding(True, "checkup.data", {"folder": folder})


def lock(folder: Path) -> Finding:
    """A second writer of one log is refused (the guarantee sessions rest on)."""
    from kaarten.journal.lock import Locked, WriterLock, lock_path

    probe = folder / ".controle.jsonl"
    first, second = WriterLock(probe), WriterLock(probe)
    try:
        first.acquire()
        try:
            second.acquire()
        except Locked:
            return Finding(True, "checkup.lock")
        second.release()
        return Finding(False, "checkup.lock_none", advice="checkup.lock_advice")
    except OSError as error:
        reason: dict[str, object] = {"reason": error.strerror or str(error)}
        return Finding(False, "checkup.lock_bad", reason, "checkup.lock_advice")
    finally:
        first.release()
        with contextlib.suppress(OSError):
            lock_path(probe).unlink()


def room_port(kept: int | None) -> Finding:
    """The room view can listen on 127.0.0.1 (on last time's port, when there was one)."""
    for port in ([kept] if kept else []) + [0]:
        with socket.socket() as server:
            try:
                server.bind(("127.0.0.1", port))
            except OSError:
                continue
            if port == kept or kept is None:
                return Finding(True, "checkup.room", {"port": server.getsockname()[1]})
            return Finding(True, "checkup.room_new", {"port": kept})
    return Finding(False, "checkup.room_bad", advice="checkup.room_advice")


def measure_in_terminal(text: str) -> int | None:
    """The cells ``text`` takes in this terminal: written at the line's start, then the
    cursor's place asked (the terminal answers ``ESC [ row ; column R``). None when there
    is no terminal to ask, or it does not answer within half a second."""
    # The terminal itself, not the cleaned output: the question is an escape code.
    terminal = sys.__stdout__
    if os.name != "posix" or terminal is None or not (sys.stdin.isatty() and terminal.isatty()):
        return None
    import select
    import termios
    import tty

    descriptor = sys.stdin.fileno()
    saved = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor)
        terminal.write(f"\r{text}\x1b[6n")
        terminal.flush()
        answer = ""
        while not answer.endswith("R"):
            ready, _, _ = select.select([descriptor], [], [], 0.5)
            if not ready:
                return None
            answer += os.read(descriptor, 32).decode(errors="replace")
        column = answer.rsplit(";", 1)[-1].rstrip("R")
        return int(column) - 1 if column.isdigit() else None
    finally:
        termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)
        terminal.write("\r\x1b[K")  # the probe leaves nothing on the line
        terminal.flush()


def run_checkup(data: Path | None, lang: str, out: TextIO) -> int:
    """Every check, printed; 0 when nothing is wrong, else 1."""
    from kaarten.room.address import load

    folder = data_dir(data)
    size = shutil.get_terminal_size((0, 0))
    kept = load(folder)
    findings = [
        terminal_size(size.columns, size.lines, sys.stdout.isatty()),
        colours(dict(os.environ)),
        encoding(getattr(sys.stdout, "encoding", None)),
        widths(measure_in_terminal),
        data_folder(folder),
    ]
    if findings[-1].ok:
        findings.append(lock(folder))
    findings.append(room_port(kept[1] if kept else None))
    for finding in findings:
        mark = {True: "✓", False: "✗", None: "–"}[finding.ok]
        out.write(f"{mark} {tr(finding.key, lang, **finding.params)}\n")
        if finding.advice:
            out.write(f"    {tr(finding.advice, lang, **finding.params)}\n")
    wrong = sum(f.ok is False for f in findings)
    out.write(tr("checkup.summary", lang, n=wrong) if wrong else tr("checkup.all_ok", lang))
    out.write("\n")
    return EXIT_PROBLEM if wrong else EXIT_OK
