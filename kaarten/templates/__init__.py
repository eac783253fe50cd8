"""Files kaarten writes for a trainer: the start of a new deck (``kaarten nieuw``)."""
