"""``kaarten nakijken --volg``: a trainer in a terminal sees the problems again after every
save, as a real process; Ctrl+C ends it without a traceback."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.cli.terminal import Terminal

BROKEN = (
    'soort: kaartenset\nid: "t.9"\nthema: "1"\ntitel: Nieuw\ndoel: Leren.\nwerkwijze: x\n'
    "gesprekskaarten:\n  - id: t.9-g1\n\ttekst: Tab?\n"
)


def test_volg_checks_again_on_every_save_until_ctrl_c(deck_dir: Path, tmp_path: Path) -> None:
    terminal = Terminal(tmp_path / "thuis", "nakijken", "--volg", str(deck_dir))
    try:
        terminal.wait_for_text("Ik kijk opnieuw na bij elke wijziging in")
        since = terminal.mark()
        (deck_dir / "t.9.yaml").write_text(BROKEN, encoding="utf-8")
        terminal.wait_for_text("t.9.yaml:9:1: fout: tab gebruikt om in te springen", since=since)
        assert "Gewijzigd: t.9.yaml" in terminal.text(since)
        since = terminal.mark()
        (deck_dir / "t.9.yaml").write_text(BROKEN.replace("\t", "    "), encoding="utf-8")
        terminal.wait_for_text("Alles in orde", since=since)
        terminal.process.send_signal(signal.SIGINT)  # what Ctrl+C does
        assert terminal.finish() == 0
        assert "Traceback" not in terminal.text()
    finally:
        terminal.finish()
