"""What the group sees: presentation mode, the high-contrast theme and the room view on the
projector. The app's keys for them (Ctrl+B, Esc, Ctrl+K, Ctrl+O, ".", Ctrl+G) come here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kaarten.ui.theme import CONTRAST_THEME

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


class Projector:
    """Switches what the group sees, and says which of its keys apply now."""

    def __init__(self, app: KaartenApp) -> None:
        self.app = app
        app.register_theme(CONTRAST_THEME)
        self._normal_theme = app.theme
        """The theme to go back to from high contrast."""
        self.room_at_start = False
        """Turn the room view on as soon as the app runs (``kaarten --zaal``)."""
        self.new_address_first = False
        """Give the room view a new secret first (``kaarten --nieuw-adres``)."""
        self.trial_at_start = False
        """Show the room's test page once the app runs (``kaarten --zaal --proef``)."""

    def allows(self, action: str) -> bool | None:
        """Whether the app-wide ``action`` is on offer on the screen on top (None: not
        one of these)."""
        app = self.app
        presentable = bool(getattr(app.screen, "PRESENTABLE", False))
        if action == "present":
            return presentable
        if action == "stop_presenting":
            return app.presenting and presentable
        if action == "room_black":
            return app.room.on
        return None

    def toggle_contrast(self) -> None:
        """The high-contrast projector theme, or back to the theme before it."""
        app = self.app
        if self.high_contrast:
            app.theme = self._normal_theme
        else:
            self._normal_theme = app.theme
            app.theme = CONTRAST_THEME.name
        app.prefs.remember(hoog_contrast=self.high_contrast)

    @property
    def high_contrast(self) -> bool:
        """The high-contrast projector theme is on (the room view follows it)."""
        return self.app.theme == CONTRAST_THEME.name

    async def toggle_room(self) -> None:
        """The room view on, or off (and say so)."""
        app = self.app
        if app.room.on:
            await app.room.stop()
            app.notify(app.t("room.stopped"), markup=False)
        else:
            await app.room.start()
        app.refresh_bindings()

    async def new_address(self) -> None:
        """A new secret address for the room view (the old one leads nowhere)."""
        await self.app.room.new_address()
        self.app.refresh_bindings()
