"""Zelf aan de slag with one kaartenset: its doel, the cards one by one, the achtergrond
and the definitiekaarten, each with the teacher's own answer or reflection under it.

What is typed is saved while typing (at most ``SAVE_DELAY`` seconds after a change), on
leaving the field, on turning the page and on leaving the screen.
"""

from __future__ import annotations

import contextlib

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.events import DescendantBlur, Key
from textual.widgets import Header, Label, Markdown, Static, TextArea

from kaarten.deck import guide
from kaarten.deck.labels import KIND
from kaarten.deck.model import CardSet, Deck
from kaarten.journal.logfile import ReadOnly
from kaarten.own.logbook import (
    DEFINITION,
    GOAL,
    ME,
    OpenLogbook,
    Page,
    is_markdown,
    page_text,
    page_title,
    pages,
)
from kaarten.ui.autosave import Autosave
from kaarten.ui.screens.base import CARDS_CSS, OWN_CSS, KaartenScreen, command
from kaarten.ui.widgets.card_view import CardView
from kaarten.ui.widgets.key_footer import KeyFooter
from kaarten.ui.widgets.save_banner import SaveBanner, SaveState


class PageView(VerticalScroll):
    """The page; its arrow keys turn pages (up and down still scroll). In the answer field
    the arrows move the cursor, so these keys live here, not on the screen."""

    BINDINGS = [
        command("right", "screen.next", "key.next_page", "cmd.next_page"),
        command("left", "screen.previous", "key.previous_page", "cmd.previous_page"),
    ]


class WalkScreen(KaartenScreen):
    """One page at a time; the answer field below it."""

    CSS_PATH = [CARDS_CSS, OWN_CSS]
    HELP = "walk"
    # No letters: on this page a letter starts the answer ("aanpak" must not open a
    # dialog and lose its first letters), so commands use Ctrl, F-keys and Enter.
    BINDINGS = [
        command("enter", "write", "key.write", "cmd.write"),
        command("ctrl+r,f9", "action_point", "key.own_action_point", "cmd.own_action_point"),
        command("escape", "back", "key.back", "cmd.back"),
    ]

    def __init__(self, deck: Deck, card_set: CardSet, page: str | None = None) -> None:
        super().__init__()
        self.deck = deck
        self.card_set = card_set
        self.pages = pages(deck, card_set)
        self.index = self.pages.index(page) if page in self.pages else 0
        self._autosave = Autosave(self, self.save)
        self._failure: str | None = None
        self._typing_on = False
        """Letters typed on the page go into the answer until it is left (see on_key)."""
        self._typed: str | None = None
        """The answer field's text since the last save (None: nothing new typed); kept
        here so that saving never needs the widget, which may be gone at exit."""

    @property
    def logbook(self) -> OpenLogbook:
        own = self.kaarten.own
        assert own is not None
        return own.logbook

    @property
    def page(self) -> Page:
        return (self.deck.id, self.card_set.id, self.pages[self.index])

    def compose(self) -> ComposeResult:
        yield Header()
        yield SaveBanner(id="walk-banner", classes="save-banner")
        yield Static(id="walk-where")
        with PageView(id="walk-page"):
            yield Markdown(id="walk-text", open_links=False)
            yield CardView(id="walk-card", classes="walk-card")
        yield Label(id="walk-answer-label", classes="field-label")
        yield TextArea(id="walk-answer", soft_wrap=True, show_line_numbers=False)
        yield SaveState(id="walk-saved", classes="save-state")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = self.t("solo.title")
        self.sub_title = f"{self.card_set.id} {self.card_set.title}"
        self._show()
        self.query_one("#walk-page").focus()

    def language_changed(self) -> None:
        """Relabel in place: what is typed stays in the field."""
        self.title = self.t("solo.title")
        self._show(load=False)

    # -- pages ------------------------------------------------------------------------------

    def _show(self, load: bool = True) -> None:
        page = self.pages[self.index]
        where = self.t(
            "solo.where",
            title=page_title(self.deck, self.card_set, page, self.kaarten.ui_language),
            n=self.index + 1,
            total=len(self.pages),
        )
        self.query_one("#walk-where", Static).update(Content(where))
        text = page_text(self.deck, self.card_set, page)
        markdown = self.query_one("#walk-text", Markdown)
        card = self.query_one("#walk-card", CardView)
        as_markdown = is_markdown(page)
        markdown.display = as_markdown
        card.display = not as_markdown
        if page.startswith(DEFINITION):  # as on the definitions screen
            definition = self.deck.definitions[page.removeprefix(DEFINITION)]
            markdown.update(guide.definition_text(definition, self.kaarten.ui_language))
        elif as_markdown:
            heading = self.t("solo.page.goal" if page == GOAL else "solo.page.background")
            markdown.update(f"## {heading}\n\n{text}")
        else:
            kind = next(c.kind for c in self.card_set.cards if c.id == page)
            card.show(text, self.t(KIND[kind]), self.card_set.title)
        self.query_one("#walk-page").scroll_home(animate=False)
        self.query_one("#walk-answer-label", Label).update(Content(self.t("solo.answer_label")))
        answer = self.query_one("#walk-answer", TextArea)
        answer.read_only = not self.logbook.writable
        answer.placeholder = self.t(
            "solo.answer_placeholder" if self.logbook.writable else "solo.answer_read_only"
        )
        if load:
            answer.load_text(self.logbook.book.answer(self.page))
            self._typed = None
            # mark_read skips a read-only logboek; one that cannot be made yet is said
            # by the banner once something is typed.
            with contextlib.suppress(ReadOnly):
                self.logbook.mark_read(self.page)
        self._show_state()

    def _turn(self, step: int) -> None:
        target = self.index + step
        if not 0 <= target < len(self.pages):
            self.notify(self.t("solo.last_page" if step > 0 else "solo.first_page"), markup=False)
            return
        self.save()
        self.index = target
        self._show()

    def action_next(self) -> None:
        """The next page of the kaartenset."""
        self._turn(1)

    def action_previous(self) -> None:
        """The page before."""
        self._turn(-1)

    def action_write(self) -> None:
        """Into the answer field (Esc comes back out)."""
        self.query_one("#walk-answer", TextArea).focus()

    def action_back(self) -> None:
        """Out of the answer field; from the page, back to the overview."""
        answer = self.query_one("#walk-answer", TextArea)
        if answer.has_focus:
            self.save()
            self.query_one("#walk-page").focus()
            return
        self.save()
        self.dismiss()

    def action_action_point(self) -> None:
        """An action point of your own, from this kaartenset."""
        from kaarten.ui.dialogs.action_point import ActionPointInput, ActionPointModal

        if not self.logbook.writable:
            self.notify(self.t("solo.read_only_note"), markup=False, severity="warning")
            return

        def typed(point: ActionPointInput | None) -> None:
            if point is None:
                return
            try:
                self.logbook.add_action(ME, point.text, point.due, point.set_id)
            except ReadOnly as refused:
                self._failure = refused.reason
            else:
                self.notify(self.t("solo.action_saved"), markup=False)
            self._show_state()

        modal = ActionPointModal(self.logbook.participants, self.card_set.id)
        self.app.push_screen(modal, typed)

    def on_key(self, event: Key) -> None:
        """A letter typed on the page that is no key here starts the answer with it: typing
        "Mijn idee" gives "Mijn idee", not a lost "i" or a dialog. Keys typed before the
        field has the focus (a fast typist) go into it too, spaces included."""
        answer = self.query_one("#walk-answer", TextArea)
        char = event.character
        if answer.has_focus or answer.read_only or not event.is_printable or not char:
            return
        if not self._typing_on and (char.isspace() or event.key in self.active_bindings):
            return
        self._typing_on = True
        event.stop()
        event.prevent_default()
        answer.focus()
        answer.move_cursor(answer.document.end)
        answer.insert(char)

    # -- saving -----------------------------------------------------------------------------

    @on(TextArea.Changed, "#walk-answer")
    def _changed(self, event: TextArea.Changed) -> None:
        if event.text_area.text == self._typed or (
            self._typed is None and event.text_area.text == self.logbook.book.answer(self.page)
        ):
            return  # the page's own answer loaded, nothing typed
        self._typed = event.text_area.text
        self.query_one(SaveState).pending(self.t)
        if self.logbook.writable:
            self._autosave.changed()

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if event.widget.id == "walk-answer":
            self._typing_on = False
            self.save()

    def save(self, show: bool = True) -> None:
        """Keep what is in the answer field under the page shown."""
        self._autosave.cancel()
        if self._typed is None or not self.logbook.writable:
            return
        try:
            too_long = self.logbook.save_answer(self.page, self._typed)
        except ReadOnly as refused:
            self._failure = refused.reason
        else:
            self._typed = None
            self._failure = None
            if too_long:
                self.notify(self.t("solo.too_long"), markup=False, severity="warning")
            if show:
                self.query_one(SaveState).saved(self.t)
        if show:
            self._show_state()

    def _show_state(self) -> None:
        banner = self.query_one("#walk-banner", SaveBanner)
        banner.show_state(self.logbook, self.t, self._failure, self._try_again)

    def _try_again(self) -> None:
        if self._failure:
            self.save()
        else:
            self.logbook.retry_saving()
            self._show_state()

    def put_away(self) -> None:
        self.save(show=False)

    def on_unmount(self) -> None:
        self.save(show=False)
