"""Command line: ``kaarten`` (the app) and its commands, named in Dutch as the app speaks.

Parses arguments and calls into the library; exit status 0 when all is well, 1 when decks
have errors, 2 for wrong usage. The names before the Dutch ones (``check``, ``print``,
``export``, ``controle``, ``--set``, ``--json``, ``--data-dir``, ``deelnemer NAAM
--export``) keep working for scripts, and are left out of the help.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kaarten import __version__
from kaarten.cli.exits import EXIT_OK, EXIT_USAGE
from kaarten.cli.parser import Parser
from kaarten.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from kaarten.i18n.dates import Age
from kaarten.session import EXPORT_FORMATS
from kaarten.text import CleanStream

if TYPE_CHECKING:
    from kaarten.ui.app import KaartenApp


OLD_COMMANDS = {
    "check": "nakijken",
    "print": "afdrukken",
    "export": "exporteren",
    "controle": "systeemcontrole",
}
"""Each earlier command name, and today's."""
OLD_ACTIONS = {"verwijder": "verwijderen"}
"""The same for ``kaarten sessies``."""
_OLD_PERSON_FLAGS = {"--export": "exporteren", "--verwijder": "verwijderen"}
"""``kaarten deelnemer NAAM --export`` (or ``--verwijder``) is now ``kaarten deelnemer
exporteren NAAM`` (or ``verwijderen``)."""

CHECK_FORMATS = ("tekst", "json")
"""What ``kaarten nakijken --formaat`` writes: lines for people, or JSON for scripts."""
PARTS = ("kaarten", "handleiding", "bijlagen", "energizers")
"""What ``kaarten afdrukken --onderdeel`` takes (as :data:`kaarten.printing.deckbook.PARTS`,
which the parser does not import: fpdf2 loads only when something is printed)."""


def _language(argv: Sequence[str]) -> str:
    """The language asked for with ``--taal``, read before the parser is built so that the
    help text itself is in that language."""
    for index, arg in enumerate(argv):
        if arg.startswith("--taal="):
            value = arg.split("=", 1)[1]
        elif arg == "--taal" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        return value if value in LANGUAGES else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _add_common_options(
    parser: Parser, lang: str, language: object, decks: object, data: object
) -> None:
    """``--taal``, ``--decks`` and ``--datamap``, with the given defaults."""
    parser.add_argument(
        "--taal", choices=LANGUAGES, default=language, help=tr("cli.language_help", lang)
    )
    parser.add_argument(
        "--decks",
        metavar=tr("cli.path", lang),
        type=Path,
        action="append",
        default=decks,
        help=tr("cli.decks_help", lang),
    )
    parser.add_argument(
        "--datamap",
        dest="data_dir",
        metavar=tr("cli.folder", lang),
        type=Path,
        default=data,
        help=tr("cli.data_dir_help", lang),
    )
    parser.add_argument("--data-dir", type=Path, default=data, help=argparse.SUPPRESS)


def _old_names(parsers: argparse._SubParsersAction, old: dict[str, str]) -> None:  # type: ignore[type-arg]
    """Let each old name reach today's parser, without showing it in the help (argparse's
    ``aliases`` would list it beside the new name)."""
    for old_name, name in old.items():
        parsers._name_parser_map[old_name] = parsers._name_parser_map[name]


def _old_person_form(argv: list[str]) -> list[str]:
    """``deelnemer NAAM --export`` (and ``--verwijder``) as ``deelnemer exporteren NAAM``."""
    if "deelnemer" not in argv:
        return argv
    at = argv.index("deelnemer") + 1
    for flag, action in _OLD_PERSON_FLAGS.items():
        if flag in argv[at:]:
            rest = argv[at:]
            rest.remove(flag)
            return [*argv[:at], action, *rest]
    return argv


def age(text: str) -> Age:
    """``12m`` (calendar months) or ``90d`` (days), as ``--ouder-dan`` takes it (argparse
    names the option's type after this function in its messages)."""
    return Age.parse(text)


def build_parser(lang: str) -> Parser:
    """The argument parser, with help texts (and argparse's own words) in ``lang``."""
    parser = Parser(prog="kaarten", description=tr("cli.description", lang), lang=lang)
    parser.add_argument(
        "--versie",
        action="version",
        version=f"kaarten {__version__}",
        help=tr("cli.version_help", lang),
    )
    parser.add_argument("--zaal", action="store_true", help=tr("cli.room_help", lang))
    parser.add_argument(
        "--nieuw-adres", action="store_true", help=tr("cli.room_new_address_help", lang)
    )
    parser.add_argument("--proef", action="store_true", help=tr("cli.room_trial_help", lang))
    _add_common_options(parser, lang, DEFAULT_LANGUAGE, [], None)
    # The same options after the command; SUPPRESS keeps them from resetting values
    # given before it (``kaarten --taal en check``).
    common = Parser(add_help=False, lang=lang)
    _add_common_options(common, lang, argparse.SUPPRESS, argparse.SUPPRESS, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar=tr("cli.command", lang))

    def command(name: str, key: str, **options: Any) -> Parser:
        made: Parser = commands.add_parser(
            name, parents=[common], help=tr(key, lang), lang=lang, **options
        )
        parser.commands[name] = made
        return made

    check = command("nakijken", "cli.check_help", description=tr("cli.check_description", lang))
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar=tr("cli.path", lang),
        help=tr("cli.check_paths_help", lang),
    )
    check.add_argument(
        "--formaat", choices=CHECK_FORMATS, default="tekst", help=tr("cli.json_help", lang)
    )
    check.add_argument(
        "--json", dest="formaat", action="store_const", const="json", help=argparse.SUPPRESS
    )
    check.add_argument("--volg", action="store_true", help=tr("cli.follow_help", lang))
    sessions = command("sessies", "cli.sessions_help")
    actions = sessions.add_subparsers(dest="sessies_opdracht", metavar=tr("cli.command", lang))
    remove = actions.add_parser(
        "verwijderen", parents=[common], help=tr("cli.delete_help", lang), lang=lang
    )
    remove.add_argument(
        "sessie", metavar=tr("cli.session", lang), help=tr("cli.session_help", lang)
    )
    remove.add_argument("--ja", action="store_true", help=tr("cli.yes_help", lang))
    clear = actions.add_parser(
        "opruimen", parents=[common], help=tr("cli.clear_help", lang), lang=lang
    )
    clear.add_argument(
        "--ouder-dan",
        required=True,
        type=age,
        metavar=tr("cli.age", lang),
        help=tr("cli.older_help", lang),
    )
    clear.add_argument("--ja", action="store_true", help=tr("cli.yes_help", lang))
    _old_names(actions, OLD_ACTIONS)
    export = command("exporteren", "cli.export_help")
    export.add_argument(
        "sessie", metavar=tr("cli.session", lang), help=tr("cli.session_help", lang)
    )
    export.add_argument(
        "--deelnemer", metavar=tr("cli.name", lang), help=tr("cli.participant_help", lang)
    )
    export.add_argument(
        "--formaat", choices=EXPORT_FORMATS, default="md", help=tr("cli.format_help", lang)
    )
    export.add_argument(
        "--uitvoer",
        type=Path,
        metavar=tr("cli.file", lang),
        help=tr("cli.export_output_help", lang),
    )
    printing = command("afdrukken", "cli.print_help", description=tr("cli.print_description", lang))
    printing.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar=tr("cli.path", lang),
        help=tr("cli.print_paths_help", lang),
    )
    for name, shown in (("--kaartenset", tr("cli.print_set_help", lang)), ("--set", None)):
        printing.add_argument(
            name,
            dest="sets",
            action="append",
            default=[],
            metavar="ID",
            help=shown or argparse.SUPPRESS,
        )
    printing.add_argument(
        "--onderdeel",
        dest="parts",
        action="append",
        choices=PARTS,
        help=tr("cli.print_part_help", lang),
    )
    printing.add_argument(
        "--zonder-achterkant", action="store_true", help=tr("cli.print_no_backs_help", lang)
    )
    printing.add_argument(
        "--uitvoer",
        required=True,
        type=Path,
        metavar=tr("cli.file", lang),
        help=tr("cli.print_output_help", lang),
    )
    person = command("deelnemer", "cli.person_help")
    about = person.add_subparsers(
        dest="deelnemer_opdracht", metavar=tr("cli.command", lang), required=True
    )
    for name, key in (
        ("exporteren", "cli.person_export_help"),
        ("verwijderen", "cli.person_remove_help"),
    ):
        one = about.add_parser(name, parents=[common], help=tr(key, lang), lang=lang)
        one.add_argument(
            "naam", metavar=tr("cli.name", lang), help=tr("cli.person_name_help", lang)
        )
        one.add_argument("--ja", action="store_true", help=tr("cli.yes_help", lang))
        parser.commands[f"deelnemer {name}"] = one
    command("systeemcontrole", "cli.checkup_help")
    new = command("nieuw", "cli.new_help", description=tr("cli.new_description", lang))
    new.add_argument(
        "map", type=Path, metavar=tr("cli.folder", lang), help=tr("cli.new_path_help", lang)
    )
    new.add_argument("--titel", metavar=tr("cli.title", lang), help=tr("cli.new_title_help", lang))
    new.add_argument("--van", metavar="DECK", help=tr("cli.new_from_help", lang))
    schema = command("schema", "cli.schema_help")
    schema.add_argument("--inhoud", action="store_true", help=tr("cli.schema_content_help", lang))
    schema.add_argument("--json", dest="inhoud", action="store_true", help=argparse.SUPPRESS)
    _old_names(commands, OLD_COMMANDS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run kaarten with ``argv`` (default: the process arguments); returns the exit status."""
    args_list = _old_person_form(list(sys.argv[1:] if argv is None else argv))
    lang = _language(args_list)
    parser = build_parser(lang)
    try:
        args, rest = parser.parse_known_args(args_list)
        args.command = OLD_COMMANDS.get(args.command, args.command)
        if rest:  # said by the command they were given to, with its usage
            (parser.commands.get(args.command) or parser).unrecognized(rest)
    except SystemExit as exit_:  # argparse exits 2 on bad usage and 0 after --help
        return int(exit_.code or 0)
    extra: list[Path] = list(args.decks)
    if args.command in ("nakijken", "afdrukken"):
        extra += args.paths
    missing = [p for p in extra if not p.exists()]
    if missing and args.command == "nakijken" and args.formaat == "json":
        from kaarten.cli.check import missing_paths_json  # a script reads JSON, even now

        with _stdout():
            missing_paths_json(missing, args.taal, sys.stdout)
        return EXIT_USAGE
    if missing:
        for path in missing:
            print(tr("cli.no_such_path", args.taal, path=path), file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        # Without --taal the app speaks the language chosen last time (its settings).
        chosen = any(a == "--taal" or a.startswith("--taal=") for a in args_list)
        return run_app(
            args.taal if chosen else None,
            extra,
            args.data_dir,
            args.zaal or args.proef,
            args.nieuw_adres,
            args.proef,
        )
    if args.command in ("sessies", "exporteren", "deelnemer"):
        return _sessions_command(args, extra)
    if args.command == "afdrukken":
        from kaarten.cli.printing import print_decks

        with _stdout():
            return print_decks(
                extra,
                args.sets,
                args.parts,
                not args.zonder_achterkant,
                args.uitvoer,
                args.data_dir,
                args.taal,
                sys.stdout,
                sys.stderr,
            )
    if args.command in ("nieuw", "schema"):
        from kaarten.cli import new_deck

        with _stdout():
            if args.command == "schema":
                return new_deck.print_schema(args.inhoud, sys.stdout)
            return new_deck.new_deck(
                args.map,
                args.titel,
                args.van,
                extra,
                args.data_dir,
                args.taal,
                sys.stdout,
                sys.stderr,
            )
    if args.command == "systeemcontrole":
        from kaarten.cli.checkup import run_checkup

        with _stdout():
            return run_checkup(args.data_dir, args.taal, sys.stdout)
    from kaarten.cli.check import check_decks, follow_decks

    with _stdout():
        run = follow_decks if args.volg else check_decks
        return run(extra, args.taal, args.formaat == "json", sys.stdout)


def _sessions_command(args: argparse.Namespace, extra: Sequence[Path]) -> int:
    from kaarten.cli import sessions as cli_sessions

    with _stdout():
        action = (
            OLD_ACTIONS.get(args.sessies_opdracht, args.sessies_opdracht)
            if args.command == "sessies"
            else None
        )
        if args.command == "deelnemer" and args.deelnemer_opdracht == "verwijderen":
            return cli_sessions.remove_person(
                args.naam, args.ja, args.data_dir, args.taal, sys.stdout, sys.stderr
            )
        if args.command == "deelnemer":
            return cli_sessions.export_person(
                args.naam, args.data_dir, extra, args.taal, sys.stdout, sys.stderr
            )
        if action == "opruimen":
            return cli_sessions.clear_sessions(
                args.ouder_dan, args.ja, args.data_dir, args.taal, sys.stdout, sys.stderr
            )
        if action == "verwijderen":
            return cli_sessions.delete_session(
                args.sessie, args.ja, args.data_dir, args.taal, sys.stdout, sys.stderr
            )
        if args.command == "sessies":
            return cli_sessions.list_sessions(args.data_dir, args.taal, sys.stdout, sys.stderr)
        return cli_sessions.export_session(
            args.sessie,
            args.deelnemer,
            args.formaat,
            args.data_dir,
            extra,
            args.taal,
            sys.stdout,
            sys.stderr,
            args.uitvoer,
        )
    return EXIT_OK  # only when the reader went away


@contextlib.contextmanager
def _stdout() -> Iterator[None]:
    """Write to standard output and error through :class:`~kaarten.text.CleanStream`, so
    nothing a file or a path holds reaches the terminal as an escape code; if the reader
    goes away (``kaarten nakijken | head``), stop quietly: no traceback, and none at exit."""
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(sys.stdout), CleanStream(sys.stderr)
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), real[0].fileno())
    finally:
        sys.stdout, sys.stderr = real


def run_app(
    language: str | None,
    extra: Sequence[Path],
    data: Path | None = None,
    room: bool = False,
    new_address: bool = False,
    trial: bool = False,
) -> int:
    """Start the Textual app (with the room view on, at a new address, showing its test
    page, if asked); its exit status is the process's."""
    app = build_app(language, extra, data)
    app.projector.room_at_start = room
    app.projector.new_address_first = new_address
    app.projector.trial_at_start = trial
    app.run()
    return app.return_code or 0


def build_app(language: str | None, extra: Sequence[Path], data: Path | None = None) -> KaartenApp:
    """The app as the ``kaarten`` command starts it (the start-up benchmark uses it too)."""
    # Start-up creates a few hundred thousand objects that live as long as the app
    # (Textual's classes, the decks, the first screen) and next to no garbage: collecting
    # while they are made costs ≈25 ms of the first frame. The collector is off until the
    # first frame is drawn (KaartenApp.on_ready turns it back on), and what was made by
    # then is frozen, so later collections do not walk it again.
    gc.disable()
    from kaarten.ui.app import make_app  # Textual is only imported when the app runs

    app = make_app(language, extra, data=data)
    app.collect_after_start = True
    return app
