"""Sessions: the state their log (:mod:`kaarten.journal`) adds up to, running one, and the
folder that holds them."""

EXPORT_FORMATS = ("md", "excel", "csv", "json", "pdf")
"""What ``kaarten exporteren --formaat`` writes (kept here: the CLI needs it without the rest)."""
