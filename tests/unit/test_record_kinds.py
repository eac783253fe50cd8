"""Each kind of record is declared once: its TypedDict gives the checks on a record read
from disk, types the function that adds it up, and lets mypy check what the app writes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from mypy import api

from kaarten.journal.kinds import Kinds
from kaarten.journal.records import RecordError
from kaarten.own.logbook import LOGBOOK
from kaarten.own.prep import FORM
from kaarten.session.model import SESSION, KaartRecord

LOGS = {"sessie": SESSION, "logboek": LOGBOOK, "formulier": FORM}


@pytest.mark.parametrize("log", LOGS.values(), ids=LOGS.keys())
def test_every_kind_of_a_log_is_declared_once(log: Kinds[object]) -> None:
    names = [kind.name for kind in log.kinds]
    assert len(names) == len(set(names)) == len(log.by_name)
    for kind in log.kinds:
        declared = set(kind.shape.__annotations__)
        assert set(kind.required) | set(kind.optional) == declared, kind.name


def test_a_record_read_from_disk_is_checked_against_its_declaration() -> None:
    stamp = {"nr": 2, "tijd": "2026-11-23T10:00:00"}
    # The declaration says "kaart" is required and "deelnemer" may be None.
    assert set(KaartRecord.__annotations__) >= {"kaart", "deelnemer"}
    with pytest.raises(RecordError) as missing:
        SESSION.check({**stamp, "soort": "kaart", "deck": "d"})
    assert missing.value.params == {"field": "kaart", "kind": "kaart"}
    SESSION.check({**stamp, "soort": "kaart", "deck": "d", "kaart": "k", "deelnemer": None})
    with pytest.raises(RecordError) as wrong:
        SESSION.check({**stamp, "soort": "kaart", "deck": "d", "kaart": "k", "deelnemer": 3})
    assert wrong.value.params == {"field": "deelnemer", "kind": "kaart"}
    with pytest.raises(RecordError):  # JSON true is not a number of seconds
        SESSION.check(
            {**stamp, "soort": "timer", "activiteit": "a", "actie": "start", "verstreken": True}
        )


def test_mypy_refuses_a_record_written_without_its_declared_fields(tmp_path: Path) -> None:
    writer = tmp_path / "writer.py"
    writer.write_text(
        textwrap.dedent(
            """
            from kaarten.session.model import CARD, NOTE
            from kaarten.session.store import OpenSession

            def write(opened: OpenSession) -> None:
                opened.add(CARD.new({"deck": "d", "kaart": "k"}))
                opened.add(CARD.new({"deck": "d"}))
                opened.add(NOTE.new({"deck": "d", "kaart": "k", "tekst": 3}))
            """
        ),
        encoding="utf-8",
    )
    out, _, status = api.run(
        [str(writer), "--cache-dir", str(tmp_path / "cache"), "--no-error-summary"]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert [line.split(":")[1] for line in errors] == ["7", "8"], out  # not line 6
    assert '"kaart"' in errors[0] and "tekst" in errors[1]
