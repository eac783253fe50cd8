"""What every kaarten screen shares: translated key descriptions and a ``t()`` shortcut.

Bindings carry a message key as their description (``key.next``); the footer, the help
screen and the command palette read them through :func:`translate`, so switching the
language never needs the bindings rebuilt.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.binding import ActiveBinding, Binding
from textual.screen import ModalScreen, Screen

from kaarten import clock
from kaarten.i18n import tr, tr_n
from kaarten.i18n.dates import long_date, parse_date

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


# Each screen loads the styles it needs when it first opens, so start-up parses none of
# these (they were ≈6% of the first frame).
_STYLES = Path(__file__).parent.parent / "styles"
TIMER_CSS = str(_STYLES / "timer.tcss")
"""The session timer (the session, the table a session is led at, an energizer)."""
SESSION_CSS = str(_STYLES / "session.tcss")
"""The running session, the list of sessions, a review and a summary."""
FORMS_CSS = str(_STYLES / "forms.tcss")
"""The new-session form and the dialogs that ask for text."""
OWN_CSS = str(_STYLES / "own.tcss")
"""Zelf aan de slag: the overview, walking through a kaartenset, a form."""
CARDS_CSS = str(_STYLES / "cards.tcss")
"""Cards and what is read beside them: the card table, energizers, walking through a
kaartenset, definitiekaarten, bijlagen, the general part, problems, a link's QR code."""


def command(
    keys: str,
    action: str,
    label: str,
    title: str | None = None,
    *,
    show: bool = True,
    priority: bool = False,
) -> Binding:
    """A binding whose footer text is the message ``label`` and, given a ``title`` (a
    ``cmd.`` message), a command in the palette and the help screen."""
    return Binding(keys, action, label, show=show, id=title, priority=priority)


def translate(bindings: dict[str, ActiveBinding], lang: str) -> dict[str, ActiveBinding]:
    """``bindings`` with their descriptions looked up in ``lang``."""
    return {
        key: active._replace(
            binding=replace(active.binding, description=tr(active.binding.description, lang))
        )
        for key, active in bindings.items()
    }


class KaartenScreen(Screen[Any]):
    """A full screen of the app."""

    HELP = "generic"
    """The name of this screen's help page (kaarten/i18n/help/)."""

    @property
    def kaarten(self) -> KaartenApp:
        """The app, typed."""
        return cast("KaartenApp", self.app)

    def t(self, key: str, /, **params: Any) -> str:
        """The message ``key`` in the current UI language."""
        return tr(key, self.kaarten.ui_language, **params)

    def t_n(self, key: str, n: int, /, **params: Any) -> str:
        """The counted message ``key`` for ``n`` in the current UI language."""
        return tr_n(key, n, self.kaarten.ui_language, **params)

    def date_hint(self, typed: str) -> str | None:
        """What a typed date is read as ("= vrijdag 4 december 2026"; "vrijdag" is the
        next one), the same under every date field; None when it is not a date."""
        date = parse_date(typed, clock.today(), ahead=True)
        if date is None:
            return None
        return self.t("action.due_is", date=long_date(date.isoformat(), self.kaarten.ui_language))

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translate(super().active_bindings, self.kaarten.ui_language)

    def language_changed(self) -> None:
        """Show the screen in the new language; screens holding typed text override this."""
        self.refresh(recompose=True)

    def decks_changed(self) -> None:
        """The decks were read again (a trainer saved a file): show the new version.
        Screens that show deck content override this."""

    def put_away(self) -> None:
        """Save what was typed here and not saved yet: the app stops at once (the terminal
        closed, a shutdown). Screens holding typed text override this."""


ResultT = TypeVar("ResultT")


class KaartenModal(ModalScreen[ResultT], KaartenScreen):
    """A dialog over another screen, returning a ``ResultT`` through ``dismiss``."""

    # A modal screen cuts off the app's keys; help, language and the room view must work
    # everywhere (the QR code is a dialog, and the room may need a black screen at any time).
    BINDINGS = [
        command("question_mark,f1", "app.help", "key.help", "cmd.help", show=False),
        command("ctrl+l,f2", "app.switch_language", "key.language", "cmd.language", show=False),
        command("ctrl+o,f7", "app.room", "key.room", "cmd.room", show=False),
        command("full_stop", "app.room_black", "key.room_black", "cmd.room_black", show=False),
        # Tab moves on at once, not after the field before it has read its keys: typed at
        # paste speed, "tekst, Tab, tekst" put both texts in the first field.
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]


def commands_of(screen: Screen[Any]) -> dict[str, tuple[list[str], ActiveBinding]]:
    """The commands active on ``screen`` by title (the ``cmd.`` message a binding carries
    as its id), each with every key that runs it as shown to the user. Feeds the help
    screen and the palette."""
    found: dict[str, tuple[list[str], ActiveBinding]] = {}
    for active in screen.active_bindings.values():
        name = active.binding.id
        if name is None or not name.startswith("cmd."):
            continue
        keys, _first = found.setdefault(name, ([], active))
        display = screen.app.get_key_display(active.binding)
        if display not in keys:
            keys.append(display)
    return found
