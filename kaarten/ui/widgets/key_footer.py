"""The footer: the screen's keys, most important first, as many as fit whole.

Textual's footer shows every key and lets the window cut the last one mid-word ("d Defi").
This one shows the keys in the order the screen lists them (its most important first),
only those that fit in full, and always F1 Help, which lists the rest (as does Ctrl+P).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
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
        budget = self._width or self.size.width or app.size.width
        if palette is not None:
            budget -= key_width(app.get_key_display(palette.binding), palette.binding.description)
            budget -= 1  # its border
        if help_key is not None:
            budget -= key_width(app.get_key_display(help_key[0]), help_key[0].description)
        keys = []
        for binding, enabled, tooltip in shown.values():
            display = app.get_key_display(binding)
            budget -= key_width(display, binding.description)
            if budget < 0:
                break  # the rest is behind F1 and Ctrl+P
            keys.append((binding, display, enabled, tooltip))
        if help_key is not None:
            binding, enabled, tooltip = help_key
            keys.append((binding, app.get_key_display(binding), enabled, tooltip))
        for binding, display, enabled, tooltip in keys:
            yield FooterKey(
                binding.key,
                display,
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip or binding.description,
            ).data_bind(compact=Footer.compact)
        if palette is not None:
            binding = palette.binding
            yield FooterKey(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not palette.enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
