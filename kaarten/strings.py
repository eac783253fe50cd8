"""Every sentence kaarten shows a user, in Dutch and English: one place to read and fix.

Look a message up with :func:`tr`; parameters are filled in with ``str.format``. Dutch is
the default; a key missing in English falls back to Dutch rather than showing a code.
"""

from __future__ import annotations

from typing import Any

from kaarten.text import clean

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

MESSAGES: dict[str, dict[str, str]] = {
    # -- severities ----------------------------------------------------------------
    "severity.error": {"nl": "fout", "en": "error"},
    "severity.warning": {"nl": "waarschuwing", "en": "warning"},
    # -- reading files --------------------------------------------------------------
    "file.too_large": {
        "nl": "bestand te groot ({size} MB, max {limit} KB); splits het in kleinere bestanden",
        "en": "file too large ({size} MB, max {limit} KB); split it into smaller files",
    },
    "file.not_regular": {
        "nl": "geen gewoon bestand (een pipe, apparaat of link daarheen): kaarten leest het "
        "niet; verwijder het of geef het een naam zonder .yaml",
        "en": "not a regular file (a pipe, a device or a link to one): kaarten does not read "
        "it; remove it or rename it without .yaml",
    },
    "file.link": {
        "nl": "dit is een symbolische link; kaarten volgt hier geen links. Vervang de link door "
        "een gewone map of een gewoon bestand",
        "en": "this is a symbolic link; kaarten follows no links here. Replace the link by a "
        "plain folder or file",
    },
    "file.not_folder": {
        "nl": "dit hoort een map te zijn, maar is het niet; verplaats het en start opnieuw",
        "en": "this should be a folder but is not; move it away and start again",
    },
    "file.not_private": {
        "nl": "niet van jou of niet alleen voor jou leesbaar; kaarten gebruikt het niet",
        "en": "not yours, or readable by others too; kaarten does not use it",
    },
    "file.no_permission": {
        "nl": "geen toestemming om dit bestand te lezen; pas de rechten aan (chmod u+r)",
        "en": "no permission to read this file; change its permissions (chmod u+r)",
    },
    "file.gone": {
        "nl": "bestand of map bestaat niet (meer); controleer de naam of laad opnieuw",
        "en": "file or folder does not exist (any more); check the name or reload",
    },
    "file.is_directory": {
        "nl": "dit is een map, geen bestand; geef de map zonder .yaml-naam op",
        "en": "this is a folder, not a file; name the folder without a .yaml name",
    },
    "file.unreadable": {
        "nl": "bestand kan niet gelezen worden ({reason}); controleer het bestand of de link",
        "en": "file cannot be read ({reason}); check the file or the link",
    },
    "file.bad_utf16": {
        "nl": "het bestand zegt UTF-16 te zijn maar is beschadigd; sla het op als UTF-8",
        "en": "the file claims to be UTF-16 but is damaged; save it as UTF-8",
    },
    "file.binary": {
        "nl": "dit is geen tekstbestand (nul-bytes gevonden); is het een binair bestand "
        "of UTF-16 zonder BOM? Sla het op als UTF-8",
        "en": "this is not a text file (NUL bytes found); is it binary, or UTF-16 "
        "without a BOM? Save it as UTF-8",
    },
    "file.not_utf8": {
        "nl": "geen geldige UTF-8 (byte {byte}); sla het bestand op als UTF-8 "
        "(in Kladblok: Opslaan als, Codering UTF-8)",
        "en": "not valid UTF-8 (byte {byte}); save the file as UTF-8",
    },
    "file.empty": {
        "nl": "leeg bestand (lege deck): er staat niets in; vul het of verwijder het",
        "en": "empty file (empty deck): there is nothing in it; fill it or remove it",
    },
    "file.more_of_kind": {
        "nl": "en nog {n} meldingen van dezelfde soort als deze in dit bestand (niet getoond); "
        "herstel eerst de getoonde en controleer dan opnieuw",
        "en": "and {n} more problems of the same kind as this one in this file (not shown); "
        "fix the ones shown, then check again",
    },
    "file.skipped": {
        "nl": "dit bestand is overgeslagen vanwege de fouten hierboven; de rest laadt wel",
        "en": "this file was skipped because of the errors above; the rest still loads",
    },
    # -- YAML syntax -----------------------------------------------------------------
    "yaml.anchor": {
        "nl": "ankers (&{name}) en verwijzingen (*) worden niet ondersteund; schrijf de tekst "
        "voluit",
        "en": "anchors (&{name}) and aliases (*) are not supported; write the text out in full",
    },
    "yaml.alias": {
        "nl": "verwijzingen (*{name}) worden niet ondersteund; schrijf de tekst voluit",
        "en": "aliases (*{name}) are not supported; write the text out in full",
    },
    "yaml.unknown_tag": {
        "nl": "onbekende tag {tag}: tags worden niet uitgevoerd; verwijder de tag",
        "en": "unknown tag {tag}: tags are never executed; remove the tag",
    },
    "yaml.unknown_tag_handle": {
        "nl": "onbekende tag (begint met !); verwijder hem of zet de tekst tussen aanhalingstekens",
        "en": "unknown tag (starts with !); remove it or put the text in quotes",
    },
    "yaml.too_deep": {
        "nl": "te diep genest (meer dan {limit} niveaus); controleer de inspringing",
        "en": "nested too deeply (more than {limit} levels); check the indentation",
    },
    "yaml.many_documents": {
        "nl": "meerdere documenten in één bestand (tweede '---'); zet elk in een eigen bestand "
        "of verwijder de '---'",
        "en": "several documents in one file (second '---'); give each its own file "
        "or remove the '---'",
    },
    "yaml.complex_key": {
        "nl": "een sleutel moet een gewoon woord zijn, geen lijst of blok",
        "en": "a key must be a plain word, not a list or block",
    },
    "yaml.duplicate_key": {
        "nl": "dubbele sleutel '{key}' (staat ook op regel {first_line}); houd er één",
        "en": "duplicate key '{key}' (also on line {first_line}); keep one",
    },
    "yaml.odd_space": {
        "nl": "onzichtbare harde spatie ({char}, vaak geplakt uit Word) in de inspringing; "
        "vervang hem door gewone spaties",
        "en": "invisible non-breaking space ({char}, often pasted from Word) in the "
        "indentation; replace it with plain spaces",
    },
    "yaml.colon_in_text": {
        "nl": "dubbele punt in tekst, zet de tekst tussen aanhalingstekens, "
        'bijvoorbeeld tekst: "Vraag: wat denk je?"',
        "en": 'colon inside a text; put the text in quotes, e.g. tekst: "Vraag: wat denk je?"',
    },
    "yaml.colon_in_smart_quotes": {
        "nl": "dubbele punt in tekst tussen typografische aanhalingstekens (“…”); die zijn voor "
        'YAML gewone tekens. Gebruik rechte aanhalingstekens: tekst: "Vraag: wat denk je?"',
        "en": "colon inside a text in typographic quotes (“…”), which YAML takes as ordinary "
        'characters. Use straight quotes: tekst: "Vraag: wat denk je?"',
    },
    "yaml.tab": {
        "nl": "tab gebruikt om in te springen; YAML wil spaties: vervang de tab door spaties",
        "en": "tab used for indentation; YAML needs spaces: replace the tab with spaces",
    },
    "yaml.bad_escape": {
        "nl": "onbekende \\-code tussen dubbele aanhalingstekens; gebruik enkele "
        "aanhalingstekens of schrijf \\\\",
        "en": "unknown \\ escape inside double quotes; use single quotes or write \\\\",
    },
    "yaml.unclosed_quote": {
        "nl": "het bestand houdt op midden in een tekst tussen aanhalingstekens of haakjes; "
        "sluit het aanhalingsteken",
        "en": "the file ends inside quotes or brackets; close the quote",
    },
    "yaml.missing_colon": {
        "nl": "hier ontbreekt een dubbele punt na de sleutel, of een aanhalingsteken is niet "
        "gesloten",
        "en": "a colon after the key is missing here, or a quote is not closed",
    },
    "yaml.indentation": {
        "nl": "de inspringing klopt niet; lijn de regel uit met de regels erboven (alleen spaties)",
        "en": "the indentation is wrong; align the line with the lines above (spaces only)",
    },
    "yaml.missing_value": {
        "nl": "hier ontbreekt een waarde; vul hem in of verwijder de regel",
        "en": "a value is missing here; fill it in or remove the line",
    },
    "yaml.bad_start": {
        "nl": "een tekst mag niet met dit teken beginnen (zoals @ of `); zet de tekst tussen "
        "aanhalingstekens",
        "en": "a text cannot start with this character (like @ or `); put it in quotes",
    },
    "yaml.control_char": {
        "nl": "onzichtbaar stuurteken in het bestand; verwijder het",
        "en": "invisible control character in the file; remove it",
    },
    "yaml.flow_unclosed": {
        "nl": "een lijst tussen [ ] of { } is niet goed gesloten; controleer komma's en haakjes",
        "en": "a list in [ ] or { } is not closed properly; check commas and brackets",
    },
    "yaml.syntax": {
        "nl": "YAML-fout ({problem}); controleer inspringing en aanhalingstekens rond deze plek",
        "en": "YAML error ({problem}); check indentation and quotes around here",
    },
    "yaml.comment_cut": {
        "nl": "' #' begint commentaar, dus de tekst is afgekapt tot '{kept}'; zet de hele "
        "tekst tussen aanhalingstekens als het #-deel erbij hoort",
        "en": "' #' starts a comment, so the text was cut to '{kept}'; put the whole text "
        "in quotes if the # part belongs to it",
    },
    # -- schema ---------------------------------------------------------------------------
    "schema.missing": {
        "nl": "ontbreekt; voeg deze sleutel toe",
        "en": "is missing; add this key",
    },
    "schema.unknown_key": {
        "nl": "onbekende sleutel '{key}'; toegestaan zijn: {allowed}",
        "en": "unknown key '{key}'; allowed are: {allowed}",
    },
    "schema.unknown_key_suggest": {
        "nl": "onbekende sleutel '{key}' — bedoel je '{guess}'?",
        "en": "unknown key '{key}' — did you mean '{guess}'?",
    },
    "schema.unknown_key_invisible": {
        "nl": "onbekende sleutel '{key}' (bevat onzichtbaar teken); typ de sleutel opnieuw",
        "en": "unknown key '{key}' (contains an invisible character); type the key again",
    },
    "schema.type": {
        "nl": "moet {expected} zijn, maar is {actual}",
        "en": "must be {expected}, but is {actual}",
    },
    "schema.tag_not_allowed": {
        "nl": "moet {expected} zijn; de tag {tag} is hier niet toegestaan: verwijder hem",
        "en": "must be {expected}; the tag {tag} is not allowed here: remove it",
    },
    "schema.empty": {
        "nl": "is leeg; vul een tekst in of laat de sleutel weg",
        "en": "is empty; fill in a text or leave the key out",
    },
    "schema.unquoted_getal": {
        "nl": "{value} zonder aanhalingstekens is een getal (1.10 wordt dan 1.1); "
        'zet het tussen aanhalingstekens: "{value}"',
        "en": '{value} without quotes is a number (1.10 becomes 1.1); quote it: "{value}"',
    },
    "schema.unquoted_boolean": {
        "nl": "{value} zonder aanhalingstekens is ja/nee-waarde; zet het tussen "
        'aanhalingstekens: "{value}"',
        "en": '{value} without quotes is a true/false value; quote it: "{value}"',
    },
    "schema.const": {
        "nl": "is '{value}' maar moet '{expected}' zijn",
        "en": "is '{value}' but must be '{expected}'",
    },
    "schema.enum": {
        "nl": "'{value}' is geen geldige waarde; kies uit: {choices}",
        "en": "'{value}' is not a valid value; choose from: {choices}",
    },
    "schema.enum_suggest": {
        "nl": "'{value}' is geen geldige waarde — bedoel je '{guess}'? (kies uit: {choices})",
        "en": "'{value}' is not a valid value — did you mean '{guess}'? (choose from: {choices})",
    },
    "schema.too_long": {
        "nl": "is te lang ({length} tekens, max {limit}); maak de tekst korter",
        "en": "is too long ({length} characters, max {limit}); shorten it",
    },
    "schema.too_few": {
        "nl": "moet minstens {minimum} onderdeel bevatten",
        "en": "must hold at least {minimum} item",
    },
    "schema.pattern": {
        "nl": "'{value}' heeft niet de goede vorm ({pattern})",
        "en": "'{value}' does not have the right form ({pattern})",
    },
    "schema.id_pattern": {
        "nl": "'{value}' is geen geldig id; gebruik letters, cijfers, punt, streepje of "
        'liggend streepje, zonder spaties (bijvoorbeeld "1.1-g2")',
        "en": "'{value}' is not a valid id; use letters, digits, dot, dash or underscore, "
        'without spaces (e.g. "1.1-g2")',
    },
    "schema.duration_pattern": {
        "nl": "'{value}' is geen tijd; schrijf minuten (5) of minuten:seconden tussen "
        'aanhalingstekens ("1:30")',
        "en": "'{value}' is not a duration; write minutes (5) or minutes:seconds in quotes "
        '("1:30")',
    },
    "schema.url_pattern": {
        "nl": "'{value}' is geen webadres; het moet beginnen met https:// (laat url weg als er "
        "geen adres is)",
        "en": "'{value}' is not a web address; it must start with https:// (leave url out "
        "when there is none)",
    },
    "text.control_chars": {
        "nl": "onzichtbaar stuurteken ({char}) in de tekst is onschadelijk gemaakt; "
        "haal het weg uit het bestand",
        "en": "invisible control character ({char}) in the text was made harmless; "
        "remove it from the file",
    },
    # -- decks and references ---------------------------------------------------------------
    "deck.no_deck_file": {
        "nl": "dit bestand hoort bij geen deck; zet het in een map met een deck.yaml",
        "en": "this file belongs to no deck; put it in a folder with a deck.yaml",
    },
    "deck.none_found": {
        "nl": "geen decks gevonden in deze map (een deck is een map met een deck.yaml)",
        "en": "no decks found in this folder (a deck is a folder with a deck.yaml)",
    },
    "deck.loose_file": {
        "nl": "geen deck.yaml gevonden boven dit bestand: alleen het bestand zelf is "
        "gecontroleerd, verwijzingen niet",
        "en": "no deck.yaml found above this file: only the file itself was checked, "
        "not its references",
    },
    "deck.unusable": {
        "nl": "dit deck kan niet laden zonder geldige deck.yaml (soort: deck, id, titel); "
        "maak of herstel dat bestand",
        "en": "this deck cannot load without a valid deck.yaml (soort: deck, id, titel); "
        "create or repair that file",
    },
    "deck.misplaced_deck_file": {
        "nl": "'soort: deck' hoort alleen in deck.yaml bovenin de deckmap",
        "en": "'soort: deck' belongs only in deck.yaml at the top of the deck folder",
    },
    "deck.duplicate": {
        "nl": "er is al een deck met id '{id}' ({other}); geef dit deck een eigen id in deck.yaml",
        "en": "there already is a deck with id '{id}' ({other}); give this deck its own id",
    },
    "deck.duplicate_id": {
        "nl": "id '{id}' bestaat al in dit deck ({other}); elk id mag maar één keer voorkomen",
        "en": "id '{id}' already exists in this deck ({other}); each id may occur only once",
    },
    "deck.duplicate_inner_id": {
        "nl": "dubbele id's in deze bijlage: {ids}; maak ze uniek",
        "en": "duplicate ids in this appendix: {ids}; make them unique",
    },
    "deck.item_skipped": {
        "nl": "regels {first}–{last} zijn overgeslagen vanwege de fout hierboven (die kaart of "
        "link ontbreekt); de rest van het bestand laadt wel",
        "en": "lines {first}–{last} were skipped because of the error above (that card or link "
        "is missing); the rest of the file loads",
    },
    "deck.row_width": {
        "nl": "rij {row} heeft {cells} cellen maar de tabel heeft {columns} kolommen",
        "en": "row {row} has {cells} cells but the table has {columns} columns",
    },
    "ref.theme": {
        "nl": "thema '{id}' staat niet in deck.yaml; voeg het toe onder themas",
        "en": "theme '{id}' is not in deck.yaml; add it under themas",
    },
    "ref.theme_suggest": {
        "nl": "thema '{id}' staat niet in deck.yaml — bedoel je '{guess}'?",
        "en": "theme '{id}' is not in deck.yaml — did you mean '{guess}'?",
    },
    "ref.definition": {
        "nl": "definitie '{id}' bestaat niet in dit deck; controleer het id",
        "en": "definition '{id}' does not exist in this deck; check the id",
    },
    "ref.definition_suggest": {
        "nl": "definitie '{id}' bestaat niet in dit deck — bedoel je '{guess}'?",
        "en": "definition '{id}' does not exist in this deck — did you mean '{guess}'?",
    },
    "ref.appendix": {
        "nl": "bijlage '{id}' bestaat niet in dit deck; controleer het id",
        "en": "appendix '{id}' does not exist in this deck; check the id",
    },
    "ref.appendix_suggest": {
        "nl": "bijlage '{id}' bestaat niet in dit deck — bedoel je '{guess}'?",
        "en": "appendix '{id}' does not exist in this deck — did you mean '{guess}'?",
    },
    "ref.card_set": {
        "nl": "kaartenset '{id}' bestaat niet in dit deck; controleer het id",
        "en": "card set '{id}' does not exist in this deck; check the id",
    },
    "ref.card_set_suggest": {
        "nl": "kaartenset '{id}' bestaat niet in dit deck — bedoel je '{guess}'?",
        "en": "card set '{id}' does not exist in this deck — did you mean '{guess}'?",
    },
    "ref.energizer": {
        "nl": "energizer '{id}' bestaat niet in dit deck; controleer het id",
        "en": "energizer '{id}' does not exist in this deck; check the id",
    },
    "ref.energizer_suggest": {
        "nl": "energizer '{id}' bestaat niet in dit deck — bedoel je '{guess}'?",
        "en": "energizer '{id}' does not exist in this deck — did you mean '{guess}'?",
    },
    # -- command line -------------------------------------------------------------------------
    "cli.description": {
        "nl": "Digitale gesprekskaarten voor startercoach-bijeenkomsten over ouderbetrokkenheid.",
        "en": "Digital conversation cards for startercoach sessions on parental involvement.",
    },
    "cli.version_help": {"nl": "toon de versie en stop", "en": "show the version and exit"},
    "cli.language_help": {
        "nl": "taal van de meldingen: nl (standaard) of en",
        "en": "language of the messages: nl (default) or en",
    },
    "cli.decks_help": {
        "nl": "voeg een map met decks toe aan de ingebouwde (mag vaker)",
        "en": "add a folder of decks to the built-in ones (repeatable)",
    },
    "cli.path": {"nl": "PAD", "en": "PATH"},
    "cli.folder": {"nl": "MAP", "en": "FOLDER"},
    "cli.data_dir_help": {
        "nl": "map voor je eigen bestanden (standaard: $KAARTEN_HOME of de gebruikersmap "
        "van je systeem)",
        "en": "folder for your own files (default: $KAARTEN_HOME or your system's user "
        "data folder)",
    },
    "cli.command": {"nl": "opdracht", "en": "command"},
    "cli.usage": {"nl": "gebruik:", "en": "usage:"},
    "cli.positionals": {"nl": "argumenten", "en": "positional arguments"},
    "cli.options": {"nl": "opties", "en": "options"},
    "cli.help_help": {"nl": "toon deze hulp en stop", "en": "show this help message and exit"},
    "cli.error": {"nl": "{prog}: fout: {message}", "en": "{prog}: error: {message}"},
    "cli.error.unrecognized": {
        "nl": "onbekende argumenten: {args}",
        "en": "unrecognized arguments: {args}",
    },
    "cli.error.choice": {
        "nl": "argument {arg}: ongeldige keuze: {value} (kies uit {choices})",
        "en": "argument {arg}: invalid choice: {value} (choose from {choices})",
    },
    "cli.error.required": {
        "nl": "deze argumenten ontbreken: {args}",
        "en": "the following arguments are required: {args}",
    },
    "cli.error.one_value": {
        "nl": "argument {arg}: hier hoort één waarde achter",
        "en": "argument {arg}: expected one argument",
    },
    "cli.error.ambiguous": {
        "nl": "optie {option} is niet eenduidig: kan {matches} zijn",
        "en": "ambiguous option: {option} could match {matches}",
    },
    "cli.error.value": {
        "nl": "argument {arg}: ongeldige waarde {value}",
        "en": "argument {arg}: invalid value {value}",
    },
    "cli.check_help": {
        "nl": "controleer de decks en toon per kaartenset de kaarten",
        "en": "check the decks and list the cards per card set",
    },
    "cli.check_description": {
        "nl": "Controleert de ingebouwde decks en de opgegeven bestanden of mappen. Toont per "
        "kaartenset id, titel en het aantal kaarten, en daarna elke fout als "
        "pad:regel:kolom: melding. Afsluitcode 0 als alles in orde is, 1 bij fouten, "
        "2 bij verkeerd gebruik.",
        "en": "Checks the built-in decks and the given files or folders. Lists per card set "
        "id, title and the number of cards, then every error as path:line:col: message. "
        "Exit status 0 when all is well, 1 on errors, 2 on wrong usage.",
    },
    "cli.check_paths_help": {
        "nl": "extra deckbestanden of -mappen om te controleren",
        "en": "extra deck files or folders to check",
    },
    "cli.json_help": {
        "nl": "geef het resultaat als JSON (voor scripts)",
        "en": "print the result as JSON (for scripts)",
    },
    "cli.no_such_path": {
        "nl": "kaarten: '{path}' bestaat niet; controleer het pad",
        "en": "kaarten: '{path}' does not exist; check the path",
    },
    "check.deck": {"nl": "Deck {id} — {title} ({path})", "en": "Deck {id} — {title} ({path})"},
    "check.builtin": {"nl": "ingebouwd", "en": "built in"},
    "check.set": {"nl": "set", "en": "set"},
    "check.title": {"nl": "titel", "en": "title"},
    "check.questions": {"nl": "gesprek", "en": "questions"},
    "check.assignments": {"nl": "opdracht", "en": "assignments"},
    "check.own_question": {"nl": "eigen vraag", "en": "own question"},
    "check.yes": {"nl": "ja", "en": "yes"},
    "check.no": {"nl": "nee", "en": "no"},
    "check.totals": {
        "nl": "{sets} kaartensets, {cards} kaarten, {definitions} definitiekaarten, "
        "{appendices} bijlagen, {energizers} energizers",
        "en": "{sets} card sets, {cards} cards, {definitions} definition cards, "
        "{appendices} appendices, {energizers} energizers",
    },
    "check.summary_ok": {
        "nl": "Alles in orde: {decks} decks, {files} bestanden.",
        "en": "All good: {decks} decks, {files} files.",
    },
    "check.summary_problems": {
        "nl": "{errors} fout(en) en {warnings} waarschuwing(en) in {files} bestanden.",
        "en": "{errors} error(s) and {warnings} warning(s) in {files} files.",
    },
    # == the app =====================================================================
    # -- keys: footer text (key.*) and palette title (cmd.*) per command ----------------
    "palette.placeholder": {"nl": "Zoek een opdracht…", "en": "Search for commands…"},
    "palette.themes": {"nl": "Zoek een kleurenthema…", "en": "Search for themes…"},
    "palette.nothing_found": {"nl": "Niets gevonden", "en": "No matches found"},
    "keyname.space": {"nl": "spatie", "en": "space"},
    "key.other_tab": {"nl": "Andere tab", "en": "Other tab"},
    "cmd.other_tab": {
        "nl": "Zelf aan de slag: Kaartensets ↔ Oudergesprek voorbereiden",
        "en": "On your own: Card sets ↔ Prepare a parent conversation",
    },
    "keyname.esc": {"nl": "Esc", "en": "Esc"},
    "key.quit": {"nl": "Afsluiten", "en": "Quit"},
    "cmd.quit": {"nl": "App: Afsluiten", "en": "App: Quit"},
    "key.palette": {"nl": "Opdrachten", "en": "Commands"},
    "key.help": {"nl": "Help", "en": "Help"},
    "cmd.help": {"nl": "Help: Uitleg bij dit scherm", "en": "Help: Explain this screen"},
    "key.search": {"nl": "Zoeken", "en": "Search"},
    "cmd.search": {"nl": "Zoeken: In alle kaarten", "en": "Search: All cards"},
    "key.language": {"nl": "English", "en": "Nederlands"},
    "cmd.language": {
        "nl": "Taal: Switch to English",
        "en": "Language: Overschakelen naar Nederlands",
    },
    "key.stop_presenting": {"nl": "Presentatie uit", "en": "End presentation"},
    "cmd.stop_presenting": {
        "nl": "Beeld: Presentatiemodus uit (Esc)",
        "en": "View: End presentation mode (Esc)",
    },
    "key.present": {"nl": "Presenteren", "en": "Present"},
    "cmd.present": {
        "nl": "Beeld: Presentatiemodus aan/uit (alleen de kaart)",
        "en": "View: Presentation mode on/off (only the card)",
    },
    "key.contrast": {"nl": "Contrast", "en": "Contrast"},
    "cmd.contrast": {
        "nl": "Beeld: Hoog contrast voor de beamer aan/uit",
        "en": "View: High contrast for the projector on/off",
    },
    "key.new_session": {"nl": "Nieuwe sessie", "en": "New session"},
    "cmd.new_session": {
        "nl": "Sessie: Nieuwe sessie beginnen",
        "en": "Session: Start a new session",
    },
    "key.sessions": {"nl": "Sessies", "en": "Sessions"},
    "cmd.sessions": {"nl": "Sessie: Bewaarde sessies", "en": "Session: Saved sessions"},
    "key.note": {"nl": "Notitie", "en": "Note"},
    "cmd.note": {"nl": "Sessie: Notitie bij deze kaart", "en": "Session: Note on this card"},
    "key.action_point": {"nl": "Actiepunt", "en": "Action point"},
    "cmd.action_point": {
        "nl": "Sessie: Actiepunt noteren",
        "en": "Session: Write down an action point",
    },
    "key.timer": {"nl": "Timer", "en": "Timer"},
    "cmd.timer": {"nl": "Timer: Starten of pauzeren", "en": "Timer: Start or pause"},
    "key.minute": {"nl": "+1 min", "en": "+1 min"},
    "cmd.minute": {"nl": "Timer: Een minuut erbij", "en": "Timer: One minute more"},
    "key.reset_timer": {"nl": "Timer terug", "en": "Reset timer"},
    "cmd.reset_timer": {
        "nl": "Timer: Terug naar de geplande tijd",
        "en": "Timer: Back to the planned time",
    },
    "key.later": {"nl": "Voor later", "en": "For later"},
    "cmd.later": {
        "nl": "Sessie: Kaart bewaren voor de volgende keer",
        "en": "Session: Keep this card for next time",
    },
    "key.round": {"nl": "Rondje", "en": "Round"},
    "cmd.round": {
        "nl": "Sessie: Kaarten om de beurt uitdelen",
        "en": "Session: Deal cards to each in turn",
    },
    "key.open_cards": {"nl": "Kaarten", "en": "Cards"},
    "cmd.open_cards": {
        "nl": "Sessie: Kaarten van deze activiteit",
        "en": "Session: This activity's cards",
    },
    "key.next_activity": {"nl": "Volgende", "en": "Next"},
    "cmd.next_activity": {"nl": "Sessie: Volgende activiteit", "en": "Session: Next activity"},
    "key.close_session": {"nl": "Afsluiten", "en": "Close"},
    "cmd.close_session": {"nl": "Sessie: Sessie afsluiten", "en": "Session: Close the session"},
    "key.leave": {"nl": "Overzicht", "en": "Overview"},
    "cmd.leave": {
        "nl": "Sessie: Terug naar het overzicht (sessie blijft bewaard)",
        "en": "Session: Back to the overview (the session stays saved)",
    },
    "key.bell": {"nl": "Bel", "en": "Bell"},
    "cmd.bell": {
        "nl": "Timer: Bel aan of uit bij einde tijd",
        "en": "Timer: Bell on or off when time is up",
    },
    "key.agenda_edit": {"nl": "Wijzigen", "en": "Change"},
    "cmd.agenda_edit": {
        "nl": "Agenda: Activiteit wijzigen (kaartenset, energizer, minuten)",
        "en": "Agenda: Change the activity (card set, energizer, minutes)",
    },
    "key.agenda_add": {"nl": "Toevoegen", "en": "Add"},
    "cmd.agenda_add": {"nl": "Agenda: Activiteit toevoegen", "en": "Agenda: Add an activity"},
    "key.agenda_remove": {"nl": "Weghalen", "en": "Remove"},
    "cmd.agenda_remove": {"nl": "Agenda: Activiteit weghalen", "en": "Agenda: Remove the activity"},
    "key.agenda_up": {"nl": "Omhoog", "en": "Up"},
    "cmd.agenda_up": {"nl": "Agenda: Activiteit omhoog", "en": "Agenda: Move the activity up"},
    "key.agenda_down": {"nl": "Omlaag", "en": "Down"},
    "cmd.agenda_down": {"nl": "Agenda: Activiteit omlaag", "en": "Agenda: Move the activity down"},
    "key.agenda_longer": {"nl": "+5 min", "en": "+5 min"},
    "cmd.agenda_longer": {"nl": "Agenda: Vijf minuten langer", "en": "Agenda: Five minutes longer"},
    "key.agenda_shorter": {"nl": "-5 min", "en": "-5 min"},
    "cmd.agenda_shorter": {
        "nl": "Agenda: Vijf minuten korter",
        "en": "Agenda: Five minutes shorter",
    },
    "key.from_earlier": {"nl": "Van eerdere", "en": "From earlier"},
    "cmd.from_earlier": {
        "nl": "Sessie: Deelnemers en agenda van een eerdere sessie",
        "en": "Session: Participants and agenda from an earlier session",
    },
    "key.start_session": {"nl": "Start", "en": "Start"},
    "cmd.start_session": {"nl": "Sessie: Sessie starten", "en": "Session: Start the session"},
    "key.review_done": {"nl": "Klaar", "en": "Done"},
    "cmd.review_done": {"nl": "Actiepunt: Klaar", "en": "Action point: Done"},
    "key.review_carried": {"nl": "Doorschuiven", "en": "Carry over"},
    "cmd.review_carried": {
        "nl": "Actiepunt: Doorschuiven naar later",
        "en": "Action point: Carry over",
    },
    "key.review_dropped": {"nl": "Vervallen", "en": "Drop"},
    "cmd.review_dropped": {"nl": "Actiepunt: Vervallen", "en": "Action point: Drop"},
    "key.review_finish": {"nl": "Verder", "en": "Continue"},
    "cmd.review_finish": {
        "nl": "Sessie: Verder naar de sessie",
        "en": "Session: On to the session",
    },
    "key.export": {"nl": "Exporteren", "en": "Export"},
    "cmd.export": {
        "nl": "Sessie: Verslag en actiepunten als bestanden",
        "en": "Session: Summary and action points as files",
    },
    "key.action_points": {"nl": "Actiepunten", "en": "Action points"},
    "cmd.action_points": {
        "nl": "Sessie: Actiepunten bekijken en wijzigen",
        "en": "Session: View and change action points",
    },
    "key.edit_action": {"nl": "Wijzigen", "en": "Change"},
    "cmd.edit_action": {"nl": "Actiepunt: Wijzigen", "en": "Action point: Change"},
    "key.toggle_done": {"nl": "Klaar/open", "en": "Done/open"},
    "cmd.toggle_done": {
        "nl": "Actiepunt: Klaar of weer open",
        "en": "Action point: Done or open again",
    },
    "key.remove_action": {"nl": "Weghalen", "en": "Remove"},
    "cmd.remove_action": {"nl": "Actiepunt: Weghalen", "en": "Action point: Remove"},
    "key.repair": {"nl": "Herstellen", "en": "Repair"},
    "cmd.repair": {
        "nl": "Sessie: Het leesbare deel houden en verdergaan",
        "en": "Session: Keep the readable part and continue",
    },
    "key.mix": {"nl": "Mengen", "en": "Mix"},
    "cmd.mix": {
        "nl": "Kaarten: Trekken uit meerdere kaartensets",
        "en": "Cards: Draw from several card sets",
    },
    "key.all_definitions": {"nl": "Definities", "en": "Definitions"},
    "cmd.all_definitions": {
        "nl": "Definities: Alle definitiekaarten",
        "en": "Definitions: All definition cards",
    },
    "key.problems": {"nl": "Problemen", "en": "Problems"},
    "cmd.problems": {
        "nl": "Decks: Problemen bij het laden tonen",
        "en": "Decks: Show loading problems",
    },
    "key.reload": {"nl": "Opnieuw laden", "en": "Reload"},
    "cmd.reload": {"nl": "Decks: Opnieuw laden van schijf", "en": "Decks: Reload from disk"},
    "key.next": {"nl": "Volgende", "en": "Next"},
    "cmd.next": {"nl": "Kaart: Volgende trekken", "en": "Card: Draw the next one"},
    "key.previous": {"nl": "Vorige", "en": "Previous"},
    "cmd.previous": {"nl": "Kaart: Terug naar de vorige", "en": "Card: Back to the previous one"},
    "key.shuffle": {"nl": "Schudden", "en": "Shuffle"},
    "cmd.shuffle": {
        "nl": "Kaarten: Schudden en bovenaan beginnen",
        "en": "Cards: Shuffle and start from the top",
    },
    "key.restore": {"nl": "Volgorde terug", "en": "Undo shuffle"},
    "cmd.restore": {
        "nl": "Kaarten: Volgorde van voor het schudden terugzetten",
        "en": "Cards: Restore the order from before the shuffle",
    },
    "key.overview": {"nl": "Overzicht", "en": "Overview"},
    "cmd.overview": {
        "nl": "Kaarten: Overzicht van alle kaarten, kies er een",
        "en": "Cards: Overview of all cards, pick one",
    },
    "key.own_question": {"nl": "Eigen vraag", "en": "Own question"},
    "cmd.own_question": {
        "nl": "Kaart: Eigen vraag typen",
        "en": "Card: Type a question of your own",
    },
    "key.definition": {"nl": "Definitie", "en": "Definition"},
    "cmd.definition": {
        "nl": "Definities: Tonen bij deze kaart",
        "en": "Definitions: Show for this card",
    },
    "key.link": {"nl": "QR-code", "en": "QR code"},
    "cmd.link": {
        "nl": "Links: QR-code van een link tonen",
        "en": "Links: Show a link as a QR code",
    },
    "key.appendix": {"nl": "Bijlage", "en": "Appendix"},
    "cmd.appendix": {
        "nl": "Bijlagen: Bijlage van deze kaartenset openen",
        "en": "Appendices: Open this card set's appendix",
    },
    "key.guide": {"nl": "Handleiding", "en": "Guide"},
    "cmd.guide": {
        "nl": "Beeld: Handleiding verbergen/tonen",
        "en": "View: Hide/show the guide",
    },
    "key.back": {"nl": "Terug", "en": "Back"},
    "cmd.back": {"nl": "Scherm: Terug", "en": "Screen: Back"},
    "key.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "key.close": {"nl": "Sluiten", "en": "Close"},
    "key.draw_mixed": {"nl": "Trekken", "en": "Draw"},
    "cmd.theme": {"nl": "Beeld: Kleurenthema kiezen", "en": "View: Choose a colour theme"},
    "cmd.theme_help": {
        "nl": "Andere kleuren; kaarten-contrast is voor de beamer",
        "en": "Other colours; kaarten-contrast is for the projector",
    },
    "cmd.key_help": {"nl": "Toets: {keys}", "en": "Key: {keys}"},
    # -- app ----------------------------------------------------------------------------
    "app.language_now": {"nl": "Taal: Nederlands", "en": "Language: English"},
    "app.too_small": {
        "nl": "Dit venster is te klein voor kaarten.\n\nMaak het minstens {min_width} × "
        "{min_height} tekens groot (nu {width} × {height}).\nJe werk blijft bewaard.",
        "en": "This window is too small for kaarten.\n\nMake it at least {min_width} × "
        "{min_height} characters (now {width} × {height}).\nYour work is kept.",
    },
    # -- home -----------------------------------------------------------------------------
    "home.title": {"nl": "Kaartensets", "en": "Card sets"},
    "home.theme": {"nl": "Thema {id}  {title}", "en": "Theme {id}  {title}"},
    "home.about": {"nl": "Over deze kaartenset", "en": "About this card set"},
    "about.title": {"nl": "Over deze kaartenset · {deck}", "en": "About this card set · {deck}"},
    "help.about": {
        "nl": "# Over deze kaartenset\n\nHet algemene deel van de handleiding: het voorwoord, "
        "wat een startercoach, gespreksleider en deelnemer is, en de materialen. ↑/↓ en "
        "Page Up/Down scrollen; **Esc** gaat terug naar het overzicht.",
        "en": "# About this card set\n\nThe general part of the guide: the foreword, what a "
        "startercoach, conversation leader and participant are, and the materials. ↑/↓ and "
        "Page Up/Down scroll; **Esc** goes back to the overview.",
    },
    "home.definitions": {"nl": "Definitiekaarten ({n})", "en": "Definition cards ({n})"},
    "home.appendices": {"nl": "Bijlagen ({n})", "en": "Appendices ({n})"},
    "home.energizers": {"nl": "Energizers ({n})", "en": "Energizers ({n})"},
    "home.problems": {
        "nl": "Niet alles kon geladen worden: {errors} fout(en), {warnings} waarschuwing(en). "
        "Druk op f voor bestand en regel; de rest werkt gewoon.",
        "en": "Not everything could be loaded: {errors} error(s), {warnings} warning(s). "
        "Press f for file and line; everything else works.",
    },
    "home.reloaded": {
        "nl": "Decks opnieuw geladen: {errors} fout(en), {warnings} waarschuwing(en).",
        "en": "Decks reloaded: {errors} error(s), {warnings} warning(s).",
    },
    "table.no_cards": {
        "nl": "Kaartenset {sets} heeft geen kaarten die geladen zijn. Onder f (problemen) staat "
        "wat er mis is.",
        "en": "Card set {sets} has no cards that loaded. Under f (problems) you see what is wrong.",
    },
    "home.no_sets": {
        "nl": "Dit deck heeft geen kaartensets.",
        "en": "This deck has no card sets.",
    },
    "home.no_definitions": {
        "nl": "Dit deck heeft geen definitiekaarten.",
        "en": "This deck has no definition cards.",
    },
    # -- card table -----------------------------------------------------------------------
    "card.label": {"nl": "kaartenset {set}, {kind} {n}", "en": "card set {set}, {kind} {n}"},
    "card.label_unnumbered": {"nl": "kaartenset {set}, {kind}", "en": "card set {set}, {kind}"},
    "card.kind.question": {"nl": "Gesprekskaart", "en": "Question card"},
    "card.kind.assignment": {"nl": "Opdrachtkaart", "en": "Assignment card"},
    "card.kind.own_question": {"nl": "Eigen vraag", "en": "Own question"},
    "card.kind.energizer": {"nl": "Energizerkaart", "en": "Energizer card"},
    "card.blank_own_question": {
        "nl": "Eigen vraag\n\nStel hier een vraag van jezelf.\nDruk op e om hem te typen.",
        "en": "Own question\n\nAsk a question of your own here.\nPress e to type it.",
    },
    "card.blank_own_question_short": {
        "nl": "(lege kaart: stel een eigen vraag)",
        "en": "(blank card: ask your own question)",
    },
    "table.title": {"nl": "Kaartenset {id} · {title}", "en": "Card set {id} · {title}"},
    "table.title_mixed": {"nl": "Gemengd: kaartensets {sets}", "en": "Mixed: card sets {sets}"},
    "table.position": {"nl": "Kaart {n} van {total}", "en": "Card {n} of {total}"},
    "table.shuffled": {"nl": "geschud", "en": "shuffled"},
    "table.last_card": {"nl": "laatste kaart", "en": "last card"},
    "table.has_definitions": {"nl": "{n} definitie(s) (d)", "en": "{n} definition(s) (d)"},
    "table.has_links": {"nl": "{n} link(s) (q)", "en": "{n} link(s) (q)"},
    "table.with_card": {"nl": "bij deze kaart: {items}", "en": "with this card: {items}"},
    "table.no_more": {
        "nl": "Dit was de laatste kaart. Schud (s) of kies er een uit het overzicht (o).",
        "en": "That was the last card. Shuffle (s) or pick one from the overview (o).",
    },
    "table.shuffled_note": {
        "nl": "Geschud. Met u zet je de vorige volgorde terug.",
        "en": "Shuffled. Press u to restore the previous order.",
    },
    "table.restored_note": {
        "nl": "Vorige volgorde teruggezet.",
        "en": "Previous order restored.",
    },
    "table.pick_appendix": {"nl": "Welke bijlage?", "en": "Which appendix?"},
    "table.no_links": {
        "nl": "Bij deze kaart en kaartenset hoort geen link (en dus geen QR-code).",
        "en": "This card and card set have no link (and so no QR code).",
    },
    "table.no_appendix": {
        "nl": "Bij deze kaart en kaartenset hoort geen bijlage. Alle bijlagen staan in het "
        "overzicht (Esc).",
        "en": "This card and card set have no appendix. All appendices are in the overview (Esc).",
    },
    "overview.title": {
        "nl": "Alle {total} kaarten, in de volgorde van trekken. Enter toont de kaart.",
        "en": "All {total} cards, in drawing order. Enter shows the card.",
    },
    "overview.earlier": {
        "nl": "↑ {n} eerdere kaarten: Enter toont ze",
        "en": "↑ {n} earlier cards: Enter shows them",
    },
    "overview.later": {
        "nl": "↓ nog {n} kaarten: Enter toont ze",
        "en": "↓ {n} more cards: Enter shows them",
    },
    "own.title": {
        "nl": "Eigen vraag bij kaartenset {id} · {title}",
        "en": "Own question for card set {id} · {title}",
    },
    "own.placeholder": {"nl": "Typ je vraag…", "en": "Type your question…"},
    "own.add": {"nl": "Toevoegen als kaart", "en": "Add as a card"},
    "entry.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "mix.title": {
        "nl": "Uit welke kaartensets wil je trekken? Spatie kiest, Enter trekt gemengd.",
        "en": "Which card sets do you want to draw from? Space ticks, Enter draws mixed.",
    },
    "mix.draw": {"nl": "Gemengd trekken", "en": "Draw mixed"},
    "mix.none": {"nl": "Kies eerst minstens één kaartenset.", "en": "Tick at least one card set."},
    # -- handleiding and previews ----------------------------------------------------------
    "guide.this_card": {"nl": "Bij deze kaart", "en": "About this card"},
    "guide.goal": {"nl": "Doel", "en": "Goal"},
    "guide.method": {"nl": "Werkwijze", "en": "Method"},
    "guide.tip": {"nl": "Tip", "en": "Tip"},
    "guide.duration": {"nl": "Tijd", "en": "Time"},
    "guide.minutes": {"nl": "{n} minuten", "en": "{n} minutes"},
    "guide.background": {"nl": "Achtergrond", "en": "Background"},
    "guide.definitions": {"nl": "Definities (d)", "en": "Definitions (d)"},
    "guide.appendices": {"nl": "Bijlagen (b)", "en": "Appendices (b)"},
    "guide.links": {"nl": "Links (q)", "en": "Links (q)"},
    "guide.no_url": {"nl": "geen adres bekend", "en": "no address known"},
    "guide.counts": {
        "nl": "{questions} gesprekskaarten · {assignments} opdrachtkaarten",
        "en": "{questions} question cards · {assignments} assignment cards",
    },
    "guide.has_own_question": {"nl": "eigen vraag", "en": "own question"},
    "guide.open_hint": {
        "nl": "*Enter of klik opent hem.*",
        "en": "*Enter or a click opens it.*",
    },
    "guide.energizer": {"nl": "Energizer {id}", "en": "Energizer {id}"},
    "guide.credits": {"nl": "Bron", "en": "Source"},
    # -- definitions, links, energizers, bijlagen, problems, search -------------------------
    "definitions.title": {"nl": "Definitiekaarten · {deck}", "en": "Definition cards · {deck}"},
    "definitions.this_card": {"nl": "Bij deze kaart", "en": "With this card"},
    "definitions.all": {"nl": "Alle definities", "en": "All definitions"},
    "link.no_url": {
        "nl": "De kaartenset noemt geen adres voor deze bron. Zoek op de titel.",
        "en": "The card set gives no address for this source. Search for the title.",
    },
    "link.scan": {
        "nl": "Scan de QR-code met de camera van je telefoon.",
        "en": "Scan the QR code with your phone's camera.",
    },
    "energizer.title": {"nl": "Energizer {id} · {title}", "en": "Energizer {id} · {title}"},
    "energizer.caption": {"nl": "energizer {id}", "en": "energizer {id}"},
    "appendix.title": {"nl": "Bijlage · {title}", "en": "Appendix · {title}"},
    "appendix.of_set": {
        "nl": "Bijlage bij kaartenset {id} · {title}",
        "en": "Appendix to card set {id} · {title}",
    },
    "appendix.form.tekst": {"nl": "tekst", "en": "text"},
    "appendix.form.tabel": {"nl": "tabel", "en": "table"},
    "appendix.form.formulier": {"nl": "formulier", "en": "form"},
    "appendix.form.checklist": {"nl": "checklist", "en": "checklist"},
    "appendix.form.vaardigheden": {"nl": "vaardigheden", "en": "skills"},
    "appendix.field": {"nl": "Onderdeel", "en": "Part"},
    "appendix.fill_in": {"nl": "Wat vul je in", "en": "What to fill in"},
    "appendix.input.regel": {"nl": "één regel", "en": "one line"},
    "appendix.input.tekst": {"nl": "tekst", "en": "text"},
    "appendix.input.datum": {"nl": "datum", "en": "date"},
    "appendix.input.tijd": {"nl": "tijd", "en": "time"},
    "appendix.input.keuze": {"nl": "kies", "en": "choose"},
    "appendix.skill": {"nl": "Vaardigheid", "en": "Skill"},
    "appendix.examples": {"nl": "Voorbeelden", "en": "Examples"},
    "problems.title": {"nl": "Problemen bij het laden", "en": "Loading problems"},
    "problems.none": {
        "nl": "Geen problemen: alle decks zijn geladen.",
        "en": "No problems: every deck loaded.",
    },
    "search.placeholder": {
        "nl": "Zoek in alle kaarten, definities en energizers…",
        "en": "Search all cards, definitions and energizers…",
    },
    "search.card": {"nl": "Kaart {set}", "en": "Card {set}"},
    "search.definition": {"nl": "Definitie", "en": "Definition"},
    "search.energizer": {"nl": "Energizer {id}", "en": "Energizer {id}"},
    # -- help -----------------------------------------------------------------------------
    "help.key": {"nl": "Toets", "en": "Key"},
    "help.does": {"nl": "Wat het doet", "en": "What it does"},
    "help.keys": {"nl": "Toetsen op dit scherm", "en": "Keys on this screen"},
    "help.footer": {
        "nl": "Alle opdrachten staan ook onder **Ctrl+P**. **F2** wisselt de taal, "
        "**Ctrl+Q** sluit kaarten af. Escape of F1 sluit deze hulp.",
        "en": "Every command is also under **Ctrl+P**. **F2** switches the language, "
        "**Ctrl+Q** quits kaarten. Escape or F1 closes this help.",
    },
    "help.generic": {
        "nl": "# Help\n\nDe onderste regel toont de toetsen die hier werken.",
        "en": "# Help\n\nThe bottom line shows the keys that work here.",
    },
    "help.home": {
        "nl": "# Kaartensets\n\nHier staat alles wat kaarten heeft geladen: per thema de "
        "kaartensets, de definitiekaarten, de bijlagen en de energizers. Kies met de pijltjes "
        "of de muis; **Enter** of een klik opent. Rechts zie je wat een kaartenset wil "
        "bereiken (het doel).\n\n"
        "- Een bijeenkomst leiden? **n** begint een sessie met deelnemers, agenda en timer; "
        "**s** toont de bewaarde sessies.\n"
        "- Alleen aan het werk? **z** opent Zelf aan de slag: je eigen antwoorden bij de "
        "kaarten, je voortgang en een oudergesprek voorbereiden.\n"
        "- Wil je uit meer kaartensets tegelijk trekken? Druk op **m**.\n"
        "- **/** zoekt in de tekst van alle kaarten.\n"
        "- Schrijf je zelf een deck? Start met `kaarten --decks MAP` en druk na elke "
        "wijziging op **r**. Fouten staan bovenaan; **f** toont bestand en regel.",
        "en": "# Card sets\n\nEverything kaarten loaded: per theme the card sets, the "
        "definition cards, the appendices and the energizers. Choose with the arrows or the "
        "mouse; **Enter** or a click opens. The right side shows what a card set aims at.\n\n"
        "- Leading a meeting? **n** starts a session with participants, agenda and timer; "
        "**s** shows the saved sessions.\n"
        "- Working alone? **z** opens On your own: your answers to the cards, your "
        "progress and preparing a parent conversation.\n"
        "- Draw from several card sets at once: press **m**.\n"
        "- **/** searches the text of every card.\n"
        "- Writing a deck? Start `kaarten --decks FOLDER` and press **r** after each change. "
        "Problems show at the top; **f** lists file and line.",
    },
    "help.card_table": {
        "nl": "# De kaartentafel\n\nIn het midden ligt de kaart; boven de kaart staat wat "
        "voor kaart het is, onder de kaart uit welke kaartenset. Rechts staat de handleiding: "
        "doel, werkwijze, tip en achtergrond. Verberg die met **h** voordat je de beamer "
        "aanzet, of druk op **F5**: dan staat alleen de kaart in beeld (**Esc** zet dat weer "
        "uit). In een sessie blijft een verborgen handleiding verborgen, ook na hervatten.\n\n"
        "**Spatie** of **→** trekt de volgende kaart, **←** gaat terug. **s** schudt; met "
        "**u** komt de volgorde van daarvoor terug. **o** toont alle kaarten; kies er een.\n\n"
        "Een lege kaart *Eigen vraag* is voor een vraag van jezelf: druk op **e** en typ "
        "hem. Hij blijft een kaart van deze set tot je kaarten afsluit.\n\n"
        "Open je de kaarten vanuit een sessie, dan staat de timer erboven en komen eerst de "
        "kaarten die je voor later bewaarde, dan die de groep nog niet besprak. **t** start "
        "of pauzeert de timer, **n** schrijft een notitie bij de kaart, **a** noteert een "
        "actiepunt, **l** bewaart de kaart voor de volgende keer en **r** deelt de kaart op "
        "tafel en de volgende om de beurt uit aan de deelnemers. De stapel hoort bij de "
        "activiteit: ga je terug en weer naar de kaarten, of hervat je later, dan ga je verder "
        "waar je was. Elke getrokken kaart komt één keer in het verslag (terugbladeren telt "
        "niet). **o** toont per kaart of de groep hem al besprak. **q** en **b** tonen links "
        "en bijlagen, of zeggen dat de kaart die niet heeft.",
        "en": "# The card table\n\nThe card lies in the middle; above it, what kind of card "
        "it is, below it, its card set. The guide on the right has the goal, method, tip "
        "and background. Hide it with **h** before you switch on the projector, or press "
        "**F5** to show only the card (**Esc** switches that off again). In a session a "
        "hidden guide stays hidden, also after resuming.\n\n"
        "**Space** or **→** draws the next card, **←** goes back. **s** shuffles; **u** "
        "brings back the order from before. **o** shows every card; pick one.\n\n"
        "A blank *Own question* card is for a question of your own: press **e** and type "
        "it. It stays a card of this set until you quit kaarten.\n\n"
        "Opened from a session, the timer shows above the card, and the cards you kept for "
        "later come first, then those the group has not discussed yet. **t** starts or "
        "pauses the timer, **n** writes a note on the card, **a** writes down an action "
        "point, **l** keeps the card for next time and **r** deals the card on the table and "
        "the next ones to the participants in turn. The pile belongs to the activity: leave "
        "and come back, or resume later, and you go on where you were. Every card drawn goes "
        "into the summary once (looking back does not count). **o** shows per card whether "
        "the group discussed it. **q** and **b** show links and appendices, or say the card "
        "has none.",
    },
    "help.overview": {
        "nl": "# Overzicht\n\nAlle kaarten in de volgorde waarin ze getrokken worden. "
        "Kies er een met de pijltjes en **Enter**; Escape laat de kaart liggen.",
        "en": "# Overview\n\nEvery card in drawing order. Choose one with the arrows and "
        "**Enter**; Escape keeps the current card.",
    },
    "help.own_question": {
        "nl": "# Eigen vraag\n\nTyp een vraag en druk op **Enter**. Hij wordt de volgende "
        "kaart en blijft bij deze kaartenset tot je kaarten afsluit.",
        "en": "# Own question\n\nType a question and press **Enter**. It becomes the next "
        "card and stays with this card set until you quit kaarten.",
    },
    "help.mix": {
        "nl": "# Mengen\n\nVink met **spatie** de kaartensets aan waaruit je wilt trekken en "
        "druk op **Enter**. De kaarten worden geschud; de handleiding volgt de kaart.",
        "en": "# Mix\n\nTick the card sets to draw from with **space** and press **Enter**. "
        "The cards are shuffled; the guide follows the card.",
    },
    "help.link": {
        "nl": "# QR-code\n\nRicht de camera van een telefoon op de code. Op een beamer "
        "werkt dat tot een paar meter; maak het venster groter voor een grotere code. "
        "kaarten opent zelf nooit een website.",
        "en": "# QR code\n\nPoint a phone camera at the code. On a projector this works "
        "from a few metres; enlarge the window for a larger code. kaarten never opens a "
        "website itself.",
    },
    "help.definitions": {
        "nl": "# Definitiekaarten\n\nLinks de definities; die bij de huidige kaart staan "
        "bovenaan. Kies er een met de pijltjes.",
        "en": "# Definition cards\n\nThe definitions on the left; those of the current "
        "card come first. Choose one with the arrows.",
    },
    "help.energizer": {
        "nl": "# Energizer\n\nBovenaan staat hoe de energizer gaat, daaronder de kaarten "
        "die erbij horen. **F5** laat alleen de kaarten zien.",
        "en": "# Energizer\n\nThe instructions at the top, the cards that belong to it "
        "below. **F5** shows only the cards.",
    },
    "help.appendix": {
        "nl": "# Bijlage\n\nDe bijlage in zijn geheel. Scroll met de pijltjes, Page "
        "Up/Down of de muis.",
        "en": "# Appendix\n\nThe whole appendix. Scroll with the arrows, Page Up/Down or "
        "the mouse.",
    },
    "help.problems": {
        "nl": "# Problemen\n\nPer probleem: bestand, regel en kolom, en wat je kunt doen. "
        "Pas het bestand aan en druk op **r**. Dezelfde lijst krijg je met "
        "`kaarten check`.",
        "en": "# Problems\n\nPer problem: file, line and column, and what to do. Fix the "
        "file and press **r**. `kaarten check` prints the same list.",
    },
    "help.too_small": {
        "nl": "# Venster te klein\n\nMaak het venster groter; daarna gaat alles verder.",
        "en": "# Window too small\n\nEnlarge the window; then everything continues.",
    },
    "help.help": {"nl": "# Help", "en": "# Help"},
    "app.crashed": {
        "nl": "kaarten is gestopt door een fout in het programma. Alles wat je bewaarde, "
        "is bewaard: start kaarten opnieuw om verder te gaan. Een verslag zonder namen of "
        "teksten staat in {path}; stuur het mee als je de fout meldt.",
        "en": "kaarten stopped because of a bug. Everything you saved is saved: start "
        "kaarten again to continue. A report without names or texts is in {path}; "
        "include it when you report the bug.",
    },
    "app.crashed_no_report": {
        "nl": "kaarten is gestopt door een fout in het programma. Alles wat je bewaarde, "
        "is bewaard: start kaarten opnieuw om verder te gaan.",
        "en": "kaarten stopped because of a bug. Everything you saved is saved: start "
        "kaarten again to continue.",
    },
    # -- sessions: the app ---------------------------------------------------------------
    "session.closing": {"nl": "Afsluiting: actiepunten", "en": "Closing: action points"},
    "session.text_empty": {"nl": "De tekst is leeg.", "en": "The text is empty."},
    "session.text_too_long": {
        "nl": "De tekst is te lang: {n} tekens, er passen er {limit}. Je tekst staat er nog; "
        "maak hem korter.",
        "en": "The text is too long: {n} characters, {limit} fit. Your text is still there; "
        "make it shorter.",
    },
    "session.timer.not_started": {
        "nl": "{activity}: timer nog niet gestart",
        "en": "{activity}: timer not started",
    },
    "session.timer.running": {"nl": "{activity}: loopt", "en": "{activity}: running"},
    "session.timer.paused": {"nl": "{activity}: gepauzeerd", "en": "{activity}: paused"},
    "session.timer.over": {"nl": "{activity}: over tijd", "en": "{activity}: over time"},
    "session.subtitle": {"nl": "{date} · {n} deelnemers", "en": "{date} · {n} participants"},
    "session.agenda_item": {
        "nl": "{mark} {title} ({used}/{planned} min)",
        "en": "{mark} {title} ({used}/{planned} min)",
    },
    "session.behind": {"nl": "{n} min achter op schema", "en": "{n} min behind schedule"},
    "session.ahead": {"nl": "{n} min voor op schema", "en": "{n} min ahead of schedule"},
    "session.on_time": {"nl": "op schema", "en": "on schedule"},
    "session.schedule": {
        "nl": "Minuten gebruikt/gepland · totaal {planned} min gepland · {state}",
        "en": "Minutes used/planned · {planned} min planned in all · {state}",
    },
    "session.actions_title": {"nl": "Actiepunten", "en": "Action points"},
    "session.person_actions": {"nl": "{name}: {n} open", "en": "{name}: {n} open"},
    "session.action_line": {"nl": "  • {text}", "en": "  • {text}"},
    "session.changed_elsewhere": {
        "nl": "het bestand is buiten kaarten gewijzigd",
        "en": "the file was changed outside kaarten",
    },
    "session.unsaved": {
        "nl": "{n} wijziging(en) nog niet bewaard ({reason}). Ze blijven in het geheugen en "
        "kaarten probeert het steeds opnieuw; sluit kaarten niet af.",
        "en": "{n} change(s) not saved yet ({reason}). They are kept in memory and kaarten "
        "keeps trying; do not quit kaarten.",
    },
    "session.last_activity": {
        "nl": "Dit was de laatste activiteit. Sluit af met x.",
        "en": "That was the last activity. Close with x.",
    },
    "session.bell_on": {"nl": "Bel aan bij einde tijd.", "en": "Bell on when time is up."},
    "session.bell_off": {"nl": "Bel uit.", "en": "Bell off."},
    "session.already_running": {
        "nl": "Sessie ‘{title}’ loopt al. Ga er met Esc uit voor je een nieuwe begint.",
        "en": "Session ‘{title}’ is running. Leave it with Esc before starting a new one.",
    },
    "session.cannot_save": {
        "nl": "Kan de sessie niet bewaren in {folder} ({reason}). Kies een andere map met "
        "kaarten --data-dir MAP; er is niets begonnen.",
        "en": "Cannot save the session in {folder} ({reason}). Choose another folder with "
        "kaarten --data-dir FOLDER; nothing was started.",
    },
    "session.resume_question": {
        "nl": "Sessie ‘{title}’ van {date} is niet afgesloten.",
        "en": "Session ‘{title}’ of {date} was not closed.",
    },
    "session.resume_yes": {"nl": "Verder met deze sessie", "en": "Continue this session"},
    "session.resume_no": {"nl": "Niet nu", "en": "Not now"},
    "session.activity_missing": {
        "nl": "De kaarten van ‘{title}’ zijn niet geladen (deck ontbreekt of heeft fouten).",
        "en": "The cards of ‘{title}’ are not loaded (deck missing or with errors).",
    },
    "session.action_saved": {
        "nl": "Actiepunt bewaard voor {name}.",
        "en": "Action point saved for {name}.",
    },
    "session.time_up": {"nl": "De tijd is om.", "en": "Time is up."},
    "session.close_question": {
        "nl": "Sessie afsluiten? Daarna kun je het verslag exporteren.",
        "en": "Close the session? Then you can export the summary.",
    },
    "session.close_yes": {"nl": "Afsluiten", "en": "Close"},
    "session.close_no": {"nl": "Doorgaan met de sessie", "en": "Continue the session"},
    "session.left": {
        "nl": "Sessie ‘{title}’ is bewaard. Verder: s (sessies) in het overzicht.",
        "en": "Session ‘{title}’ is saved. Continue: s (sessions) in the overview.",
    },
    "session.timer_not_started": {
        "nl": "De timer van deze activiteit loopt nog niet: start hem met t.",
        "en": "This activity's timer is not running: start it with t.",
    },
    "session.note_saved": {"nl": "Notitie bewaard.", "en": "Note saved."},
    "session.put_aside": {
        "nl": "Bewaard voor later: deze kaart komt de volgende sessie van deze groep eerst.",
        "en": "Kept for later: this card comes first in this group's next session.",
    },
    "session.round_on": {
        "nl": "Rondje: deze kaart en elke volgende zijn om de beurt voor een deelnemer.",
        "en": "Round: this card and each next one go to the participants in turn.",
    },
    "session.round_off": {"nl": "Rondje gestopt.", "en": "Round stopped."},
    "table.for": {"nl": "voor {name}", "en": "for {name}"},
    "table.has_notes": {"nl": "{n} notitie(s)", "en": "{n} note(s)"},
    "guide.notes": {"nl": "Notities bij deze kaart", "en": "Notes on this card"},
    "guide.earlier_note": {"nl": "{date}: {text}", "en": "{date}: {text}"},
    "overview.mark.now": {"nl": "deze keer besproken", "en": "discussed this time"},
    "overview.mark.later": {"nl": "voor later", "en": "for later"},
    "overview.mark.discussed": {"nl": "al besproken", "en": "discussed"},
    "overview.mark.new": {"nl": "nog niet besproken", "en": "not discussed yet"},
    "note.title": {"nl": "Notitie bij {card}", "en": "Note on {card}"},
    "note.placeholder": {"nl": "Typ je notitie…", "en": "Type your note…"},
    "note.save": {"nl": "Bewaren", "en": "Save"},
    "new.title": {"nl": "Nieuwe sessie", "en": "New session"},
    "new.default_title": {"nl": "Bijeenkomst", "en": "Meeting"},
    "new.title_too_long": {
        "nl": "De titel is te lang: {n} tekens, er passen er {limit}. Maak hem korter.",
        "en": "The title is too long: {n} characters, {limit} fit. Make it shorter.",
    },
    "new.title_label": {"nl": "Titel", "en": "Title"},
    "new.date_label": {"nl": "Datum", "en": "Date"},
    "new.participants_label": {
        "nl": "Deelnemers: één naam per regel",
        "en": "Participants: one name per line",
    },
    "new.agenda_label": {"nl": "Agenda", "en": "Agenda"},
    "new.leave_question": {
        "nl": "Formulier verlaten? Er is nog niets bewaard; wat je typte gaat verloren.",
        "en": "Leave the form? Nothing is saved yet; what you typed is lost.",
    },
    "new.leave_yes": {"nl": "Verlaten", "en": "Leave"},
    "new.leave_no": {"nl": "Verder invullen", "en": "Keep filling in"},
    "new.from_earlier": {"nl": "Van een eerdere sessie", "en": "From an earlier session"},
    "new.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "new.start": {"nl": "Sessie starten", "en": "Start the session"},
    "new.button.edit": {"nl": "Wijzigen", "en": "Change"},
    "new.button.add": {"nl": "Toevoegen", "en": "Add"},
    "item.title": {"nl": "Activiteit wijzigen", "en": "Change the activity"},
    "item.minutes": {"nl": "Minuten", "en": "Minutes"},
    "item.save": {"nl": "Bewaren", "en": "Save"},
    "item.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "item.bad_minutes": {
        "nl": "‘{typed}’ is geen aantal minuten: typ een getal van 1 tot {limit}.",
        "en": "‘{typed}’ is not a number of minutes: type a number from 1 to {limit}.",
    },
    "new.button.remove": {"nl": "Weghalen", "en": "Remove"},
    "new.button.up": {"nl": "Omhoog", "en": "Up"},
    "new.button.down": {"nl": "Omlaag", "en": "Down"},
    "new.button.longer": {"nl": "+5 min", "en": "+5 min"},
    "new.button.shorter": {"nl": "-5 min", "en": "-5 min"},
    "new.agenda_item": {"nl": "{title} · {n} min", "en": "{title} · {n} min"},
    "new.agenda_total": {"nl": "Totaal: {n} minuten", "en": "Total: {n} minutes"},
    "new.add_title": {"nl": "Activiteit toevoegen", "en": "Add an activity"},
    "new.no_earlier": {"nl": "Er zijn nog geen eerdere sessies.", "en": "No earlier sessions yet."},
    "new.earlier_item": {"nl": "{date}  {title}: {names}", "en": "{date}  {title}: {names}"},
    "new.earlier_title": {
        "nl": "Neem deelnemers en agenda over van:",
        "en": "Take participants and agenda from:",
    },
    "new.bad_date": {
        "nl": "Geen geldige datum: typ bijvoorbeeld 2026-11-23 of 23-11-2026.",
        "en": "Not a valid date: type for example 2026-11-23 or 23-11-2026.",
    },
    "new.bad_name": {
        "nl": "Deelnemers, regel {line}: {problem}",
        "en": "Participants, line {line}: {problem}",
    },
    "new.no_participants": {
        "nl": "Typ minstens één deelnemer (één naam per regel).",
        "en": "Type at least one participant (one name per line).",
    },
    "new.no_activities": {
        "nl": "De agenda is leeg: voeg een activiteit toe (t).",
        "en": "The agenda is empty: add an activity (t).",
    },
    "action.title": {"nl": "Actiepunt", "en": "Action point"},
    "action.edit_title": {"nl": "Actiepunt wijzigen", "en": "Change action point"},
    "points.title": {
        "nl": "Actiepunten van deze sessie (Enter wijzigen, k klaar/open, w weghalen)",
        "en": "Action points of this session (Enter change, k done/open, w remove)",
    },
    "points.item": {"nl": "[{mark}] {name}: {text}{extra}", "en": "[{mark}] {name}: {text}{extra}"},
    "points.none": {
        "nl": "Nog geen actiepunten (a noteert er een).",
        "en": "No action points yet (a adds one).",
    },
    "points.remove_question": {
        "nl": "Actiepunt ‘{text}’ weghalen? Het logboek bewaart dat het er was.",
        "en": "Remove action point ‘{text}’? The log keeps that it was there.",
    },
    "points.remove_yes": {"nl": "Weghalen", "en": "Remove"},
    "points.remove_no": {"nl": "Laten staan", "en": "Keep it"},
    "help.action_points": {
        "nl": "# Actiepunten\n\nAlle actiepunten van deze sessie. **Enter** wijzigt het "
        "gekozen punt, **k** zet het op klaar (of weer open), **w** haalt het weg na een "
        "vraag. Niets verdwijnt uit het logboek: een wijziging of weghalen is een eigen regel.",
        "en": "# Action points\n\nAll action points of this session. **Enter** changes the "
        "chosen one, **k** marks it done (or open again), **w** removes it after a question. "
        "Nothing leaves the log: a change or removal is a line of its own.",
    },
    "action.text": {"nl": "Wat ga je doen?", "en": "What will you do?"},
    "action.due": {"nl": "Wanneer (datum, mag leeg)", "en": "By when (date, may be empty)"},
    "action.set": {"nl": "Uit kaartenset (mag leeg)", "en": "From card set (may be empty)"},
    "action.due_is": {"nl": "= {date}", "en": "= {date}"},
    "action.bad_date": {
        "nl": "‘{typed}’ is geen datum. Typ bijvoorbeeld 2026-12-04, 4-12, vrijdag, morgen, "
        "volgende week of over 2 weken.",
        "en": "‘{typed}’ is not a date. Type for example 2026-12-04, 4-12, friday, tomorrow, "
        "next week or in 2 weeks.",
    },
    "action.past_date": {
        "nl": "{date} ligt in het verleden. Typ een datum vanaf vandaag, of laat het leeg.",
        "en": "{date} is in the past. Type a date from today on, or leave it empty.",
    },
    "action.add": {"nl": "Bewaren", "en": "Save"},
    "action.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "action.no_person": {"nl": "Kies een deelnemer.", "en": "Choose a participant."},
    "review.title": {"nl": "Actiepunten van vorige keer", "en": "Action points from last time"},
    "review.intro": {
        "nl": "Open actiepunten van deze deelnemers uit eerdere sessies. Kies per punt: "
        "k klaar, d doorschuiven, v vervallen. Esc gaat verder naar de sessie.",
        "en": "Open action points of these participants from earlier sessions. Per point: "
        "k done, d carry over, v drop. Esc continues to the session.",
    },
    "review.open": {"nl": "open", "en": "open"},
    "export.earlier_point": {
        "nl": "een actiepunt van een eerdere sessie",
        "en": "an action point from an earlier session",
    },
    "review.due": {"nl": " · uiterlijk {date}", "en": " · by {date}"},
    "review.item": {
        "nl": "[{mark}] {name}: {text}  ({title}, {date})",
        "en": "[{mark}] {name}: {text}  ({title}, {date})",
    },
    "summary.subtitle": {"nl": "Verslag · {date}", "en": "Summary · {date}"},
    "summary.repaired": {
        "nl": "Hersteld: het leesbare deel is de sessie; het hele oude bestand staat als "
        "{copy} in de map sessies.",
        "en": "Repaired: the readable part is the session; the whole old file is kept as "
        "{copy} in the sessies folder.",
    },
    "summary.repair_failed": {
        "nl": "Herstellen lukte niet ({reason}); het bestand is niet veranderd.",
        "en": "Repair failed ({reason}); the file is unchanged.",
    },
    "summary.export_failed": {
        "nl": "Kan niet exporteren naar {folder} ({reason}).",
        "en": "Cannot export to {folder} ({reason}).",
    },
    "summary.exported": {
        "nl": "{n} bestanden bewaard in {folder}: sessie.md en per deelnemer de actiepunten.",
        "en": "{n} files saved in {folder}: sessie.md and per participant the action points.",
    },
    "sessions.title": {"nl": "Sessies", "en": "Sessions"},
    "sessions.intro": {
        "nl": "Enter: verder met een sessie die niet is afgesloten, of het verslag lezen. "
        "n: nieuwe sessie.",
        "en": "Enter: continue a session that was not closed, or read its summary. n: new session.",
    },
    "sessions.none": {
        "nl": "Nog geen sessies in {folder}. Begin er een met n.",
        "en": "No sessions yet in {folder}. Start one with n.",
    },
    "sessions.item": {
        "nl": "{date}  {title} ({state}) · {names} · {n} open actiepunt(en)",
        "en": "{date}  {title} ({state}) · {names} · {n} open action point(s)",
    },
    "help.new_session": {
        "nl": "# Nieuwe sessie\n\nTyp een titel, de datum en de deelnemers (één naam per "
        "regel). Stel de agenda samen: een energizer, kaartensets en een afsluiting, elk met "
        "geplande minuten. In de agendalijst: **Enter** wijzigen (andere kaartenset of "
        "energizer, minuten typen), **t** toevoegen, **w** weghalen, **o**/**l** "
        "omhoog/omlaag, **+**/**-** vijf minuten. **F3** neemt deelnemers en agenda over van "
        "een eerdere sessie; **F10** start. Alles wordt vanaf de start meteen bewaard.",
        "en": "# New session\n\nType a title, the date and the participants (one name per "
        "line). Build the agenda: an energizer, card sets and a closing round, each with "
        "planned minutes. In the agenda list: **Enter** change (another card set or "
        "energizer, type the minutes), **t** add, **w** remove, **o**/**l** up/down, "
        "**+**/**-** five minutes. **F3** takes participants and agenda from an earlier "
        "session; **F10** starts. From the start everything is saved at once.",
    },
    "help.agenda_item": {
        "nl": "# Activiteit wijzigen\n\nKies met ↑/↓ een andere kaartenset of energizer en "
        "druk op Enter; typ dan het aantal minuten en druk op Enter om te bewaren. Esc laat "
        "de activiteit zoals hij was.",
        "en": "# Change the activity\n\nChoose another card set or energizer with ↑/↓ and "
        "press Enter; then type the minutes and press Enter to save. Esc leaves the activity "
        "as it was.",
    },
    "help.session": {
        "nl": "# De sessie\n\nLinks de agenda met geplande en gebruikte minuten, rechts de "
        "timer van de huidige activiteit. **Enter** opent de kaarten van de activiteit (met "
        "de timer erbij), **spatie** start of pauzeert de timer, **+** geeft een minuut "
        "extra, **v** gaat naar de volgende activiteit, **a** noteert een actiepunt, **p** "
        "toont alle actiepunten om te wijzigen, af te vinken of weg te halen, **x** "
        "sluit de sessie af. Is de tijd om, dan kleurt de timer en telt hij de extra tijd. "
        "Elke wijziging staat meteen op de schijf.",
        "en": "# The session\n\nOn the left the agenda with planned and used minutes, on "
        "the right the current activity's timer. **Enter** opens the activity's cards (with "
        "the timer), **space** starts or pauses the timer, **+** adds a minute, **v** moves "
        "to the next activity, **a** writes down an action point, **p** lists the action "
        "points to change, tick off or remove, **x** closes the session. "
        "When time is up the timer changes colour and counts the extra time. Every change "
        "is on disk at once.",
    },
    "help.action_point": {
        "nl": "# Actiepunt\n\nKies de deelnemer, typ wat hij of zij gaat doen, en eventueel "
        "een datum en de kaartenset. Het actiepunt komt de volgende sessie terug.",
        "en": "# Action point\n\nChoose the participant, type what they will do, and "
        "optionally a date and the card set. It comes back in the next session.",
    },
    "help.note": {
        "nl": "# Notitie\n\nEen notitie hoort bij deze kaart en wordt met de tijd bewaard. "
        "Notities tellen op en staan bij de kaart als hij terugkomt.",
        "en": "# Note\n\nA note belongs to this card and is saved with the time. Notes add "
        "up and show with the card when it comes back.",
    },
    "help.review": {
        "nl": "# Actiepunten van vorige keer\n\nPer open actiepunt: **k** klaar, **d** "
        "doorschuiven (het komt de volgende keer terug), **v** vervallen. **Esc** gaat verder.",
        "en": "# Action points from last time\n\nPer open action point: **k** done, **d** "
        "carry over (it comes back next time), **v** drop. **Esc** continues.",
    },
    "help.summary": {
        "nl": "# Verslag\n\nDe hele sessie. **e** bewaart het verslag en per deelnemer een "
        "bestand met alleen diens actiepunten, om uit te delen. Is het bestand van de sessie "
        "beschadigd, dan houdt **h** het leesbare deel en ga je daarmee verder; het hele oude "
        "bestand blijft ernaast bewaard.",
        "en": "# Summary\n\nThe whole session. **e** saves the summary and per participant "
        "a file with only their action points, to hand out. If the session's file is "
        "damaged, **h** keeps the readable part and continues with it; the whole old file "
        "is kept next to it.",
    },
    "help.sessions": {
        "nl": "# Sessies\n\nAlle bewaarde sessies, de nieuwste bovenaan. **Enter** gaat "
        "verder met een sessie die niet is afgesloten, of toont het verslag.",
        "en": "# Sessions\n\nAll saved sessions, newest first. **Enter** continues a "
        "session that was not closed, or shows its summary.",
    },
    # -- zelf aan de slag ------------------------------------------------------------
    "key.own_work": {"nl": "Zelf aan de slag", "en": "On your own"},
    "cmd.own_work": {
        "nl": "Zelf: Zelf aan de slag (logboek en oudergesprek voorbereiden)",
        "en": "Own: On your own (logbook and preparing a parent conversation)",
    },
    "key.next_page": {"nl": "Volgende", "en": "Next"},
    "cmd.next_page": {"nl": "Logboek: Volgende pagina", "en": "Logbook: Next page"},
    "key.previous_page": {"nl": "Vorige", "en": "Previous"},
    "cmd.previous_page": {"nl": "Logboek: Vorige pagina", "en": "Logbook: Previous page"},
    "key.write": {"nl": "Schrijven", "en": "Write"},
    "cmd.write": {
        "nl": "Logboek: Antwoord of reflectie schrijven",
        "en": "Logbook: Write an answer or reflection",
    },
    "key.own_action_point": {"nl": "Actiepunt", "en": "Action point"},
    "cmd.own_action_point": {
        "nl": "Logboek: Eigen actiepunt noteren",
        "en": "Logbook: Write down an action point of your own",
    },
    "key.own_action_points": {"nl": "Actiepunten", "en": "Action points"},
    "cmd.own_action_points": {
        "nl": "Logboek: Eigen actiepunten bekijken en wijzigen",
        "en": "Logbook: View and change your own action points",
    },
    "key.new_action": {"nl": "Nieuw", "en": "New"},
    "cmd.new_action": {"nl": "Actiepunt: Nieuw actiepunt", "en": "Action point: New one"},
    "key.new_form": {"nl": "Nieuw formulier", "en": "New form"},
    "cmd.new_form": {
        "nl": "Oudergesprek: Nieuw voorbereidingsformulier",
        "en": "Parent conversation: New preparation form",
    },
    "key.export_logbook": {"nl": "Exporteren", "en": "Export"},
    "cmd.export_logbook": {
        "nl": "Logboek: Hele logboek als Markdown-bestand",
        "en": "Logbook: The whole logbook as a Markdown file",
    },
    "key.export_form": {"nl": "Exporteren", "en": "Export"},
    "cmd.export_form": {
        "nl": "Oudergesprek: Dit formulier als Markdown-bestand",
        "en": "Parent conversation: This form as a Markdown file",
    },
    "key.delete_logbook": {"nl": "Logboek wissen", "en": "Delete logbook"},
    "cmd.delete_logbook": {
        "nl": "Logboek: Hele logboek wissen (vraagt eerst)",
        "en": "Logbook: Delete the whole logbook (asks first)",
    },
    "key.delete_form": {"nl": "Wissen", "en": "Delete"},
    "cmd.delete_form": {
        "nl": "Oudergesprek: Dit formulier wissen (vraagt eerst)",
        "en": "Parent conversation: Delete this form (asks first)",
    },
    "key.repair_own": {"nl": "Herstellen", "en": "Repair"},
    "cmd.repair_own": {
        "nl": "Logboek: Het leesbare deel houden en verdergaan",
        "en": "Logbook: Keep the readable part and continue",
    },
    "key.tick": {"nl": "Afvinken", "en": "Tick"},
    "cmd.tick": {"nl": "Lijst: Aanvinken of uitvinken", "en": "List: Tick or untick"},
    "key.next_tab": {"nl": "Volgende tab", "en": "Next tab"},
    "cmd.next_tab": {
        "nl": "Oudergesprek: Formulier, checklist, vaardigheden",
        "en": "Parent conversation: Form, checklist, skills",
    },
    "solo.title": {"nl": "Zelf aan de slag", "en": "On your own"},
    "solo.no_data_folder": {
        "nl": "Er is geen map om je logboek te bewaren. Start kaarten met --data-dir MAP.",
        "en": "There is no folder to keep your logbook in. Start kaarten with --data-dir FOLDER.",
    },
    "solo.tab_sets": {"nl": "Kaartensets", "en": "Card sets"},
    "solo.tab_forms": {
        "nl": "Oudergesprek voorbereiden ({n})",
        "en": "Prepare a parent conversation ({n})",
    },
    "solo.set_progress": {
        "nl": "{bar} {read}/{total} gelezen · {answered} beantwoord",
        "en": "{bar} {read}/{total} read · {answered} answered",
    },
    "solo.no_sets": {"nl": "Er zijn geen kaartensets geladen.", "en": "No card sets are loaded."},
    "solo.status": {
        "nl": "Eigen actiepunten: {open} open, {done} klaar (a). Alles staat alleen op deze "
        "computer, in {folder}.",
        "en": "Own action points: {open} open, {done} done (a). Everything stays on this "
        "computer, in {folder}.",
    },
    "solo.no_forms": {
        "nl": "Nog geen formulieren. Druk n voor een nieuw voorbereidingsformulier.",
        "en": "No forms yet. Press n for a new preparation form.",
    },
    "solo.form_line": {
        "nl": "checklist {done}/{steps} · {skills} vaardigheden gekozen · gewijzigd {changed}",
        "en": "checklist {done}/{steps} · {skills} skills chosen · changed {changed}",
    },
    "solo.form_damaged": {
        "nl": "  ⚠ beschadigd: alleen lezen (h herstelt)",
        "en": "  ⚠ damaged: read-only (h repairs)",
    },
    "solo.form_unreadable": {"nl": "⚠ {why}", "en": "⚠ {why}"},
    "solo.form.untitled": {"nl": "Formulier van {date} (nog leeg)", "en": "Form of {date} (empty)"},
    "solo.form.title": {"nl": "Voorbereidingsformulier", "en": "Preparation form"},
    "solo.form_deck_missing": {
        "nl": "Dit formulier hoort bij deck ‘{deck}’, dat nu niet geladen is. Start kaarten "
        "met dat deck om het te openen; exporteren kan wel (e).",
        "en": "This form belongs to deck ‘{deck}’, which is not loaded. Start kaarten with "
        "that deck to open it; exporting works (e).",
    },
    "solo.no_form_in_decks": {
        "nl": "Geen van de geladen decks heeft een voorbereidingsformulier (een bijlage met "
        "vorm: formulier).",
        "en": "None of the loaded decks has a preparation form (an appendix with vorm: formulier).",
    },
    "solo.which_form": {"nl": "Welk formulier?", "en": "Which form?"},
    "solo.cannot_save": {
        "nl": "Kan niet bewaren in {folder} ({reason}). Controleer of de map bestaat en "
        "schrijfbaar is, of kies een andere met --data-dir.",
        "en": "Cannot save in {folder} ({reason}). Check that the folder exists and is "
        "writable, or choose another with --data-dir.",
    },
    "solo.not_writable": {
        "nl": "Je logboek kan niet worden bewaard in {folder}: de map is niet schrijfbaar. "
        "Wat je typt blijft in beeld en kaarten probeert het elke seconde opnieuw; los het "
        "op of kopieer je tekst voordat je afsluit.",
        "en": "Your logbook cannot be saved in {folder}: the folder is not writable. What you "
        "type stays on screen and kaarten tries again every second; fix it or copy your "
        "text before you quit.",
    },
    "solo.read_only_note": {
        "nl": "Alleen lezen: wat hier staat kun je niet wijzigen.",
        "en": "Read-only: you cannot change what is here.",
    },
    "solo.log.locked": {
        "nl": "dit bestand is al open in een andere kaarten; sluit die eerst",
        "en": "this file is open in another kaarten; close that one first",
    },
    "solo.log.damaged": {
        "nl": "deze regel is beschadigd; alles ervoor is gelezen en het bestand wordt niet "
        "gewijzigd. Druk in Zelf aan de slag op h om het leesbare deel te houden (het "
        "origineel blijft bewaard als .corrupt-…)",
        "en": "this line is damaged; everything before it was read and the file is left "
        "unchanged. Press h in On your own to keep the readable part (the original is kept "
        "as .corrupt-…)",
    },
    "solo.log.no_header": {
        "nl": "geen bestand van Zelf aan de slag: de eerste regel is geen kop",
        "en": "not an On your own file: the first line is no header",
    },
    "solo.log.second_header": {
        "nl": "een tweede kop midden in het bestand",
        "en": "a second header in the middle of the file",
    },
    "solo.log.empty": {"nl": "leeg bestand", "en": "empty file"},
    "solo.exported": {"nl": "Bewaard als {path}", "en": "Saved as {path}"},
    "solo.delete_yes": {"nl": "Wissen", "en": "Delete"},
    "solo.delete_no": {"nl": "Niet wissen", "en": "Do not delete"},
    "solo.delete_logbook_question": {
        "nl": "Je hele logboek wissen? {answers} antwoord(en) en {points} actiepunt(en) "
        "verdwijnen van de schijf ({path}). Je voorbereidingsformulieren blijven; die wis je "
        "per formulier. Exports die je maakte, blijven ook staan (in {exports}). Dit kan niet "
        "ongedaan worden.",
        "en": "Delete your whole logbook? {answers} answer(s) and {points} action point(s) "
        "are removed from disk ({path}). Your preparation forms stay; delete those one by "
        "one. Exports you made stay too (in {exports}). This cannot be undone.",
    },
    "solo.delete_form_question": {
        "nl": "Formulier ‘{title}’ wissen, met checklist en vaardigheden? Het bestand "
        "verdwijnt van de schijf ({path}). Exports die je maakte, blijven staan (in "
        "{exports}). Dit kan niet ongedaan worden.",
        "en": "Delete form ‘{title}’, with its checklist and skills? The file is removed "
        "from disk ({path}). Exports you made stay (in {exports}). This cannot be undone.",
    },
    "solo.logbook_deleted": {"nl": "Je logboek is gewist.", "en": "Your logbook is deleted."},
    "solo.form_deleted": {"nl": "Het formulier is gewist.", "en": "The form is deleted."},
    "solo.delete_failed": {
        "nl": "Kon niet wissen: {paths}. Controleer de rechten van de map.",
        "en": "Could not delete: {paths}. Check the folder's permissions.",
    },
    "solo.repaired": {
        "nl": "Hersteld. Het hele oude bestand staat ernaast: {copy}",
        "en": "Repaired. The whole old file is kept next to it: {copy}",
    },
    "solo.points_title": {"nl": "Mijn actiepunten", "en": "My action points"},
    "points.own_item": {"nl": "[{mark}] {text}{extra}", "en": "[{mark}] {text}{extra}"},
    "solo.action_saved": {"nl": "Actiepunt bewaard.", "en": "Action point saved."},
    "solo.where": {"nl": "{title} · {n} van {total}", "en": "{title} · {n} of {total}"},
    "solo.page.goal": {"nl": "Doel", "en": "Goal"},
    "solo.page.background": {"nl": "Achtergrond", "en": "Background"},
    "solo.page.definition": {"nl": "Definitie: {title}", "en": "Definition: {title}"},
    "solo.page.card": {"nl": "Kaart {n} ({kind})", "en": "Card {n} ({kind})"},
    "save.pending": {"nl": "• nog niet bewaard", "en": "• not saved yet"},
    "save.saved": {"nl": "✓ bewaard om {time}", "en": "✓ saved at {time}"},
    "solo.answer_label": {
        "nl": "Jouw antwoord of reflectie (Enter om te schrijven, Esc als je klaar bent)",
        "en": "Your answer or reflection (Enter to write, Esc when done)",
    },
    "solo.answer_placeholder": {
        "nl": "Schrijf hier; het wordt vanzelf bewaard.",
        "en": "Write here; it is saved as you type.",
    },
    "solo.answer_read_only": {"nl": "Alleen lezen.", "en": "Read-only."},
    "solo.first_page": {"nl": "Dit is de eerste pagina.", "en": "This is the first page."},
    "solo.last_page": {
        "nl": "Dit was de laatste pagina van deze kaartenset. Esc gaat terug.",
        "en": "That was the last page of this card set. Esc goes back.",
    },
    "solo.too_long": {
        "nl": "Dit is langer dan 20.000 tekens; alleen het begin is bewaard. Zet de rest in "
        "een ander veld of een apart bestand.",
        "en": "This is longer than 20,000 characters; only the start is saved. Put the rest "
        "in another field or a separate file.",
    },
    "solo.tab_form": {"nl": "Formulier", "en": "Form"},
    "solo.tab_checklist": {"nl": "Checklist {done}/{total}", "en": "Checklist {done}/{total}"},
    "solo.tab_skills": {"nl": "Vaardigheden ({n})", "en": "Skills ({n})"},
    "solo.checklist_total": {
        "nl": "{done} van {total} afgevinkt. Spatie of Enter vinkt aan of uit.",
        "en": "{done} of {total} ticked. Space or Enter ticks or unticks.",
    },
    "solo.group_progress": {"nl": "{title} · {done}/{total}", "en": "{title} · {done}/{total}"},
    "solo.skills_total": {
        "nl": "Kies de vaardigheden die je in dit gesprek gaat gebruiken ({n} gekozen).",
        "en": "Choose the skills you will use in this conversation ({n} chosen).",
    },
    "solo.placeholder.regel": {"nl": "", "en": ""},
    "solo.placeholder.datum": {"nl": "bijv. 12-3 of 2027-03-12", "en": "e.g. 12-3 or 2027-03-12"},
    "solo.placeholder.tijd": {"nl": "bijv. 15:30", "en": "e.g. 15:30"},
    "solo.hint.datum": {
        "nl": "Geen datum die kaarten herkent (bewaard zoals getypt). Typ bijv. 12-3 of "
        "2027-03-12.",
        "en": "Not a date kaarten recognises (kept as typed). Type e.g. 12-3 or 2027-03-12.",
    },
    "solo.hint.tijd": {
        "nl": "Geen tijd die kaarten herkent (bewaard zoals getypt). Typ bijv. 15:30.",
        "en": "Not a time kaarten recognises (kept as typed). Type e.g. 15:30.",
    },
    "solo.export.title": {"nl": "Mijn logboek", "en": "My logbook"},
    "solo.export.header": {
        "nl": "Zelf aan de slag met de kaartenset Ouderbetrokkenheid. Geëxporteerd op {date}.",
        "en": "On your own with the card set Ouderbetrokkenheid. Exported on {date}.",
    },
    "solo.export.answers": {"nl": "Antwoorden en reflecties", "en": "Answers and reflections"},
    "solo.export.form_header": {
        "nl": "Gemaakt op {made}, laatst gewijzigd {changed}.",
        "en": "Made on {made}, last changed {changed}.",
    },
    "solo.export.deck_missing": {
        "nl": "_Het deck ‘{deck}’ is niet geladen: de velden staan hieronder met hun code._",
        "en": "_Deck ‘{deck}’ is not loaded: the fields are listed below by their code._",
    },
    "solo.export.skills": {
        "nl": "{title}: wat ik ga gebruiken",
        "en": "{title}: what I will use",
    },
    "help.own_work": {
        "nl": "# Zelf aan de slag\n\nVoor jezelf, tussen de bijeenkomsten door.\n\n"
        "- **Kaartensets**: per kaartenset zie je hoeveel pagina's je las en beantwoordde. "
        "**Enter** opent de kaartenset: het doel, de kaarten één voor één, de achtergrond en "
        "de definities, met onder elke pagina ruimte voor je antwoord of reflectie.\n"
        "- **Oudergesprek voorbereiden**: **n** maakt een nieuw voorbereidingsformulier, "
        "met de checklist en de gespreksvaardigheden erbij. Maak er één per gesprek.\n"
        "- **→**/**←** of **t** wisselt tussen de twee tabs.\n"
        "- **a** toont je eigen actiepunten.\n"
        "- **e** bewaart het hele logboek (op de tab Kaartensets) of het gekozen formulier "
        "als Markdown-bestand, om te printen of te mailen.\n"
        "- **w** wist het logboek of het gekozen formulier, na een vraag. Gewist is echt "
        "weg van de schijf.\n\n"
        "Alles wordt bewaard terwijl je typt, alleen op deze computer.",
        "en": "# On your own\n\nFor yourself, between meetings.\n\n"
        "- **Card sets**: per card set you see how many pages you read and answered. "
        "**Enter** opens the card set: the goal, the cards one by one, the background and "
        "the definitions, with room under each page for your answer or reflection.\n"
        "- **Prepare a parent conversation**: **n** makes a new preparation form, with the "
        "checklist and the conversation skills. Make one per conversation.\n"
        "- **→**/**←** or **t** switches between the two tabs.\n"
        "- **a** shows your own action points.\n"
        "- **e** saves the whole logbook (on the Card sets tab) or the chosen form as a "
        "Markdown file, to print or mail.\n"
        "- **w** deletes the logbook or the chosen form, after a question. Deleted is gone "
        "from disk.\n\n"
        "Everything is saved as you type, on this computer only.",
    },
    "help.walk": {
        "nl": "# Een kaartenset doorwerken\n\n**→** en **←** bladeren door het doel, de "
        "kaarten, de achtergrond en de definities. **Enter** brengt je in het antwoordveld "
        "(of begin gewoon te typen: elke letter die hier geen toets is, begint je antwoord); "
        "**Esc** brengt je er weer uit. Je antwoord wordt elke paar seconden bewaard, en "
        "als je het veld verlaat of verder bladert. **a** noteert een eigen actiepunt.",
        "en": "# Working through a card set\n\n**→** and **←** page through the goal, the "
        "cards, the background and the definitions. **Enter** takes you into the answer "
        "field (or just start typing: any letter that is no key here starts your answer); "
        "**Esc** takes you out. Your answer is saved every few seconds, and when you "
        "leave the field or turn the page. **a** writes down an action point of your own.",
    },
    "help.prep_form": {
        "nl": "# Oudergesprek voorbereiden\n\nDrie tabs: het **formulier**, de **checklist** "
        "om af te vinken tijdens de voorbereiding en het gesprek, en de "
        "**vaardigheden** die je wilt gebruiken. **F4** of een klik wisselt van tab, **Tab** "
        "gaat naar het volgende veld, **spatie** vinkt aan. Alles wordt bewaard terwijl je "
        "typt. Exporteren en wissen doe je in de lijst (Esc).",
        "en": "# Preparing a parent conversation\n\nThree tabs: the **form**, the "
        "**checklist** to tick during preparation and the conversation, and the **skills** "
        "you want to use. **F4** or a click changes tabs, **Tab** goes to the next field, "
        "**space** ticks. Everything is saved as you type. Export and delete in the list "
        "(Esc).",
    },
    "help.own_action_points": {
        "nl": "# Mijn actiepunten\n\n**n** noteert een nieuw actiepunt, **Enter** wijzigt "
        "het gekozen punt, **k** zet het op klaar (of weer open), **w** haalt het weg na een "
        "vraag.",
        "en": "# My action points\n\n**n** adds a new action point, **Enter** changes the "
        "chosen one, **k** marks it done (or open again), **w** removes it after a question.",
    },
    # -- the data folder, checked at start --------------------------------------------------
    "data.refused": {
        "nl": "{path}: {reason}",
        "en": "{path}: {reason}",
    },
    "data.narrowed": {
        "nl": "Je eigen map was ook voor anderen open; alles is weer alleen voor jou "
        "(0700/0600). Aangepast: {n}",
        "en": "Your own folder was open to others; everything is yours only again "
        "(0700/0600). Changed: {n}",
    },
    # -- sessions: the log on disk -------------------------------------------------------
    "log.cut_off": {
        "nl": "de laatste wijziging kon niet worden hersteld (de regel is afgebroken, "
        "waarschijnlijk door een crash); alles ervoor is er nog. Een kopie van het hele "
        "bestand staat ernaast (.corrupt-…)",
        "en": "the last change could not be recovered (the line is cut off, probably by a "
        "crash); everything before it is there. A copy of the whole file is kept next to "
        "it (.corrupt-…)",
    },
    "log.cut_off_read": {
        "nl": "de laatste regel is afgebroken (waarschijnlijk door een crash); alles ervoor is "
        "gelezen. Ga er in kaarten mee verder om het te herstellen: dan wordt een kopie "
        "bewaard en de regel weggehaald",
        "en": "the last line is cut off (probably by a crash); everything before it was read. "
        "Continue with it in kaarten to mend it: a copy is kept and the line removed",
    },
    "log.damaged": {
        "nl": "deze regel is beschadigd; alles ervoor is gelezen en het bestand wordt niet "
        "gewijzigd. Druk in het verslag op h om het leesbare deel te houden (het origineel "
        "blijft bewaard als .corrupt-…)",
        "en": "this line is damaged; everything before it was read and the file is left "
        "unchanged. Press h in the summary to keep the readable part (the original is kept "
        "as .corrupt-…)",
    },
    "log.field": {
        "nl": "veld '{field}' ontbreekt of heeft een verkeerde waarde (regel van soort "
        "'{kind}'); het bestand is buiten kaarten gewijzigd of beschadigd",
        "en": "field '{field}' is missing or has a wrong value (a '{kind}' line); the file "
        "was changed outside kaarten or is damaged",
    },
    "log.unknown_kind": {
        "nl": "onbekende soort regel '{kind}'",
        "en": "unknown kind of line '{kind}'",
    },
    "log.unknown_action": {
        "nl": "wijziging van een actiepunt dat er niet is ('{id}')",
        "en": "change to an action point that does not exist ('{id}')",
    },
    "log.unknown_id": {
        "nl": "verwijst naar een activiteit of deelnemer die deze sessie niet heeft ('{id}'); "
        "het bestand is buiten kaarten gewijzigd",
        "en": "refers to an activity or participant this session does not have ('{id}'); the "
        "file was changed outside kaarten",
    },
    "log.newer": {
        "nl": "gemaakt met een nieuwere versie van kaarten (formaat {version}); je kunt "
        "hem lezen maar niet wijzigen. Maak een update van kaarten",
        "en": "made by a newer version of kaarten (format {version}); you can read it but "
        "not change it. Update kaarten",
    },
    "log.no_header": {
        "nl": "geen sessie van kaarten: de eerste regel is geen sessiekop",
        "en": "not a kaarten session: the first line is no session header",
    },
    "log.second_header": {
        "nl": "een tweede sessiekop midden in het bestand",
        "en": "a second session header in the middle of the file",
    },
    "log.empty": {"nl": "leeg bestand, geen sessie", "en": "empty file, no session"},
    "log.unreadable": {"nl": "kan het bestand niet lezen", "en": "cannot read the file"},
    "log.not_regular": {
        "nl": "geen gewoon bestand (een pipe, apparaat of link): kaarten leest het niet; "
        "verwijder het uit deze map",
        "en": "not a regular file (a pipe, a device or a link): kaarten does not read it; "
        "remove it from this folder",
    },
    "log.too_large": {
        "nl": "bestand te groot (meer dan {limit} MB): geen bestand van kaarten; verwijder het "
        "uit deze map",
        "en": "file too large (over {limit} MB): not a kaarten file; remove it from this folder",
    },
    "log.locked": {
        "nl": "deze sessie is al open in een andere kaarten: hier alleen lezen",
        "en": "this session is open in another kaarten: read-only here",
    },
    "log.not_writable": {
        "nl": "kan niet in dit bestand schrijven: alleen lezen",
        "en": "cannot write to this file: read-only",
    },
    "log.read_only": {"nl": "alleen lezen", "en": "read-only"},
    "log.not_for_writing": {"nl": "geopend om te lezen", "en": "opened for reading"},
    "log.problem": {"nl": "{path}:{line}: {message}", "en": "{path}:{line}: {message}"},
    "session.name_empty": {
        "nl": "Naam is leeg: typ een naam met letters of cijfers",
        "en": "Name is empty: type a name with letters or digits",
    },
    "session.name_too_long": {
        "nl": "Naam is te lang: hooguit 200 tekens",
        "en": "Name is too long: at most 200 characters",
    },
    "session.folder_mode_fixed": {
        "nl": "de map met sessies was ook voor anderen te openen; nu alleen voor jou (0700)",
        "en": "the sessions folder could be opened by others; now only by you (0700)",
    },
    "session.file_mode_fixed": {
        "nl": "sessiebestanden waren ook voor anderen leesbaar; nu alleen voor jou (0600)",
        "en": "session files were readable by others; now only by you (0600)",
    },
    # -- sessions: export ----------------------------------------------------------------
    "export.header": {
        "nl": "Datum: {date} · Deelnemers: {names}",
        "en": "Date: {date} · Participants: {names}",
    },
    "export.agenda": {"nl": "Agenda", "en": "Agenda"},
    "export.activity": {"nl": "Activiteit", "en": "Activity"},
    "export.planned": {"nl": "Gepland", "en": "Planned"},
    "export.actual": {"nl": "Werkelijk", "en": "Actual"},
    "export.minutes": {"nl": "{n} min", "en": "{n} min"},
    "export.cards": {"nl": "Besproken kaarten", "en": "Cards discussed"},
    "export.notes": {"nl": "Notities", "en": "Notes"},
    "export.later": {"nl": "Voor een volgende keer", "en": "For next time"},
    "export.actions": {"nl": "Actiepunten", "en": "Action points"},
    "export.review": {
        "nl": "Eerdere actiepunten besproken",
        "en": "Earlier action points reviewed",
    },
    "export.decision.klaar": {"nl": "klaar", "en": "done"},
    "export.decision.doorgeschoven": {"nl": "doorgeschoven", "en": "carried over"},
    "export.decision.vervallen": {"nl": "vervallen", "en": "dropped"},
    "export.none": {"nl": "_geen_", "en": "_none_"},
    "export.due": {"nl": "voor {date}", "en": "by {date}"},
    "export.from_set": {"nl": "kaartenset {set}", "en": "card set {set}"},
    "export.handout_title": {"nl": "Actiepunten van {name}", "en": "Action points of {name}"},
    "export.handout_header": {"nl": "{title}, {date}", "en": "{title}, {date}"},
    "export.csv.session": {"nl": "sessie", "en": "session"},
    "export.csv.date": {"nl": "datum", "en": "date"},
    "export.csv.name": {"nl": "deelnemer", "en": "participant"},
    "export.csv.text": {"nl": "actiepunt", "en": "action point"},
    "export.csv.due": {"nl": "uiterlijk", "en": "due"},
    "export.csv.set": {"nl": "kaartenset", "en": "card set"},
    "export.csv.done": {"nl": "klaar", "en": "done"},
    "export.csv.yes": {"nl": "ja", "en": "yes"},
    "export.csv.no": {"nl": "nee", "en": "no"},
    # -- sessions: command line ----------------------------------------------------------
    "cli.sessions_help": {
        "nl": "toon de bewaarde sessies (datum, titel, deelnemers, open actiepunten)",
        "en": "list the saved sessions (date, title, participants, open action points)",
    },
    "cli.export_help": {
        "nl": "exporteer een sessie naar de standaarduitvoer",
        "en": "export a session to standard output",
    },
    "cli.session": {"nl": "SESSIE", "en": "SESSION"},
    "cli.session_help": {
        "nl": "het id van de sessie, of het begin ervan (zie kaarten sessies)",
        "en": "the session's id, or its start (see kaarten sessies)",
    },
    "cli.participant_help": {
        "nl": "alleen de actiepunten van deze deelnemer",
        "en": "only this participant's action points",
    },
    "cli.format_help": {
        "nl": "md (standaard), excel (actiepunten voor Excel), csv of json (voor scripts)",
        "en": "md (default), excel (action points for Excel), csv or json (for scripts)",
    },
    "cli.name": {"nl": "NAAM", "en": "NAME"},
    "cli.no_sessions": {
        "nl": "Nog geen sessies in {folder}.",
        "en": "No sessions yet in {folder}.",
    },
    "cli.session_closed": {"nl": "afgesloten", "en": "closed"},
    "cli.session_running": {"nl": "niet afgesloten", "en": "not closed"},
    "cli.no_such_session": {
        "nl": "Geen sessie '{text}' in {folder}. Zie kaarten sessies.",
        "en": "No session '{text}' in {folder}. See kaarten sessies.",
    },
    "cli.ambiguous_session": {
        "nl": "'{text}' past bij meer sessies: {ids}. Typ meer van het id.",
        "en": "'{text}' matches several sessions: {ids}. Type more of the id.",
    },
    "cli.ambiguous_participant": {
        "nl": "'{name}' past bij meer deelnemers: {names}. Typ meer van de naam.",
        "en": "'{name}' fits several participants: {names}. Type more of the name.",
    },
    "cli.column.session": {"nl": "sessie", "en": "session"},
    "cli.column.date": {"nl": "datum", "en": "date"},
    "cli.column.open": {"nl": "open", "en": "open"},
    "cli.column.title": {
        "nl": "titel (stand): deelnemers",
        "en": "title (state): participants",
    },
    "cli.no_such_participant": {
        "nl": "Geen deelnemer '{name}' in deze sessie; deelnemers: {names}.",
        "en": "No participant '{name}' in this session; participants: {names}.",
    },
    "cli.unreadable_session": {
        "nl": "{path}: {message}",
        "en": "{path}: {message}",
    },
}


def tr(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if not params:
        return template
    # Parameters are what files, paths and logs hold: cleaned here, where every message
    # is made, so no message can let an escape code through (docs/security.md).
    return template.format_map(_Params({k: _clean(v) for k, v in params.items()}))


def _clean(value: Any) -> Any:
    return clean(value) if isinstance(value, str) else value


def os_reason(error: OSError, lang: str = DEFAULT_LANGUAGE) -> str:
    """Why a file could not be used, for a message: our own reason for a file kaarten
    refused (:class:`kaarten.files.UnsafeFile`), else the system's."""
    reason = getattr(error, "reason", None)
    if isinstance(reason, str) and reason in MESSAGES:
        return tr(reason, lang)
    return error.strerror or ""


class _Params(dict[str, Any]):
    """Message parameters; one the caller did not give shows as '?' instead of raising
    in the middle of telling the user something."""

    def __missing__(self, key: str) -> str:
        return "?"
