"""The room view: what the group sees on the projector (the card, the timer, a QR code),
served as a web page from inside the running app, on this computer only. ``state`` says
what the room may see; ``server`` serves it. Neither imports Textual."""
