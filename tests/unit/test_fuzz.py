"""Fuzzing the two readers of hostile files: the deck loader and the log reader.

For any input: no exception escapes (only our own problem values come back), no message
holds a control character, and each input is handled in bounded time (hypothesis's
deadline). CI runs a bounded number of examples; ``--hypothesis-profile=grondig`` runs
many more (see docs/ontwikkelen.md).
"""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaarten.cli import sessions as cli_sessions
from kaarten.deck.library import load_file, load_library
from kaarten.own.logbook import OpenLogbook
from kaarten.own.prep import OpenForm
from kaarten.session.store import SessionStore
from kaarten.text import clean
from tests.hostile import forged_log, session_header, with_checksum

DEADLINE = timedelta(seconds=5)
"""Per input: generous for a noisy shared machine, short enough to catch a hang."""

# -- decks ---------------------------------------------------------------------------------

FRAGMENTS = [
    "soort: ", "kaartenset", "deck", "definities", "bijlage", "energizers", "\n", "  ",
    "- ", ": ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!python/object/apply:os.system ",
    "!a%1B%5B31m ", "!!binary ", "!!set ", '"', "'", " #", "\t", "\x1b]0;x\x07", "\u202e",
    "\u0085", "\u00a0", "\u200b", "id: ", "tekst: ", "titel: ", "thema: ", "doel: ",
    "werkwijze: ", "gesprekskaarten:\n", "definities: [", "bijlagen: [", "---\n", "...\n",
    "\ufeff", "%YAML 1.1\n", "? ", "|\n", ">-\n", "\\e", "\\x9b", "1.10", "nee", "1:30",
    "ouderbetrokkenheid", "3.3-checklist", "vorm: checklist\ngroepen:\n", "stappen:\n",
]  # fmt: skip

yaml_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=60).map(
    "".join
)
SET_START = 'soort: kaartenset\nid: "f.1"\nthema: "1"\ntitel: F\ndoel: d\nwerkwijze: w\n'


def _all_clean(texts: list[str]) -> None:
    for text in texts:
        assert clean(text) == text, repr(text)


@settings(deadline=DEADLINE, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(source=st.one_of(yaml_like, yaml_like.map(SET_START.__add__)), raw=st.binary(max_size=64))
def test_the_loader_never_raises_and_says_everything_cleanly(
    tmp_path_factory: pytest.TempPathFactory, source: str, raw: bytes
) -> None:
    folder = tmp_path_factory.mktemp("deck")
    (folder / "deck.yaml").write_text(
        'soort: deck\nid: fuzz\ntitel: F\nthemas:\n  - id: "1"\n    titel: T\n', encoding="utf-8"
    )
    (folder / "fuzz.yaml").write_text(source, encoding="utf-8", errors="surrogatepass")
    (folder / "bytes.yaml").write_bytes(raw)
    result = load_library([folder])
    _, alone = load_file(folder / "fuzz.yaml")
    problems = [*result.problems, *alone]
    _all_clean([p.render(lang) for p in problems for lang in ("nl", "en")])
    _all_clean([json.dumps(p.as_json(), ensure_ascii=False) for p in problems])
    for deck in result.library.decks.values():
        _all_clean([card.text for card in deck.cards()])


# -- logs ----------------------------------------------------------------------------------

KINDS = [
    "sessie", "deelnemers", "agenda", "activiteit", "timer", "kaart", "notitie", "actiepunt",
    "actiepunt_bewerkt", "actiepunt_klaar", "actiepunt_verwijderd", "beoordeling",
    "voor_later", "afgesloten", "logboek", "antwoord", "gelezen", "formulier", "veld",
    "keuzes", "stap", "vaardigheid", "onbekend",
]  # fmt: skip
FIELDS = [
    "id", "titel", "datum", "deelnemers", "agenda", "vorige", "activiteit", "actie",
    "verstreken", "deck", "kaart", "deelnemer", "tekst", "sessie", "actiepunt", "besluit",
    "klaar", "kaartenset", "pagina", "veld", "keuzes", "stap", "vaardigheid", "formaat",
    "minuten", "items", "naam", "soort", "bijlage",
]  # fmt: skip
IDS = ["a1", "d1", "p1", "x", "/tmp/x", "../x", "\x1b[2J", ""]

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
        st.sampled_from(IDS),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4),
    ),
    max_leaves=12,
)
records = st.builds(
    lambda kind, number, fields: (
        {"nr": number, "tijd": "2026-11-23T10:00:00+01:00"} | fields | {"soort": kind}
    ),
    st.sampled_from(KINDS),
    st.integers(min_value=-1, max_value=40),
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6),
)
headers = st.one_of(
    st.just(session_header()),
    st.builds(lambda changes: session_header(**changes), st.dictionaries(
        st.sampled_from(FIELDS), json_values, max_size=3)),
    st.sampled_from([
        {"nr": 0, "tijd": "t", "soort": "logboek", "formaat": 1},
        {"nr": 0, "tijd": "t", "soort": "formulier", "formaat": 1, "id": "f1", "deck": "d",
         "bijlage": "b"},
    ]),
)  # fmt: skip
lines = st.one_of(
    records.map(lambda r: json.dumps(r, ensure_ascii=False).encode()),
    st.binary(max_size=40).map(lambda b: b"{" + b + b"}"),  # any bytes, with a valid CRC
)


@settings(deadline=DEADLINE, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=headers, rest=st.lists(lines, max_size=8), tail=st.binary(max_size=20))
def test_the_log_reader_never_raises_and_says_everything_cleanly(
    tmp_path_factory: pytest.TempPathFactory,
    header: dict[str, object],
    rest: list[bytes],
    tail: bytes,
) -> None:
    data = tmp_path_factory.mktemp("data")
    store = SessionStore(data)
    path = forged_log(store.folder / "2026-11-23-100000-abcdef.jsonl", [header])
    with path.open("ab") as log:
        for line in rest:
            log.write(with_checksum(line))
        log.write(tail)

    messages: list[str] = []
    for opened in (
        store.open(path, write=False),
        OpenLogbook.read(path, write=False),
        OpenForm.read(path, write=False),
    ):
        messages += [cli_sessions._message(p, "nl") for p in opened.problems]
    messages += [cli_sessions._message(s.problem, "nl") for s in store.summaries() if s.problem] + [
        s.title for s in store.summaries()
    ]
    for form in ("md", "csv", "json"):
        out, err = io.StringIO(), io.StringIO()
        cli_sessions.export_session("2026", None, form, data, [], "nl", out, err)
        messages += [err.getvalue()]
        if form == "json" and out.getvalue():
            json.loads(out.getvalue())
        elif out.getvalue():
            messages.append(out.getvalue().replace("\n", " "))
    _all_clean([m.replace("\n", " ") for m in messages])
    opened = store.open(path)  # for writing: whatever it is, opening never raises
    opened.close()
