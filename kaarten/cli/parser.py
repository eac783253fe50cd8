"""argparse in the user's language: its own words ("usage:", "options", "show this help
message and exit", its error messages) come from kaarten's message files, Dutch by
default.

argparse asks ``gettext`` for each of its words, through the names ``_`` and ``ngettext``
in its module. kaarten has no gettext catalogues; the parser below points those two names
at kaarten's own messages (the ``argparse:`` keys, argparse's English text after the
prefix) for as long as it builds, formats or parses, and puts them back afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from kaarten.i18n import argparse_gettext, argparse_ngettext
from kaarten.text import clean


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's words in ``lang`` inside the ``with`` block."""
    module: Any = argparse
    saved = module._, module.ngettext
    module._ = functools.partial(argparse_gettext, lang)
    module.ngettext = functools.partial(argparse_ngettext, lang)
    try:
        yield
    finally:
        module._, module.ngettext = saved


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks ``lang``; its sub-commands are made the same way."""

    def __init__(self, *args: Any, lang: str, **kwargs: Any) -> None:
        self.lang = lang
        with speaking(lang):  # the group titles and the help option's text
            super().__init__(*args, **kwargs)
        self.commands: dict[str, Parser] = {}
        """The sub-commands' parsers, by name (filled in by whoever adds them)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking(self.lang):
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with speaking(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        with speaking(self.lang):
            return super().format_help()

    def unrecognized(self, words: Sequence[str]) -> NoReturn:
        """Refuse ``words`` the way argparse refuses what it does not know."""
        message = argparse_gettext(self.lang, "unrecognized arguments: %s")
        self.error(message % " ".join(words))

    def error(self, message: str) -> NoReturn:
        """The usage of this (sub-)command and what was wrong, then exit 2."""
        with speaking(self.lang):  # what the user typed is in it: no escape codes out
            super().error(clean(message))
