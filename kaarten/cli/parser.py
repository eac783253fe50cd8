"""argparse in the user's language: its own words ("usage:", "options", "show this help
message and exit", its error messages) come from kaarten's strings, Dutch by default.

argparse has no language switch: its words are literals inside the module (through
``gettext``, without Dutch catalogues). The parser below replaces each where argparse
offers a seam: the usage prefix, the group titles, the help option and ``error()``.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from kaarten.strings import tr

# argparse's error messages (Python 3.11–3.13) → our message keys; the groups fill them in.
_ERRORS = (
    (re.compile(r"unrecognized arguments: (?P<args>.*)"), "cli.error.unrecognized"),
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)"
        ),
        "cli.error.choice",
    ),
    (re.compile(r"the following arguments are required: (?P<args>.*)"), "cli.error.required"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.error.one_value"),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)"),
        "cli.error.ambiguous",
    ),
    (
        re.compile(r"argument (?P<arg>\S+): invalid \S+ value: (?P<value>.*)"),
        "cli.error.value",
    ),
)


def translate_error(message: str, lang: str) -> str:
    """argparse's ``message`` in ``lang``; unchanged when it is not one we know."""
    for pattern, key in _ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return tr(key, lang, **found.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    lang = "nl"

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:  # "" is how argparse asks for a bare usage (a sub-command's prog)
            prefix = tr("cli.usage", self.lang) + " "
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that speaks ``lang``; its sub-commands are made the same way."""

    def __init__(self, *args: Any, lang: str, **kwargs: Any) -> None:
        self.lang = lang
        help_option = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # our own -h, with its help in ``lang``
        formatter = type("Formatter", (_Formatter,), {"lang": lang})
        kwargs.setdefault("formatter_class", formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = tr("cli.positionals", lang)
        self._optionals.title = tr("cli.options", lang)
        if help_option:
            self.add_argument("-h", "--help", action="help", help=tr("cli.help_help", lang))
        self.commands: dict[str, argparse.ArgumentParser] = {}
        """The sub-commands' parsers, by name (filled in by whoever adds them)."""

    def error(self, message: str) -> NoReturn:
        """The usage of this (sub-)command and what was wrong, then exit 2."""
        self.print_usage(sys.stderr)
        text = translate_error(message, self.lang)
        self.exit(2, tr("cli.error", self.lang, prog=self.prog, message=text) + "\n")
