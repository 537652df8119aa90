"""PDF with fpdf2 (pure Python) and the DejaVu Sans font shipped in `fonts/`.

The font is embedded (subset), so the PDF shows Finnish, Romanian, Latvian, Dutch, Greek
and Cyrillic text the same on every machine, without depending on the system's fonts.
Layout: a cover, a table of contents with page numbers and links, one case per page
(facts, the collection note, text sections, the description rendered from Markdown,
links, source), and a sources page. The outline (bookmarks) lists every case.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import IO

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace, TTFFont
from fpdf.outline import OutlineSection

from .. import presentation
from ..jobs import Job
from .document import Case, ExportDocument, clean
from .markdown_export import label
from .markdown_text import Block, blocks, safe_href
from .report import Heading, Report, Table

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
ACCENT = (43, 87, 151)
RULE = (200, 200, 200)
WHITE = (255, 255, 255)
GREY = (90, 90, 90)
NOTE_FILL = (255, 248, 225)
CODE_FILL = (244, 244, 244)
BODY = 10
LINE = 5.2
# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, presentation forms).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def drawable(text: str, glyphs: dict[int, str] | None) -> str:
    """The text with characters the font cannot draw replaced by U+FFFD (shown as a box
    with a question mark) and invisible marks it lacks (emoji variation selectors, joiners)
    dropped, instead of fpdf2's blank boxes and a warning on the console."""
    if not glyphs:
        return text
    out = []
    for char in text:
        if ord(char) in glyphs or char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) not in ("Mn", "Me", "Cf"):
            out.append("\ufffd")
    return "".join(out)


class _Pdf(FPDF):
    """A4 pages with the collection title and page number in the footer."""

    def __init__(self, title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title = title
        self._widths: dict[tuple[str, str, float], dict[str, float]] = {}
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        fonts = resources.files(__package__).joinpath("fonts")
        for style, name in FONT_FILES.items():
            with resources.as_file(fonts.joinpath(name)) as path:
                self.add_font(FONT, style, str(path))
        # Bold italic (`***x***`) is drawn bold: one font file fewer to ship.
        with resources.as_file(fonts.joinpath(FONT_FILES["B"])) as path:
            self.add_font(FONT, "BI", str(path))

    def text_width(self, text: str) -> float:
        """`get_string_width` a character at a time, each character's width measured once
        per font (fpdf2's measure costs about 0.1 ms a call, whatever the length)."""
        table = self._widths.setdefault((self.font_family, self.font_style, self.font_size_pt), {})
        total = 0.0
        for char in text:
            width = table.get(char)
            if width is None:
                width = table[char] = self.get_string_width(char)
            total += width
        return total

    def normalize_text(self, text: str) -> str:
        """fpdf2 passes every text through here before laying it out: replace what the
        font cannot draw, and shape only text with right-to-left letters (HarfBuzz puts
        them in visual order and joins Arabic letters; shaping everything would triple
        the layout time)."""
        text = drawable(super().normalize_text(text), getattr(self.current_font, "cmap", None))
        rtl = _RTL.search(text) is not None
        if rtl != bool(self.text_shaping):
            self.set_text_shaping(use_shaping_engine=rtl)
        return text

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        title = self.doc_title if len(self.doc_title) <= 90 else self.doc_title[:89] + "…"
        self.cell(0, 5, title, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def _font(pdf: FPDF, style: str = "", size: float = BODY) -> None:
    pdf.set_font(FONT, style, size)


def _paragraphs(pdf: FPDF, text: str, fill: bool = False) -> None:
    _font(pdf)
    for paragraph in clean(text).split("\n"):
        if paragraph.strip():
            pdf.multi_cell(
                0,
                LINE,
                paragraph.strip(),
                align="L",
                fill=fill,
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.ln(1.5)


def _heading(pdf: FPDF, text: str, size: float = 11.5, keep: float = LINE * 4) -> None:
    # Keep a heading with what follows it: a few lines, or a whole small table.
    if pdf.will_page_break(min(keep, 120) + 12):
        pdf.add_page()
    pdf.ln(2)
    _font(pdf, "B", size)
    pdf.set_text_color(*ACCENT)
    pdf.multi_cell(0, size * 0.5, clean(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def _table(pdf: FPDF, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    _font(pdf, "", 9.5)
    with pdf.table(
        col_widths=(46, 124),
        width=170,
        first_row_as_headings=False,
        borders_layout="HORIZONTAL_LINES",
        line_height=LINE,
        text_align="LEFT",
        padding=(1, 1.5, 1, 0),
    ) as table:
        for key, value in rows:
            row = table.row()
            row.cell(label(clean(key)), style=FontFace(color=GREY))
            row.cell(clean(value))
    pdf.ln(2)


# A report's tables: as `_table` draws them (label | value, grey labels, rules between rows).
LABEL_WIDTH, VALUE_WIDTH, PADDING = 46, 124, 1.5


def _wrap(pdf: _Pdf, text: str, width: float) -> list[str]:
    """`text` broken into lines of at most `width` (mm) at spaces, in the current font; a
    word longer than a line (a URL) is cut where it reaches the end."""
    space = pdf.text_width(" ")
    lines = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for word in paragraph.split(" "):
            size = pdf.text_width(word)
            if line and used + space + size <= width:
                line, used = f"{line} {word}", used + space + size
                continue
            if line:
                lines.append(line)
            while size > width:
                cut, reached = 0, 0.0
                for char in word:
                    reached += pdf.text_width(char)
                    if reached > width and cut:
                        break
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
                size = pdf.text_width(word)
            line, used = word, size
        lines.append(line)
    return lines


def _report_heading(pdf: _Pdf, text: str, size: float, keep: float) -> None:
    """`_heading`, its lines broken by `_wrap` (a report has thousands of headings)."""
    text = clean(text)
    if _RTL.search(text):
        _heading(pdf, text, size=size, keep=keep)
        return
    if pdf.will_page_break(min(keep, 120) + 12):
        pdf.add_page()
    pdf.ln(2)
    _font(pdf, "B", size)
    pdf.set_text_color(*ACCENT)
    height = size * 0.5
    for line in _wrap(pdf, text, pdf.epw - 2 * pdf.c_margin):
        if pdf.will_page_break(height):
            pdf.add_page()
        y = pdf.get_y()  # drawn where `cell` would draw it, at a quarter of the cost
        pdf.text(pdf.l_margin + pdf.c_margin, y + 0.5 * height + 0.3 * pdf.font_size, line)
        pdf.set_xy(pdf.l_margin, y + height)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def _report_table(pdf: _Pdf, rows: list[tuple[str, str]]) -> None:
    """A (label, value) table drawn line by line, looking like `_table`'s. A report has
    thousands of small tables, and fpdf2's `table()` breaks every cell into lines twice,
    character by character (to measure, then to draw); here lines are broken once, a word
    at a time, and each is one `cell`. Text with right-to-left letters is left to `_table`,
    which shapes it."""
    if any(_RTL.search(k) or _RTL.search(v) for k, v in rows):
        _table(pdf, rows)
        return
    _font(pdf, "", 9.5)
    left = pdf.l_margin
    for n, (key, value) in enumerate(rows):
        keys = _wrap(pdf, label(clean(key)), LABEL_WIDTH - PADDING)
        values = _wrap(pdf, clean(value), VALUE_WIDTH - PADDING)
        count = max(len(keys), len(values))
        if pdf.will_page_break(min(LINE * count + 2, 60)):
            pdf.add_page()
        y = pdf.get_y() + 1
        # Where `cell` would put the text's baseline and its start (`text` is 4× faster).
        baseline, inset = 0.5 * LINE + 0.3 * pdf.font_size, pdf.c_margin
        for i in range(count):
            if y + LINE > pdf.page_break_trigger:  # a long value goes on to the next page
                pdf.add_page()
                y = pdf.get_y()
            if i < len(keys):
                pdf.set_text_color(*GREY)
                pdf.text(left + inset, y + baseline, keys[i])
            if i < len(values):
                pdf.set_text_color(0, 0, 0)
                pdf.text(left + LABEL_WIDTH + inset, y + baseline, values[i])
            y += LINE
        bottom = y + 1
        if n < len(rows) - 1:
            pdf.line(left, bottom, left + LABEL_WIDTH + VALUE_WIDTH, bottom)
        pdf.set_xy(left, bottom)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def _runs(pdf: FPDF, block: Block, size: float) -> None:
    for run in block.runs:
        style = ("B" if run.bold else "") + ("I" if run.italic else "")
        _font(pdf, style, size * (0.92 if run.code else 1))
        href = safe_href(run.href) if run.href else None
        if href:
            pdf.set_text_color(26, 79, 156)
            pdf.write(LINE, run.text, link=href)
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.write(LINE, run.text)
    pdf.ln(LINE)


def _markdown(pdf: FPDF, text: str) -> None:
    base = pdf.l_margin
    for block in blocks(text):
        pdf.set_left_margin(base + 6 * block.indent)
        pdf.set_x(pdf.l_margin)
        if block.kind == "heading":
            _font(pdf, "B", 11 if block.level <= 3 else BODY)
            pdf.multi_cell(0, LINE, block.text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif block.kind == "code":
            _font(pdf, "", 8.5)
            pdf.set_fill_color(*CODE_FILL)
            pdf.multi_cell(
                0, 4.2, block.text, align="L", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            pdf.set_fill_color(*WHITE)
        elif block.kind == "item":
            pdf.set_x(pdf.l_margin - 4.5)
            _font(pdf)
            pdf.write(LINE, block.marker + " ")
            _runs(pdf, block, BODY)
        elif block.kind == "quote":
            pdf.set_text_color(*GREY)
            _runs(pdf, block, BODY)
            pdf.set_text_color(0, 0, 0)
        else:
            _runs(pdf, block, BODY)
        pdf.ln(1.5)
    pdf.set_left_margin(base)
    pdf.set_x(base)


def _note(pdf: FPDF, note: str, heading: str) -> None:
    pdf.ln(1)
    pdf.set_fill_color(*NOTE_FILL)
    _font(pdf, "B", 9.5)
    pdf.multi_cell(0, LINE + 1, heading, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _font(pdf, "", BODY)
    text = "\n".join(p.strip() for p in clean(note).split("\n") if p.strip())
    pdf.multi_cell(
        0, LINE, text, align="L", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=(0, 0, 2)
    )
    pdf.set_fill_color(*WHITE)  # tables take the current fill colour as their background
    pdf.ln(3)


def _links(pdf: FPDF, links: list[tuple[str, str]]) -> None:
    for title, url in links:
        _font(pdf)
        pdf.write(LINE, "• " + clean(title) + ": ")
        href = safe_href(url)
        pdf.set_text_color(26, 79, 156)
        _font(pdf, "", 9)
        pdf.write(LINE, clean(url), link=href or "")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(LINE + 0.8)


def _group(pdf: FPDF, group: presentation.Group) -> None:
    """A block of fields; each transfer its own small table under its own heading."""
    _heading(pdf, group.label, keep=7 * (len(group.rows) + 2))
    _table(pdf, group.rows)
    for heading, rows in group.parts:
        _heading(pdf, heading, size=BODY, keep=7 * len(rows))
        _table(pdf, rows)


def _case(pdf: FPDF, case: Case, new_page: bool, lang: str) -> None:
    body = case.body
    words = presentation.labels(lang)
    if new_page:
        pdf.add_page()
    pdf.start_section(f"{case.number}. {clean(case.title)}", level=0)
    _font(pdf, "B", 16)
    pdf.multi_cell(
        0, 8, f"{case.number}. {clean(case.title)}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(2)
    _table(pdf, presentation.facts(body, lang))
    if case.note:
        _note(pdf, case.note, words.text("heading.note"))
    for key, heading, text in presentation.sections(body, lang):
        _heading(pdf, heading)
        if key in presentation.MARKDOWN_SECTIONS:
            _markdown(pdf, text)
        else:
            _paragraphs(pdf, text)
    for group in presentation.entry_groups(body, lang):
        _group(pdf, group)
    if presentation.links(body, lang):
        _heading(pdf, words.text("heading.links"))
        _links(pdf, presentation.links(body, lang))
    source = presentation.source_lines(body, lang)
    if source:
        _heading(pdf, words.text("heading.source"), keep=7 * len(source))
        _table(pdf, source)


def _cover(pdf: FPDF, document: ExportDocument) -> None:
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(1.2)
    pdf.line(pdf.l_margin, pdf.get_y() - 6, pdf.l_margin + 40, pdf.get_y() - 6)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(*RULE)
    _font(pdf, "B", 26)
    pdf.multi_cell(0, 12, clean(document.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    if document.introduction:
        _font(pdf, "", 11.5)
        for paragraph in clean(document.introduction).split("\n"):
            if paragraph.strip():
                pdf.multi_cell(
                    0, 6.5, paragraph.strip(), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
                pdf.ln(2)
    pdf.ln(8)
    _font(pdf, "", 10.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 6, document.cover_line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


TOC_TITLE = 150  # width of a title in the contents; the page number takes the rest
TOC_LINE = LINE + 0.6
TOC_GAP = 1.6
TOC_TOP = 14  # the "Contents" heading


def _toc_entry_height(pdf: FPDF, name: str) -> float:
    _font(pdf, "", BODY)
    lines = pdf.multi_cell(
        TOC_TITLE, TOC_LINE, name, align="L", dry_run=True, output=MethodReturnValue.LINES
    )
    assert isinstance(lines, list)  # what output=LINES returns
    return len(lines) * TOC_LINE


def _render_toc(pdf: FPDF, outline: list[OutlineSection], title: str) -> None:
    pdf.set_xy(pdf.l_margin, pdf.t_margin)
    _font(pdf, "B", 18)
    pdf.cell(0, 10, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(pdf.t_margin + TOC_TOP)
    for section in outline:
        if section.level != 0:
            continue
        height = _toc_entry_height(pdf, section.name)
        if pdf.will_page_break(height):
            pdf.add_page()
        link = pdf.add_link(page=section.page_number)
        top = pdf.get_y()
        pdf.multi_cell(
            TOC_TITLE,
            TOC_LINE,
            section.name,
            align="L",
            link=link,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_xy(pdf.l_margin + TOC_TITLE, top)
        pdf.cell(pdf.epw - TOC_TITLE, TOC_LINE, str(section.page_number), align="R", link=link)
        pdf.set_xy(pdf.l_margin, top + height + TOC_GAP)


def _toc_pages(pdf: FPDF, names: list[str]) -> int:
    """The pages `_render_toc` will fill, found by laying out the same entries the same way
    (fpdf2 needs the number before the cases are drawn, to number their pages)."""
    bottom = pdf.h - pdf.b_margin
    pages, y = 1, pdf.t_margin + TOC_TOP
    for name in names:
        height = _toc_entry_height(pdf, name)
        if y + height > bottom:
            pages, y = pages + 1, pdf.t_margin
        y += height + TOC_GAP
    return pages


def _sources(pdf: FPDF, document: ExportDocument) -> None:
    words = document.labels
    title = words.text("heading.sources")
    pdf.add_page()
    pdf.start_section(title, level=0)
    _font(pdf, "B", 16)
    pdf.multi_cell(0, 9, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    _font(pdf, "", 9.5)
    pdf.multi_cell(0, LINE, words.text("sources.intro"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for group in document.sources:
        _heading(pdf, group.name)
        _table(pdf, group.rows(document.lang))
    if document.left_out:
        _paragraphs(pdf, words.text("sources.left_out", n=len(document.left_out)))


def document_pdf(document: ExportDocument, job: Job | None = None) -> bytes:
    """The whole export as PDF bytes."""
    pdf = _Pdf(clean(document.title))
    try:
        pdf.set_title(clean(document.title))
        pdf.set_creator("Casebook")
        pdf.set_lang(document.lang)
        words = document.labels
        _cover(pdf, document)
        pdf.add_page()  # the contents start on a page of their own
        names = [f"{c.number}. {clean(c.title)}" for c in document.cases]
        names.append(words.text("heading.sources"))
        render = functools.partial(_render_toc, title=words.text("heading.contents"))
        pdf.insert_toc_placeholder(render, pages=_toc_pages(pdf, names))
        total = len(document.cases)
        for n, case in enumerate(document.cases, 1):
            # The contents placeholder began the first page.
            _case(pdf, case, new_page=n > 1, lang=document.lang)
            Job.of(job).report(0.2 + 0.75 * n / total, f"laid out {n} of {total} cases")
        _sources(pdf, document)
        return bytes(pdf.output())
    finally:
        # fpdf2 closes the font files it used when it outputs; a cancelled or failed export
        # and unused styles would keep them open until garbage collection.
        for font in pdf.fonts.values():
            if isinstance(font, TTFFont):
                font.close()


def write_pdf(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as PDF."""
    out.write(document_pdf(document, job))


def report_pdf(report: Report, job: Job | None = None) -> bytes:
    """A report (`report.py`) as PDF bytes: the title block, then a chapter per partner,
    each on a page of its own and in the bookmarks, drawn with the collection's pieces."""
    pdf = _Pdf(clean(report.title))
    try:
        pdf.set_title(clean(report.title))
        pdf.set_creator("Casebook")
        pdf.set_lang(report.lang)
        pdf.set_draw_color(*RULE)  # the tables' rules, grey as in a collection
        pdf.add_page()
        _font(pdf, "B", 22)
        pdf.multi_cell(0, 10, clean(report.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        _font(pdf, "", 11)
        pdf.set_text_color(*GREY)
        for line in (report.subtitle, report.cover_line):
            pdf.multi_cell(0, 6, clean(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(4)
        for n, chapter in enumerate(report.chapters, 1):
            if n > 1:
                pdf.add_page()
            pdf.start_section(clean(chapter.title), level=0)
            _font(pdf, "B", 16)
            pdf.multi_cell(
                0, 8, clean(chapter.title), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            for i, block in enumerate(chapter.blocks):
                if isinstance(block, Heading):
                    following = chapter.blocks[i + 1] if i + 1 < len(chapter.blocks) else None
                    rows = len(following.rows) if isinstance(following, Table) else 1
                    size = 12.5 if block.level <= 2 else BODY + 0.5
                    _report_heading(pdf, block.text, size=size, keep=7 * rows)
                elif isinstance(block, Table):
                    _report_table(pdf, list(block.rows))
                else:
                    _paragraphs(pdf, block.text)
            Job.of(job).report(
                0.7 + 0.25 * n / len(report.chapters), f"laid out {n} of {len(report.chapters)}"
            )
        return bytes(pdf.output())
    finally:
        for font in pdf.fonts.values():
            if isinstance(font, TTFFont):
                font.close()


def write_report_pdf(report: Report, out: IO[bytes], job: Job) -> None:
    """Write a report as PDF."""
    out.write(report_pdf(report, job))
