"""The Textual app on top of the rest: the app and its commands, the desk that leads
sessions, the screens and widgets and their styles."""
