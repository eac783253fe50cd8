"""kaarten deelnemer NAAM --export: everything kept about one person, from every session,
and nothing about anyone else."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.session.store import SessionStore

AGENDA = [
    {
        "id": "a1",
        "soort": "kaartenset",
        "titel": "1.1",
        "minuten": 30,
        "deck": "ouderbetrokkenheid",
        "items": ["1.1"],
    },
]


def _session(home: Path, title: str, names: list[str]) -> None:
    opened = SessionStore(home).create(title, datetime.date(2026, 11, 23), names, AGENDA)
    records = [
        (
            "kaart",
            {
                "activiteit": "a1",
                "deck": "ouderbetrokkenheid",
                "kaart": "1.1-g1",
                "deelnemer": "d1",
            },
        ),
        (
            "notitie",
            {"deck": "ouderbetrokkenheid", "kaart": "1.1-g1", "tekst": f"Notitie voor {names[0]}"},
        ),
    ]
    if len(names) > 1:
        records += [
            (
                "kaart",
                {
                    "activiteit": "a1",
                    "deck": "ouderbetrokkenheid",
                    "kaart": "1.1-g2",
                    "deelnemer": "d2",
                },
            ),
            ("notitie", {"deck": "ouderbetrokkenheid", "kaart": "1.1-g2", "tekst": "Over Bram"}),
            ("actiepunt", {"id": "p9", "deelnemer": "d2", "tekst": "Brams punt"}),
        ]
    records.append(("actiepunt", {"id": "p1", "deelnemer": "d1", "tekst": f"Punt van {title}"}))
    for kind, fields in records:
        opened.record(kind, **fields)
    opened.close()


def test_everything_about_one_person_and_nothing_else(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    _session(home, "Tweede", ["  sanne "])  # the same person, typed differently
    _session(home, "Zonder haar", ["Bram"])
    assert main(["deelnemer", "Sanne", "--export", "--data-dir", str(home)]) == 0
    out = capsys.readouterr().out
    assert "Alles uit 2 sessies" in out
    folder = home / "exports" / "deelnemers"
    data = json.loads((folder / "deelnemer-sanne.json").read_text())
    assert sorted(s["titel"] for s in data["sessies"]) == ["Eerste", "Tweede"]
    first = next(s for s in data["sessies"] if s["titel"] == "Eerste")
    assert first["kaarten"] == [{"deck": "ouderbetrokkenheid", "kaart": "1.1-g1"}]
    assert [n["tekst"] for n in first["notities"]] == ["Notitie voor Sanne"]
    assert [p["tekst"] for p in first["actiepunten"]] == ["Punt van Eerste"]
    markdown = (folder / "deelnemer-sanne.md").read_text()
    assert "Punt van Tweede" in markdown and "gesprekskaart 1" in markdown.lower()
    everything = (folder / "deelnemer-sanne.md").read_text() + json.dumps(data)
    for other in ("Bram", "Brams punt", "Over Bram", "Zonder haar"):
        assert other not in everything
    assert (folder / "deelnemer-sanne.md").stat().st_mode & 0o777 == 0o600


def test_someone_unknown_is_said_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne"])
    assert main(["deelnemer", "Niemand", "--export", "--data-dir", str(home)]) == 1
    assert "Geen deelnemer 'Niemand'" in capsys.readouterr().err
    assert not (home / "exports").exists()
