"""Markdown on paper: the handleiding's texts from the deck, and the Markdown kaarten
writes itself (a session summary, a handout, a filled-in form), set on a
:class:`~kaarten.printing.document.Document`.

The text is parsed by markdown-it-py (CommonMark, tables; raw HTML off, so ``<b>`` in a
card is the text ``<b>``) and each token is drawn with fpdf2's own text calls: fpdf2's
HTML renderer refuses tags nested in a table cell, and a deck or a name must never stop a
print. Everything reaches the page as literal text through ``Document.ready``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace
from markdown_it import MarkdownIt
from markdown_it.token import Token

from kaarten.printing.document import LINE, Document

_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table")
INDENT = 6.0
"""How far a list or a quotation moves in, in mm."""
_WORD = re.compile(r"\w+")
MAX_INDENT = 5 * INDENT
"""Deeper lists and quotations stay at this indent, so their text stays on the page."""

_TICKS = {"[x] ": "☑ ", "[X] ": "☑ ", "[ ] ": "☐ "}
"""A task list item as kaarten writes one (``- [x] ...``), drawn as a tick box."""


@dataclass(slots=True)
class Run:
    """A piece of a paragraph in one style."""

    text: str
    bold: bool = False
    italic: bool = False


def runs(inline: Token) -> list[Run]:
    """The text of an inline token as styled runs; a link keeps its address after it."""
    found: list[Run] = []
    bold = italic = 0
    href: str | None = None
    start = 0
    for child in inline.children or []:
        kind = child.type
        if kind in ("text", "code_inline"):
            found.append(Run(child.content, bold > 0, italic > 0))
        elif kind == "softbreak":
            found.append(Run(" "))
        elif kind == "hardbreak":
            found.append(Run("\n"))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href, start = str(child.attrs.get("href", "")), len(found)
        elif kind == "link_close" and href is not None:
            shown = "".join(r.text for r in found[start:])
            if href and href != shown and not href.startswith("mailto:"):
                found.append(Run(f" ({href})"))
            href = None
        elif kind == "image":
            found.append(Run(child.content))
    return found


def parse(text: str) -> list[Token]:
    """The tokens of ``text``. markdown-it stops at 20 levels of nesting and drops the rest
    of the text without a word (50 ``>`` in a trainer's YAML); then the text is taken as
    it is, one paragraph per line, so nothing disappears from the page."""
    tokens = _PARSER.parse(text)
    kept = set(_WORD.findall(" ".join(f"{t.info} {t.content}" for t in tokens)))  # info: "1."
    if set(_WORD.findall(text)) <= kept:
        return tokens
    literal = "\n\n".join(_escaped(line) for line in text.splitlines() if line.strip())
    return _PARSER.parse(literal)


def _escaped(line: str) -> str:
    """One line as a paragraph of literal text (its Markdown characters escaped)."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]()#+-.!>|<~" else c for c in line.strip())


def plain(text: str) -> str:
    """Markdown as plain text, its blocks on lines of their own (for a card)."""
    lines: list[str] = []
    for token in parse(text):
        if token.type == "inline":
            lines.append("".join(r.text for r in runs(token)))
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.rstrip("\n"))
    return "\n".join(lines)


def opening_room(text: str, shift: int = 2) -> float:
    """The room in mm the heading ``text`` starts with takes (0 if it starts otherwise):
    a heading above it keeps that much more below it, so it never stands alone at the foot
    of a page ("Achtergrond", then "Kennisclips" on the next)."""
    return _heading_after(parse(text), -1, shift)


def _heading_after(tokens: list[Token], index: int, shift: int) -> float:
    """The room of the heading that follows the block ending at ``index``, or 0."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or following.type != "heading_open":
        return 0.0
    return Document.heading_room(int(following.tag[1]) + shift)


def render(doc: Document, text: str, size: float = 10, shift: int = 2) -> None:
    """Set Markdown ``text`` on ``doc`` from the current position, in body ``size``; its
    headings ``shift`` levels down (a deck's text sits under headings of the page)."""
    tokens = parse(text)
    position = {id(token): n for n, token in enumerate(tokens)}
    base = doc.l_margin
    indent = 0.0
    counters: list[int | None] = []  # per open list: the next number, or None for bullets
    prefix: str | None = None
    tokens_iter = iter(tokens)
    for token in tokens_iter:
        kind = token.type
        if kind == "heading_open":
            doc.set_left_margin(base)  # a heading after a list starts at the page's edge
            then = _heading_after(tokens, position[id(token)] + 2, shift)  # open, text, close
            doc.heading(_inline_text(next(tokens_iter)), int(token.tag[1]) + shift, then)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrs.get("start", 1)
            counters.append(int(start) if kind == "ordered_list_open" else None)
            indent += INDENT
        elif kind in ("bullet_list_close", "ordered_list_close"):
            counters.pop()
            indent -= INDENT
            if not counters:
                doc.ln(1)
        elif kind == "list_item_open":
            number = counters[-1] if counters else None
            prefix = "•" if number is None else f"{number}."
            if number is not None:
                counters[-1] = number + 1
        elif kind == "blockquote_open":
            indent += INDENT
        elif kind == "blockquote_close":
            indent -= INDENT
        elif kind == "inline":
            left = base + min(indent, MAX_INDENT)
            _paragraph(doc, runs(token), left, prefix, size, tight=bool(counters))
            prefix = None
        elif kind in ("fence", "code_block"):
            left = base + min(indent, MAX_INDENT)
            _paragraph(doc, [Run(token.content.rstrip("\n"))], left, None, size, False)
        elif kind == "hr":
            doc.ln(1)
            doc.set_draw_color(150)
            left = base + min(indent, MAX_INDENT)
            doc.line(left, doc.get_y(), doc.w - doc.r_margin, doc.get_y())
            doc.ln(3)
        elif kind == "table_open":
            doc.set_left_margin(base)
            table(doc, _table_rows(tokens_iter), size)
    doc.set_left_margin(base)


def _inline_text(token: Token) -> str:
    return "".join(r.text for r in runs(token))


def _paragraph(
    doc: Document, parts: list[Run], left: float, prefix: str | None, size: float, tight: bool
) -> None:
    """One paragraph at ``left``; a list item's marker hangs in the margin before it."""
    if parts and prefix is not None:
        for written, box in _TICKS.items():
            if parts[0].text.startswith(written):
                parts[0] = Run(box + parts[0].text[len(written) :], parts[0].bold, parts[0].italic)
                prefix = None if prefix == "•" else prefix
    height = LINE * size / 10
    doc.keep_room(height)
    doc.set_left_margin(left)
    if prefix is not None:
        doc.style(size)
        doc.set_x(left - INDENT + 1)
        doc.write(height, doc.ready(prefix))
    doc.set_x(left)
    for part in _merged(parts):
        doc.style(size, bold=part.bold, italic=part.italic)
        text = doc.ready(part.text)
        # fpdf2 breaks the first word of a write() inside the word when it does not fit
        # the rest of the line; such a word starts the next line instead.
        first = "" if text[:1].isspace() else text.split(None, 1)[0] if text.strip() else ""
        room = doc.w - doc.r_margin - doc.get_x()
        if first and doc.get_x() > left + 0.01 and doc.get_string_width(first) > room:
            doc.ln(height)
            doc.set_x(left)
        doc.write(height, text)
    doc.style(size)
    doc.ln(height)
    doc.ln(0.8 if tight else 2)


def _merged(parts: list[Run]) -> list[Run]:
    """Neighbouring runs of one style as one (a paragraph's lines, joined by spaces)."""
    merged: list[Run] = []
    for part in parts:
        if merged and (merged[-1].bold, merged[-1].italic) == (part.bold, part.italic):
            merged[-1] = Run(merged[-1].text + part.text, part.bold, part.italic)
        else:
            merged.append(part)
    return merged


def _table_rows(tokens: Iterator[Token]) -> list[list[str]]:
    """The cells of a table, up to its closing token, as plain text per row."""
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "table_close":
            break
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(_inline_text(token))
    return rows


def table(doc: Document, rows: list[list[str]], size: float = 9, header: bool = True) -> None:
    """A table with ruled cells, its first row as the heading when ``header``."""
    if not rows:
        return
    width = max(len(r) for r in rows)
    cells = [[doc.printable(c) for c in r] + [""] * (width - len(r)) for r in rows]
    doc.ready(" ".join(c for r in cells for c in r))  # shaping, if any cell needs it
    doc.style(size)
    doc.set_x(doc.l_margin)
    with doc.table(
        width=doc.epw,
        first_row_as_headings=header,
        line_height=LINE * size / 10,
        text_align="LEFT",
        borders_layout=TableBordersLayout.ALL,
        padding=1.2,
        headings_style=FontFace(emphasis="BOLD", fill_color=235),
    ) as grid:
        for row in cells:
            line = grid.row()
            for cell in row:
                line.cell(cell)
    doc.ln(3)


def markdown_document(title: str, text: str, lang: str) -> Document:
    """A PDF of Markdown ``text`` from the top of its first page (a session summary, a
    handout, a filled-in form: the Markdown kaarten writes, set on paper, so a PDF never
    says more or less than the Markdown export)."""
    doc = Document(title, lang)
    doc.add_page()
    render(doc, text, shift=0)
    return doc
