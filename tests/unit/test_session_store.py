"""Sessions in the data folder: made, changed, read back, reviewed; hostile names and
broken files (BAD_INPUT sections C and D)."""

from __future__ import annotations

import datetime
import json
import stat
import unicodedata
from pathlib import Path

import pytest

from kaarten import clock
from kaarten.journal.log import FORMAT, encode, read_log
from kaarten.session.model import RecordError
from kaarten.session.service import Sessions
from kaarten.session.store import OpenSession, ReadOnly, SessionStore, check_name

DAY = datetime.date(2026, 11, 23)
AGENDA = [
    {"id": "a1", "soort": "energizer", "titel": "Energizer 1", "minuten": 10, "deck": "e"},
    {"id": "a2", "soort": "kaartenset", "titel": "1.1", "minuten": 30, "items": ["1.1"]},
    {"id": "a3", "soort": "afsluiting", "titel": "Afsluiting", "minuten": 15},
]


def new(
    store: SessionStore, names: list[str] | None = None, week: int = 0, **kwargs: object
) -> OpenSession:
    day = DAY + datetime.timedelta(weeks=week)
    return store.create("Bijeenkomst 1", day, names or ["Anna", "Bram"], AGENDA, **kwargs)  # type: ignore[arg-type]


def only_file(store: SessionStore) -> Path:
    [path] = store.paths()
    return path


HOSTILE = [
    "../../.ssh/x",
    "Jan/Piet",
    "C:\\Temp\\a",
    "CON",
    "aux.txt",
    "Jan.",
    "🧑‍🏫 Juf Anna",
    "محمد",
    "שרה",
    "[red]rood[/]",
    "\x1b[31mrood",
    "x" * 200,
]


def test_hostile_names_are_data_and_never_part_of_a_path(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    opened = new(store, HOSTILE)
    opened.close()
    path = only_file(store)
    assert path.parent == tmp_path / "sessies"
    assert path.name.startswith("2026-11-23-") and path.suffix == ".jsonl"
    # The log, and the lock file beside it that keeps a second writer out.
    assert {p.name for p in tmp_path.rglob("*")} == {"sessies", path.name, f"{path.name}.lock"}
    names = [p.name for p in store.open(path).session.participants]  # type: ignore[union-attr]
    assert names[:9] == HOSTILE[:9] and names[11] == "x" * 200
    assert "\x1b" not in names[10] and names[10].endswith("[31mrood")  # ESC made visible


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (" Jan ", "Jan"),
        ("Jan\nPiet", "Jan Piet"),
        (unicodedata.normalize("NFD", "José"), "José"),
    ],
)
def test_names_are_tidied(typed: str, kept: str) -> None:
    assert check_name(typed) == kept


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "session.name_empty"),
        ("   ", "session.name_empty"),
        ("\u200b\u200b", "session.name_empty"),
        ("x" * 201, "session.name_too_long"),
        ("x" * 10_000, "session.name_too_long"),
    ],
)
def test_names_that_cannot_be_kept(tmp_path: Path, typed: str, code: str) -> None:
    with pytest.raises(ValueError, match=code):
        check_name(typed)
    with pytest.raises(ValueError, match=code):
        new(SessionStore(tmp_path), [typed])
    assert SessionStore(tmp_path).paths() == []


def test_every_change_is_in_the_log_and_reads_back_the_same(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    opened = new(store)
    opened.record("activiteit", activiteit="a2")
    opened.record("timer", activiteit="a2", actie="start", verstreken=0)
    opened.record(
        "kaart", deck="ouderbetrokkenheid", kaart="1.1.1", activiteit="a2", deelnemer="d1"
    )
    opened.record("notitie", deck="ouderbetrokkenheid", kaart="1.1.1", tekst="eerste")
    opened.record("notitie", deck="ouderbetrokkenheid", kaart="1.1.1", tekst="tweede")
    opened.record("timer", activiteit="a2", actie="minuut", verstreken=61.5)
    opened.record("timer", activiteit="a2", actie="pauze", verstreken=75.25)
    opened.record("actiepunt", id="p1", deelnemer="d1", tekst="Ouders bellen", datum="2026-12-01")
    opened.record("actiepunt", id="p2", deelnemer="d2", tekst="Visie lezen", kaartenset="1.4")
    opened.record("actiepunt_bewerkt", id="p1", tekst="Ouders van Tim bellen")
    opened.record("actiepunt_klaar", id="p2", klaar=True)
    opened.record("actiepunt", id="p3", deelnemer="d2", tekst="weg")
    opened.record("actiepunt_verwijderd", id="p3")
    opened.record("voor_later", deck="ouderbetrokkenheid", kaart="1.1.2")
    opened.record("agenda", agenda=[AGENDA[1], AGENDA[0]])
    opened.record("afgesloten")
    live = opened.session
    opened.close()
    again = store.open(only_file(store)).session
    assert again == live
    assert again is not None
    assert [a.id for a in again.agenda] == ["a2", "a1"]
    assert [n.text for n in again.notes_on("ouderbetrokkenheid", "1.1.1")] == ["eerste", "tweede"]
    assert again.timers["a2"].elapsed == 75.25 and again.timers["a2"].extra_minutes == 1
    assert not again.timers["a2"].running
    assert [(p.id, p.text) for p in again.open_actions()] == [("p1", "Ouders van Tim bellen")]
    assert again.actions["p3"].deleted  # recorded, not erased
    assert again.draws[0].participant == "d1" and again.closed
    # Deletion is a record of its own: the text is still in the file.
    assert b'"weg"' in only_file(store).read_bytes()


def test_a_malformed_change_is_refused_before_it_is_written(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    opened = new(store)
    size = only_file(store).stat().st_size
    with pytest.raises(RecordError) as refused:
        opened.record("actiepunt_klaar", id="nope", klaar=True)
    assert refused.value.code == "log.unknown_action"
    with pytest.raises(RecordError) as refused:
        opened.record("timer", activiteit="a1", actie="ontploffen", verstreken=0)
    assert refused.value.code == "log.field" and refused.value.params["field"] == "actie"
    assert only_file(store).stat().st_size == size


def rewrite(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    records = read_log(path).records
    change(records)
    path.write_bytes(b"".join(encode({k: v for k, v in r.items() if k != "crc"}) for r in records))


def test_a_session_from_a_newer_kaarten_is_read_only_and_untouched(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    new(store).close()
    path = only_file(store)
    rewrite(path, lambda records: records[0].update(formaat=FORMAT + 1))
    before = path.read_bytes()
    opened = store.open(path)
    assert opened.read_only == "log.newer" and opened.journal is None
    with pytest.raises(ReadOnly):
        opened.record("afgesloten")
    assert path.read_bytes() == before


def test_a_record_with_wrong_types_names_its_line_and_field(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    opened = new(store)
    opened.record("notitie", deck="d", kaart="k", tekst="goed")
    opened.record("notitie", deck="d", kaart="k", tekst="ook goed")
    opened.close()
    path = only_file(store)
    rewrite(path, lambda records: records[2].update(nr="2", tekst=7))
    opened = store.open(path)
    assert opened.read_only == "log.damaged"
    assert [(p.code, p.line, p.params["field"]) for p in opened.problems] == [
        ("log.field", 3, "nr")
    ]
    assert [n.text for n in opened.session.notes] == ["goed"]  # type: ignore[union-attr]
    copy = store.repair(path)
    assert copy.name.startswith(path.name + ".corrupt-")
    assert store.open(path).read_only is None


@pytest.mark.dates
def test_a_damaged_copy_is_as_old_as_the_app_clock_says(
    tmp_path: Path, today: datetime.date
) -> None:
    """A copy is offered for removal a month after it was made by the app's clock, whatever
    the computer's own date (a test on another day, a wrong BIOS clock)."""
    store = SessionStore(tmp_path)
    opened = new(store)
    opened.record("notitie", deck="d", kaart="k", tekst="goed")
    opened.close()
    path = only_file(store)
    rewrite(path, lambda records: records[1].update(nr="1"))
    copy = store.repair(path)
    sessions = Sessions(tmp_path)
    assert sessions.damaged_copies() == ([copy], [])
    clock.set_clock(today + datetime.timedelta(days=29))
    assert sessions.damaged_copies() == ([copy], [])
    clock.set_clock(today + datetime.timedelta(days=31))
    assert sessions.damaged_copies() == ([copy], [copy])
    assert sessions.remove_old_copies().files == 1 and path.exists() and not copy.exists()


def test_a_second_instance_reads_but_cannot_write(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    first = new(store)
    second = store.open(only_file(store))
    assert second.read_only == "log.locked" and second.session is not None
    first.close()


def test_a_file_that_is_no_session_is_reported(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    store.prepare()
    (store.folder / "leeg.jsonl").write_bytes(b"")
    (store.folder / "json.jsonl").write_bytes(encode({"soort": "iets", "nr": 0, "tijd": "t"}))
    # Nothing usable: read-only as damaged (h keeps a copy and starts afresh), and the
    # problem says what is wrong.
    empty = store.open(store.folder / "leeg.jsonl")
    assert (empty.read_only, empty.problems[0].code) == ("log.damaged", "log.empty")
    other = store.open(store.folder / "json.jsonl")
    assert (other.read_only, other.problems[0].code) == ("log.damaged", "log.no_header")
    assert [s.problem.code for s in store.summaries() if s.problem] == [
        "log.no_header",
        "log.empty",
    ]


def test_wide_permissions_are_narrowed_with_a_notice(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    new(store).close()
    store.folder.chmod(0o755)
    only_file(store).chmod(0o644)
    assert store.prepare() == ["session.folder_mode_fixed", "session.file_mode_fixed"]
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(only_file(store).stat().st_mode) == 0o600
    assert store.prepare() == []


def test_every_folder_kaarten_makes_is_private(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "nieuw" / "kaarten")
    store.prepare()
    for folder in (store.folder, store.folder.parent, store.folder.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_data_folder_that_cannot_be_written_is_found_before_the_session(
    tmp_path: Path,
) -> None:
    (tmp_path / "data").write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        SessionStore(tmp_path / "data").prepare()


def test_open_action_points_come_back_until_a_review_closes_them(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    first = new(store, ["Anna", "Bram"])
    first.record("actiepunt", id="p1", deelnemer="d1", tekst="Anna 1")
    first.record("actiepunt", id="p2", deelnemer="d2", tekst="Bram 1")
    first.record("actiepunt", id="p3", deelnemer="d1", tekst="Anna klaar")
    first.record("actiepunt_klaar", id="p3", klaar=True)
    first.close()
    nfd_anna = unicodedata.normalize("NFD", "anna ")
    second = new(store, [nfd_anna, "Chris"], week=1, previous=first.session.id)  # type: ignore[union-attr]
    points = store.earlier_open_actions([nfd_anna, "Chris"], second.session.id)  # type: ignore[union-attr]
    assert [(p.text, name) for _, p, name in points] == [("Anna 1", "Anna")]
    second.record("beoordeling", sessie=first.session.id, actiepunt="p1", besluit="doorgeschoven")  # type: ignore[union-attr]
    assert len(store.earlier_open_actions(["Anna"], "x")) == 1
    second.record("beoordeling", sessie=first.session.id, actiepunt="p1", besluit="klaar")  # type: ignore[union-attr]
    assert store.earlier_open_actions(["Anna"], "x") == []
    second.close()
    [one, two] = store.summaries()
    assert (one.open_actions, two.open_actions) == (1, 0)  # Bram's point is still open
    assert one.participants == ("Anna", "Bram") and one.title == "Bijeenkomst 1"


def test_the_group_remembers_discussed_cards_and_cards_for_later(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    first = new(store, ["Anna", "Bram"])
    first.record("kaart", deck="d", kaart="1.1.1")
    first.record("voor_later", deck="d", kaart="1.1.2")
    first.record("voor_later", deck="d", kaart="1.1.3")
    first.record("notitie", deck="d", kaart="1.1.1", tekst="Veel herkenning")
    first.close()
    other = new(store, ["Dirk", "Eva", "Fien"], week=1)
    other.record("kaart", deck="d", kaart="2.1.1")
    other.close()
    second = new(store, ["Anna", "Bram", "Chris"], week=2)
    history = store.group_history(["Anna", "Bram", "Chris"], second.session.id)  # type: ignore[union-attr]
    assert history.discussed == {("d", "1.1.1")}
    assert history.later == [("d", "1.1.2"), ("d", "1.1.3")]
    assert history.notes == {("d", "1.1.1"): [(first.session.date, "Veel herkenning")]}  # type: ignore[union-attr]
    second.record("kaart", deck="d", kaart="1.1.2")
    second.close()
    assert store.group_history(["Anna", "Bram"], "new").later == [("d", "1.1.3")]


def test_the_log_is_plain_json_lines(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    opened = new(store)
    opened.record("notitie", deck="d", kaart="k", tekst="José zegt: [b]hoi[/b]")
    opened.close()
    lines = only_file(store).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["deelnemers"] == [
        {"id": "d1", "naam": "Anna"},
        {"id": "d2", "naam": "Bram"},
    ]
    assert "José zegt: [b]hoi[/b]" in lines[1]


@pytest.mark.parametrize("names", [["Anna", "anna"], ["Anna", " Anna "], ["José", "Jose\u0301"]])
def test_two_people_with_one_name_are_refused(tmp_path: Path, names: list[str]) -> None:
    """kaarten tells people apart by name (taking one out takes every one of that name)."""
    store = SessionStore(tmp_path)
    with pytest.raises(ValueError, match=r"session\.name_twice"):
        store.create("Bijeenkomst", DAY, [*names, "Bram"], AGENDA)
    assert store.paths() == []


class PowerCut(BaseException):
    """The computer stops here (nothing in kaarten catches it)."""


def test_a_deletion_cut_off_at_any_step_is_found_and_finished_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exports go before the log: an interrupted deletion leaves the log, so it is listed
    and deleted again, never a deleted session's handouts without it."""
    import os

    from kaarten.locations import session_exports

    real_unlink = os.unlink
    step = 0
    while True:
        home = tmp_path / f"thuis-{step}"
        store = SessionStore(home)
        opened = new(store)
        opened.close()
        exports = session_exports(home, opened.path.stem)
        exports.mkdir(parents=True)
        for name in ("sessie.md", "actiepunten.csv"):
            (exports / name).write_text("Anna")
        opened.path.with_name(opened.path.name + ".corrupt-1").write_text("Anna")
        calls = 0

        def unlink(path: object, *args: object, limit: int = step, **kwargs: object) -> None:
            nonlocal calls
            calls += 1
            if calls > limit:
                raise PowerCut
            real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "unlink", unlink)
        try:
            store.delete(opened.path)
        except PowerCut:
            pass
        else:
            break  # no step left to cut
        finally:
            monkeypatch.setattr(os, "unlink", real_unlink)
        if not opened.path.exists():  # the log is gone: so is everything else
            assert not exports.exists() and store.paths() == []
            assert not list(opened.path.parent.glob("*.corrupt-*"))
        store.delete(opened.path)  # again, as the list or opruimen would
        assert store.paths() == [] and not exports.exists()
        assert [p.name for p in store.folder.iterdir()] == []
        step += 1
    assert step >= 5  # two exports, the folder, the copy, the log


@pytest.mark.parametrize(
    ("seconds", "added", "shown"),
    [
        (81, 0, "| Energizer | 1 min | 1:21 (0:21 te lang) |"),
        (17, 0, "| Energizer | 1 min | 0:17 |"),
        (81, 1, "| Energizer | 1 min | 1:21 |"),  # a minute added: planned, not over
        (14 * 60, 0, "| Energizer | 1 min | 14 min (13 min te lang) |"),
    ],
)
def test_the_report_shows_time_to_the_second_and_an_overrun_as_one(
    tmp_path: Path, seconds: int, added: int, shown: str
) -> None:
    """81 s on a 1-minute energizer read "1/1 min"; 17 s read "0 min"."""
    from kaarten.session.export import markdown

    agenda = [{"id": "a1", "soort": "energizer", "titel": "Energizer", "minuten": 1,
               "deck": "energizers", "items": ["1"]}]  # fmt: skip
    opened = SessionStore(tmp_path).create("Kort", datetime.date(2026, 11, 23), ["Anna"], agenda)
    opened.record("timer", activiteit="a1", actie="start", verstreken=0)
    for _ in range(added):
        opened.record("timer", activiteit="a1", actie="minuut", verstreken=0)
    opened.record("timer", activiteit="a1", actie="pauze", verstreken=seconds)
    session = opened.session
    opened.close()
    assert session is not None
    assert shown in markdown(session, "nl")
