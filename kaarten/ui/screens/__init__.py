"""Screens and dialogs of kaarten, one per module."""
