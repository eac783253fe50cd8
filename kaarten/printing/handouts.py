"""Session papers as PDF: the summary, each participant's own handout, and a filled-in
voorbereidingsformulier. They are the Markdown kaarten already writes for these
(:mod:`kaarten.session.export`, :mod:`kaarten.own.export`) set on paper, so a PDF never
says more or less than the Markdown export."""

from __future__ import annotations

from pathlib import Path

from kaarten.journal.records import Participant
from kaarten.locations import private_folder
from kaarten.own.export import Appendices, form_markdown, form_title
from kaarten.own.prep import PrepForm
from kaarten.printing.document import Document
from kaarten.printing.markdown import render
from kaarten.session.export import CardText, handout_name, markdown, participant_markdown
from kaarten.session.model import Session


def _document(title: str, text: str, lang: str) -> Document:
    doc = Document(title, lang)
    doc.add_page()
    render(doc, text, shift=0)
    return doc


def session_pdf(session: Session, lang: str, card_text: CardText | None = None) -> Document:
    """The whole session, as the summary screen shows it."""
    return _document(session.title, markdown(session, lang, card_text), lang)


def handout_pdf(session: Session, person: Participant, lang: str) -> Document:
    """Only ``person``'s own action points: what they take home."""
    return _document(person.name, participant_markdown(session, person, lang), lang)


def form_pdf(form: PrepForm, find: Appendices, lang: str) -> Document:
    """A filled-in voorbereidingsformulier with its checklist and chosen vaardigheden."""
    title = form_title(form, find(form.deck, form.form), lang)
    return _document(title, form_markdown(form, find, lang), lang)


def session_files(
    session: Session, folder: Path, lang: str, card_text: CardText | None = None
) -> list[Path]:
    """Write ``sessie.pdf`` and one ``actiepunten-<n>-<name>.pdf`` per participant into
    ``folder`` (the session's export folder, made private); returns the files.

    Raises:
        OSError: a file could not be written (those before it stay, each whole).
    """
    private_folder(folder, within=folder.parent.parent)
    target = folder / "sessie.pdf"
    session_pdf(session, lang, card_text).save(target)
    files = [target]
    for person in session.participants:
        target = folder / handout_name(session, person, "pdf")
        handout_pdf(session, person, lang).save(target)
        files.append(target)
    return files
