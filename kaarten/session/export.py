"""A session written out for people: Markdown to print or mail, CSV for a spreadsheet,
JSON for scripts. The whole session, or one participant's own action points to hand out.

Typed text stays text: Markdown's formatting characters are escaped, and a CSV cell that
a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kaarten import clock
from kaarten.deck.model import Card, Library
from kaarten.i18n import tr
from kaarten.i18n.dates import long_date
from kaarten.journal.actions import point_line
from kaarten.session.model import (
    ActionPoint,
    Activity,
    ActivityKind,
    Decision,
    Participant,
    Session,
    agenda_break_seconds,
    break_seconds,
)
from kaarten.text import clean, clean_data, md, slug

CardText = Callable[[str, str], tuple[str, str] | None]
"""(deck id, card id) → how people name the card and its text, or None when the deck is
not loaded."""


def card_texts(library: Library, lang: str) -> CardText:
    """Look up cards in the loaded decks, for a summary that says what was discussed (made
    when asked: a summary names a few cards of one deck, not all of them)."""
    from kaarten.deck.draw import typed_question
    from kaarten.deck.guide import card_label
    from kaarten.deck.model import CardKind

    by_id: dict[str, dict[str, Card]] = {}

    def find(deck_id: str, card_id: str) -> tuple[str, str] | None:
        deck = library.decks.get(deck_id)
        if deck is None:
            return None
        if deck_id not in by_id:
            by_id[deck_id] = {card.id: card for card in deck.cards()}
        card = by_id[deck_id].get(card_id) or typed_question(card_id, "", deck.card_sets)
        if card is None:
            return None
        text = card.text if card.kind is not CardKind.CUSTOM_QUESTION else ""
        return card_label(deck, card, lang), text

    return find


DECISION_KEYS = {
    Decision.DONE: "export.decision.klaar",
    Decision.CARRIED: "export.decision.doorgeschoven",
    Decision.DROPPED: "export.decision.vervallen",
}
"""How a review decision on an earlier action point reads."""


def file_slug(name: str) -> str:
    """A participant's name as a safe piece of a file name: ASCII letters and digits
    joined by hyphens, at most 40 long; never a path (``../``, ``/``, a device name)."""
    return slug(name, "deelnemer")


def handout_name(session: Session, person: Participant, suffix: str) -> str:
    """The file name of a participant's handout: ``actiepunten-<n>-<name>.<suffix>``,
    numbered as they are listed (two people may share a name)."""
    number = next((n for n, p in enumerate(session.participants, 1) if p.id == person.id), 0)
    return f"actiepunten-{number}-{file_slug(person.name)}.{suffix}"


def minutes(seconds: float) -> int:
    return round(seconds / 60)


EXACT_UNDER = 10 * 60
"""Under ten minutes time is shown to the second ("1:21"): "1 min" hid 81 s on a
1-minute energizer, and 17 s read "0 min"."""


def clock_time(seconds: float) -> str:
    """``1:21`` for 81 seconds; from ten minutes on, whole minutes (``12 min``)."""
    whole = max(0, round(seconds))
    if whole < EXACT_UNDER:
        return f"{whole // 60}:{whole % 60:02d}"
    return f"{round(whole / 60)} min"


def minutes_or_clock(seconds: float) -> str:
    """``1:21`` under ten minutes, else the whole minutes (``12``): beside "/10 min"."""
    return clock_time(seconds).removesuffix(" min")


def _overrun(seconds: float, planned_minutes: int) -> float | None:
    """Seconds past the plan (a second at least), or None: in time, or nothing planned."""
    over = seconds - planned_minutes * 60
    return over if planned_minutes and over >= 1 else None


def over_by(seconds: float, planned_minutes: int) -> str:
    """`` · +0:21`` when an activity ran over its plan (nothing when it did not)."""
    over = _overrun(seconds, planned_minutes)
    return f" · +{clock_time(over)}" if over is not None else ""


def spent(seconds: float, planned_minutes: int, lang: str) -> str:
    """The time an activity took, and by how much it ran over its plan, if it did:
    ``1:21 (0:21 te lang)``."""
    over = _overrun(seconds, planned_minutes)
    if over is not None:
        return tr("export.spent_over", lang, time=clock_time(seconds), over=clock_time(over))
    return clock_time(seconds)


def _time(at: str) -> str:
    """``10:05`` from an ISO time stamp."""
    return at[11:16] if len(at) >= 16 else at


def used(session: Session, activity: Activity, now: datetime.datetime) -> float | None:
    """Seconds ``activity`` took; None if it never ran (a break on the agenda: the breaks
    taken for it)."""
    if activity.kind is ActivityKind.BREAK:
        return agenda_break_seconds(session, activity, now)
    timer = session.timers.get(activity.id)
    return timer.elapsed if timer and timer.started else None


def agenda_rows(session: Session) -> list[tuple[Activity, int | None, int | None]]:
    """Every activity planned or added, in the agenda's order (dropped ones where they
    were planned), with its minutes as planned (None: added later) and as it is now
    (None: dropped)."""
    planned = {a.id: a.minutes for a in session.plan}
    now = {a.id: a for a in session.agenda}
    rows: list[tuple[Activity, int | None, int | None]] = []
    for activity in session.agenda:
        rows.append((activity, planned.get(activity.id), activity.minutes))
    for index, activity in enumerate(session.plan):
        if activity.id not in now:  # dropped: after the item planned before it
            before = {a.id for a in session.plan[:index]}
            at = max((n + 1 for n, row in enumerate(rows) if row[0].id in before), default=0)
            rows.insert(at, (activity, activity.minutes, None))
    return rows


def agenda_changed(session: Session) -> bool:
    """Whether the coach changed the agenda while the session ran."""
    return [(a.id, a.minutes) for a in session.plan] != [(a.id, a.minutes) for a in session.agenda]


LATER_KEYS = {
    Decision.DONE: "export.later.klaar",
    Decision.CARRIED: "export.later.doorgeschoven",
    Decision.DROPPED: "export.later.vervallen",
}
"""How an action point reads once a later session's review decided on it."""


def _line(session: Session, point: ActionPoint, lang: str) -> str:
    decision = session.decided_later.get(point.id)
    if decision is None:
        return point_line(point, lang)
    done = point.done or decision is Decision.DONE
    return point_line(point, lang, done, tr(LATER_KEYS[decision], lang))


def done_now(session: Session, point: ActionPoint) -> bool:
    """Done here, or by a later review."""
    return point.done or session.decided_later.get(point.id) is Decision.DONE


def _points_of(session: Session, person: Participant) -> list[ActionPoint]:
    return [a for a in session.actions.values() if a.participant == person.id and not a.deleted]


def markdown(session: Session, lang: str, card_text: CardText | None = None) -> str:
    """The whole session as a readable summary."""

    def t(key: str, **params: object) -> str:
        return tr(key, lang, **params)

    names = ", ".join(md(p.name) for p in session.participants)
    out = [f"# {md(session.title)}", ""]
    out.append(t("export.header", date=long_date(session.date, lang), names=names or "–"))
    absent = [p.name for p in session.participants if p.id in session.absent]
    if absent:
        out += ["", t("export.absent", names=", ".join(md(name) for name in absent))]
    out += ["", f"## {t('export.agenda')}", ""]
    out += _agenda_table(session, lang)
    if any(b.activity is None for b in session.breaks):
        out += ["", f"## {t('export.breaks')}", ""]
        for taken in (b for b in session.breaks if b.activity is None):
            length = clock_time(break_seconds(taken, clock.now()))
            out.append(
                f"- {_time(taken.started)} "
                + t("export.break_line", planned=taken.planned, actual=length)
            )
    out += ["", f"## {t('export.cards')}", ""]

    def named(deck: str, card: str) -> tuple[str, str]:
        """How people name the card, and its text; its id only when its deck is gone."""
        found = card_text(deck, card) if card_text else None
        return found if found is not None else (card, "")

    said = dict(session.wall)
    for draw in session.draws or []:
        label, text = named(draw.deck, draw.card)
        text = draw.text or text
        person = session.participant(draw.participant) if draw.participant else None
        who = f" — {md(person.name)}" if person else ""
        shown = f"{md(label)}: {md(text)}" if text else md(label)
        out.append(f"- {_time(draw.at)} {shown}{who}")
        lines = said.pop((draw.deck, draw.card), None)  # under the card's first draw
        if lines:
            out.append(f"  - {t('export.group_said')}")
            out += [f"    - {md(line)}" for line in lines]
    if not session.draws:
        out.append(t("export.none"))
    if session.later:
        out += ["", f"## {t('export.later')}", ""]
        for deck, card in session.later:
            label, text = named(deck, card)
            out.append(f"- {md(label)}: {md(text)}" if text else f"- {md(label)}")
    if session.notes:
        out += ["", f"## {t('export.notes')}", ""]
        for note in session.notes:
            label, _ = named(note.deck, note.card)
            out.append(f"- {_time(note.at)} {md(label)}: {md(note.text)}")
    out += ["", f"## {t('export.actions')}", ""]
    for person in session.participants:
        out += [f"### {md(person.name)}", ""]
        points = _points_of(session, person)
        out += [_line(session, p, lang) for p in points] or [t("export.none")]
        out.append("")
    if session.decisions:
        out += [f"## {t('export.review')}", ""]
        for key, decision in session.decisions.items():
            name, text = session.reviewed.get(key, ("", t("export.earlier_point")))
            who = f"{md(name)}: " if name else ""
            out.append(f"- {who}{md(text)} — {t(DECISION_KEYS[decision])}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _agenda_table(session: Session, lang: str) -> list[str]:
    """Planned and actual minutes, and what changed while it ran (only if it did)."""

    def t(key: str, **params: object) -> str:
        return tr(key, lang, **params)

    changed = agenda_changed(session)
    head = [t("export.activity"), t("export.planned")]
    head += [t("export.changed")] if changed else []
    out = [f"| {' | '.join([*head, t('export.actual')])} |"]
    out.append("| --- |" + " ---: |" * (len(head)))
    now = clock.now()
    for activity, planned, minutes in agenda_rows(session):
        timer = session.timers.get(activity.id)
        extra = timer.extra_minutes if timer else 0
        seconds = used(session, activity, now) if minutes is not None else None
        actual = spent(seconds, (minutes or 0) + extra, lang) if seconds is not None else "–"
        cells = [md(activity.title), t("export.minutes", n=planned) if planned else "–"]
        if changed:
            if minutes is None:
                cells.append(t("export.dropped"))
            elif planned is None:
                cells.append(t("export.added", n=minutes))
            else:
                cells.append(t("export.minutes", n=minutes) if minutes != planned else "")
        out.append(f"| {' | '.join([*cells, actual])} |")
    return out


def participant_markdown(session: Session, person: Participant, lang: str) -> str:
    """Only this participant's own action points: the hand-out."""
    out = [
        f"# {tr('export.handout_title', lang, name=md(person.name))}",
        "",
        tr(
            "export.handout_header",
            lang,
            title=md(session.title),
            date=long_date(session.date, lang),
        ),
        "",
    ]
    points = _points_of(session, person)
    out += [_line(session, p, lang) for p in points] or [tr("export.none", lang)]
    return "\n".join(out) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None) -> str:
    """A cell a spreadsheet shows as the text it is: cleaned, and a ``'`` before what a
    spreadsheet would run as a formula."""
    text = clean(value or "")
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_table(rows: Iterable[Sequence[str | None]], delimiter: str = ",") -> str:
    """The one CSV writer: every cell, header included, goes through :func:`_cell`, so no
    column can be forgotten (a date or kaartenset typed as ``=1+2`` is text too)."""
    out = io.StringIO()
    # Lines end in \n: a carriage return is a control character the output path removes.
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()


EXCEL_BOM = "\ufeff"
"""Excel reads a CSV file as UTF-8 only when it starts with this mark."""


def action_points_excel(session: Session, lang: str, person: Participant | None = None) -> str:
    """The action points as a CSV file that Excel with Dutch settings opens in columns, with
    every name intact (🌷, مريم): UTF-8 with a byte order mark, cells split by ``;``."""
    return EXCEL_BOM + action_points_csv(session, lang, person, delimiter=";")


def action_points_csv(
    session: Session, lang: str, person: Participant | None = None, delimiter: str = ","
) -> str:
    """The action points as a table (deleted ones left out), plain CSV for scripts."""
    columns = (
        "export.csv.session",
        "export.csv.date",
        "export.csv.name",
        "export.csv.text",
        "export.csv.due",
        "export.csv.set",
        "export.csv.done",
    )
    rows: list[Sequence[str | None]] = [[tr(c, lang) for c in columns]]
    for participant in [person] if person else session.participants:
        for point in _points_of(session, participant):
            done = tr("export.csv.yes" if done_now(session, point) else "export.csv.no", lang)
            rows.append(
                [
                    session.title,
                    session.date,
                    participant.name,
                    point.text,
                    point.due,
                    point.set_id,
                    done,
                ]
            )
    return csv_table(rows, delimiter)


def as_json(session: Session, person: Participant | None = None) -> str:
    """The session (or one participant's action points) for scripts, with Dutch keys."""
    people = [person] if person else session.participants
    data: dict[str, Any] = {
        "id": session.id,
        "titel": session.title,
        "datum": session.date,
        "deelnemers": [p.name for p in people],
        "actiepunten": [
            {
                "deelnemer": p.name,
                "tekst": a.text,
                "datum": a.due,
                "kaartenset": a.set_id,
                "klaar": done_now(session, a),
                "besluit": later.value if (later := session.decided_later.get(a.id)) else None,
            }
            for p in people
            for a in _points_of(session, p)
        ],
    }
    if person is None:
        now = clock.now()
        data["agenda"] = [
            {
                "titel": a.title,
                "soort": a.kind,
                "gepland_minuten": planned,
                "gewijzigd_minuten": changed,
                "werkelijk_minuten": minutes(taken) if taken is not None else None,
                "werkelijk_seconden": round(taken) if taken is not None else None,
            }
            for a, planned, changed in agenda_rows(session)
            for taken in [used(session, a, now) if changed is not None else None]
        ]
        data["afwezig"] = [p.name for p in session.participants if p.id in session.absent]
        data["pauzes"] = [
            {
                "begin": b.started,
                "gepland_minuten": b.planned,
                "werkelijk_seconden": round(break_seconds(b, now)),
                "activiteit": b.activity,
            }
            for b in session.breaks
        ]
        data["wat_de_groep_zei"] = [
            {"deck": deck, "kaart": card, "regels": lines}
            for (deck, card), lines in session.wall.items()
        ]
        data["kaarten"] = [{"deck": d.deck, "kaart": d.card, "tijd": d.at} for d in session.draws]
        data["notities"] = [
            {"deck": n.deck, "kaart": n.card, "tekst": n.text, "tijd": n.at} for n in session.notes
        ]
        data["afgesloten"] = session.closed
    return json.dumps(clean_data(data), ensure_ascii=False, indent=2) + "\n"


def export(
    session: Session,
    form: str,
    lang: str,
    person: Participant | None = None,
    card_text: CardText | None = None,
) -> str:
    """``session`` in ``form`` (md, excel, csv or json), whole or for ``person`` only."""
    if form == "csv":
        return action_points_csv(session, lang, person)
    if form == "excel":
        return action_points_excel(session, lang, person)
    if form == "json":
        return as_json(session, person)
    if person is not None:
        return participant_markdown(session, person, lang)
    return markdown(session, lang, card_text)
