"""A session on paper: the summary, each participant's own handout (to mail), and all the
handouts on shared sheets with cut lines (to print and hand out)."""

from __future__ import annotations

from pathlib import Path

from kaarten.i18n import tr
from kaarten.journal.records import Participant
from kaarten.locations import private_folder
from kaarten.printing.document import GREY, LIGHT, Document, scratch_page
from kaarten.printing.markdown import markdown_document, render
from kaarten.session.export import CardText, handout_name, markdown, participant_markdown
from kaarten.session.model import Session


def session_pdf(session: Session, lang: str, card_text: CardText | None = None) -> Document:
    """The whole session, as the summary screen shows it."""
    return markdown_document(session.title, markdown(session, lang, card_text), lang)


def handout_pdf(session: Session, person: Participant, lang: str) -> Document:
    """Only ``person``'s own action points: what they take home."""
    return markdown_document(person.name, participant_markdown(session, person, lang), lang)


HANDOUTS_NAME = "actiepunten-alle.pdf"
"""Every participant's handout on as few sheets as they fit, to cut apart."""
CUT_GAP = 6.0
"""Space in mm above and below the cut line between two handouts."""


def handouts_pdf(session: Session, lang: str) -> Document:
    """Every participant's handout one under the other, as many to a page as fit, with a
    dashed line to cut along between them: a handout of two action points took a whole
    A4 each. A handout is never split over two pages unless it is longer than a page."""
    doc = Document(tr("print.handouts_title", lang, title=session.title), lang)
    doc.add_page()
    for number, person in enumerate(session.participants):
        text = participant_markdown(session, person, lang)
        if number:
            if doc.get_y() + 2 * CUT_GAP + _height(text, lang) > doc.h - doc.b_margin:
                doc.add_page()
            else:
                _cut_line(doc)
        render(doc, text, shift=0)
    return doc


def _height(text: str, lang: str) -> float:
    """How tall ``text`` is set on a page, in mm (tried on a scratch page)."""
    trial = scratch_page()
    top = trial.get_y()
    first = trial.page
    render(trial, text, shift=0)
    return trial.get_y() - top if trial.page == first else trial.h


def _cut_line(doc: Document) -> None:
    """A dashed line across the page with scissors at its start."""
    doc.ln(CUT_GAP)
    y = doc.get_y()
    doc.style(9, grey=GREY)
    doc.set_xy(doc.l_margin - 6, y - 2.2)
    doc.cell(5, 4, doc.ready("✂"))
    doc.set_draw_color(LIGHT)
    doc.set_line_width(0.2)
    doc.set_dash_pattern(dash=2, gap=1.5)
    doc.line(doc.l_margin, y, doc.w - doc.r_margin, y)
    doc.set_dash_pattern()
    doc.set_draw_color(0)
    doc.style()
    doc.set_xy(doc.l_margin, y + CUT_GAP)


def session_files(
    session: Session, folder: Path, lang: str, card_text: CardText | None = None
) -> list[Path]:
    """Write ``sessie.pdf``, one ``actiepunten-<n>-<name>.pdf`` per participant (to mail)
    and ``actiepunten-alle.pdf`` (all of them to print and cut apart) into ``folder``
    (the session's export folder, made private); returns the files.

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
    if session.participants:
        target = folder / HANDOUTS_NAME
        handouts_pdf(session, lang).save(target)
        files.append(target)
    return files
