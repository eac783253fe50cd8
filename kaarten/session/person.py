"""Everything kaarten holds about one person, across all sessions (AVG: "what do you keep
about me?"): the sessions they were in, the cards dealt to them in a round with the notes
made on those cards, their action points and the decisions on them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kaarten.i18n import tr
from kaarten.session.export import CardText
from kaarten.session.model import Session
from kaarten.session.store import name_key
from kaarten.text import clean_data, md


@dataclass(slots=True)
class PersonInSession:
    """One session, as far as it is about the person."""

    session: Session
    name: str
    cards: list[tuple[str, str]] = field(default_factory=list)
    """(deck, card) dealt to them in a round."""
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    """(deck, card, text) written on those cards."""
    points: list[dict[str, Any]] = field(default_factory=list)


def gather(sessions: Iterable[Session], name: str) -> list[PersonInSession]:
    """The sessions with a participant of this name (compared as kaarten compares names:
    case and spacing aside), oldest first, with what is about them."""
    wanted = name_key(name)
    found = []
    for session in sessions:
        person = next((p for p in session.participants if name_key(p.name) == wanted), None)
        if person is None:
            continue
        entry = PersonInSession(session, person.name)
        entry.cards = [(d.deck, d.card) for d in session.draws if d.participant == person.id]
        dealt = set(entry.cards)
        entry.notes = [(n.deck, n.card, n.text) for n in session.notes if (n.deck, n.card) in dealt]
        for point in session.actions.values():
            if point.participant != person.id:
                continue
            decision = session.decisions.get((session.id, point.id))
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


def as_json(name: str, entries: list[PersonInSession]) -> str:
    data = {
        "naam": name,
        "sessies": [
            {
                "id": e.session.id,
                "titel": e.session.title,
                "datum": e.session.date,
                "naam_in_sessie": e.name,
                "kaarten": [{"deck": d, "kaart": c} for d, c in e.cards],
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
    def label(deck: str, card: str) -> str:
        found = card_text(deck, card) if card_text else None
        return f"{found[0]}: {found[1]}" if found else f"{deck} {card}"

    out = [f"# {tr('person.title', lang, name=md(name))}", "", tr("person.intro", lang), ""]
    if not entries:
        out += [tr("person.none", lang), ""]
    for entry in entries:
        out += [f"## {md(entry.session.title)} ({entry.session.date})", ""]
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
            extra = [tr("export.due", lang, date=md(point["datum"]))] if point["datum"] else []
            if point["verwijderd"]:
                extra.append(tr("person.point_removed", lang))
            tail = f" ({', '.join(extra)})" if extra else ""
            lines.append(f"- [{mark}] {md(point['tekst'])}{tail}")
        out += lines or [tr("export.none", lang)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
