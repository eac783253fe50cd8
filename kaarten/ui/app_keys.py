"""The keys that work on every screen: the app's own. Each screen adds its keys in its
class; the footer shows the screen's first, then these."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from kaarten.ui.screens.base import command

APP_KEYS: list[BindingType] = [
    Binding("ctrl+q", "quit", "key.quit", show=False, priority=True, id="cmd.quit"),
    Binding("ctrl+p", "command_palette", "key.palette", show=False, priority=True),
    command("question_mark,f1", "help", "key.help", "cmd.help"),
    command("slash", "search", "key.search", "cmd.search"),
    command("ctrl+l,f2", "switch_language", "key.language", "cmd.language"),
    command("ctrl+b,f5", "present", "key.present", "cmd.present"),
    # Esc first ends presentation mode, as in a slideshow: the screen underneath is never
    # left while the room sees it, so the mode cannot leak onto another screen.
    command(
        "escape",
        "stop_presenting",
        "key.stop_presenting",
        "cmd.stop_presenting",
        show=False,
        priority=True,
    ),
    command("ctrl+k,f6", "contrast", "key.contrast", "cmd.contrast", show=False),
    command("ctrl+o,f7", "room", "key.room", "cmd.room", show=False),
    command("full_stop", "room_black", "key.room_black", "cmd.room_black", show=False),
    command("ctrl+g,f8", "room_address", "key.room_address", "cmd.room_address", show=False),
    command("ctrl+e,f12", "room_trial", "key.room_trial", "cmd.room_trial", show=False),
]
