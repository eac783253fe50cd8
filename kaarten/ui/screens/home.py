"""The home screen: every deck's themes and kaartensets, definitiekaarten, bijlagen and
energizers in one tree, with a preview of what is highlighted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static, Tree
from textual.widgets.tree import TreeNode

from kaarten.deck.model import Appendix, CardSet, Deck, Definition, Energizer
from kaarten.ui.screens.base import KaartenScreen, command
from kaarten.ui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from textual.widgets import Markdown


PREVIEW_DELAY = 0.15  # seconds
WIDE = 110  # columns from which the tree leaves more room to the preview


@dataclass(frozen=True, slots=True)
class Target:
    """What a tree node opens: ``kind`` is set, definition, appendix, energizer or a
    group (``definitions`` opens the list of all definitiekaarten)."""

    kind: str
    deck_id: str
    item_id: str = ""


class HomeScreen(KaartenScreen):
    """The catalogue of everything that loaded, and the problems of what did not."""

    HELP = "home"
    # Below 110 columns the tree takes more of the width, so titles fit at 80×24.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]
    _filled_for: object = None
    BINDINGS = [
        command("n", "new_session", "key.new_session", "cmd.new_session"),
        command("s", "sessions", "key.sessions", "cmd.sessions"),
        command("z", "own_work", "key.own_work", "cmd.own_work"),
        command("m", "mix", "key.mix", "cmd.mix"),
        command("d", "definitions", "key.all_definitions", "cmd.all_definitions"),
        command("p", "print", "key.print", "cmd.print_deck"),
        command("f", "problems", "key.problems", "cmd.problems"),
        command("r", "reload", "key.reload", "cmd.reload"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="problems-banner")
        yield Tree[Target](Text("kaarten"), id="catalogue")
        yield KeyFooter()

    def on_mount(self) -> None:
        # Textual sets the breakpoint class on the first resize, after the first layout:
        # set it now, so the first frame is not laid out and drawn twice (≈10 ms).
        width = self.app.size.width
        self.set_class(width < WIDE, "-narrow")
        self.set_class(width >= WIDE, "-wide")
        self._fill()
        # The preview (Markdown is the slowest import of the app, ≈150 ms) arrives a moment
        # after the first frame, so the tree is there and usable at once.
        self.set_timer(PREVIEW_DELAY, self._mount_preview)

    async def _mount_preview(self) -> None:
        if self.app.return_code is not None:  # quitting already: skip the slow import
            return
        from textual.widgets import Markdown

        preview = VerticalScroll(Markdown(id="preview-text", open_links=False), id="preview")
        await self.mount(preview, after="#catalogue")
        self._show_preview(self.query_one("#catalogue", Tree).cursor_node)
        self.kaarten.sessions.offer_resume()
        self.kaarten.sessions.remind_old_sessions()

    # -- the tree -----------------------------------------------------------------------

    def on_screen_resume(self) -> None:
        if self._filled_for is not self.kaarten.result:  # reloaded on another screen
            self._fill()

    def decks_changed(self) -> None:
        self._fill()  # the cursor stays where it was

    def _fill(self) -> None:
        """(Re)build the tree in the current language, keeping the highlighted node."""
        self._filled_for = self.kaarten.result
        tree: Tree[Target] = self.query_one("#catalogue", Tree)
        keep = tree.cursor_node.data if tree.cursor_node else None
        line = tree.cursor_line
        tree.clear()
        tree.show_root = False
        tree.guide_depth = 2
        decks = self.kaarten.result.library.decks.values()
        for deck in decks:
            self._add_deck(tree.root, deck, expand=True)
        self.title = self.t("home.title")
        self._show_problems()
        self.call_after_refresh(self._restore_cursor, keep, line)

    def _restore_cursor(self, keep: Target | None, line: int) -> None:
        """Back on the node that was highlighted. When it is gone (a reload after the file
        changed), on the nearest node of the same deck, else the nearest at all; at start on
        the first kaartenset, so Enter opens it straight away."""
        tree: Tree[Target] = self.query_one("#catalogue", Tree)
        lines: list[tuple[int, TreeNode[Target], Target]] = [
            (at, node, node.data)
            for at in range(tree.last_line + 1)
            if (node := tree.get_node_at_line(at)) is not None and node.data is not None
        ]
        found: TreeNode[Target] | None = None
        if keep is None:
            found = next((node for _, node, data in lines if data.kind == "set"), None)
        else:
            same = [entry for entry in lines if entry[2] == keep]
            same_deck = [entry for entry in lines if entry[2].deck_id == keep.deck_id]
            candidates = same or same_deck or lines
            if candidates:
                found = min(candidates, key=lambda entry: abs(entry[0] - line))[1]
        if found is not None:
            tree.move_cursor(found)
        self._show_preview(found)

    def _add_deck(self, parent: TreeNode[Target], deck: Deck, expand: bool) -> None:
        node = parent.add(Text(deck.title, style="bold"), Target("deck", deck.id), expand=expand)
        if deck.about:  # the handleiding's general part, read before the kaartensets
            node.add_leaf(Text(self.t("home.about")), Target("about", deck.id))
        for theme in deck.themes:
            self._add_group(
                node,
                self.t("home.theme", id=theme.id, title=theme.title),
                Target("theme", deck.id, theme.id),
                [
                    (f"{s.id}  {s.title}", Target("set", deck.id, s.id))
                    for s in deck.sets_of_theme(theme.id)
                ],
            )
        self._add_group(
            node,
            self.t("home.definitions", n=len(deck.definitions)),
            Target("definitions", deck.id),
            [(d.title, Target("definition", deck.id, d.id)) for d in deck.definitions.values()],
        )
        self._add_group(
            node,
            self.t("home.appendices", n=len(deck.appendices)),
            Target("appendices", deck.id),
            [
                (
                    f"{a.set_id}  {a.title}" if a.set_id else a.title,
                    Target("appendix", deck.id, a.id),
                )
                for a in deck.appendices.values()
            ],
        )
        energizers = [
            (f"{e.id}  {e.title}", Target("energizer", deck.id, e.id))
            for e in deck.sorted_energizers()
        ]
        if deck.card_sets or deck.definitions or deck.appendices:
            label = self.t("home.energizers", n=len(deck.energizers))
            self._add_group(node, label, Target("energizers", deck.id), energizers)
        else:  # a deck of energizers only lists them directly under its title
            for label, target in energizers:
                node.add_leaf(Text(label), target)

    @staticmethod
    def _add_group(
        parent: TreeNode[Target], label: str, target: Target, leaves: list[tuple[str, Target]]
    ) -> None:
        """An expanded branch with one leaf per item; nothing when there are no items."""
        if leaves:
            branch = parent.add(Text(label), target, expand=True)
            for leaf_label, leaf_target in leaves:
                branch.add_leaf(Text(leaf_label), leaf_target)

    @on(Tree.NodeSelected, "#catalogue")
    def _open(self, event: Tree.NodeSelected[Target]) -> None:
        target = event.node.data
        deck = self.kaarten.result.library.decks.get(target.deck_id) if target else None
        if target is None or deck is None:
            return
        if target.kind != "about" and self._item(deck, target) is None:
            return
        if target.kind == "set":
            self.kaarten.go.card_sets(deck, [target.item_id])
        elif target.kind == "definition":
            self.kaarten.go.definitions(deck, show=target.item_id)
        elif target.kind == "appendix":
            self.kaarten.go.appendix(deck, target.item_id)
        elif target.kind == "energizer":
            self.kaarten.go.energizer(deck, target.item_id)
        elif target.kind == "about":
            self.kaarten.go.about(deck)

    @on(Tree.NodeHighlighted, "#catalogue")
    def _highlighted(self, event: Tree.NodeHighlighted[Target]) -> None:
        self._show_preview(event.node)

    def _show_preview(self, node: TreeNode[Target] | None) -> None:
        previews = self.query("#preview-text")
        if not previews or node is None or node.data is None:
            return
        markdown: Markdown = previews.first()  # type: ignore[assignment]
        markdown.update(self._preview_text(node.data))
        self.query_one("#preview").scroll_home(animate=False)

    @staticmethod
    def _item(deck: Deck, target: Target) -> object | None:
        """The item a leaf stands for, or None when the deck no longer has it."""
        kinds: dict[str, Mapping[str, object]] = {
            "set": deck.card_sets,
            "definition": deck.definitions,
            "appendix": deck.appendices,
            "energizer": deck.energizers,
        }
        return kinds.get(target.kind, {}).get(target.item_id)

    def _preview_text(self, target: Target) -> str:
        from kaarten.deck import guide  # only once the preview is there, after the first frame

        deck = self.kaarten.result.library.decks.get(target.deck_id)
        if deck is None:
            return ""
        lang = self.kaarten.ui_language
        item = self._item(deck, target)
        if isinstance(item, CardSet):
            return guide.set_preview(item, lang)
        if isinstance(item, Definition):
            return guide.definition_text(item, lang)
        if isinstance(item, Appendix):
            return guide.appendix_preview(item, lang)
        if isinstance(item, Energizer):
            return guide.energizer_text(item, lang)
        if target.kind == "about":
            return guide.about_text(deck, lang)
        return guide.deck_preview(deck, lang)

    # -- problems -----------------------------------------------------------------------

    def _show_problems(self) -> None:
        result = self.kaarten.result
        banner = self.query_one("#problems-banner", Static)
        banner.display = bool(result.problems)
        banner.set_class(bool(result.errors), "-errors")
        if result.problems:
            banner.update(
                Content(
                    self.t(
                        "home.problems",
                        errors=self.t_n("count.errors", len(result.errors)),
                        warnings=self.t_n("count.warnings", len(result.warnings)),
                    )
                )
            )

    def action_new_session(self) -> None:
        """Start a session: participants, agenda and timers, saved as it goes."""
        node = self.query_one("#catalogue", Tree).cursor_node
        target = node.data if node is not None else None
        hint = (target.deck_id, target.item_id) if target and target.kind == "set" else None
        self.kaarten.sessions.new(hint)

    def action_sessions(self) -> None:
        """The saved sessions: resume one, or read and export it."""
        self.kaarten.go.session_list()

    def action_own_work(self) -> None:
        """Zelf aan de slag: work through kaartensets alone, prepare an oudergesprek."""
        own = self.kaarten.own
        if own is None:
            self.notify(self.t("solo.no_data_folder"), markup=False, severity="warning")
            return
        self.kaarten.go.own_work(own)

    def action_problems(self) -> None:
        """List every problem the loader found, with file and line."""
        self.kaarten.go.problems()

    def action_reload(self) -> None:
        """Read the decks again from disk."""
        self.kaarten.reload()
        self._fill()
        result = self.kaarten.result
        self.notify(
            self.t(
                "home.reloaded",
                errors=self.t_n("count.errors", len(result.errors)),
                warnings=self.t_n("count.warnings", len(result.warnings)),
            ),
            markup=False,
            severity="error" if result.errors else "information",
        )

    # -- opening several ----------------------------------------------------------------

    def _current_deck(self) -> Deck | None:
        node = self.query_one("#catalogue", Tree).cursor_node
        decks = self.kaarten.result.library.decks
        if node is not None and node.data is not None and node.data.deck_id in decks:
            deck = decks[node.data.deck_id]
            if deck.card_sets or deck.definitions:
                return deck
        return next((d for d in decks.values() if d.card_sets), None)

    def action_mix(self) -> None:
        """Pick several kaartensets and draw from them mixed."""
        from kaarten.ui.dialogs.mix import MixModal

        deck = self._current_deck()
        if deck is None or not deck.card_sets:
            self.notify(self.t("home.no_sets"), markup=False, severity="warning")
            return

        def chosen(set_ids: list[str] | None) -> None:
            if set_ids:
                self.kaarten.go.card_sets(deck, set_ids)

        self.app.push_screen(MixModal(deck), chosen)

    def action_definitions(self) -> None:
        """All definitiekaarten of the deck."""
        deck = self._current_deck()
        if deck is None or not deck.definitions:
            self.notify(self.t("home.no_definitions"), markup=False, severity="warning")
            return
        self.kaarten.go.definitions(deck)

    def action_print(self) -> None:
        """The highlighted kaartenset (or else the whole deck under the cursor) as a PDF
        to print: cards to cut, handleiding, bijlagen, energizers."""
        from kaarten.locations import print_exports, private_folder
        from kaarten.printing.deckbook import deck_document, select
        from kaarten.session.export import file_slug
        from kaarten.ui.printing import print_in_background

        folder = self.kaarten.data_folder
        node = self.query_one("#catalogue", Tree).cursor_node
        decks = self.kaarten.result.library.decks
        target = node.data if node is not None else None
        if folder is None or target is None or target.deck_id not in decks:
            self.notify(self.t("print.nothing"), markup=False, severity="warning")
            return
        deck = decks[target.deck_id]
        sets = [target.item_id] if target.kind == "set" else []
        name = "-".join(file_slug(part) for part in (deck.id, *sets)) + ".pdf"
        out = print_exports(folder)
        lang = self.kaarten.ui_language

        def make() -> list[Path]:
            private_folder(out, within=folder)
            deck_document(select([deck], sets), lang).save(out / name)
            return [out / name]

        print_in_background(self, make, out)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "problems":
            return bool(self.kaarten.result.problems)
        return True

    def language_changed(self) -> None:
        self._fill()
