"""The exit codes of every kaarten command, in one place (scripts and CI read them)."""

EXIT_OK = 0
EXIT_PROBLEM = 1
"""Something the user can fix: a deck with errors, a file that could not be written, a
computer that is not ready."""
EXIT_USAGE = 2
"""The command itself was wrong: an unknown option, kaartenset or session."""
