"""The card table: one card big in the middle, the handleiding beside it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Markdown, Static

from kaarten import guide
from kaarten.deck.model import Card, Deck, References
from kaarten.draw import DrawPile, is_blank
from kaarten.screens.base import KaartenScreen, command
from kaarten.text import clean
from kaarten.widgets.card_view import CardView


class CardTableScreen(KaartenScreen):
    """Draw, go back, shuffle and pick cards from one kaartenset or several mixed."""

    HELP = "help.card_table"
    PRESENTABLE = True
    BINDINGS = [
        # Priority, so the arrows draw even while the handleiding has focus for scrolling.
        command("right,space", "next", "next", priority=True),
        command("left,backspace", "previous", "previous", priority=True),
        command("s", "shuffle", "shuffle"),
        command("u", "restore", "restore"),
        command("o", "overview", "overview"),
        command("e", "own_question", "own_question"),
        command("d", "definition", "definition"),
        command("q", "link", "link"),
        command("b", "appendix", "appendix"),
        command("h", "toggle_guide", "guide"),
        command("escape", "back", "back"),
    ]

    def __init__(self, deck: Deck, pile: DrawPile, set_ids: list[str]) -> None:
        super().__init__()
        self.deck = deck
        self.pile = pile
        self.set_ids = set_ids
        self._guide_text = ""
        self.refs = References()
        """What the card on the table refers to; kept so key checks need not recompute it."""
        self._keys_shown: tuple[bool, bool, bool] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="table"):
            with Vertical(id="card-column"):
                with VerticalScroll(id="card-area"):
                    yield CardView(id="card")
                yield Static(id="card-status")
            with VerticalScroll(id="guide"):
                yield Markdown(id="guide-text", open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(self.kaarten.guide_hidden, "-no-guide")
        self._show()

    # -- showing ------------------------------------------------------------------------

    @property
    def card(self) -> Card:
        """The card on the table."""
        return self.pile.current

    def _show(self) -> None:
        card = self.card
        card_set = self.deck.card_sets[card.set_id]
        self.refs = self.deck.references(card)
        blank = is_blank(card)
        text = self.t("card.blank_own_question") if blank else card.text
        kind = self.t(f"card.kind.{card.kind.name.lower()}")
        caption = f"{card_set.id} {card_set.title} · {self.pile.position + 1}/{len(self.pile)}"
        self.query_one("#card", CardView).show(text, kind, caption, blank=blank)
        self._show_status()
        if len(self.set_ids) > 1:
            self.title = self.t("table.title_mixed", sets=", ".join(self.set_ids))
        else:
            self.title = self.t("table.title", id=card_set.id, title=card_set.title)
        text = guide.card_guide(self.deck, card_set, card, self.kaarten.ui_language)
        if text != self._guide_text:  # re-render only when the set or card notes change
            self._guide_text = text
            self.query_one("#guide-text", Markdown).update(text)
            self.query_one("#guide", VerticalScroll).scroll_home(animate=False)
        keys = self._optional_keys()
        if keys != self._keys_shown:  # rebuilding the footer on every draw is slow
            self._keys_shown = keys
            self.refresh_bindings()

    def _optional_keys(self) -> tuple[bool, bool, bool]:
        """Which of the keys shown only when they apply are available now."""
        return self.pile.can_restore, bool(self.refs.appendices), bool(self.refs.links)

    def _show_status(self) -> None:
        parts = [self.t("table.position", n=self.pile.position + 1, total=len(self.pile))]
        if self.pile.can_restore:
            parts.append(self.t("table.shuffled"))
        if self.pile.at_end:
            parts.append(self.t("table.last_card"))
        extra = []
        if self.refs.definitions:
            extra.append(self.t("table.has_definitions", n=len(self.refs.definitions)))
        if self.refs.links:
            extra.append(self.t("table.has_links", n=len(self.refs.links)))
        if extra:
            parts.append(self.t("table.with_card", items=", ".join(extra)))
        self.query_one("#card-status", Static).update(Content(" · ".join(parts)))

    def show_card(self, card_id: str | None) -> bool:
        """Jump to the card with ``card_id`` if it is in this pile."""
        index = None if card_id is None else self.pile.index_of(card_id)
        if index is None:
            return False
        self.pile.go_to(index)
        self._show()
        return True

    # -- drawing ------------------------------------------------------------------------

    def action_next(self) -> None:
        """Draw the next card."""
        if self.pile.next():
            self._show()
        else:
            self.notify(self.t("table.no_more"), markup=False)

    def action_previous(self) -> None:
        """Back to the card before."""
        if self.pile.previous():
            self._show()

    def action_shuffle(self) -> None:
        """Shuffle the cards and start from the top."""
        self.pile.shuffle()
        self._show()
        self.notify(self.t("table.shuffled_note"), markup=False)

    def action_restore(self) -> None:
        """Bring back the order from before the last shuffle."""
        if self.pile.restore():
            self._show()
            self.notify(self.t("table.restored_note"), markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        can_restore, has_appendices, has_links = self._optional_keys()
        if action == "restore":
            return can_restore  # hidden until there is a shuffle to undo
        if action == "appendix":
            return has_appendices
        if action == "link":
            return has_links
        return True

    def action_overview(self) -> None:
        """All cards of the pile; pick one to show it."""
        from kaarten.screens.card_overview import CardOverviewModal

        def picked(index: int | None) -> None:
            if index is not None:
                self.pile.go_to(index)
                self._show()

        self.app.push_screen(CardOverviewModal(self.deck, self.pile), picked)

    def action_own_question(self) -> None:
        """Type a question of your own; it becomes a card of this set for the rest of the run."""
        from kaarten.screens.own_question import OwnQuestionModal

        set_id = self.card.set_id

        def typed(text: str | None) -> None:
            text = clean(text or "").strip()
            if text:
                card = self.kaarten.add_own_question(self.deck, set_id, text)
                self.pile.insert_next(card)
                self._show()

        self.app.push_screen(OwnQuestionModal(self.deck.card_sets[set_id]), typed)

    # -- looking things up --------------------------------------------------------------

    def action_definition(self) -> None:
        """The definitiekaarten this card refers to, above all the others."""
        definitions = [d.id for d in self.refs.definitions]
        self.kaarten.open_definitions(
            self.deck, definitions, definitions[0] if definitions else None
        )

    def action_link(self) -> None:
        """The links of this card and its set as QR codes."""
        from kaarten.screens.link import LinkModal

        if self.refs.links:
            self.app.push_screen(LinkModal(self.refs.links))

    def action_appendix(self) -> None:
        """The bijlage of this set (a choice when there are several)."""
        from kaarten.screens.choice import ChoiceModal

        appendices = self.refs.appendices
        if len(appendices) == 1:
            self.kaarten.open_appendix(self.deck, appendices[0].id)
            return

        def picked(index: int | None) -> None:
            if index is not None:
                self.kaarten.open_appendix(self.deck, appendices[index].id)

        titles = [a.title for a in appendices]
        self.app.push_screen(ChoiceModal(self.t("table.pick_appendix"), titles), picked)

    def action_toggle_guide(self) -> None:
        """Hide the handleiding so it is not projected, or show it again."""
        self.kaarten.guide_hidden = not self.kaarten.guide_hidden
        self.set_class(self.kaarten.guide_hidden, "-no-guide")

    def action_back(self) -> None:
        """Back to where the card table was opened from."""
        self.dismiss()

    def language_changed(self) -> None:
        self._guide_text = ""
        self._show()
