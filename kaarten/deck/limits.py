"""Limits on what a deck file may be, shared by the loader and the cache's fingerprint."""

MAX_BYTES = 512 * 1024
"""The largest deck file read: a whole card set is about 20 KB."""
