"""DOCX with python-docx: Word's own heading styles, so the navigation pane lists the cases.

Heading 1 is a case (and the contents and sources), Heading 2 a part of a case. Facts are a
two-column table, the collection note an "Intense Quote" paragraph, links real hyperlinks.
"""

from __future__ import annotations

from functools import cache
from typing import IO
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from .. import presentation
from ..jobs import Job
from .document import Case, ExportDocument, clean
from .markdown_export import label
from .markdown_text import Block, blocks, safe_href
from .report import Heading, Report, Table

GREY = RGBColor(0x5A, 0x5A, 0x5A)
LINK = RGBColor(0x1A, 0x4F, 0x9C)


def _hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    """A clickable external link (python-docx has no public call for one yet)."""
    href = safe_href(url)
    if href is None:
        paragraph.add_run(clean(text))
        return
    r_id = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), str(LINK))
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(color)
    props.append(underline)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = clean(text)
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


@cache
def _style_ids() -> dict[str, str]:
    """Style name -> id of python-docx's default template. Setting a style by name makes
    python-docx search every style each time (most of the time of a 100-case export)."""
    return {str(s.name): str(s.style_id) for s in Document().styles}


def _para(doc: DocxDocument, text: str = "", style: str | None = None) -> Paragraph:
    paragraph = doc.add_paragraph(text)
    if style is not None:
        paragraph._p.style = _style_ids()[style]
    return paragraph


def _heading(doc: DocxDocument, text: str = "", level: int = 1) -> Paragraph:
    return _para(doc, text, "Title" if level == 0 else f"Heading {level}")


def _page_break(doc: DocxDocument) -> None:
    doc.add_page_break()  # type: ignore[no-untyped-call]


def _paragraphs(doc: DocxDocument, text: str) -> None:
    for paragraph in clean(text).split("\n"):
        if paragraph.strip():
            doc.add_paragraph(paragraph.strip())


def _table(doc: DocxDocument, rows: list[tuple[str, str]]) -> None:
    if not rows:
        return
    table = doc.add_table(rows=0, cols=2)
    table._tbl.tblPr.style = _style_ids()["Table Grid"]
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Mm(40), Mm(130)
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].width = Mm(40)
        cells[1].width = Mm(130)
        name = cells[0].paragraphs[0].add_run(label(clean(key)))
        name.font.color.rgb = GREY
        name.bold = False
        cells[1].paragraphs[0].add_run(clean(value))
    doc.add_paragraph()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _text_xml(text: str) -> str:
    """A run's text as WordprocessingML: newlines and tabs as Word's breaks and tabs."""
    lines = []
    for line in clean(text).split("\n"):
        parts = (f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in line.split("\t"))
        lines.append("<w:tab/>".join(parts))
    return "<w:br/>".join(lines)


def _paragraph_xml(text: str, style: str | None = None, grey: bool = False) -> str:
    """A paragraph (of a style, in grey) as WordprocessingML."""
    style_xml = f'<w:pPr><w:pStyle w:val="{_style_ids()[style]}"/></w:pPr>' if style else ""
    colour = f'<w:rPr><w:color w:val="{GREY}"/></w:rPr>' if grey else ""
    return f"<w:p>{style_xml}<w:r>{colour}{_text_xml(text)}</w:r></w:p>"


def _table_xml(rows: list[tuple[str, str]]) -> str:
    """`_table`'s table (label | value, grey labels, 40 + 130 mm) as WordprocessingML,
    with the empty paragraph after it."""
    if not rows:
        return ""
    label_w, value_w = Mm(40).twips, Mm(130).twips
    cells = "".join(
        f'<w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{label_w}"/></w:tcPr><w:p><w:r>'
        f'<w:rPr><w:b w:val="0"/><w:color w:val="{GREY}"/></w:rPr>{_text_xml(label(key))}'
        f'</w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{value_w}"/></w:tcPr>'
        f"<w:p><w:r>{_text_xml(value)}</w:r></w:p></w:tc></w:tr>"
        for key, value in rows
    )
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{_style_ids()["Table Grid"]}"/>'
        '<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{label_w}"/><w:gridCol w:w="{value_w}"/></w:tblGrid>'
        f"{cells}</w:tbl><w:p/>"
    )


def _runs(paragraph: Paragraph, block: Block) -> None:
    for run in block.runs:
        if run.href and safe_href(run.href):
            _hyperlink(paragraph, run.text, run.href)
            continue
        added = paragraph.add_run(clean(run.text))
        added.bold = run.bold or None
        added.italic = run.italic or None
        if run.code:
            added.font.name = "Consolas"


def _markdown(doc: DocxDocument, text: str) -> None:
    for block in blocks(text):
        if block.kind == "heading":
            paragraph = _heading(doc, level=min(block.level, 9))
            _runs(paragraph, block)
            continue
        paragraph = _para(doc, style="Quote" if block.kind == "quote" else None)
        if block.indent:
            paragraph.paragraph_format.left_indent = Mm(6 * block.indent)
        if block.kind == "item":
            paragraph.paragraph_format.first_line_indent = Mm(-5)
            paragraph.add_run(block.marker + "\t")
        _runs(paragraph, block)
        if block.kind == "code":
            for run in paragraph.runs:
                run.font.name = "Consolas"
                run.font.size = Pt(9)


def _case(doc: DocxDocument, case: Case, lang: str) -> None:
    body = case.body
    words = presentation.labels(lang)
    _page_break(doc)
    _heading(doc, f"{case.number}. {clean(case.title)}", level=1)
    _table(doc, presentation.facts(body, lang))
    if case.note:
        note = _para(doc, style="Intense Quote")
        note.add_run(words.text("heading.note") + ": ").bold = True
        note.add_run(" ".join(p.strip() for p in clean(case.note).split("\n") if p.strip()))
    for key, heading, text in presentation.sections(body, lang):
        _heading(doc, heading, level=2)
        if key in presentation.MARKDOWN_SECTIONS:
            _markdown(doc, text)
        else:
            _paragraphs(doc, text)
    for group in presentation.entry_groups(body, lang):
        _heading(doc, group.label, level=2)
        _table(doc, group.rows)
        for heading, rows in group.parts:
            _heading(doc, heading, level=3)
            _table(doc, rows)
    if presentation.links(body, lang):
        _heading(doc, words.text("heading.links"), level=2)
        for title, url in presentation.links(body, lang):
            paragraph = _para(doc, style="List Bullet")
            paragraph.add_run(clean(title) + ": ")
            _hyperlink(paragraph, url, url)
    if presentation.source_lines(body, lang):
        _heading(doc, words.text("heading.source"), level=2)
        _table(doc, presentation.source_lines(body, lang))


def _sources(doc: DocxDocument, document: ExportDocument) -> None:
    words = document.labels
    _page_break(doc)
    _heading(doc, words.text("heading.sources"), level=1)
    doc.add_paragraph(words.text("sources.intro"))
    for group in document.sources:
        _heading(doc, group.name, level=2)
        _table(doc, group.rows(document.lang))
    if document.left_out:
        doc.add_paragraph(words.text("sources.left_out", n=len(document.left_out)))


def build_docx(document: ExportDocument, job: Job | None = None) -> DocxDocument:
    """The export as a python-docx document."""
    doc = Document()
    for section in doc.sections:  # A4, whatever the template's default
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
    doc.core_properties.title = clean(document.title)
    doc.core_properties.author = "Casebook"
    doc.core_properties.comments = document.cover_line
    doc.core_properties.language = document.lang
    _heading(doc, clean(document.title), level=0)
    _paragraphs(doc, document.introduction)
    meta = doc.add_paragraph().add_run(document.cover_line)
    meta.font.color.rgb = GREY
    _page_break(doc)
    words = document.labels
    _heading(doc, words.text("heading.contents"), level=1)
    for case in document.cases:
        doc.add_paragraph(f"{case.number}. {clean(case.title)}")
    doc.add_paragraph(words.text("heading.sources"))
    total = len(document.cases)
    for n, case in enumerate(document.cases, 1):
        _case(doc, case, document.lang)
        Job.of(job).report(0.2 + 0.75 * n / total, f"wrote {n} of {total} cases")
    _sources(doc, document)
    return doc


def write_docx(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as a Word document."""
    build_docx(document, job).save(out)


def build_report_docx(report: Report) -> DocxDocument:
    """A report (`report.py`) as a Word document: each partner a Heading 1 (so the
    navigation pane lists them), its parts Heading 2, each practice or transfer Heading 3
    over its table.

    The body is written as WordprocessingML text and parsed once: a report has tens of
    thousands of paragraphs and tables, and python-docx looks up the place of each one it
    adds among all those before it (a 1,000-practice report took minutes)."""
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
    doc.core_properties.title = clean(report.title)
    doc.core_properties.author = "Casebook"
    doc.core_properties.comments = report.cover_line
    doc.core_properties.language = report.lang
    parts = [_paragraph_xml(report.title, "Title")]
    parts += [_paragraph_xml(line, grey=True) for line in (report.subtitle, report.cover_line)]
    for n, chapter in enumerate(report.chapters, 1):
        if n > 1:
            parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        parts.append(_paragraph_xml(chapter.title, "Heading 1"))
        for block in chapter.blocks:
            if isinstance(block, Heading):
                parts.append(_paragraph_xml(block.text, f"Heading {block.level}"))
            elif isinstance(block, Table):
                parts.append(_table_xml(list(block.rows)))
            else:
                lines = clean(block.text).split("\n")
                parts += [_paragraph_xml(line.strip()) for line in lines if line.strip()]
    written = parse_xml(f'<w:body xmlns:w="{_W}">{"".join(parts)}</w:body>')
    body = doc.element.body
    section = body.sectPr  # the document's last child: everything goes before it
    for child in list(written):
        if section is not None:
            section.addprevious(child)
        else:
            body.append(child)
    return doc


def write_report_docx(report: Report, out: IO[bytes], job: Job) -> None:
    """Write a report as a Word document."""
    build_report_docx(report).save(out)
