"""Problems found while loading decks: what is wrong, where, and how bad.

A problem carries a message code and its parameters, not a finished sentence: the
sentence is rendered from :mod:`kaarten.i18n` in the user's language, so the app and
``kaarten nakijken`` say exactly the same thing.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kaarten.i18n import tr
from kaarten.text import clean


class Severity(enum.Enum):
    """An error drops the card or file it is in; a warning only informs."""

    ERROR = "fout"
    WARNING = "waarschuwing"


_SEVERITY = {Severity.ERROR: "severity.error", Severity.WARNING: "severity.warning"}


@dataclass(frozen=True, slots=True)
class DeckProblem:
    """One problem in one deck file.

    Attributes:
        path: the file, as the user named it or as found in a deck folder.
        line: 1-based line, or None when the problem concerns the whole file.
        column: 1-based column, or None.
        code: key of the message in :mod:`kaarten.i18n`.
        params: values filled into the message.
        severity: error or warning.
        where: the place inside the document, e.g. ``gesprekskaarten[6].tekst``.
    """

    path: str
    line: int | None
    column: int | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR
    where: str = ""

    @property
    def is_error(self) -> bool:
        """True when the problem made the loader drop something."""
        return self.severity is Severity.ERROR

    def message(self, lang: str = "nl") -> str:
        """The message in ``lang``, prefixed with the place in the document."""
        text = tr(self.code, lang, **self.params)  # tr cleans what it fills in
        return f"{clean(self.where)}: {text}" if self.where else text

    def location(self) -> str:
        """``path:line:col`` as editors and terminals understand it; a file name is input
        too (ESC, bytes that are not UTF-8), so it is cleaned."""
        path = clean(self.path)
        if self.line is None:
            return path
        if self.column is None:
            return f"{path}:{self.line}"
        return f"{path}:{self.line}:{self.column}"

    def render(self, lang: str = "nl") -> str:
        """One line: ``path:line:col: fout: message``."""
        label = tr(_SEVERITY[self.severity], lang)
        return f"{self.location()}: {label}: {self.message(lang)}"

    def as_json(self, lang: str = "nl") -> dict[str, Any]:
        """A plain dict for ``kaarten nakijken --formaat json``."""
        return {
            "bestand": clean(self.path),
            "regel": self.line,
            "kolom": self.column,
            "ernst": self.severity.value,
            "code": self.code,
            "plaats": self.where,
            "melding": self.message(lang),
        }


MAX_PER_KIND = 20
"""Problems of one kind shown per file; the rest are counted (a file with 65,000 broken
references needs its first few fixed, not a list of 65,000)."""


def kind_of(code: str) -> str:
    """The kind of a problem: its code without the ``_suggest`` of a 'did you mean'."""
    return code.removesuffix("_suggest")


class ProblemSink:
    """Collects problems for one file, with the file's path filled in."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[DeckProblem] = []
        self._counts: Counter[str] = Counter()

    def worth_detail(self, code: str) -> bool:
        """Tell whether a problem of this kind will be shown (see :data:`MAX_PER_KIND`):
        costly detail, such as a 'did you mean', is only worth finding for those."""
        return self._counts[kind_of(code)] < MAX_PER_KIND

    def error(
        self, line: int | None, column: int | None, code: str, where: str = "", **params: Any
    ) -> None:
        """Record an error at 1-based ``line`` and ``column``."""
        self._counts[kind_of(code)] += 1
        self.problems.append(
            DeckProblem(self.path, line, column, code, params, Severity.ERROR, where)
        )

    def warn(
        self, line: int | None, column: int | None, code: str, where: str = "", **params: Any
    ) -> None:
        """Record a warning at 1-based ``line`` and ``column``."""
        self._counts[kind_of(code)] += 1
        self.problems.append(
            DeckProblem(self.path, line, column, code, params, Severity.WARNING, where)
        )

    @property
    def has_errors(self) -> bool:
        """True when any recorded problem is an error."""
        return any(p.is_error for p in self.problems)
