"""The card table: one card big in the middle, the handleiding beside it.

This is the table for reading and for drawing alone; the one a coach leads a session at
(:mod:`.session_table`) adds the timer, the round, notes and action points to it through
the hooks below (``_above_card``, ``_guide_for``, ``_person_for`` …).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Markdown, Static

from kaarten.deck import guide
from kaarten.deck.draw import DrawPile, is_blank
from kaarten.deck.labels import KIND
from kaarten.deck.model import Card, CardSet, Deck, References
from kaarten.deck.table import CardTable
from kaarten.room.state import RoomState, View
from kaarten.text import clean
from kaarten.ui.screens.base import CARDS_CSS, KaartenScreen, command
from kaarten.ui.widgets.card_view import CardView
from kaarten.ui.widgets.key_footer import KeyFooter

CUSTOM_QUESTION_MAX = 500

# The keys in the order the footer shows them, most important first (it shows as many as
# fit; the rest are in F1 and Ctrl+P). Leading a session puts LEAD between DRAW and READ.
DRAW = [
    # Priority, so the arrows draw even while the handleiding has focus for scrolling.
    command("right,space", "next", "key.next", "cmd.next", priority=True),
    command("left,backspace", "previous", "key.previous", "cmd.previous", priority=True),
]
LEAD = [
    command("t", "timer", "key.timer", "cmd.timer"),
    command("r", "round", "key.round", "cmd.round"),
    command("l", "later", "key.later", "cmd.later"),
    command("n", "note", "key.note", "cmd.note"),
    command("a", "action_point", "key.action_point", "cmd.action_point"),
]
READ = [
    command("h", "toggle_guide", "key.guide", "cmd.guide"),
    command("o", "overview", "key.overview", "cmd.overview"),
    command("s", "shuffle", "key.shuffle", "cmd.shuffle"),
    command("u", "restore", "key.restore", "cmd.restore"),
    command("e", "custom_question", "key.custom_question", "cmd.custom_question"),
    command("d", "definition", "key.definition", "cmd.definition"),
    command("q", "link", "key.link", "cmd.link"),
    command("b", "appendix", "key.appendix", "cmd.appendix"),
]
WALL = command("z", "wall", "key.wall", "cmd.wall")
TURNS = command("w", "turns", "key.turns", "cmd.turns")
BREAK = command("k", "break", "key.break", "cmd.break")
MINUTE = command("plus", "minute", "key.minute", "cmd.minute", show=False)
BACK = command("escape", "back", "key.back", "cmd.back")


class CardTableScreen(KaartenScreen):
    """Draw, go back, shuffle and pick cards from one kaartenset or several mixed."""

    CSS_PATH = [CARDS_CSS]

    HELP = "card_table"
    PRESENTABLE = True
    BINDINGS = [*DRAW, *READ, BACK]
    FOOTER_ROWS = 1

    def __init__(self, deck: Deck, table: CardTable, set_ids: list[str]) -> None:
        super().__init__()
        self.deck = deck
        self.table = table
        """The pile and what was drawn (in a session it is the activity's, and outlives
        the screen)."""
        self.set_ids = set_ids
        self._guide_text = ""
        self.refs = References()
        """What the card on the table refers to; kept so key checks need not recompute it."""
        self._restore_offered: bool | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="table"):
            with Vertical(id="card-column"):
                yield from self._above_card()
                with VerticalScroll(id="card-area"):
                    yield CardView(id="card")
                yield from self._below_card()
                yield Static(id="card-status")
            with VerticalScroll(id="guide"):
                yield Markdown(id="guide-text", open_links=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.set_class(self._guide_hidden, "-no-guide")
        self._show()

    # -- showing ------------------------------------------------------------------------

    @property
    def pile(self) -> DrawPile:
        return self.table.pile

    @property
    def card(self) -> Card:
        """The card on the table."""
        return self.pile.current

    # -- what leading a session adds (see session_table.py) -------------------------------

    def _above_card(self) -> ComposeResult:
        """Widgets above the card (the session's timer)."""
        yield from ()

    def _below_card(self) -> ComposeResult:
        """Widgets under the card (what the group said, in a session)."""
        yield from ()

    @property
    def _guide_hidden(self) -> bool:
        """The handleiding is hidden: as the user last chose."""
        return self.kaarten.prefs.settings.handleiding_verborgen

    def _hide_guide(self, hidden: bool) -> None:
        self.kaarten.prefs.remember(handleiding_verborgen=hidden)

    def _guide_for(self, card_set: CardSet, card: Card) -> str:
        """The handleiding beside ``card`` (as Markdown)."""
        return guide.card_guide(self.deck, card_set, card, self.kaarten.ui_language)

    def _note_count(self, card: Card) -> int:
        return 0

    def _kept_for_later(self, card: Card) -> bool:
        """The group put this card aside last time: it comes first, and says why."""
        return False

    def _person_for(self, card: Card) -> str | None:
        """Whose turn ``card`` is in a round."""
        return None

    def _before_card(self, card: Card) -> None:
        """A card is about to be shown."""

    def _wall_for(self, card: Card) -> tuple[str, ...]:
        """What the group said about ``card``, for the room (only in a session)."""
        return ()

    def _overview_mark(self) -> Callable[[Card], str] | None:
        """How the card overview marks each card."""
        return None

    def _show(self) -> None:
        card = self.card
        card_set = self.deck.card_sets[card.set_id]
        self.refs = self.deck.references(card)
        blank = is_blank(card)
        text = self.t("card.blank_custom_question") if blank else card.text
        kind = self.t(KIND[card.kind])
        caption = f"{card_set.id} {card_set.title} · {self.pile.position + 1}/{len(self.pile)}"
        self._before_card(card)
        if self._kept_for_later(card):
            caption = f"{self.t('table.kept_for_later')} · {caption}"
        person = self._person_for(card)
        if person:
            caption = f"{self.t('table.for', name=person)} · {caption}"
        self.kaarten.room.look()  # first the room (its page has to fit the text), then here
        self.query_one("#card", CardView).show(text, kind, caption, blank=blank)
        self._show_status()
        if len(self.set_ids) > 1:
            self.title = self.t("table.title_mixed", sets=", ".join(self.set_ids))
        else:
            self.title = self.t("table.title", id=card_set.id, title=card_set.title)
        text = self._guide_for(card_set, card)
        if text != self._guide_text:  # re-render only when the set or card notes change
            self._guide_text = text
            self.query_one("#guide-text", Markdown).update(text)
            self.query_one("#guide", VerticalScroll).scroll_home(animate=False)
        # u is shown only after a shuffle; rebuilding the footer on every draw is slow.
        if self.pile.can_restore != self._restore_offered:
            self._restore_offered = self.pile.can_restore
            self.refresh_bindings()

    def room_state(self) -> RoomState:
        """The card on the table for the room view: its text, kind and kaartenset, and in a
        round whose turn it is. Never the handleiding or the notes."""
        card = self.card
        card_set = self.deck.card_sets[card.set_id]
        person = self._person_for(card)
        return RoomState(
            view=View.CARD,
            title=f"{card_set.id} {card_set.title}",
            # The blank card's invitation names the coach's key: the room sees what it is.
            text=self.t("room.blank_custom_question") if is_blank(card) else card.text,
            kind=self.t(KIND[card.kind]),
            turn=self.t("table.for", name=person) if person else "",
            aside=self.t("table.kept_for_later") if self._kept_for_later(card) else "",
            wall=self._wall_for(card),
        )

    def _show_status(self) -> None:
        parts = [self.t("table.position", n=self.pile.position + 1, total=len(self.pile))]
        if self.pile.can_restore:
            parts.append(self.t("table.shuffled"))
        if self.pile.at_end:
            parts.append(self.t("table.last_card"))
        extra = []
        if self.refs.definitions:
            extra.append(self.t_n("table.has_definitions", len(self.refs.definitions)))
        if self.refs.links:
            extra.append(self.t_n("table.has_links", len(self.refs.links)))
        notes = self._note_count(self.card)
        if notes:
            extra.append(self.t_n("table.has_notes", notes))
        if extra:
            parts.append(self.t("table.with_card", items=", ".join(extra)))
        if (self.deck.id, self.card.set_id) in self.kaarten.deck_watch.stale:
            parts.append(self.t("table.edited_has_errors"))
        self.query_one("#card-status", Static).update(Content(" · ".join(parts)))

    def show_card(self, card_id: str | None) -> bool:
        """Jump to the card with ``card_id`` if it is in this pile."""
        index = None if card_id is None else self.pile.index_of(card_id)
        if index is None:
            return False
        self.table.go_to(index)
        self._show()
        return True

    # -- drawing ------------------------------------------------------------------------

    def action_next(self) -> None:
        """Draw the next card."""
        if self.table.next():
            self._show()
        else:
            self.notify(self.t("table.no_more"), markup=False)

    def action_previous(self) -> None:
        """Back to the card before."""
        if self.table.previous():
            self._show()

    def action_shuffle(self) -> None:
        """Shuffle the cards and start from the top."""
        self.table.shuffle()
        self._show()
        self.notify(self.t("table.shuffled_note"), markup=False)

    def action_restore(self) -> None:
        """Bring back the order from before the last shuffle."""
        if self.table.restore():
            self._show()
            self.notify(self.t("table.restored_note"), markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "restore":
            return self.pile.can_restore  # hidden until there is a shuffle to undo
        return True

    def action_overview(self) -> None:
        """All cards of the pile; pick one to show it."""
        from kaarten.ui.dialogs.card_overview import CardOverviewModal

        def picked(index: int | None) -> None:
            if index is not None:
                self.table.go_to(index)
                self._show()

        self.app.push_screen(CardOverviewModal(self.deck, self.pile, self._overview_mark()), picked)

    def action_custom_question(self) -> None:
        """Type a question of your own; it becomes a card of this set for the rest of the run."""
        from kaarten.ui.dialogs.text_entry import OwnQuestionModal

        set_id = self.card.set_id
        card_set = self.deck.card_sets[set_id]

        def typed(text: str | None) -> None:
            text = clean(text or "").strip()
            if text:
                taken = {card.id for card in self.pile.cards}
                card = self.kaarten.questions.add(self.deck, set_id, text, taken)
                self.table.insert_next(card)
                self._show()

        self.app.push_screen(
            OwnQuestionModal(
                ("custom_question.title", {"id": card_set.id, "title": card_set.title}),
                "custom_question.placeholder",
                "custom_question.add",
                CUSTOM_QUESTION_MAX,
            ),
            typed,
        )

    # -- looking things up --------------------------------------------------------------

    def action_definition(self) -> None:
        """The definitiekaarten this card refers to, above all the others."""
        definitions = [d.id for d in self.refs.definitions]
        self.kaarten.go.definitions(self.deck, definitions, definitions[0] if definitions else None)

    def action_link(self) -> None:
        """The links of this card and its set as QR codes."""
        from kaarten.ui.dialogs.link import LinkModal

        if self.refs.links:
            self.app.push_screen(LinkModal(self.refs.links))
        else:  # the key stays on offer (people look for it): say why nothing opens
            self.notify(self.t("table.no_links"), markup=False)

    def action_appendix(self) -> None:
        """The bijlage of this set (a choice when there are several)."""
        from kaarten.ui.dialogs.choice import ChoiceModal

        appendices = self.refs.appendices
        if not appendices:
            self.notify(self.t("table.no_appendix"), markup=False)
            return
        if len(appendices) == 1:
            self.kaarten.go.appendix(self.deck, appendices[0].id)
            return

        def picked(index: int | None) -> None:
            if index is not None:
                self.kaarten.go.appendix(self.deck, appendices[index].id)

        titles = [a.title for a in appendices]
        self.app.push_screen(ChoiceModal(self.t("table.pick_appendix"), titles), picked)

    def action_toggle_guide(self) -> None:
        """Hide the handleiding so it is not projected, or show it again."""
        hidden = not self._guide_hidden
        self._hide_guide(hidden)
        self.set_class(hidden, "-no-guide")

    def action_back(self) -> None:
        """Back to where the card table was opened from."""
        self.dismiss()

    def decks_changed(self) -> None:
        """A trainer saved a deck file: the same pile, same place, with the new texts."""
        deck = self.kaarten.result.library.decks.get(self.deck.id)
        if deck is None:
            return
        self.deck = deck
        set_ids = [s for s in self.set_ids if s in deck.card_sets]
        self.pile.renew(self.kaarten.questions.cards(deck, set_ids))
        self._guide_text = ""
        self._show()

    def language_changed(self) -> None:
        self._guide_text = ""
        self._show()
