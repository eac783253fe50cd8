"""The command line: ``kaarten`` (the app), ``kaarten check``, ``kaarten sessies`` and
``kaarten export``; argument parsing in the user's language (:mod:`.parser`), the session
commands (:mod:`.sessions`) and the entry point (:mod:`.main`)."""
