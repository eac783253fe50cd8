"""``kaarten sessies`` and ``kaarten export``: the saved sessions from the command line,
as real processes with real exit codes."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kaarten.session.store import SessionStore

AGENDA = [
    {"id": "a1", "soort": "energizer", "titel": "Energizer 1", "minuten": 10},
    {"id": "a2", "soort": "kaartenset", "titel": "1.1 Behoefte van ouders", "minuten": 30},
]


def kaarten(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if home is not None:
        env["KAARTEN_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "kaarten", *args],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data folder with one session of two participants."""
    store = SessionStore(tmp_path)
    opened = store.create(
        "Bijeenkomst *3*", datetime.date(2026, 11, 23), ["Anna", "محمد", "Annemiek 🌷"], AGENDA
    )
    opened.record("timer", activiteit="a2", actie="start", verstreken=0)
    opened.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-g1", deelnemer="d1")
    opened.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-eigen-1", tekst="Wat vraag jij?")
    opened.record("timer", activiteit="a2", actie="pauze", verstreken=1935)
    opened.record("notitie", deck="ouderbetrokkenheid", kaart="1.1-g1", tekst="Veel herkenning")
    opened.record(
        "actiepunt", id="p1", deelnemer="d1", tekst="Koffieochtend plannen", datum="2026-12-15"
    )
    opened.record("actiepunt", id="p2", deelnemer="d2", tekst="=1+1 [b]vet[/b]", kaartenset="1.4")
    opened.record("actiepunt", id="p3", deelnemer="d3", tekst="Tulpen 🌷 halen")
    opened.record("voor_later", deck="ouderbetrokkenheid", kaart="1.1-g2")
    opened.close()
    return tmp_path


def session_id(home: Path) -> str:
    return SessionStore(home).paths()[0].stem


def test_sessies_lists_date_title_participants_and_open_points(home: Path) -> None:
    run = kaarten("sessies", home=home)
    assert run.returncode == 0, run.stderr
    assert session_id(home) in run.stdout
    heading, line = run.stdout.strip().splitlines()
    assert heading.split() == ["sessie", "datum", "open", "titel", "(stand):", "deelnemers"]
    assert "2026-11-23" in line and "Bijeenkomst *3*" in line and "Anna, محمد" in line
    column = heading.index("open")
    assert line[column : column + 4].strip() == "3"  # open action points, under "open"
    assert "niet afgesloten" in line


def test_export_for_excel_opens_in_columns_with_every_name_intact(home: Path) -> None:
    run = kaarten("exporteren", session_id(home), "--formaat", "excel", home=home)
    assert run.returncode == 0, run.stderr
    raw = run.stdout.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel needs to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["sessie", "datum", "deelnemer"]  # one column per field
    assert [row[2] for row in rows[1:]] == ["Anna", "محمد", "Annemiek 🌷"]
    assert rows[3][3] == "Tulpen 🌷 halen"


@pytest.mark.parametrize(
    ("typed", "found"),
    [("anna", "Anna"), ("annem", "Annemiek 🌷"), ("محم", "محمد"), ("ANNEMIEK 🌷", "Annemiek 🌷")],
)
def test_a_participant_is_found_by_a_unique_start_of_the_name(
    home: Path, typed: str, found: str
) -> None:
    run = kaarten("exporteren", session_id(home), "--deelnemer", typed, home=home)
    assert run.returncode == 0, run.stderr
    assert f"# Actiepunten van {found}" in run.stdout


def test_an_ambiguous_participant_lists_the_matches(home: Path) -> None:
    run = kaarten("exporteren", session_id(home), "--deelnemer", "an", home=home)
    assert run.returncode == 2
    assert "'an' past bij meer deelnemers: Anna, Annemiek 🌷" in run.stderr


def test_sessies_in_an_empty_data_folder(tmp_path: Path) -> None:
    run = kaarten("--datamap", str(tmp_path / "leeg"), "sessies", home=tmp_path / "other")
    assert run.returncode == 0
    assert "Nog geen sessies" in run.stdout and str(tmp_path / "leeg") in run.stdout


def test_export_markdown_shows_the_whole_session(home: Path) -> None:
    run = kaarten("exporteren", session_id(home)[:10], home=home)
    assert run.returncode == 0, run.stderr
    text = run.stdout
    assert text.startswith("# Bijeenkomst \\*3\\*\n")
    assert "| 1.1 Behoefte van ouders | 30 min | 32 min (2:15 te lang) |" in text
    # The card's text comes from the deck; an eigen vraag's from the log.
    # People see kaartenset and card number, not the ids (those stay in JSON).
    assert "kaartenset 1.1, gesprekskaart 1: " in text and "— Anna" in text
    assert "kaartenset 1.1, eigen vraag: Wat vraag jij?" in text
    assert "1.1-g1" not in text and "1.1-eigen-1" not in text
    assert "Veel herkenning" in text
    assert "- [ ] Koffieochtend plannen (voor dinsdag 15 december 2026)" in text
    assert "## Voor een volgende keer\n\n- kaartenset 1.1, gesprekskaart 2: " in text
    assert "=1+1 \\[b\\]vet\\[/b\\] (kaartenset 1.4)" in text


def test_export_for_one_participant_holds_only_their_points(home: Path) -> None:
    run = kaarten("exporteren", session_id(home), "--deelnemer", "ANNA", home=home)
    assert run.returncode == 0, run.stderr
    assert "# Actiepunten van Anna" in run.stdout
    assert "Koffieochtend plannen" in run.stdout
    assert "vet" not in run.stdout and "herkenning" not in run.stdout


def test_export_csv_is_safe_to_open_in_a_spreadsheet(home: Path) -> None:
    run = kaarten("exporteren", session_id(home), "--formaat", "csv", home=home)
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[0] == [
        "sessie",
        "datum",
        "deelnemer",
        "actiepunt",
        "uiterlijk",
        "kaartenset",
        "klaar",
    ]
    assert rows[2][3] == "'=1+1 [b]vet[/b]"  # a formula would run in a spreadsheet
    assert rows[1][2:5] == ["Anna", "Koffieochtend plannen", "2026-12-15"]


def test_export_json_for_scripts(home: Path) -> None:
    run = kaarten("exporteren", session_id(home), "--formaat", "json", "--taal", "en", home=home)
    data = json.loads(run.stdout)
    assert data["deelnemers"] == ["Anna", "محمد", "Annemiek 🌷"]
    assert data["agenda"][1]["werkelijk_minuten"] == 32
    assert [a["tekst"] for a in data["actiepunten"]] == [
        "Koffieochtend plannen",
        "=1+1 [b]vet[/b]",
        "Tulpen 🌷 halen",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["exporteren", "1999"], "Geen sessie '1999'"),
        (["exporteren", "2026", "--deelnemer", "Piet"], "Geen deelnemer 'Piet'"),
        (["exporteren", "2026", "--formaat", "docx"], "ongeldige keuze"),
    ],
)
def test_export_mistakes_exit_2_with_a_message(home: Path, args: list[str], message: str) -> None:
    run = kaarten(*args, home=home)
    assert run.returncode == 2
    assert message in run.stderr


def test_a_damaged_session_is_exported_in_part_with_a_warning(home: Path) -> None:
    path = SessionStore(home).paths()[0]
    lines = path.read_bytes().splitlines(keepends=True)
    lines[5] = lines[5].replace(b"herkenning", b"herkenninG")
    path.write_bytes(b"".join(lines))
    run = kaarten("exporteren", session_id(home), home=home)
    assert run.returncode == 1
    assert f"{path}:6: deze regel is beschadigd" in run.stderr
    assert "Wat vraag jij?" in run.stdout and "herkenning" not in run.stdout
    listed = kaarten("sessies", home=home)
    assert listed.returncode == 1 and "beschadigd" in listed.stdout


def _reviewed(home: Path) -> tuple[str, str]:
    """Two sessions of Anna's group: in the second, the review decided on the first's
    four points: one done, one carried over, one dropped, one left undecided."""
    from kaarten.session.model import Decision
    from kaarten.session.run import SessionRun

    store = SessionStore(home)
    first = store.create("Eerste", datetime.date(2026, 11, 9), ["Anna", "Bram"], AGENDA)
    first.record("kaart", deck="ouderbetrokkenheid", kaart="1.1-eigen-1", tekst="Wat vraag jij?",
                 deelnemer="d1", activiteit="a2")  # fmt: skip
    texts = ["Ouders bellen", "Nieuwsbrief maken", "Huisbezoek", "Koffieochtend"]
    for number, text in enumerate(texts, 1):
        first.record("actiepunt", id=f"p{number}", deelnemer="d1", tekst=text)
    first.record("afgesloten")
    earlier = first.session
    first.close()
    assert earlier is not None
    second = store.create("Tweede", datetime.date(2026, 11, 16), ["Anna", "Bram"], AGENDA)
    run = SessionRun(second)
    points = earlier.actions
    for point, decision in zip(
        ("p1", "p2", "p3"), (Decision.DONE, Decision.CARRIED, Decision.DROPPED), strict=True
    ):
        run.review(earlier, points[point], "Anna", decision)
    run.close()
    second.close()
    return earlier.id, run.session.id


def test_every_view_shows_an_action_point_as_later_reviews_left_it(home: Path) -> None:
    """A carried point was counted in both sessions, and exporting the first session again
    showed all four points open, the done and the dropped one too."""
    first, second = _reviewed(home)
    listed = kaarten("sessies", home=home)
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()[1:]}
    column = listed.stdout.splitlines()[0].index("open")
    counts = {sid: rows[sid][column : column + 4].strip() for sid in (first, second)}
    assert counts == {first: "1", second: "1"}  # the undecided one there, the copy here
    exported = kaarten("exporteren", first, home=home).stdout
    assert "- [x] Ouders bellen (klaar bij een latere bespreking)" in exported
    assert "- [ ] Nieuwsbrief maken (doorgeschoven naar een volgende sessie)" in exported
    assert "- [ ] Huisbezoek (vervallen bij een latere bespreking)" in exported
    assert "- [ ] Koffieochtend\n" in exported  # undecided: open
    rows_csv = list(csv.reader(io.StringIO(kaarten("exporteren", first, "--formaat", "csv",
                                                    home=home).stdout)))  # fmt: skip
    assert [row[-1] for row in rows_csv[1:]] == ["ja", "nee", "nee", "nee"]
    data = json.loads(kaarten("exporteren", first, "--formaat", "json", home=home).stdout)
    assert [p["besluit"] for p in data["actiepunten"]] == [
        "klaar", "doorgeschoven", "vervallen", None
    ]  # fmt: skip
    # What kaarten keeps about Anna: her name as kept, the decisions, her own question.
    person = kaarten("deelnemer", "exporteren", "anna", home=home)
    assert person.returncode == 0, person.stderr
    [written] = (home / "exports" / "deelnemers").glob("*.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# ") and "Anna" in text.splitlines()[0]
    assert "anna" not in text.splitlines()[0]
    assert "Ouders bellen (klaar bij een latere bespreking)" in text
    assert "Wat vraag jij?" in text
