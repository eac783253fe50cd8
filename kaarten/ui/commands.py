"""The command palette and help: search in all card text, every key of a screen as a
command, and the help page of the screen on top.

Highlights are built on :class:`Content` from the match offsets; Textual's own
``Matcher.highlight`` parses markup and crashed on a card containing ``[/]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.widgets.option_list import Option

from kaarten.deck.search import Entry, Target, card_entry
from kaarten.deck.search import Hit as SearchHit
from kaarten.ui.screens.base import commands_of

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp

SNIPPET = 90  # characters of card text shown per hit


def screen_commands(app: KaartenApp, screen: Screen[object]) -> Iterator[SystemCommand]:
    """A palette command for every binding that has a title: one definition feeds the key,
    the footer, the help screen and the palette."""
    for name, (keys, active) in commands_of(screen).items():
        if active.enabled:
            yield SystemCommand(
                app.t(name),
                app.t("cmd.key_help", keys=", ".join(keys)),
                partial(app.run_action, active.binding.action, active.node),
            )


def system_commands(app: KaartenApp, screen: Screen[object]) -> Iterator[SystemCommand]:
    """Every key of the current screen as a palette command, plus the app's own, in the UI
    language. Textual's screenshot command is left out: it writes the screen, names
    included, to a file."""
    yield from screen_commands(app, screen)
    yield SystemCommand(app.t("cmd.theme"), app.t("cmd.theme_help"), app.action_change_theme)


def open_help(app: KaartenApp) -> None:
    """Explain the current screen and its keys (not a second help on top of one)."""
    from kaarten.ui.dialogs.help import HelpModal

    if not isinstance(app.screen, HelpModal):
        app.push_screen(HelpModal(app.screen))


def open_palette(app: KaartenApp, **options: Any) -> None:
    """The command palette with its words in the UI language; ``options`` as Textual's
    :class:`CommandPalette` takes them (providers, placeholder, id)."""
    app.push_screen(KaartenPalette(app.t("palette.nothing_found"), **options))


def open_search(app: KaartenApp) -> None:
    """Search all card text in the palette (not a second palette on top of one)."""
    if not isinstance(app.screen, CommandPalette):
        open_palette(app, providers=[CardSearch], placeholder=app.t("search.placeholder"))


def open_commands(app: KaartenApp) -> None:
    """Every command of this screen and the app, to search and run."""
    if app.use_command_palette and not CommandPalette.is_open(app):  # type: ignore[arg-type]
        open_palette(app, id="--command-palette", placeholder=app.t("palette.placeholder"))


def open_themes(app: KaartenApp) -> None:
    """Choose a colour theme (Textual's theme list, in the UI language)."""
    from textual.theme import ThemeProvider

    open_palette(app, providers=[ThemeProvider], placeholder=app.t("palette.themes"))


def snippet(hit: SearchHit, highlight: str) -> Content:
    """The hit's text around its first match, with every match highlighted."""
    text = hit.entry.text
    start = max(0, hit.spans[0][0] - SNIPPET // 3)
    end = min(len(text), start + SNIPPET)
    prefix = "…" if start else ""
    content = Content(prefix + text[start:end] + ("…" if end < len(text) else ""))
    shift = len(prefix) - start
    for span_start, span_end in hit.spans:
        if span_start >= start and span_end <= end:
            content = content.stylize(highlight, span_start + shift, span_end + shift)
    return content


class CardSearch(Provider):
    """Search every card, definitiekaart and energizer; choosing a hit opens it."""

    @property
    def kaarten(self) -> KaartenApp:
        return cast("KaartenApp", self.app)

    def _own_entries(self) -> list[Entry]:
        return [card_entry(deck_id, card) for deck_id, card in self.kaarten.questions.all()]

    async def search(self, query: str) -> Hits:
        app = self.kaarten
        highlight = "bold reverse"
        for hit in app.search_index().search(query, self._own_entries()):
            entry = hit.entry
            label = self._label(entry)
            yield Hit(
                hit.score,
                Content(label + ": ").append(snippet(hit, highlight)),
                partial(app.go.search_hit, entry),
                text=f"{label}: {entry.text}",
            )

    def _label(self, entry: Entry) -> str:
        """What a hit is (kaart 1.1, definitie, energizer), and with sets from more than
        one deck, in which deck: 63 decks can each have a set 1.1."""
        app = self.kaarten
        if entry.target is Target.CARD:
            label = app.t("search.card", set=entry.item_id)
        elif entry.target is Target.DEFINITION:
            label = app.t("search.definition")
        else:
            label = app.t("search.energizer", id=entry.item_id)
        decks = app.result.library.decks
        if sum(1 for d in decks.values() if d.card_sets) > 1 and entry.deck_id in decks:
            return f"{decks[entry.deck_id].title} · {label}"
        return label


class KaartenPalette(CommandPalette):
    """Textual's command palette with its own words in the UI language: the placeholder
    is given; "No matches found" is a literal inside Textual, replaced here (private
    names of the pinned Textual, guarded by a test)."""

    def __init__(self, nothing_found: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._nothing_found = nothing_found

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:  # an empty search lists what there is: nothing to report
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(self._nothing_found, style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)
