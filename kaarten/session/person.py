"""Everything kaarten holds about one person, across all sessions (AVG: "what do you keep
about me?"): the sessions they were in, the cards dealt to them in a round, the notes about
them, their action points and the decisions on them."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kaarten.files.removal import (
    Deleted,
    damaged_copies,
    remove,
    remove_folder,
    temporary_leftovers,
)
from kaarten.files.safe import read_bounded
from kaarten.i18n import tr
from kaarten.i18n.dates import long_date
from kaarten.journal.actions import ACTION_NAMES
from kaarten.journal.lock import Locked
from kaarten.journal.log import MAX_BYTES, Record, copies_of, read_log, rewrite_log
from kaarten.locations import person_exports, session_exports
from kaarten.session.export import LATER_KEYS, CardText, file_slug
from kaarten.session.model import Decision, Session
from kaarten.session.store import OpenSession, SessionStore, later_decisions, name_key
from kaarten.text import clean_data, md


@dataclass(slots=True)
class PersonInSession:
    """One session, as far as it is about the person."""

    session: Session
    name: str
    cards: list[tuple[str, str]] = field(default_factory=list)
    """(deck, card) dealt to them in a round."""
    typed: dict[tuple[str, str], str] = field(default_factory=dict)
    """(deck, card) → the text of an eigen vraag among them (it lives only in the log)."""
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    """(deck, card, text) of the notes about them."""
    points: list[dict[str, Any]] = field(default_factory=list)
    absent: bool = False
    """They were marked absent for this session."""


def gather(sessions: Iterable[Session], name: str) -> list[PersonInSession]:
    """The sessions with a participant of this name (compared as kaarten compares names:
    case and spacing aside), oldest first, with what is about them."""
    wanted = name_key(name)
    sessions = list(sessions)
    decisions = later_decisions(sessions)  # a later review decides, in another session
    found = []
    for session in sessions:
        person = next((p for p in session.participants if name_key(p.name) == wanted), None)
        if person is None:
            continue
        entry = PersonInSession(session, person.name)
        entry.cards = [(d.deck, d.card) for d in session.draws if d.participant == person.id]
        entry.typed = {
            (d.deck, d.card): d.text
            for d in session.draws
            if d.participant == person.id and d.text is not None
        }
        entry.notes = [(n.deck, n.card, n.text) for n in session.notes if n.about == person.id]
        entry.absent = person.id in session.absent
        for point in session.actions.values():
            if point.participant != person.id:
                continue
            decision = decisions.get((session.id, point.id))
            entry.points.append(
                {
                    "tekst": point.text,
                    "datum": point.due,
                    "klaar": point.done,
                    "verwijderd": point.deleted,
                    "besluit": decision.value if decision else None,
                }
            )
        found.append(entry)
    return found


def stored_name(name: str, entries: list[PersonInSession]) -> str:
    """The name as kaarten keeps it (the latest session's spelling), not as it was typed
    in the command ("anna" finds Anna)."""
    return entries[-1].name if entries else name


def as_json(name: str, entries: list[PersonInSession]) -> str:
    data = {
        "naam": stored_name(name, entries),
        "sessies": [
            {
                "id": e.session.id,
                "titel": e.session.title,
                "datum": e.session.date,
                "naam_in_sessie": e.name,
                "afwezig": e.absent,
                "kaarten": [
                    {
                        "deck": d,
                        "kaart": c,
                        **({"tekst": e.typed[d, c]} if (d, c) in e.typed else {}),
                    }
                    for d, c in e.cards
                ],
                "notities": [{"deck": d, "kaart": c, "tekst": t} for d, c, t in e.notes],
                "actiepunten": e.points,
            }
            for e in entries
        ],
    }
    return json.dumps(clean_data(data), ensure_ascii=False, indent=2) + "\n"


def as_markdown(
    name: str, entries: list[PersonInSession], lang: str, card_text: CardText | None = None
) -> str:
    typed = {key: text for entry in entries for key, text in entry.typed.items()}

    def label(deck: str, card: str) -> str:
        found = card_text(deck, card) if card_text else None
        if (deck, card) in typed:  # an eigen vraag: its text is only in the log
            found = (
                found[0] if found else tr("card.kind.custom_question", lang),
                typed[deck, card],
            )
        return f"{found[0]}: {found[1]}" if found else f"{deck} {card}"

    shown = md(stored_name(name, entries))
    out = [f"# {tr('person.title', lang, name=shown)}", "", tr("person.intro", lang), ""]
    if not entries:
        out += [tr("person.none", lang), ""]
    for entry in entries:
        out += [f"## {md(entry.session.title)} ({long_date(entry.session.date, lang)})", ""]
        if entry.absent:
            out += [tr("person.absent", lang), ""]
        out += [f"### {tr('person.cards', lang)}", ""]
        out += [f"- {md(label(d, c))}" for d, c in entry.cards] or [tr("export.none", lang)]
        out += ["", f"### {tr('person.notes', lang)}", ""]
        out += [f"- {md(label(d, c))}: {md(t)}" for d, c, t in entry.notes] or [
            tr("export.none", lang)
        ]
        out += ["", f"### {tr('person.points', lang)}", ""]
        lines = []
        for point in entry.points:
            mark = "x" if point["klaar"] else " "
            due = point["datum"]
            extra = [tr("export.due", lang, date=md(long_date(due, lang)))] if due else []
            if point["verwijderd"]:
                extra.append(tr("person.point_removed", lang))
            if point["besluit"]:
                extra.append(tr(LATER_KEYS[Decision(point["besluit"])], lang))
            tail = f" ({', '.join(extra)})" if extra else ""
            lines.append(f"- [{mark}] {md(point['tekst'])}{tail}")
        out += lines or [tr("export.none", lang)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


@dataclass(slots=True)
class Removal:
    """What taking a person out did: the logs rewritten without them, and every file
    that held them and went (exports, damaged copies, leftovers of a rewrite); what could
    not be done, each with the reason (a message code, and the system's error if any)."""

    logs: list[Path] = field(default_factory=list)
    removed: Deleted = field(default_factory=Deleted)
    left: list[tuple[Path, str]] = field(default_factory=list)


def export_name(name: str) -> str:
    """The file name (without suffix) of what ``kaarten deelnemer exporteren NAAM`` writes:
    the name as far as it is ASCII, and a short digest of it, so that "محمد" and "مريم"
    (both without ASCII letters) do not share a file."""
    digest = hashlib.sha256(name_key(name).encode()).hexdigest()[:8]
    return f"deelnemer-{file_slug(name)}-{digest}"


_NAMED = re.compile(r'"naam"\s*:\s*("(?:[^"\\]|\\.){0,800}")')


def mentions(data: bytes, name: str) -> bool:
    """Whether the raw text of a log (damaged or half written, so not parsed whole) names
    a participant or person ``name``: any ``"naam": "…"`` field, as kaarten writes them."""
    wanted = name_key(name)
    for found in _NAMED.finditer(data.decode("utf-8", "replace")):
        try:
            named = json.loads(found.group(1))
        except ValueError:
            continue
        if isinstance(named, str) and name_key(named) == wanted:
            return True
    return False


def without_person(records: list[Record], person: str, name: str) -> list[Record]:
    """The records of one session with everything about participant ``person`` (called
    ``name``) taken out and every other record kept, in order (with their numbers and
    times; :func:`~kaarten.journal.log.numbered` numbers them again when written)."""
    owned = {
        r["id"]
        for r in records
        if r.get("soort") in ("actiepunt", "actiepunt_bewerkt") and r.get("deelnemer") == person
    }
    dealt = {
        (r.get("deck"), r.get("kaart"))
        for r in records
        if r.get("soort") == "kaart" and r.get("deelnemer") == person
    }
    kept: list[Record] = []
    for record in records:
        kind = record.get("soort")
        record = dict(record)
        if kind in ("sessie", "deelnemers"):
            people = [p for p in record["deelnemers"] if p.get("id") != person]
            record["deelnemers"] = people
        elif (kind in ACTION_NAMES and record.get("id") in owned) or (
            kind == "notitie" and _about(record, person, dealt)
        ):
            continue
        elif kind == "beoordeling" and name_key(str(record.get("naam", ""))) == name_key(name):
            continue  # the review of one of their earlier action points
        elif kind == "kaart" and record.get("deelnemer") == person:
            del record["deelnemer"]  # the card was drawn; for whom is gone
        elif kind == "afwezig" and record.get("deelnemer") == person:
            continue  # that they were absent is about them too
        elif kind == "beurten":
            record["volgorde"] = [p for p in record["volgorde"] if p != person]
            record["gehad"] = [p for p in record["gehad"] if p != person]
        elif kind == "rondje" and person in record["deelnemers"]:
            if record["deelnemers"][0] == person:
                record.pop("kaart", None)  # the card on the table was theirs
            record["deelnemers"] = [p for p in record["deelnemers"] if p != person]
        kept.append(record)
    return kept


def _about(note: Record, person: str, dealt: set[tuple[Any, Any]]) -> bool:
    """Whether a note is about ``person``: it says so, or (written before kaarten asked)
    it is on a card that was dealt to them."""
    if "over" in note:
        return bool(note["over"] == person)
    return (note.get("deck"), note.get("kaart")) in dealt


def remove_person(store: SessionStore, name: str) -> Removal:
    """Take a person out of every session log, and remove every other file kaarten wrote
    that holds them: the affected sessions' exports, what was exported about the person,
    damaged copies and the leftovers of interrupted rewrites that name them.

    Every participant of that name goes (the same spelling, case and spacing aside: two
    people typed alike are one name to kaarten). Each log is rewritten as a new file,
    synced, renamed into place under its lock; its exports go first, so an interrupted
    removal leaves nothing that a second run would not find. A log that is damaged or
    being written is left as it was, with the reason.
    """
    done = Removal()
    for path in store.paths():
        try:
            content = read_log(path)
        except OSError:
            continue  # unreadable: its raw text is checked below with the copies
        header = content.records[0] if content.records else {}
        people = header.get("deelnemers", []) if isinstance(header, dict) else []
        persons = [
            str(p.get("id")) for p in people
            if isinstance(p, dict) and name_key(str(p.get("naam", ""))) == name_key(name)
        ]  # fmt: skip
        if not persons:
            continue
        if content.damaged or content.cut_off:
            done.left.append((path, "person.log_left"))
            continue
        remove_folder(session_exports(store.data_dir, path.stem), done.removed)
        remove(copies_of(path), done.removed)  # a log's damaged copies hold what it held
        kept = content.records
        for person in persons:
            kept = without_person(kept, person, name)
        state = OpenSession.begin(kept[0])
        for record in kept[1:]:
            OpenSession.change(state, record)  # the new log must read back whole
        try:
            rewrite_log(path, kept, content.size)
        except (Locked, ValueError):
            done.left.append((path, "person.log_left"))
            continue
        except OSError as error:
            done.removed.errors[path] = error
            done.left.append((path, "person.log_failed"))
            continue
        done.logs.append(path)
    remove(other_files(store, name), done.removed)
    done.left += [(path, "person.file_left") for path in done.removed.failed]
    return done


def other_files(store: SessionStore, name: str) -> list[Path]:
    """The files beside the session logs that name the person: what was exported about
    them, damaged copies (also of a log a repair emptied and removed), and the leftovers
    of rewrites a crash interrupted."""
    folders = [store.folder, person_exports(store.data_dir)]
    found = [*damaged_copies(folders), *temporary_leftovers(folders), *_exports(store)]
    return [path for path in found if _holds(path, name)]


def _exports(store: SessionStore) -> list[Path]:
    """What was exported about one person, Markdown and JSON side by side."""
    folder = person_exports(store.data_dir)
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".json"))


def _holds(path: Path, name: str) -> bool:
    """Whether the file at ``path`` (hostile: bounded, never through a link) names the
    person; an export's Markdown goes with its JSON twin, or by its name without one."""
    if path.suffix == ".md":
        if path.stem in (export_name(name), f"deelnemer-{file_slug(name)}"):
            return True  # the second: how exports were named before the digest
        path = path.with_suffix(".json")
    try:
        return mentions(read_bounded(path, MAX_BYTES, follow=False), name)
    except OSError:
        return False
