"""Action points as the user changes them: add, change, tick off, remove. A session and
the personal logboek keep them alike; each says how a change reaches its log."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from kaarten.i18n import tr
from kaarten.i18n.dates import long_date
from kaarten.journal.kinds import Kind, Written
from kaarten.journal.log import Record
from kaarten.journal.records import (
    TEXT_MAX,
    ActionDeleteRecord,
    ActionDoneRecord,
    ActionEditRecord,
    ActionPoint,
    ActionRecord,
    HasActions,
    Participant,
    add_point,
    delete_point,
    edit_point,
    tick_point,
)
from kaarten.text import clean, md

ADD = Kind("actiepunt", ActionRecord, add_point)
EDIT = Kind("actiepunt_bewerkt", ActionEditRecord, edit_point)
TICK = Kind("actiepunt_klaar", ActionDoneRecord, tick_point)
DELETE = Kind("actiepunt_verwijderd", ActionDeleteRecord, delete_point)
ACTION_KINDS: tuple[Kind[HasActions, Any], ...] = (ADD, EDIT, TICK, DELETE)
"""The records of action points, alike in a session and in the logboek."""
ACTION_NAMES = tuple(kind.name for kind in ACTION_KINDS)


def typed_text(text: str, limit: int = TEXT_MAX) -> str:
    """A typed note or action point as kept: cleaned, trimmed, at most ``limit``.

    Raises:
        ValueError: ``session.text_empty`` or ``session.text_too_long``.
    """
    kept = clean(text).strip()
    if not kept:
        raise ValueError("session.text_empty")
    if len(kept) > limit:
        raise ValueError("session.text_too_long")
    return kept


class ActionBook(ABC):
    """Changing the action points of a log. A log that keeps action points inherits the
    changes below and gives the three members they stand on."""

    __slots__ = ()

    @abstractmethod
    def add_record(self, written: Written) -> Record:
        """Append one record (made by its kind: ``TICK.new({...})``) to the log."""

    @property
    @abstractmethod
    def actions(self) -> dict[str, ActionPoint]:
        """The action points as the log adds them up, by id."""

    @property
    @abstractmethod
    def participants(self) -> list[Participant]:
        """Whom an action point can be for."""

    def add_action(
        self,
        participant: str,
        text: str,
        due: str | None = None,
        set_id: str | None = None,
        origin: str | None = None,
    ) -> str:
        """A new action point (``origin``: the earlier one it carries over); returns its
        id. Raises ValueError for an empty text."""
        point_id = f"p{len(self.actions) + 1}"
        fields: ActionRecord = {
            "id": point_id,
            "deelnemer": participant,
            "tekst": typed_text(text),
            "datum": due,
            "kaartenset": set_id,
        }
        if origin is not None:
            fields["van"] = origin
        self.add_record(ADD.new(fields))
        return point_id

    def edit_action(
        self, point_id: str, participant: str, text: str, due: str | None, set_id: str | None
    ) -> None:
        """Change an action point; only what changed is recorded (the old text stays in
        the log). Raises ValueError for an empty text."""
        point = self.actions[point_id]
        text = typed_text(text)
        changes: ActionEditRecord = {"id": point_id}
        if point.participant != participant:
            changes["deelnemer"] = participant
        if point.text != text:
            changes["tekst"] = text
        if point.due != due:
            changes["datum"] = due
        if point.set_id != set_id:
            changes["kaartenset"] = set_id
        if len(changes) > 1:
            self.add_record(EDIT.new(changes))

    def mark_done(self, point_id: str, done: bool) -> None:
        self.add_record(TICK.new({"id": point_id, "klaar": done}))

    def delete_action(self, point_id: str) -> None:
        """Remove an action point from view; the log keeps it and its removal."""
        self.add_record(DELETE.new({"id": point_id}))


def point_line(
    point: ActionPoint, lang: str, done: bool | None = None, later: str | None = None
) -> str:
    """An action point as a Markdown task line, with its date and kaartenset; ``done``
    and ``later`` as a later review decided (ticked, and what it said)."""
    extra = [later] if later else []
    if point.due:
        extra.append(tr("export.due", lang, date=md(long_date(point.due, lang))))
    if point.set_id:
        extra.append(tr("export.from_set", lang, set=md(point.set_id)))
    tail = f" ({', '.join(extra)})" if extra else ""
    ticked = point.done if done is None else done
    return f"- [{'x' if ticked else ' '}] {md(point.text)}{tail}"
