"""Where kaarten finds its files.

The built-in decks sit at the top of the repository (``decks/``, ``energizers/``) so that
trainers can edit them; a wheel carries them inside the package (``kaarten/_builtin``).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
BUILTIN_FOLDERS = ("decks", "energizers")


def builtin_roots() -> list[Path]:
    """The folders that hold the built-in decks: inside the installed package, or in the
    source tree for a checkout or an editable install."""
    bundled = _PACKAGE / "_builtin"
    base = bundled if bundled.is_dir() else _PACKAGE.parent
    return [base / name for name in BUILTIN_FOLDERS if (base / name).is_dir()]
