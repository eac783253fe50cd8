"""The high-contrast projector theme."""

from __future__ import annotations

from textual.theme import Theme

CONTRAST_THEME = Theme(
    name="kaarten-contrast",
    primary="#0000c0",
    secondary="#000000",
    accent="#0000c0",
    foreground="#000000",
    background="#ffffff",
    surface="#ffffff",
    panel="#e8e8e8",
    boost="#dddddd",
    warning="#8a4b00",
    error="#b00000",
    success="#006000",
    dark=False,
    variables={
        "footer-key-foreground": "#0000c0",
        "footer-description-foreground": "#000000",
        "border": "#000000",
        "block-cursor-background": "#0000c0",
        "block-cursor-foreground": "#ffffff",
    },
)
"""Black on white with a dark blue accent: the most legible on a washed-out projector."""
