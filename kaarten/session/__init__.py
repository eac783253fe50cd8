"""Sessions: the log on disk, the state it adds up to, and the folder that holds them."""

EXPORT_FORMATS = ("md", "excel", "csv", "json")
"""What ``kaarten export --formaat`` writes (kept here: the CLI needs it without the rest)."""
