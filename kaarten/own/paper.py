"""A filled-in voorbereidingsformulier on paper, with its checklist and chosen
vaardigheden: the Markdown of :mod:`kaarten.own.export`, set on a page."""

from __future__ import annotations

from kaarten.own.export import Appendices, form_markdown, form_title
from kaarten.own.prep import PrepForm
from kaarten.printing.document import Document
from kaarten.printing.markdown import markdown_document


def form_pdf(form: PrepForm, find: Appendices, lang: str) -> Document:
    """A filled-in voorbereidingsformulier with its checklist and chosen vaardigheden."""
    title = form_title(form, find(form.deck, form.form), lang)
    return markdown_document(title, form_markdown(form, find, lang), lang)
