"""The Textual app on top of the rest: the app and its commands, the desks that lead
sessions and Zelf aan de slag, the screens and widgets and their styles."""
