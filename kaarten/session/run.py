"""Running a session: what the coach does, turned into log records.

:class:`SessionRun` is the one place where the app changes a session. It keeps a
countdown per activity (restored from the log when a session is resumed) and writes a
record for every change, with the time used so far, so the log alone tells the planned
and the actual minutes.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Sequence
from dataclasses import replace

from kaarten import clock
from kaarten.deck.draw import DrawPile, typed_question
from kaarten.deck.model import Card, CardKind
from kaarten.deck.table import CardTable
from kaarten.journal.actions import ActionBook, typed_text
from kaarten.journal.kinds import Written
from kaarten.journal.log import Record
from kaarten.session.agenda import as_record, fit_minutes
from kaarten.session.model import (
    ABSENT,
    AGENDA,
    BREAK,
    CARD,
    CHOSEN,
    CLOSED,
    GUIDE,
    LATER,
    NOTE,
    ON_TABLE,
    PILE,
    REVIEW,
    ROUND,
    TIMER,
    TURNS,
    WALL,
    ActionPoint,
    Activity,
    ActivityKind,
    BreakLog,
    Decision,
    KaartRecord,
    NotitieRecord,
    Participant,
    PauzeRecord,
    RondjeRecord,
    Session,
    agenda_break_seconds,
    moment,
)
from kaarten.session.store import GroupHistory, OpenSession, name_key
from kaarten.session.timer import Clock, Countdown, awake_and_asleep

__all__ = ["SessionRun", "typed_text"]


READING_INTERVAL = 60.0
"""Seconds between saved readings of a running countdown."""
STALE_BREAK = 60 * 60.0
"""Seconds past its end after which a break found on resuming is taken as over."""


class SessionRun(ActionBook):
    """An open session being led: its countdowns and every change, saved as it happens."""

    def __init__(self, opened: OpenSession, clock: Clock = awake_and_asleep) -> None:
        if opened.session is None:
            raise ValueError("no session")
        self.opened = opened
        self._clock = clock
        self._timers: dict[str, Countdown] = {}
        self._tables: dict[str, CardTable] = {}
        self._resume_after_break: Activity | None = None
        """The activity whose running timer a break paused: it runs on after the break."""
        self.history: GroupHistory | None = None
        """What this group did in earlier sessions, once read (see the session desk)."""

    @property
    def session(self) -> Session:
        assert self.opened.session is not None
        return self.opened.session

    @property
    def actions(self) -> dict[str, ActionPoint]:
        return self.session.actions

    @property
    def participants(self) -> list[Participant]:
        return self.session.participants

    def add_record(self, written: Written) -> Record:
        return self.opened.add(written)

    @property
    def writable(self) -> bool:
        return self.opened.journal is not None

    @property
    def unsaved(self) -> int:
        """Changes the disk has refused so far (kept in memory, written on the next try)."""
        return self.opened.unsaved

    def retry_saving(self) -> bool:
        """Try again to write what the disk refused; tell whether all is saved now."""
        return self.opened.retry_saving()

    # -- agenda ---------------------------------------------------------------------------

    @property
    def current(self) -> Activity | None:
        """The activity being run: the one chosen last, else the first."""
        session = self.session
        return session.activity(session.current) or (session.agenda[0] if session.agenda else None)

    def select(self, activity_id: str) -> None:
        """Make ``activity_id`` the current activity (pausing the one that was running)."""
        current = self.current
        if current is not None and current.id != activity_id:
            self._pause(current)
        self.opened.add(CHOSEN.new({"activiteit": activity_id}))

    def next_activity(self) -> Activity | None:
        """Move on to the next activity in the agenda; None after the last."""
        agenda = self.session.agenda
        current = self.current
        if current is None:
            return None
        index = agenda.index(current)
        if index + 1 >= len(agenda):
            self._pause(current)
            return None
        self.select(agenda[index + 1].id)
        return agenda[index + 1]

    # -- timer ----------------------------------------------------------------------------

    def timer(self, activity: Activity) -> Countdown:
        """The countdown of ``activity``, as the log left it the first time it is asked."""
        countdown = self._timers.get(activity.id)
        if countdown is None:
            log = self.session.timers.get(activity.id)
            countdown = (
                Countdown.restore(activity.minutes, log, self._clock)
                if log is not None
                else Countdown(activity.minutes, self._clock)
            )
            self._timers[activity.id] = countdown
        countdown.minutes = activity.minutes  # the agenda may have changed
        return countdown

    def start_or_pause(self) -> None:
        """Start, pause or resume the current activity's countdown."""
        activity = self.current
        if activity is None:
            return
        countdown = self.timer(activity)
        if countdown.running:
            self._pause(activity)
            return
        action = "hervat" if countdown.started else "start"
        countdown.start()
        self._timer_record(activity, action)

    def pause(self) -> None:
        """Pause the current activity's countdown if it runs, saving its exact reading."""
        current = self.current
        if current is not None:
            self._pause(current)

    def add_minute(self) -> None:
        activity = self.current
        if activity is not None:
            self.timer(activity).add_minute()
            self._timer_record(activity, "minuut")

    def reset_timer(self) -> None:
        activity = self.current
        if activity is not None:
            self.timer(activity).reset()
            self._timer_record(activity, "reset")

    def _pause(self, activity: Activity) -> None:
        countdown = self.timer(activity)
        if countdown.running:
            countdown.pause()
            self._timer_record(activity, "pauze")

    def _timer_record(self, activity: Activity, action: str) -> None:
        elapsed = round(self.timer(activity).elapsed(), 2)
        self.opened.add(
            TIMER.new({"activiteit": activity.id, "actie": action, "verstreken": elapsed})
        )

    def save_reading(self) -> bool:
        """Save the running countdown's time used, at most once a ``READING_INTERVAL``: a
        session resumed after a crash then loses at most that much. Returns whether a
        reading was saved."""
        activity = self.current
        if activity is None or not self.writable:
            return False
        countdown = self.timer(activity)
        saved = self.session.timers.get(activity.id)
        if not countdown.running or saved is None:
            return False
        if countdown.elapsed() - saved.elapsed < READING_INTERVAL:
            return False
        self._timer_record(activity, "stand")
        return True

    def used_seconds(self, activity: Activity) -> float | None:
        """Time used by ``activity`` so far; None if its timer never ran (for a break on
        the agenda: the breaks taken for it)."""
        if activity.kind is ActivityKind.BREAK:
            return agenda_break_seconds(self.session, activity, clock.now())
        countdown = self.timer(activity)
        return countdown.elapsed() if countdown.started else None

    def behind_seconds(self) -> float:
        """How far the session runs behind its agenda (negative: ahead): the activities
        done count in full, the current one only once it runs over."""
        total = 0.0
        current = self.current
        for activity in self.session.agenda:
            used = self.used_seconds(activity)
            if used is None:
                continue
            difference = used - activity.minutes * 60
            total += max(0.0, difference) if activity is current else difference
        return total

    # -- the round ------------------------------------------------------------------------

    def set_absent(self, person: str, absent: bool) -> None:
        """``person`` is absent today (out of every round of this session), or there after
        all; they stay a participant."""
        if (person in self.session.absent) == absent:
            return
        self.opened.add(ABSENT.new({"deelnemer": person, "afwezig": absent}))
        for table in self._tables.values():
            if absent:
                table.leave_round(person)
            else:
                table.join_round(person)

    def present(self) -> list[str]:
        """The participants who are here today, as listed."""
        return [p.id for p in self.session.participants if p.id not in self.session.absent]

    # -- breaks ---------------------------------------------------------------------------

    def start_break(self, minutes: int, activity: Activity | None = None) -> BreakLog:
        """A break of ``minutes`` from now (the agenda item ``activity``, if it is one); the
        activity that was running pauses, and runs on when the break ends."""
        current = self.current
        running = current is not None and self.timer(current).running
        self._resume_after_break = current if running and activity is None else None
        self.pause()
        if activity is not None and activity.id != self.session.current:
            self.select(activity.id)
        until = clock.now() + datetime.timedelta(minutes=minutes)
        fields: PauzeRecord = {"actie": "start", "minuten": minutes, "tot": _iso(until)}
        if activity is not None:
            fields["activiteit"] = activity.id
        self.opened.add(BREAK.new(fields))
        taken = self.session.current_break
        assert taken is not None
        return taken

    def change_break(self, minutes: int) -> None:
        """``minutes`` more (or fewer: negative) for the break; it never ends before now."""
        taken = self.session.current_break
        until = moment(taken.until) if taken is not None else None
        if taken is None or until is None:
            return
        now = clock.now()
        new_until = max(until + datetime.timedelta(minutes=minutes), now)
        started = moment(taken.started) or now
        length = max(0, round((new_until - started).total_seconds() / 60))
        action = "langer" if minutes > 0 else "korter"
        self.opened.add(BREAK.new({"actie": action, "minuten": length, "tot": _iso(new_until)}))

    def end_break(self, at_until: bool = False) -> None:
        """The group is back (``at_until``: the break ended when planned, and kaarten was
        not running to hear it)."""
        taken = self.session.current_break
        if taken is not None:
            fields: PauzeRecord = {"actie": "einde", "minuten": taken.minutes, "tot": taken.until}
            if at_until:
                fields["om"] = taken.until
            self.opened.add(BREAK.new(fields))
        paused, self._resume_after_break = self._resume_after_break, None
        if paused is not None and paused is self.current and not self.timer(paused).running:
            self.timer(paused).start()
            self._timer_record(paused, "hervat")

    def end_stale_break(self) -> bool:
        """On resuming: a break more than :data:`STALE_BREAK` past its end is over, ended
        when planned (the group did not wait an hour). Returns whether one was ended."""
        left = self.break_left()
        if left is None or left >= -STALE_BREAK:
            return False
        self.end_break(at_until=True)
        return True

    def break_left(self) -> float | None:
        """Seconds until the break ends (negative once over), None without a break."""
        taken = self.session.current_break
        until = moment(taken.until) if taken is not None else None
        if until is None:
            return None
        return (until - clock.now()).total_seconds()

    # -- the agenda still to come ----------------------------------------------------------

    def still_to_come(self, activity: Activity) -> bool:
        """Whether ``activity`` may still change: after the current one, and never run."""
        agenda = self.session.agenda
        current = self.current
        if activity not in agenda or current is None:
            return activity in agenda
        if agenda.index(activity) <= agenda.index(current):
            return False
        return self.used_seconds(activity) is None

    def change_agenda(self, agenda: Sequence[Activity]) -> None:
        """The agenda as it is from now on (new items get fresh ids)."""
        taken = {a.id for a in self.session.agenda} | {a.id for a in self.session.plan}
        numbers = (int(i[1:]) for i in taken if i[1:].isdigit())
        fresh = max(numbers, default=0)
        items = []
        for activity in agenda:
            if not activity.id:
                fresh += 1
                activity = _with_id(activity, f"a{fresh}")
            items.append(activity)
        self.opened.add(AGENDA.new({"agenda": [as_record(a) for a in items]}))

    def planned_end(self, now: datetime.datetime) -> datetime.datetime:
        """When the session was planned to end: its start (the first timer or break; now,
        before that) plus the agenda as planned."""
        started = moment(self.session.started) if self.session.started else None
        planned = sum(a.minutes for a in self.session.plan)
        return (started or now) + datetime.timedelta(minutes=planned)

    def _left_now(self) -> float:
        """Seconds the current activity (or the break going on) still takes by its plan."""
        left = self.break_left()
        if left is not None:
            return max(0.0, left)
        current = self.current
        if current is None:
            return 0.0
        if current.kind is ActivityKind.BREAK:
            used = self.used_seconds(current) or 0.0
            return max(0.0, current.minutes * 60 - used)
        return max(0.0, self.timer(current).remaining())

    def _to_come(self) -> list[Activity]:
        """The activities after the current one that did not run."""
        agenda, current = self.session.agenda, self.current
        after = agenda[agenda.index(current) + 1 :] if current in agenda else agenda
        return [a for a in after if self.used_seconds(a) is None]

    def projected_end(self, now: datetime.datetime) -> datetime.datetime:
        """When the session ends at this pace: now, plus what the current activity still
        takes (nothing more once it runs over), plus the agenda still to come."""
        rest = sum(a.minutes for a in self._to_come()) * 60
        return now + datetime.timedelta(seconds=self._left_now() + rest)

    def fit_proposal(self, now: datetime.datetime) -> list[tuple[Activity, int | None]]:
        """The agenda still to come fitted into the time left before the planned end: each
        item with its new minutes, or None when it is dropped."""
        to_come = self._to_come()
        left = (self.planned_end(now) - now).total_seconds() - self._left_now()
        minutes, dropped = fit_minutes([a.minutes for a in to_come], max(0, round(left / 60)))
        kept = len(to_come) - dropped
        return [(a, minutes[i] if i < kept else None) for i, a in enumerate(to_come)]

    def apply_proposal(self, proposal: Sequence[tuple[Activity, int | None]]) -> None:
        """Change the agenda as :meth:`fit_proposal` proposed."""
        new = {a.id: m for a, m in proposal}
        agenda = []
        for activity in self.session.agenda:
            if activity.id not in new:
                agenda.append(activity)
            elif (minutes := new[activity.id]) is not None:
                agenda.append(replace(activity, minutes=minutes))
        self.change_agenda(agenda)

    # -- the wall -------------------------------------------------------------------------

    def say_to_room(self, deck: str, card: str, lines: Sequence[str]) -> None:
        """What the group said about ``card``, for the room and the report (replaces what
        was there; no lines: nothing)."""
        kept = [line.strip() for line in lines if line.strip()]
        if kept != self.session.wall.get((deck, card), []):
            self.opened.add(WALL.new({"deck": deck, "kaart": card, "regels": kept}))

    # -- cards, notes, action points ------------------------------------------------------

    def drew(
        self,
        deck: str,
        card: str,
        text: str | None = None,
        participant: str | None = None,
        activity: Activity | None = None,
    ) -> bool:
        """Record a card drawn in ``activity`` (the current one unless given; ``text`` for
        an eigen vraag; ``participant`` when dealt to one in a round). Returns True when
        the coach should be reminded that this activity's timer never started."""
        activity = activity or self.current
        fields: KaartRecord = {"deck": deck, "kaart": card}
        if activity is not None:
            fields["activiteit"] = activity.id
        if text is not None:
            fields["tekst"] = text
        if participant is not None:
            fields["deelnemer"] = participant
        self.opened.add(CARD.new(fields))
        return self.timer_never_started(activity)

    def timer_never_started(self, activity: Activity | None = None) -> bool:
        """Whether ``activity`` (the current one unless given) has a timer that never ran:
        the coach is reminded once cards are drawn."""
        activity = activity or self.current
        return activity is not None and not self.timer(activity).started

    def table(
        self,
        activity: Activity,
        cards: Sequence[Card],
        first_order: Callable[[], list[Card]],
        rng: random.Random,
    ) -> CardTable | None:
        """The card table of ``activity``: the one in use when the coach left it, else as
        the log left it (after a resume), else a new one in ``first_order``. ``cards`` are
        the activity's cards now (a deck may have changed since). None without cards."""
        table = self._tables.get(activity.id)
        if table is not None:
            return table
        records = _TableRecords(self, activity)
        saved = self.session.tables.get(activity.id)
        if saved is None:
            order = first_order()
            if not order:
                return None
            records.order_changed(order, 0, ())
            table = CardTable(DrawPile(order, rng), records)
        else:
            by_id = {card.id: card for card in cards}
            for draw in self.session.draws:  # questions typed in this activity
                if draw.activity == activity.id and draw.text is not None:
                    typed = typed_question(draw.card, draw.text, activity.items)
                    if typed is not None:
                        by_id.setdefault(typed.id, typed)
            order = [by_id[card_id] for card_id in dict.fromkeys(saved.order) if card_id in by_id]
            known = {card.id for card in order}
            order += [card for card in cards if card.id not in known]  # new in the deck
            if not order:
                return None
            pile = DrawPile(order, rng)
            index = pile.index_of(saved.current) if saved.current is not None else None
            pile.go_to(index or 0)
            table = CardTable(
                pile,
                records,
                drawn=sorted(saved.drawn),
                round_order=saved.round,
                dealt=saved.dealt,
                had=saved.had,
            )
        self._tables[activity.id] = table
        return table

    def card_marks(self, deck: str, history: GroupHistory) -> Callable[[str], str]:
        """Where each card of ``deck`` stands for this group: ``now`` (drawn in this
        session), ``later`` (put aside last time), ``discussed`` (before) or ``new``. The
        session's draws are gathered once, not once per card asked."""
        now = {d.card for d in self.session.draws if d.deck == deck}

        def mark(card: str) -> str:
            if card in now:
                return "now"
            if (deck, card) in history.later:
                return "later"
            return "discussed" if (deck, card) in history.discussed else "new"

        return mark

    def showing(self, activity: Activity | None) -> None:
        """The coach opened ``activity``'s cards (or energizer), or closed them (None)."""
        wanted = activity.id if activity is not None else None
        if wanted != self.session.on_table:
            self.opened.add(ON_TABLE.new({"activiteit": wanted}))

    def hide_guide(self, hidden: bool) -> None:
        """Keep the handleiding hidden (or shown) for the rest of this session."""
        if hidden != self.session.guide_hidden:
            self.opened.add(GUIDE.new({"verborgen": hidden}))

    def put_aside(self, deck: str, card: str) -> None:
        """Keep a card for this group's next session ("voor later")."""
        self.opened.add(LATER.new({"deck": deck, "kaart": card}))

    def review(self, earlier: Session, point: ActionPoint, name: str, decision: Decision) -> None:
        """Decide on an earlier session's open action point: klaar, doorgeschoven or
        vervallen. Carried over (doorgeschoven), it becomes an action point of this session
        at once, for the participant of the same name; decided otherwise, that copy goes."""
        self.opened.add(
            REVIEW.new(
                {
                    "sessie": earlier.id,
                    "actiepunt": point.id,
                    "besluit": decision.value,
                    "naam": name,
                    "tekst": point.text,
                }
            )
        )
        copy = self.session.carried(earlier.id, point.id)
        if decision is not Decision.CARRIED:
            if copy is not None:
                self.delete_action(copy.id)
            return
        person = next((p for p in self.participants if name_key(p.name) == name_key(name)), None)
        if copy is None and person is not None:
            origin = f"{earlier.id}/{point.id}"
            self.add_action(person.id, point.text, point.due, point.set_id, origin)

    def note(self, deck: str, card: str, text: str, about: str | None) -> None:
        """Annotate a card, about participant ``about`` or no one (raises ValueError with a
        message code for an empty text)."""
        fields: NotitieRecord = {
            "deck": deck,
            "kaart": card,
            "tekst": typed_text(text),
            "over": about,
        }
        self.opened.add(NOTE.new(fields))

    def close(self) -> None:
        """End the session: pause the running countdown, end a break, mark it closed."""
        self.pause()
        self.end_break()
        self.opened.add(CLOSED.new({}))


class _TableRecords:
    """Writes a card table's changes to the session log (see
    :class:`kaarten.deck.table.TableLog`)."""

    def __init__(self, run: SessionRun, activity: Activity) -> None:
        self._run = run
        self._activity = activity

    def order_changed(self, order: Sequence[Card], position: int, drawn: Sequence[str]) -> None:
        self._run.opened.add(
            PILE.new(
                {
                    "activiteit": self._activity.id,
                    "kaarten": [card.id for card in order],
                    "positie": position,
                    "getrokken": list(drawn),
                }
            )
        )

    def drawn(self, card: Card, participant: str | None) -> None:
        own = card.text if card.kind is CardKind.CUSTOM_QUESTION else None
        self._run.drew(self._activity.deck, card.id, own, participant, self._activity)

    def turns_changed(self, order: Sequence[str], had: Sequence[str]) -> None:
        self._run.opened.add(
            TURNS.new(
                {"activiteit": self._activity.id, "volgorde": list(order), "gehad": list(had)}
            )
        )

    def round_changed(self, people: Sequence[str] | None, dealt: Card | None) -> None:
        fields: RondjeRecord = {"activiteit": self._activity.id, "deelnemers": list(people or [])}
        if dealt is not None:
            fields["kaart"] = dealt.id
        self._run.opened.add(ROUND.new(fields))


def _iso(at: datetime.datetime) -> str:
    return at.isoformat(timespec="seconds")


def _with_id(activity: Activity, new_id: str) -> Activity:
    return replace(activity, id=new_id)
