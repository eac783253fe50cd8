"""Touching files that may be hostile: ``safe`` reads and writes without following links
or blocking on pipes; ``check`` narrows the data folder back to its owner at start."""
