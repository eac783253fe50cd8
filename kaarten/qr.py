"""QR codes as rows of terminal cells.

Each cell shows two modules above each other with a half-block character, so a module is
one cell wide and half a cell high: square on a normal terminal font. ``scale`` repeats
modules to fill a projector. The caller draws them black on white; without those colours
phones do not read the code on a dark theme.
"""

from __future__ import annotations

import functools

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MAX_BYTES = 2331
"""The most a QR code holds at the error correction used here (M): version 40, bytes."""

# (top dark, bottom dark) -> character drawn in the dark colour on the light background
_CELLS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def fits(data: str) -> bool:
    """Whether ``data`` fits in a QR code (a longer address is shown as text only)."""
    return len(data.encode()) <= MAX_BYTES


@functools.lru_cache(maxsize=32)
def matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the smallest QR code for ``data``, quiet zone included.

    Raises:
        ValueError: ``data`` does not fit (see :func:`fits`).
    """
    if not fits(data):
        raise ValueError("too long for a QR code")
    import qrcode  # only needed once a QR code is shown

    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def size(data: str, scale: int = 1) -> tuple[int, int]:
    """``(columns, rows)`` the code takes at ``scale``."""
    modules = len(matrix(data)) * scale
    return modules, (modules + 1) // 2


def best_scale(data: str, columns: int, rows: int) -> int:
    """The largest scale (at least 1) at which the code fits in ``columns`` × ``rows``."""
    modules = len(matrix(data))
    scale = 1
    while (scale + 1) * modules <= columns and ((scale + 1) * modules + 1) // 2 <= rows:
        scale += 1
    return scale


def lines(data: str, scale: int = 1) -> list[str]:
    """The code as text lines of half blocks; dark modules are the drawn part."""
    rows = [
        [module for module in row for _ in range(scale)]
        for row in matrix(data)
        for _ in range(scale)
    ]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_CELLS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[::2], rows[1::2], strict=True)
    ]
