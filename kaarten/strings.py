"""Every sentence kaarten shows a user, in Dutch and English: one place to read and fix.

Look a message up with :func:`tr`; parameters are filled in with ``str.format``. Dutch is
the default; a key missing in English falls back to Dutch rather than showing a code.
"""

from __future__ import annotations

from typing import Any

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
    "cli.command": {"nl": "opdracht", "en": "command"},
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
}


def tr(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` with ``params`` filled in."""
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return template.format(**params) if params else template
