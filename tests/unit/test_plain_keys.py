"""Every action has a key that every keyboard and terminal has (issue 15): a letter, a
named key or Ctrl+letter (not Ctrl+H/I/J/M, which terminals send as Backspace, Tab and
Enter; no Alt/Option). F-keys stay as extra aliases: a Mac needs fn for them, browsers
and some terminals take them. The plain key comes first, so the footer and F1 show it."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from textual.binding import Binding
from textual.screen import Screen

import kaarten.ui
from kaarten.ui.app import KaartenApp

F_KEY = re.compile(r"f\d{1,2}")
NAMED = {
    "enter", "escape", "space", "tab", "backspace", "delete", "home", "end", "pageup",
    "pagedown", "up", "down", "left", "right", "question_mark", "full_stop", "slash",
    "plus", "minus", "comma",
    "shift+tab",  # Textual's own key for the field before; every terminal sends it
}  # fmt: skip


def plain(key: str) -> bool:
    if re.fullmatch(r"[a-z0-9]", key) or key in NAMED:
        return True
    found = re.fullmatch(r"ctrl\+([a-z])", key)
    return found is not None and found.group(1) not in "hijm"


def _owners() -> list[type]:
    for module in pkgutil.walk_packages(kaarten.ui.__path__, "kaarten.ui."):
        importlib.import_module(module.name)
    screens: list[type] = [KaartenApp]
    todo: list[type] = [Screen]
    while todo:
        sub: type
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("kaarten."):
                screens.append(sub)
    return screens


OWNERS = _owners()


@pytest.mark.parametrize("owner", OWNERS, ids=lambda owner: owner.__name__)
def test_every_action_has_a_plain_key_shown_first(owner: type) -> None:
    for binding in owner.__dict__.get("BINDINGS", []):
        assert isinstance(binding, Binding)
        keys = [k.strip() for k in binding.key.split(",")]
        assert not any(("alt+" in k or "option+" in k or "meta+" in k) for k in keys), keys
        assert plain(keys[0]), f"{owner.__name__}.{binding.action}: {keys} (plain key first)"
        assert all(plain(k) or F_KEY.fullmatch(k) for k in keys), keys


def test_the_screens_are_all_found() -> None:
    names = {owner.__name__ for owner in OWNERS}
    assert {"KaartenApp", "HomeScreen", "CardTableScreen", "NewSessionScreen"} <= names
    assert {"PrepFormScreen", "HelpModal", "ReviewScreen"} <= names
