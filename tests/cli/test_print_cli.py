"""kaarten afdrukken and kaarten exporteren --formaat pdf: the files written, the messages and the
exit codes a user sees."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kaarten.cli.main import PARTS, main
from kaarten.printing import deckbook
from kaarten.session.store import SessionStore
from tests.cli.test_person import AGENDA
from tests.pdf import page_texts, squashed


def test_the_parser_offers_the_parts_that_can_be_printed() -> None:
    assert PARTS == deckbook.PARTS


def test_print_writes_the_pdf_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kaarten.pdf"
    assert (
        main(
            [
                "afdrukken",
                "--kaartenset",
                "1.1",
                "--uitvoer",
                str(target),
                "--datamap",
                str(tmp_path),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"PDF geschreven: {target}" in out and "pagina's" in out
    assert target.read_bytes().startswith(b"%PDF-")
    text = squashed("".join(page_texts(target)))
    assert squashed("Kaartenset 1.1 · Behoefte van ouders") in text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_print_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "cards.pdf"
    arguments = ["afdrukken", "--taal", "en", "--kaartenset", "2.2", "--onderdeel", "handleiding"]
    assert main([*arguments, "--uitvoer", str(target), "--datamap", str(tmp_path)]) == 0
    assert "PDF written" in capsys.readouterr().out
    text = squashed("".join(page_texts(target)))
    assert squashed("Card set 2.2") in text and squashed("How to print") in text


def test_an_unknown_set_is_a_usage_error_that_lists_the_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.pdf"
    code = main(
        ["afdrukken", "--kaartenset", "9.9", "--uitvoer", str(target), "--datamap", str(tmp_path)]
    )
    assert code == 2
    assert "Geen kaartenset 9.9. Kies uit: 1.1, 1.2" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.parametrize("where", ["missing_folder", "folder"])
def test_a_target_that_cannot_be_written_is_said_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    target = tmp_path / "bestaat-niet" / "x.pdf" if where == "missing_folder" else tmp_path
    code = main(
        ["afdrukken", "--kaartenset", "1.1", "--uitvoer", str(target), "--datamap", str(tmp_path)]
    )
    assert code == 1
    err = capsys.readouterr().err
    if where == "folder":
        assert f"{target} is een map. Geef een bestandsnaam" in err
    else:
        assert f"Kan {target} niet schrijven" in err and "Kies een map die bestaat" in err


def test_a_failed_write_leaves_no_half_file_and_keeps_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kaarten.pdf"
    target.write_bytes(b"%PDF- the earlier print")

    def full_disk(source: Path, destination: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kaarten.files.durable.replace", full_disk)
    home = tmp_path / "thuis"
    code = main(
        ["afdrukken", "--kaartenset", "1.1", "--uitvoer", str(target), "--datamap", str(home)]
    )
    assert code == 1
    assert "niet schrijven: No space left on device" in capsys.readouterr().err
    assert target.read_bytes() == b"%PDF- the earlier print"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaarten.pdf", "thuis"]


def _session(home: Path) -> None:
    opened = SessionStore(home).create(
        "Tweede bijeenkomst", datetime.date(2026, 11, 23), ["Sanne", "محمد", "Bram"], AGENDA
    )
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Sanne belt de ouders van Sam")
    opened.record("actiepunt", id="p2", deelnemer="d2", tekst="Mohammed plant een huisbezoek")
    opened.record("actiepunt", id="p3", deelnemer="d3", tekst="Bram maakt een nieuwsbrief")
    opened.close()


def test_a_handout_holds_only_that_participants_action_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home)
    [path] = SessionStore(home).paths()
    code = main(
        ["exporteren", path.stem, "--formaat", "pdf", "--deelnemer", "محمد", "--datamap", str(home)]
    )
    assert code == 0
    written = home / "exports" / path.stem / "actiepunten-2-deelnemer.pdf"
    assert str(written) in capsys.readouterr().out
    text = squashed("".join(page_texts(written)))
    assert squashed("Mohammed plant een huisbezoek") in text
    assert "محمد" in text or "محمد"[::-1] in text
    for other in ("Sanne", "Bram", "Sam", "nieuwsbrief"):
        assert other not in text


def test_the_session_summary_as_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "thuis"
    _session(home)
    [path] = SessionStore(home).paths()
    target = tmp_path / "verslag.pdf"
    code = main(
        [
            "exporteren",
            path.stem,
            "--formaat",
            "pdf",
            "--uitvoer",
            str(target),
            "--datamap",
            str(home),
        ]
    )
    assert code == 0
    text = squashed("".join(page_texts(target)))
    for expected in ("Tweede bijeenkomst", "Sanne belt de ouders van Sam", "Bram maakt een"):
        assert squashed(expected) in text


def _device(path: Path) -> Path:
    """A character device like /dev/full at ``path`` (only root may make one)."""
    import os
    import stat

    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 7))
    return path


def _link(path: Path) -> Path:
    (path.parent / "elders.pdf").write_bytes(b"van iemand anders")
    path.symlink_to(path.parent / "elders.pdf")
    return path


def _fifo(path: Path) -> Path:
    import os

    os.mkfifo(path, 0o600)
    return path


@pytest.mark.parametrize("make", [_device, _link, _fifo], ids=["device", "link", "fifo"])
def test_print_never_writes_over_a_device_a_link_or_a_pipe(tmp_path: Path, make: object) -> None:
    import os
    import subprocess
    import sys

    target = make(tmp_path / "uit.pdf")  # type: ignore[operator]
    before = os.lstat(target)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kaarten",
            "afdrukken",
            "--kaartenset",
            "1.1",
            "--uitvoer",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "KAARTEN_HOME": str(tmp_path / "thuis")},
    )
    assert done.returncode == 1
    assert "kaarten schrijft er niet overheen" in done.stderr
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    if (tmp_path / "elders.pdf").exists():
        assert (tmp_path / "elders.pdf").read_bytes() == b"van iemand anders"


def test_a_card_too_long_for_one_card_continues_and_both_commands_say_so(
    deck_dir: Path, tmp_path: Path
) -> None:
    """A trainer's 3,027-character card was printed cut at about 1,050 characters with
    "…" and no word: it now continues on the next cards, and print and check warn."""
    import re
    import subprocess
    import sys

    from tests.pdf import page_texts

    words = [f"woord{n}" for n in range(420)]  # 3,027 characters, every word different
    text = " ".join(words)[:3027].rstrip()
    card = deck_dir / "t.1-goede-set.yaml"
    card.write_text(
        card.read_text(encoding="utf-8") + f"  - id: t.1-g9\n    tekst: {text}\n", encoding="utf-8"
    )
    line = card.read_text(encoding="utf-8").splitlines().index("  - id: t.1-g9") + 1
    target = tmp_path / "lang.pdf"

    def kaarten(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kaarten", *args], capture_output=True, text=True, timeout=120
        )

    printed = kaarten(
        "afdrukken",
        str(deck_dir),
        "--kaartenset",
        "t.1",
        "--onderdeel",
        "kaarten",
        "--uitvoer",
        str(target),
    )
    assert printed.returncode == 0, printed.stderr
    assert "kaartenset t.1, gesprekskaart 2 past niet op één kaart" in printed.stderr
    # Only the trainer's card: the printed set's long definitions continue by design, and
    # a print without cards (the energizers alone) has no card to warn about.
    assert printed.stderr.count("past niet op één kaart") == 1, printed.stderr
    whole = kaarten("afdrukken", "--uitvoer", str(tmp_path / "heel.pdf"))
    assert whole.returncode == 0 and "past niet" not in whole.stderr, whole.stderr
    pages = page_texts(target)
    shown = re.findall(r"woord\d+", "".join(pages))
    assert shown == re.findall(r"woord\d+", text)  # every word, once, in order
    assert "…" not in "".join(pages)
    parts = sorted(set(re.findall(r"GESPREKSKAART (\d)/(\d)", "".join(pages))))
    count = int(parts[0][1])
    assert count >= 3 and [int(n) for n, _ in parts] == list(range(1, count + 1))
    checked = kaarten("nakijken", str(deck_dir))
    assert checked.returncode == 0
    assert f"t.1-goede-set.yaml:{line}: waarschuwing: deze kaart past niet" in checked.stdout


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """Every word on the pages as poppler lays it out: (top, left, text), in reading
    position, whatever order the PDF draws them in."""
    import re
    import shutil
    import subprocess

    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "pdftotext is not installed (.ci/run installs poppler-utils)"
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    return [(float(top), float(left), word) for left, top, word in found]


def test_a_line_that_starts_with_an_arabic_name_stays_a_dutch_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "مريم ترتب زيارة منزلية plant een huisbezoek" was set right to left as a whole
    line: the Dutch first, the tick box on the right. The line runs left to right, box
    first; the Arabic keeps its own order (مريم, its first word, on its right)."""
    home = tmp_path / "thuis"
    line = "مريم ترتب زيارة منزلية plant een huisbezoek"
    opened = SessionStore(home).create(
        "Derde bijeenkomst", datetime.date(2026, 11, 23), ["مريم", "Anna"], AGENDA
    )
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst=line)
    opened.close()
    [path] = SessionStore(home).paths()
    handout, summary = tmp_path / "blad.pdf", tmp_path / "verslag.pdf"
    for target, extra in ((handout, ["--deelnemer", "مريم"]), (summary, [])):
        code = main(
            ["exporteren", path.stem, "--formaat", "pdf", *extra, "--uitvoer", str(target),
             "--datamap", str(home)]
        )  # fmt: skip
        assert code == 0
        words = _words(target)
        # The date as a Dutch reader writes it, not 2026-11-23.
        assert squashed("maandag 23 november 2026") in squashed(" ".join(w for *_, w in words))
        top = next(t for t, _, w in words if w == "huisbezoek")
        row = sorted((left, w) for t, left, w in words if abs(t - top) < 2)
        texts = [w for _, w in row]
        assert texts[0] == "☐", texts  # the tick box on the left, where a Dutch line starts
        assert texts[-3:] == ["plant", "een", "huisbezoek"]
        arabic = texts[1:-3]
        assert len(arabic) == 4 and arabic[-1] in ("مريم", "مريم"[::-1])  # still right to left


def test_the_summary_goes_back_to_the_margin_after_a_list(tmp_path: Path) -> None:
    """Everything after the summary's first list (the cards drawn) stood 6 mm in: the
    headings, the action points, the review. Each heading starts where the title does."""
    home = tmp_path / "thuis"
    opened = SessionStore(home).create(
        "Eerste bijeenkomst", datetime.date(2026, 11, 23), ["Anna", "Jan"], AGENDA
    )
    opened.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-g1", activiteit="a1")
    opened.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-g2", activiteit="a1")
    opened.record("notitie", deck="ouderbetrokkenheid", kaart="1.1-g1", tekst="Veel herkenning")
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen")
    opened.close()
    [path] = SessionStore(home).paths()
    target = tmp_path / "verslag.pdf"
    code = main(
        ["exporteren", path.stem, "--formaat", "pdf", "--uitvoer", str(target),
         "--datamap", str(home)]
    )  # fmt: skip
    assert code == 0
    words = _words(target)
    margin = next(left for _, left, w in words if w == "Eerste")
    headings = ("Agenda", "Besproken", "Notities", "Actiepunten", "Anna", "Jan")
    starts = {w: left for _, left, w in words if w in headings}  # the last: the heading
    assert set(starts) == set(headings), starts  # each heading was found
    assert all(abs(left - margin) < 0.5 for left in starts.values()), (margin, starts)
    # The lists themselves still stand in: a drawn card's line starts right of the margin.
    bullet_text = next(left for _, left, w in words if w == "Ouders")
    assert bullet_text > margin + 10
