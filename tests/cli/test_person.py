"""kaarten deelnemer NAAM --export: everything kept about one person, from every session,
and nothing about anyone else."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from kaarten.cli.main import main
from kaarten.session.person import export_name
from kaarten.session.store import SessionStore
from tests.hostile import forged_log, session_header

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
    assert main(["deelnemer", "exporteren", "Sanne", "--datamap", str(home)]) == 0
    out = capsys.readouterr().out
    assert "Alles uit 2 sessies" in out
    folder = home / "exports" / "deelnemers"
    base = export_name("Sanne")
    assert base == export_name("  sanne ")  # one person, one file
    data = json.loads((folder / f"{base}.json").read_text())
    assert sorted(s["titel"] for s in data["sessies"]) == ["Eerste", "Tweede"]
    first = next(s for s in data["sessies"] if s["titel"] == "Eerste")
    assert first["kaarten"] == [{"deck": "ouderbetrokkenheid", "kaart": "1.1-g1"}]
    assert [n["tekst"] for n in first["notities"]] == ["Notitie voor Sanne"]
    assert [p["tekst"] for p in first["actiepunten"]] == ["Punt van Eerste"]
    markdown = (folder / f"{base}.md").read_text()
    assert "Punt van Tweede" in markdown and "gesprekskaart 1" in markdown.lower()
    everything = (folder / f"{base}.md").read_text() + json.dumps(data)
    for other in ("Bram", "Brams punt", "Over Bram", "Zonder haar"):
        assert other not in everything
    assert (folder / f"{base}.md").stat().st_mode & 0o777 == 0o600


def test_someone_unknown_is_said_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne"])
    assert main(["deelnemer", "exporteren", "Niemand", "--datamap", str(home)]) == 1
    assert "Geen deelnemer 'Niemand'" in capsys.readouterr().err
    assert not (home / "exports").exists()


def _remove(home: Path, name: str = "Sanne") -> int:
    return main(["deelnemer", "verwijderen", name, "--ja", "--datamap", str(home)])


def _everything(home: Path) -> str:
    return "".join(p.read_bytes().decode() for p in home.rglob("*") if p.is_file())


def test_removing_a_person_rewrites_every_log_without_them_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kaarten.journal.log import read_log
    from kaarten.locations import session_exports

    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    _session(home, "Tweede", ["  sanne "])
    store = SessionStore(home)
    first = next(p for p in store.paths() if b'"Eerste"' in p.read_bytes())
    first.with_name(first.name + ".corrupt-20261101-100000").write_text("Sanne stond hier")
    exports = session_exports(home, first.stem)
    exports.mkdir(parents=True)
    (exports / "sessie.md").write_text("Sanne en Bram")
    before = [r["soort"] for r in read_log(first).records]
    assert main(["deelnemer", "verwijderen", "Sanne", "--datamap", str(home)]) == 1  # no --ja
    assert "Sanne" in _everything(home)
    assert _remove(home) == 0
    assert "Sanne is uit 2 sessies gehaald." in capsys.readouterr().out
    everything = _everything(home)
    for gone in ("Sanne", "sanne", "Notitie voor", "Punt van Eerste", "Punt van Tweede"):
        assert gone not in everything  # in no log, copy or export
    # Everything else stays, in its order, and the logs read back whole.
    after = [r["soort"] for r in read_log(first).records]
    assert before == ["sessie", "kaart", "notitie", "kaart", "notitie", "actiepunt", "actiepunt"]
    assert after == ["sessie", "kaart", "kaart", "notitie", "actiepunt"]
    assert [r["nr"] for r in read_log(first).records] == list(range(len(after)))
    opened = store.open(first, write=False)
    assert opened.session is not None and not opened.problems
    session = opened.session
    assert [p.name for p in session.participants] == ["Bram"]
    assert [a.text for a in session.actions.values()] == ["Brams punt"]
    assert [n.text for n in session.notes] == ["Over Bram"]
    assert [(d.card, d.participant) for d in session.draws] == [("1.1-g1", None), ("1.1-g2", "d2")]
    assert not exports.exists()


def test_a_damaged_log_is_left_as_it_was_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    [path] = SessionStore(home).paths()
    with path.open("ab") as log:
        log.write(b'{"nr":9,"half')  # a line cut off by a crash
    before = path.read_bytes()
    assert _remove(home) == 1
    assert "niet veranderd" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_log_another_kaarten_writes_is_left_as_it_was_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    store = SessionStore(home)
    [path] = store.paths()
    writing = store.open(path)  # the session is open in another kaarten
    assert writing.journal is not None
    before = path.read_bytes()
    assert _remove(home) == 1
    assert "niet veranderd" in capsys.readouterr().err
    assert path.read_bytes() == before
    writing.close()
    assert _remove(home) == 0
    assert b"Sanne" not in path.read_bytes()


def test_removal_takes_what_was_exported_about_them_and_only_that(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram", "محمد", "مريم"])
    for name in ("Sanne", "Bram", "محمد", "مريم"):
        assert main(["deelnemer", "exporteren", name, "--datamap", str(home)]) == 0
    folder = home / "exports" / "deelnemers"
    assert len(list(folder.glob("*.json"))) == 4  # names without ASCII letters do not collide
    (folder / "deelnemer-sanne.md").write_text("# Sanne, exported by an older kaarten")
    capsys.readouterr()
    assert _remove(home) == 0
    assert "Ook 3 andere bestanden" in capsys.readouterr().out
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(
        f"{export_name(n)}.{s}" for n in ("Bram", "محمد", "مريم") for s in ("md", "json")
    )
    assert "Sanne" not in _everything(home)
    assert _remove(home, "محمد") == 0
    assert "محمد" not in _everything(home) and "مريم" in _everything(home)


def test_a_copy_whose_log_a_repair_removed_goes_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    store = SessionStore(home)
    [path] = store.paths()
    path.write_bytes(path.read_bytes().replace(b'"Eerste"', b'"Eersta"', 1))  # header damaged
    store.repair(path)  # nothing readable: the log goes, its copy stays
    assert not path.exists() and list(path.parent.glob("*.corrupt-*"))
    assert _remove(home) == 0
    assert "Sanne" not in _everything(home)


def test_every_participant_of_that_name_goes_and_leftovers_of_a_crash_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    people = [
        {"id": "d1", "naam": "Sanne"},
        {"id": "d2", "naam": "Bram"},
        {"id": "d3", "naam": "SANNE"},
    ]
    points = [
        {"nr": n, "tijd": "t", "soort": "actiepunt", "id": f"p{n}", "deelnemer": who, "tekst": text}
        for n, who, text in (
            (1, "d1", "Eerste Sanne"),
            (2, "d3", "Tweede Sanne"),
            (3, "d2", "Bram"),
        )
    ]
    path = forged_log(
        home / "sessies" / "2026-11-23-100000-abcdef.jsonl",
        [session_header(deelnemers=people), *points],
    )
    # A rewrite killed half-way (its process is gone) left the old text beside the log.
    leftover = path.with_name(f".{path.name}.99999999.tmp")
    leftover.write_bytes(path.read_bytes())
    assert _remove(home) == 0
    assert "Sanne" not in _everything(home).replace("SANNE", "Sanne") and not leftover.exists()
    session = SessionStore(home).open(path, write=False).session
    assert session is not None
    assert [p.name for p in session.participants] == ["Bram"]
    assert [a.text for a in session.actions.values()] == ["Bram"]


def test_a_lock_that_is_a_link_stops_only_its_own_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    _session(home, "Eerste", ["Sanne", "Bram"])
    _session(home, "Tweede", ["Sanne"])
    store = SessionStore(home)
    first, second = store.paths()
    lock = first.with_name(first.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.symlink_to(tmp_path / "elders")
    before = first.read_bytes()
    assert _remove(home) == 1  # not all could be done: said, with the reason
    err = capsys.readouterr().err
    assert first.name in err and "niet veranderd" in err
    assert first.read_bytes() == before
    assert b"Sanne" not in second.read_bytes()
