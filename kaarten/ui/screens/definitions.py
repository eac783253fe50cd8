"""The definitiekaarten: a list on the left, the chosen definition on the right."""

from __future__ import annotations

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Header, Markdown, OptionList
from textual.widgets.option_list import Option

from kaarten.deck import guide
from kaarten.deck.model import Deck
from kaarten.deck.search import plain
from kaarten.room.state import RoomState, View, blocks
from kaarten.ui.screens.base import CARDS_CSS, KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter

WORD_ROOM = 6
"""Columns of the list beside a title's text: padding, border and scroll bar."""
MOST_WIDTH = 40
"""The list never takes more (a trainer's 60-letter word still leaves room for the text)."""


class DefinitionsScreen(KaartenScreen):
    """Every definitiekaart of a deck; those a card refers to are listed first."""

    CSS_PATH = CARDS_CSS

    HELP = "definitions"
    PRESENTABLE = True
    BINDINGS = [command("escape", "back", "key.back", "cmd.back")]

    def __init__(self, deck: Deck, first: list[str], show: str | None) -> None:
        super().__init__()
        self.deck = deck
        self.first = [d for d in first if d in deck.definitions]
        self.shown = show if show in deck.definitions else None

    def compose(self) -> ComposeResult:
        self.title = self.t("definitions.title", deck=self.deck.title)
        options: list[Option | None] = []
        if self.first:
            options.append(
                Option(Content.styled(self.t("definitions.this_card"), "bold"), disabled=True)
            )
            options += [self._option(d) for d in self.first]
            options.append(Option(Content.styled(self.t("definitions.all"), "bold"), disabled=True))
        options += [self._option(d) for d in self.deck.definitions if d not in self.first]
        yield Header()
        with Horizontal(id="definitions"):
            yield OptionList(*options, id="definition-list", markup=False)
            with VerticalScroll(id="definition-view"):
                yield Markdown(id="definition-text", open_links=False)
        yield KeyFooter()

    def _option(self, definition_id: str) -> Option:
        return Option(Content(self.deck.definitions[definition_id].title), id=definition_id)

    def on_mount(self) -> None:
        options = self.query_one("#definition-list", OptionList)
        # Wide enough for the longest word of a title beside padding, border and scroll
        # bar: narrower, "‘(ouder)communicatie’?" was folded with "’?" on a line alone.
        titles = [d.title for d in self.deck.definitions.values()]
        longest = max((cell_len(word) for title in titles for word in title.split()), default=0)
        options.styles.min_width = min(longest + WORD_ROOM, MOST_WIDTH)
        wanted = self.shown or (self.first[0] if self.first else next(iter(self.deck.definitions)))
        options.highlighted = options.get_option_index(wanted)
        options.focus()
        self._show(wanted)

    def _show(self, definition_id: str) -> None:
        self.shown = definition_id
        definition = self.deck.definitions[definition_id]
        text = guide.definition_text(definition, self.kaarten.ui_language)
        self.query_one("#definition-text", Markdown).update(text)

    def room_state(self) -> RoomState | None:
        """The definitiekaart shown, for the room view."""
        if self.shown is None:
            return None
        definition = self.deck.definitions[self.shown]
        return RoomState(
            view=View.DEFINITION,
            title=definition.title,
            text=plain(definition.text),
            blocks=blocks(definition.text),
        )

    @on(OptionList.OptionHighlighted, "#definition-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._show(event.option.id)

    def action_back(self) -> None:
        """Back to the card or the home screen."""
        self.dismiss()
