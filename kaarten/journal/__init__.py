"""The append-only log every kind of user data is kept in (a session, the personal
logboek, a voorbereidingsformulier): the file with its checksums, locks and repair
(:mod:`.log`), opening one for reading or writing (:mod:`.logfile`) and checking and adding
up its records (:mod:`.records`). Free of Textual, and of what the records mean."""
