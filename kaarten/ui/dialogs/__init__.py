"""Dialogs: modal screens that ask one thing and return the answer to whoever opened
them (a choice, a yes or no, a typed text, an action point)."""
