"""``kaarten sessies`` and ``kaarten exporteren``: the saved sessions without the app."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kaarten import clock
from kaarten.cli.exits import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from kaarten.deck.library import load_library
from kaarten.files.check import check_data_folder
from kaarten.files.durable import replace_atomically
from kaarten.i18n import os_reason, tr
from kaarten.i18n.dates import Age
from kaarten.journal.log import LogProblem
from kaarten.journal.records import Participant
from kaarten.locations import (
    builtin_roots,
    cache_dir,
    data_dir,
    person_exports,
    private_folder,
    session_exports,
)
from kaarten.session import person
from kaarten.session.export import CardText, card_texts, export, handout_name
from kaarten.session.model import Session
from kaarten.session.service import Sessions
from kaarten.session.store import SessionStore, name_key


def _checked_store(data: Path | None, lang: str, err: TextIO) -> SessionStore:
    """The sessions in the data folder, after narrowing its modes (said on ``err``)."""
    folder = data_dir(data)
    for line in check_data_folder(folder).messages(lang):
        err.write(line + "\n")
    return SessionStore(folder)


_STATE = {
    (False, False): "cli.session_running",
    (False, True): "cli.session_closed",
    (True, False): "cli.session_copy",
    (True, True): "cli.session_copy",
}
"""The state word of a session: (a copy, closed) → message code."""


def list_sessions(data: Path | None, lang: str, out: TextIO, err: TextIO) -> int:
    """One line per session: id, date, open action points, title and participants."""
    store = _checked_store(data, lang, err)
    summaries = store.summaries()
    if not summaries:
        out.write(tr("cli.no_sessions", lang, folder=store.folder) + "\n")
        return EXIT_OK
    width = max(len(s.path.stem) for s in summaries)
    columns = ("cli.column.session", "cli.column.date", "cli.column.open", "cli.column.title")
    heading = [tr(c, lang) for c in columns]
    out.write(f"{heading[0]:<{width}}  {heading[1]:<10}  {heading[2]:>3}  {heading[3]}\n")
    for summary in summaries:
        name = summary.path.stem  # what kaarten sessies verwijderen and exporteren take
        if summary.problem and not summary.title:
            out.write(f"{name:<{width}}  {_message(summary.problem, lang)}\n")
            continue
        state = tr(_STATE[summary.copy, summary.closed], lang)
        out.write(
            f"{name:<{width}}  {summary.date}  {summary.open_actions:>3}  "
            f"{summary.title} ({state}): {', '.join(summary.participants)}\n"
        )
        if summary.problem:
            out.write(f"{'':<{width}}  {_message(summary.problem, lang)}\n")
    return EXIT_PROBLEM if any(s.problem for s in summaries) else EXIT_OK


def delete_session(
    text: str,
    yes: bool,
    data: Path | None,
    lang: str,
    out: TextIO,
    err: TextIO,
    ask: Callable[[str], str] | None = None,
) -> int:
    """Delete one session, its damaged copies and its exports, after a question (or with
    ``--ja``); without a terminal to ask and without ``--ja``, nothing is deleted."""
    store = _checked_store(data, lang, err)
    found = _one_session(store, text, lang, err)
    if found is None:
        return EXIT_USAGE
    opened = store.open(found, write=False)
    session = opened.session
    what = f"{session.title} ({session.date})" if session else found.stem
    question = tr("cli.delete_question", lang, session=what)
    refusal = tr("cli.delete_needs_yes", lang, session=what)
    if not _confirmed(yes, question, refusal, lang, out, err, ask):
        return EXIT_PROBLEM
    try:
        deleted = Sessions(store.data_dir).delete(found)
    except ValueError as refused:
        err.write(tr(str(refused), lang) + "\n")
        return EXIT_PROBLEM
    out.write(tr("cli.deleted", lang, session=what, n=deleted.files) + "\n")
    for path in deleted.failed:
        err.write(tr("cli.delete_failed", lang, path=path) + "\n")
    return EXIT_PROBLEM if deleted.failed else EXIT_OK


def clear_sessions(
    older: Age,
    yes: bool,
    data: Path | None,
    lang: str,
    out: TextIO,
    err: TextIO,
) -> int:
    """Delete the closed sessions older than ``older`` (with their copies and exports),
    after one question for all of them, or with ``--ja``."""
    store = _checked_store(data, lang, err)
    cutoff = older.before(clock.today())
    old = store.older_than(cutoff)
    if not old:
        out.write(tr("cli.clear_none", lang, date=cutoff.isoformat()) + "\n")
        return EXIT_OK
    for summary in old:
        out.write(f"{summary.path.stem}  {summary.date}  {summary.title}\n")
    question = tr("cli.clear_question", lang, n=len(old))
    refusal = tr("cli.clear_needs_yes", lang, n=len(old))
    if not _confirmed(yes, question, refusal, lang, out, err):
        return EXIT_PROBLEM
    sessions = Sessions(store.data_dir)
    failed = 0
    for summary in old:
        try:
            deleted = sessions.delete(summary.path)  # the file read, never the header's id
        except ValueError as refused:
            err.write(f"{summary.path.stem}: {tr(str(refused), lang)}\n")
            failed += 1
            continue
        for path in deleted.failed:
            err.write(tr("cli.delete_failed", lang, path=path) + "\n")
        failed += bool(deleted.failed)
    out.write(tr("cli.cleared", lang, n=len(old) - failed) + "\n")
    return EXIT_PROBLEM if failed else EXIT_OK


def export_person(
    name: str, data: Path | None, extra: Sequence[Path], lang: str, out: TextIO, err: TextIO
) -> int:
    """Write everything kept about one person, across all sessions, as Markdown and JSON
    in ``exports/deelnemers/`` (AVG: the answer to "what do you keep about me?")."""
    store = _checked_store(data, lang, err)
    entries = person.gather(store.sessions(), name)
    if not entries:
        err.write(tr("cli.person_none", lang, name=name, folder=store.folder) + "\n")
        return EXIT_PROBLEM
    library = load_library([*builtin_roots(), *extra], cache_dir(data)).library
    folder = person_exports(store.data_dir)
    base = person.export_name(name)
    texts = {
        folder / f"{base}.md": person.as_markdown(name, entries, lang, card_texts(library, lang)),
        folder / f"{base}.json": person.as_json(name, entries),
    }
    try:
        private_folder(folder, within=store.data_dir)
        for path, text in texts.items():
            replace_atomically(path, text.encode())
    except OSError as error:
        err.write(
            tr("cli.person_failed", lang, folder=folder, reason=os_reason(error, lang)) + "\n"
        )
        return EXIT_PROBLEM
    out.write(tr("cli.person_written", lang, n=len(entries), folder=folder) + "\n")
    for path in texts:
        out.write(f"{path}\n")
    return EXIT_OK


def remove_person(
    name: str, yes: bool, data: Path | None, lang: str, out: TextIO, err: TextIO
) -> int:
    """Take one person out of every session (AVG), after a question or with ``--ja``."""
    store = _checked_store(data, lang, err)
    entries = person.gather(store.sessions(), name)
    files = person.other_files(store, name)
    if not entries and not files:
        err.write(tr("cli.person_none", lang, name=name, folder=store.folder) + "\n")
        return EXIT_PROBLEM
    for entry in entries:
        out.write(f"{entry.session.id}  {entry.session.date}  {entry.session.title}\n")
    for path in files:
        out.write(f"{path}\n")
    question = tr("cli.person_question", lang, name=name, n=len(entries))
    refusal = tr("cli.person_needs_yes", lang, name=name)
    if not _confirmed(yes, question, refusal, lang, out, err):
        return EXIT_PROBLEM
    try:
        done = person.remove_person(store, name)
    except OSError as error:
        err.write(
            tr("cli.person_failed", lang, folder=store.folder, reason=os_reason(error, lang)) + "\n"
        )
        return EXIT_PROBLEM
    for path, problem in done.left:
        failure = done.removed.errors.get(path)
        reason = os_reason(failure, lang) if failure else ""
        err.write(f"{path}: {tr(problem, lang, reason=reason)}\n")
    out.write(tr("cli.person_removed", lang, name=name, n=len(done.logs)) + "\n")
    if done.removed.files:
        out.write(tr("cli.person_files_removed", lang, n=done.removed.files) + "\n")
    return EXIT_PROBLEM if done.left else EXIT_OK


def _confirmed(
    yes: bool,
    question: str,
    refusal: str,
    lang: str,
    out: TextIO,
    err: TextIO,
    ask: Callable[[str], str] | None = None,
) -> bool:
    """Whether to go on with a deletion: ``--ja``, or "j" to ``question`` in a terminal
    (no is the default). Without a terminal to ask and without ``--ja``: no, and
    ``refusal`` says why."""
    if yes:
        return True
    if not sys.stdin.isatty():
        err.write(refusal + "\n")
        return False
    if (ask or input)(question + " ").strip().lower() in ("j", "ja", "y", "yes"):
        return True
    out.write(tr("cli.delete_kept", lang) + "\n")
    return False


def _one_session(store: SessionStore, text: str, lang: str, err: TextIO) -> Path | None:
    """The one session ``text`` names, or None (said on ``err``)."""
    found = store.find(text)
    if not found:
        err.write(tr("cli.no_such_session", lang, text=text, folder=store.folder) + "\n")
        return None
    if len(found) > 1:
        ids = ", ".join(p.stem for p in found)
        err.write(tr("cli.ambiguous_session", lang, text=text, ids=ids) + "\n")
        return None
    return found[0]


def export_session(
    text: str,
    participant: str | None,
    form: str,
    data: Path | None,
    extra: Sequence[Path],
    lang: str,
    out: TextIO,
    err: TextIO,
    target: Path | None = None,
) -> int:
    """Write one session (or one participant's action points) to ``out``; a PDF goes to
    ``target``, or into the session's export folder."""
    store = _checked_store(data, lang, err)
    path = _one_session(store, text, lang, err)
    if path is None:
        return EXIT_USAGE
    found = [path]
    opened = store.open(found[0], write=False)
    if opened.session is None:
        problem = opened.problems[0] if opened.problems else LogProblem("log.unreadable")
        where = f"{found[0]}:{problem.line}" if problem.line else str(found[0])
        message = _message(problem, lang)
        err.write(tr("cli.unreadable_session", lang, path=where, message=message) + "\n")
        return EXIT_PROBLEM
    for problem in opened.problems:  # a readable part is exported, with the warning
        message = _message(problem, lang)
        err.write(tr("log.problem", lang, path=found[0], line=problem.line, message=message) + "\n")
    session = store.with_later_decisions(opened.session)  # each point as it stands now
    person = None
    if participant is not None:
        matches = find_participants(session.participants, participant)
        if len(matches) != 1:
            key = "cli.ambiguous_participant" if matches else "cli.no_such_participant"
            names = ", ".join(p.name for p in matches or session.participants)
            err.write(tr(key, lang, name=participant, names=names) + "\n")
            return EXIT_USAGE
        person = matches[0]
    library = load_library([*builtin_roots(), *extra], cache_dir(data)).library
    card_text = card_texts(library, lang)
    if form == "pdf":
        written = _export_pdf(
            session, path, person, target, store.data_dir, card_text, lang, out, err
        )
        return written or (EXIT_PROBLEM if opened.problems else EXIT_OK)
    out.write(export(session, form, lang, person, card_text))
    return EXIT_PROBLEM if opened.problems else EXIT_OK


def _export_pdf(
    session: Session,
    path: Path,
    person: Participant | None,
    target: Path | None,
    data: Path,
    card_text: CardText,
    lang: str,
    out: TextIO,
    err: TextIO,
) -> int:
    """The session (or one person's handout) as PDF, by default beside its Markdown
    export: ``sessie.pdf`` or ``actiepunten-<n>-<name>.pdf``."""
    from kaarten.cli.printing import write_pdf
    from kaarten.session.paper import handout_pdf, session_pdf

    doc = handout_pdf(session, person, lang) if person else session_pdf(session, lang, card_text)
    if target is None:
        folder = session_exports(data, path.stem)
        try:
            private_folder(folder, within=data)
        except OSError as error:
            reason = os_reason(error, lang)
            err.write(tr("print.not_written", lang, path=folder, reason=reason) + "\n")
            return EXIT_PROBLEM
        target = folder / (handout_name(session, person, "pdf") if person else "sessie.pdf")
    return write_pdf(doc, target, lang, out, err)


def find_participants(people: Sequence[Participant], typed: str) -> list[Participant]:
    """The participants ``typed`` names: the one whose whole name it is, else all whose
    name starts with it (case and accents as typed do not matter: "anna" finds "Anna 🌷")."""
    key = name_key(typed)
    exact = [p for p in people if name_key(p.name) == key]
    return exact or [p for p in people if key and name_key(p.name).startswith(key)]


def _message(problem: LogProblem, lang: str) -> str:
    return tr(problem.code, lang, **problem.params)
