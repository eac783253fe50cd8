"""Widgets of kaarten, one per module."""
