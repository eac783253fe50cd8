"""The message key that names each kind of thing in a deck: written out, so a tool (and
tests/unit/test_messages.py) can see every key in use."""

from __future__ import annotations

from kaarten.deck.model import AppendixForm, CardKind, FieldInput
from kaarten.i18n import DEFAULT_LANGUAGE, tr

KIND = {
    CardKind.QUESTION: "card.kind.question",
    CardKind.ASSIGNMENT: "card.kind.assignment",
    CardKind.CUSTOM_QUESTION: "card.kind.custom_question",
    CardKind.ENERGIZER: "card.kind.energizer",
}
FORM = {
    AppendixForm.TEXT: "appendix.form.tekst",
    AppendixForm.TABLE: "appendix.form.tabel",
    AppendixForm.FORM: "appendix.form.formulier",
    AppendixForm.CHECKLIST: "appendix.form.checklist",
    AppendixForm.SKILLS: "appendix.form.vaardigheden",
}
INPUT = {
    FieldInput.LINE: "appendix.input.regel",
    FieldInput.TEXT: "appendix.input.tekst",
    FieldInput.DATE: "appendix.input.datum",
    FieldInput.TIME: "appendix.input.tijd",
    FieldInput.CHOICE: "appendix.input.keuze",
}
PLACEHOLDER = {
    FieldInput.LINE: "solo.placeholder.regel",
    FieldInput.DATE: "solo.placeholder.datum",
    FieldInput.TIME: "solo.placeholder.tijd",
}
"""The grey hint inside an empty field, for the inputs that have one."""
HINT = {FieldInput.DATE: "solo.hint.datum", FieldInput.TIME: "solo.hint.tijd"}
"""What to type, shown when a field holds something it cannot read."""


def kind_label(kind: CardKind, lang: str = DEFAULT_LANGUAGE) -> str:
    """The kind of card as the user reads it ("Gesprekskaart")."""
    return tr(KIND[kind], lang)
