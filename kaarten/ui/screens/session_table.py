"""The card table a coach leads a session at: the reading table plus the activity's timer,
the round (whose card it is), notes, action points and cards put aside for next time."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from kaarten.deck import guide
from kaarten.deck.draw import is_blank
from kaarten.deck.model import Card, CardSet, Deck
from kaarten.deck.table import CardTable
from kaarten.session.run import SessionRun
from kaarten.ui.screens.base import CARDS_CSS, TIMER_CSS
from kaarten.ui.screens.card_table import (
    BACK,
    BREAK,
    DRAW,
    LEAD,
    MINUTE,
    READ,
    TURNS,
    WALL,
    CardTableScreen,
)
from kaarten.ui.widgets.timer_view import SessionTimer

_MARK = {
    "now": "overview.mark.now",
    "later": "overview.mark.later",
    "discussed": "overview.mark.discussed",
    "new": "overview.mark.new",
}
"""How the overview marks a card in a session (:meth:`SessionRun.card_marks`)."""


class SessionTableScreen(CardTableScreen, inherit_bindings=False):
    """The cards of one activity of the agenda, with its timer and the group at hand."""

    CSS_PATH = [CARDS_CSS, TIMER_CSS]
    HELP = "session_table"
    BINDINGS = [*DRAW, *LEAD, WALL, TURNS, BREAK, *READ, MINUTE, BACK]
    FOOTER_ROWS = 2
    """Leading a session, the coach needs note, action point and round at hand."""

    def __init__(self, deck: Deck, table: CardTable, set_ids: list[str], run: SessionRun) -> None:
        super().__init__(deck, table, set_ids)
        self.run = run
        """The session being led; the cards were opened from its agenda."""
        self._reminded = False

    # -- what the reading table leaves out ----------------------------------------------

    def _above_card(self) -> ComposeResult:
        yield SessionTimer(self.run, id="table-timer")
        yield Static(id="round-line")

    def _below_card(self) -> ComposeResult:
        yield Static(id="wall-text")

    def _show(self) -> None:
        super()._show()
        self._show_round()
        lines = self._wall_for(self.card)
        wall = self.query_one("#wall-text", Static)
        wall.update(Content(self.t("wall.shown", text=" · ".join(lines))))
        wall.display = bool(lines)

    def _show_round(self) -> None:
        """The round from the coach's chair: whose card it is, who is next, who has not had
        a card yet in this turn round, who had one, who is absent today."""
        line = self.query_one("#round-line", Static)
        session = self.run.session
        names = {p.id: p.name for p in session.participants}

        def listed(people: list[str]) -> str:
            return ", ".join(names.get(p, "") for p in people)

        turns = self.table.turns()
        parts = []
        if self.table.round:
            parts.append(self.t("round.title"))
            if turns.holder:
                parts.append(self.t("round.holder", name=names.get(turns.holder, "")))
            if turns.next:
                parts.append(self.t("round.next", name=names.get(turns.next, "")))
            waiting = [p for p in turns.waiting if p != turns.next]
            if waiting:
                parts.append(self.t("round.waiting", names=listed(waiting)))
            had = [p for p in turns.had if p not in (turns.holder, turns.next)]
            if had:
                parts.append(self.t("round.had", names=listed(had)))
        if session.absent:
            parts.append(self.t("round.absent", names=listed(session.absent)))
        line.update(Content(" · ".join(parts)))
        line.display = bool(parts)

    @property
    def _guide_hidden(self) -> bool:
        """Hidden for the whole session when the coach hid it there."""
        return self.run.session.guide_hidden

    def _hide_guide(self, hidden: bool) -> None:
        self.run.hide_guide(hidden)

    def _guide_for(self, card_set: CardSet, card: Card) -> str:
        """The handleiding with this group's notes on the card, earlier sessions' first."""
        lang = self.kaarten.ui_language
        notes = [n.text for n in self.run.session.notes_on(self.deck.id, card.id)]
        earlier = self.kaarten.sessions.history(self.run).notes.get((self.deck.id, card.id))
        notes = [self.t("guide.earlier_note", date=d, text=t) for d, t in earlier or []] + notes
        return guide.with_notes(super()._guide_for(card_set, card), notes, lang)

    def _wall_for(self, card: Card) -> tuple[str, ...]:
        return tuple(self.run.session.wall.get((self.deck.id, card.id), ()))

    def _note_count(self, card: Card) -> int:
        return len(self.run.session.notes_on(self.deck.id, card.id))

    def _kept_for_later(self, card: Card) -> bool:
        return (self.deck.id, card.id) in self.kaarten.sessions.history(self.run).later

    def _person_for(self, card: Card) -> str | None:
        person_id = self.table.person_for(card.id)
        person = self.run.session.participant(person_id) if person_id else None
        return person.name if person else None

    def _before_card(self, card: Card) -> None:
        """Once per opening: a card is on the table but the activity's timer never ran."""
        if self._reminded or is_blank(card):
            return
        if self.run.timer_never_started():
            self._reminded = True
            self.notify(self.t("session.timer_not_started"), markup=False, severity="warning")

    def _overview_mark(self) -> Callable[[Card], str]:
        marks = self.run.card_marks(self.deck.id, self.kaarten.sessions.history(self.run))

        def mark(card: Card) -> str:
            return self.t(_MARK[marks(card.id)])

        return mark

    # -- the keys of leading ------------------------------------------------------------

    def action_note(self) -> None:
        """Write a note on this card; notes add up and come back with the card."""
        from kaarten.ui.dialogs.text_entry import NoteModal

        run, card = self.run, self.card
        earlier = [n.text for n in run.session.notes_on(self.deck.id, card.id)]
        label = guide.card_label(self.deck, card, self.kaarten.ui_language)

        dialog = NoteModal(
            ("note.title", {"card": label}),
            run.session.participants,
            self.table.person_for(card.id),  # a card dealt in a round: about its owner
            above="\n".join(earlier),
        )

        def typed(text: str | None) -> None:
            if not text or not text.strip():
                return
            run.note(self.deck.id, card.id, text, dialog.about)
            self.notify(self.t("session.note_saved"), markup=False)
            self._guide_text = ""
            self._show()

        self.app.push_screen(dialog, typed)

    def action_action_point(self) -> None:
        """Write down an action point for a participant (from this kaartenset)."""
        person = self.table.person_for(self.card.id)  # in a round: the card's owner
        self.kaarten.sessions.add_action_point(
            self.run, self.card.set_id, self._show_status, person
        )

    def action_timer(self) -> None:
        """Start, pause or resume the activity's timer."""
        self.query_one(SessionTimer).toggle()

    def action_minute(self) -> None:
        """One minute more for the activity."""
        self.query_one(SessionTimer).add_minute()

    def action_later(self) -> None:
        """Put this card aside: it comes first in this group's next session."""
        if not is_blank(self.card):
            self.run.put_aside(self.deck.id, self.card.id)
            self.notify(self.t("session.put_aside"), markup=False)

    def action_round(self) -> None:
        """Deal the next cards to the participants in turn (those here today), or stop
        doing so."""
        if self.table.round:
            self.table.stop_round()
            self.notify(self.t("session.round_off"), markup=False)
        else:
            self.table.start_round(self.run.present())
            self.notify(self.t("session.round_on"), markup=False)
        self._show()

    def action_turns(self) -> None:
        """Who is next, who lets the turn pass, who is absent today."""
        from kaarten.ui.dialogs.turns import TurnsModal

        self.app.push_screen(TurnsModal(self.run, self.table), lambda _: self._show())

    def action_wall(self) -> None:
        """Type what the group says about this card, for the room to read under it."""
        from kaarten.ui.dialogs.wall import WallModal

        card = self.card
        if is_blank(card):
            self.notify(self.t("wall.blank_card"), markup=False)
            return
        label = guide.card_label(self.deck, card, self.kaarten.ui_language)
        lines = self.run.session.wall.get((self.deck.id, card.id), [])

        def typed(new: list[str] | None) -> None:
            if new is not None:
                self.run.say_to_room(self.deck.id, card.id, new)
                self._show()

        self.app.push_screen(WallModal(label, lines), typed)

    def action_break(self) -> None:
        """A break: the room sees when the group goes on."""
        self.kaarten.sessions.take_break(self.run)

    def decks_changed(self) -> None:
        """Nothing: the cards never change under a coach leading a session (the watcher
        waits until the session is left)."""

    def action_back(self) -> None:
        """Back to the session's agenda; the cards stay where they were."""
        self.run.showing(None)  # left on purpose: a resume starts at the session
        super().action_back()
