"""The command line: ``kaarten`` (the app), ``kaarten nakijken``, ``kaarten sessies`` and
``kaarten exporteren``; argument parsing in the user's language (:mod:`.parser`), the session
commands (:mod:`.sessions`) and the entry point (:mod:`.main`)."""
