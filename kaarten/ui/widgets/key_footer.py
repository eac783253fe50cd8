"""The footer: the screen's keys, most important first, as many as fit whole.

Textual's footer shows every key and lets the window cut the last one mid-word ("d Defi").
This one shows the keys in the order the screen lists them (its most important first),
only those that fit in full, and always F1 Help, which lists the rest (as does Ctrl+P).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import HorizontalGroup
from textual.events import Resize
from textual.widgets import Footer
from textual.widgets._footer import FooterKey  # not exported; the lock pins Textual

HELP_ACTION = "help"
GAP = 1
"""Columns between two keys (the compact footer's margin)."""


def key_width(display: str, description: str) -> int:
    """Columns a key takes in the compact footer: key, space, description, gap."""
    return cell_len(display) + 1 + cell_len(description) + GAP


class KeyFooter(Footer):
    """A compact footer that never cuts a key: see the module's docstring."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, tuple[Binding, bool, str]] = {}  # one key per action, first wins
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (binding, enabled, tooltip)
        help_key = shown.pop(HELP_ACTION, None)
        palette = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        width = self._width or self.size.width or app.size.width
        palette_width = 0
        if palette is not None:
            palette_width = 1 + key_width(
                app.get_key_display(palette.binding), palette.binding.description
            )  # with its border
        help_width = 0
        if help_key is not None:
            help_width = key_width(app.get_key_display(help_key[0]), help_key[0].description)
        candidates = [(b, app.get_key_display(b), e, t) for b, e, t in shown.values()]
        widths = [key_width(display, b.description) for b, display, _e, _t in candidates]
        rows = [width - palette_width - help_width]
        if sum(widths) > rows[0] and getattr(self.screen, "FOOTER_ROWS", 1) > 1:
            # A screen whose keys the user needs all the time (leading a session) gets a
            # second row rather than keys hidden behind F1: Help ends the second row.
            rows = [width - palette_width, width - help_width]
        lines: list[list[tuple[Binding, str, bool, str]]] = [[] for _ in rows]
        row = 0
        for key, needed in zip(candidates, widths, strict=True):
            while row < len(rows) and needed > rows[row]:
                row += 1
            if row == len(rows):
                break  # the rest is behind F1 and Ctrl+P
            rows[row] -= needed
            lines[row].append(key)
        if help_key is not None:
            binding, enabled, tooltip = help_key
            lines[-1].append((binding, app.get_key_display(binding), enabled, tooltip))
        self.set_class(len(lines) > 1, "-two-rows")
        self.screen.set_class(len(lines) > 1, "-footer-two-rows")  # what docks above moves up
        if len(lines) == 1:
            yield from self._keys(lines[0])
            yield from self._palette(palette)
            return
        with HorizontalGroup(classes="footer-row"):  # the palette's key ends the first row
            yield from self._keys(lines[0])
            yield from self._palette(palette)
        with HorizontalGroup(classes="footer-row"):
            yield from self._keys(lines[1])

    def _palette(self, palette: ActiveBinding | None) -> ComposeResult:
        if palette is not None:
            binding = palette.binding
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not palette.enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def _keys(self, line: list[tuple[Binding, str, bool, str]]) -> ComposeResult:
        for binding, display, enabled, tooltip in line:
            yield FooterKey(
                binding.key,
                display,
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip or binding.description,
            ).data_bind(compact=Footer.compact)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
