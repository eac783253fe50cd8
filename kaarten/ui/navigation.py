"""Every move between screens, in one place: ``app.go``.

A screen says what the user chose (``self.kaarten.go.card_sets(deck, ["1.1"])``); which
screen class shows it, whether it is pushed or replaces the one on top, and the lazy import
that keeps it out of the start-up, are decided here. A dialog is not a move: it is a
question a screen asks and answers itself, so screens push their own dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from kaarten.deck.draw import DrawPile
    from kaarten.deck.model import CardSet, Deck
    from kaarten.deck.search import Entry
    from kaarten.deck.table import CardTable
    from kaarten.own.prep import OpenForm
    from kaarten.own.service import OwnWork
    from kaarten.session.model import ActionPoint, Session
    from kaarten.session.run import SessionRun
    from kaarten.ui.app import KaartenApp


class Navigator:
    """Opens the screen for what the user chose, on top of the app's screen stack."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app

    def _show(self, screen: Screen[object], replace: bool = False) -> None:
        if replace:
            self.app.switch_screen(screen)
        else:
            self.app.push_screen(screen)

    # -- reading the decks ----------------------------------------------------------------

    def card_sets(self, deck: Deck, set_ids: Sequence[str], card_id: str | None = None) -> None:
        """The card table on one kaartenset, or several mixed (at ``card_id`` if given)."""
        from kaarten.deck.draw import DrawPile

        app = self.app
        cards = app.questions.cards(deck, set_ids)
        if not cards:  # every card of the set had an error
            app.notify(app.t("table.no_cards", sets=", ".join(set_ids)), markup=False)
            return
        pile = DrawPile(cards, app.rng, shuffled=len(set_ids) > 1)
        if card_id is not None:
            index = pile.index_of(card_id)
            if index is not None:
                pile.go_to(index)
        self._table(deck, pile, set_ids)

    def _table(self, deck: Deck, pile: DrawPile, set_ids: Sequence[str]) -> None:
        from kaarten.deck.table import CardTable
        from kaarten.ui.screens.card_table import CardTableScreen

        self._show(CardTableScreen(deck, CardTable(pile), list(set_ids)))

    def search_hit(self, entry: Entry) -> None:
        """What a search hit points at; a card in the pile on screen is shown there."""
        from kaarten.deck.search import Target
        from kaarten.ui.screens.card_table import CardTableScreen

        deck = self.app.result.library.decks.get(entry.deck_id)
        screen = self.app.screen
        if deck is None:
            return
        if entry.target is Target.DEFINITION:
            self.definitions(deck, show=entry.item_id)
        elif entry.target is Target.ENERGIZER:
            self.energizer(deck, entry.item_id)
        elif (
            isinstance(screen, CardTableScreen)
            and screen.deck.id == entry.deck_id  # card ids are unique per deck only
            and screen.show_card(entry.card_id)
        ):
            return
        elif entry.item_id in deck.card_sets:
            self.card_sets(deck, [entry.item_id], entry.card_id)

    def definitions(self, deck: Deck, first: Sequence[str] = (), show: str | None = None) -> None:
        """The definitiekaarten of ``deck``; ``first`` are listed on top (those the card
        refers to) and ``show`` is opened."""
        from kaarten.ui.screens.definitions import DefinitionsScreen

        self._show(DefinitionsScreen(deck, list(first), show))

    def energizer(self, deck: Deck, energizer_id: str, run: SessionRun | None = None) -> None:
        """An energizer with its instructions and cards (timed when ``run`` leads it)."""
        from kaarten.ui.screens.energizer import EnergizerScreen

        self._show(EnergizerScreen(deck, energizer_id, run))

    def appendix(self, deck: Deck, appendix_id: str) -> None:
        """A bijlage, shown as what it is: text, table, form, checklist or skills."""
        from kaarten.ui.screens.appendix import AppendixScreen

        self._show(AppendixScreen(deck, appendix_id))

    def about(self, deck: Deck) -> None:
        """The deck's general part of the handleiding."""
        from kaarten.ui.screens.about import AboutScreen

        self._show(AboutScreen(deck))

    def problems(self) -> None:
        """Every problem the loader found, with file and line."""
        from kaarten.ui.screens.problems import ProblemsScreen

        self._show(ProblemsScreen())

    # -- alone ----------------------------------------------------------------------------

    def own_work(self, own: OwnWork) -> None:
        """Zelf aan de slag: the logboek, the kaartensets to walk through, the forms."""
        from kaarten.ui.screens.own_work import OwnWorkScreen

        self._show(OwnWorkScreen(own))

    def walk(self, deck: Deck, card_set: CardSet, page: str | None = None) -> None:
        """A kaartenset page by page, with the teacher's answers."""
        from kaarten.ui.screens.walk import WalkScreen

        self._show(WalkScreen(deck, card_set, page))

    def prep_form(self, deck: Deck, opened: OpenForm) -> None:
        """A voorbereidingsformulier, to fill in."""
        from kaarten.ui.screens.prep_form import PrepFormScreen

        self._show(PrepFormScreen(deck, opened))

    # -- sessions -------------------------------------------------------------------------

    def session_list(self) -> None:
        """The saved sessions."""
        from kaarten.ui.screens.sessions import SessionListScreen

        self._show(SessionListScreen())

    def new_session(self, set_hint: tuple[str, str] | None) -> None:
        """The form for a new session."""
        from kaarten.ui.screens.new_session import NewSessionScreen

        self._show(NewSessionScreen(set_hint))

    def session(self, run: SessionRun, replace: bool = False) -> None:
        """The agenda of the session being led (``replace``: instead of the new-session
        form)."""
        from kaarten.ui.screens.session import SessionScreen

        self._show(SessionScreen(run), replace)

    def review(self, run: SessionRun, points: list[tuple[Session, ActionPoint, str]]) -> None:
        """Earlier open action points, to decide on."""
        from kaarten.ui.screens.review import ReviewScreen

        self._show(ReviewScreen(run, points))

    def session_table(
        self, deck: Deck, table: CardTable, set_ids: Sequence[str], run: SessionRun
    ) -> None:
        """The card table of a session's activity, with its round and timer."""
        from kaarten.ui.screens.session_table import SessionTableScreen

        self._show(SessionTableScreen(deck, table, list(set_ids), run))

    def break_screen(self, run: SessionRun) -> None:
        """The break going on (over the screen the coach was on)."""
        from kaarten.ui.screens.break_screen import BreakScreen

        self._show(BreakScreen(run))

    def room_trial(self) -> None:
        """The room's test page, before the group comes."""
        from kaarten.ui.screens.room_trial import RoomTrialScreen

        self._show(RoomTrialScreen())

    def summary(
        self,
        session: Session,
        read_only: str | None = None,
        replace: bool = False,
        path: Path | None = None,
    ) -> None:
        """A session's summary (``read_only``: why it cannot be led on)."""
        from kaarten.ui.screens.summary import SummaryScreen

        self._show(SummaryScreen(session, read_only, path), replace)
