"""HTML: one self-contained file (inline style, no scripts, nothing loaded from anywhere).

Every value is escaped; descriptions go through the safe Markdown renderer; a Content
Security Policy forbids scripts and remote loads even if something slipped through. A
print stylesheet starts each case on a new page.
"""

from __future__ import annotations

from html import escape
from typing import IO

from .. import presentation
from ..jobs import Job
from .document import Case, ExportDocument, clean
from .markdown_export import label
from .markdown_text import safe_href, to_html
from .report import Heading, Report, Table

STYLE = """
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.5;
  max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
h1 { font-size: 2rem; margin-bottom: .25rem; }
h2 { border-bottom: 2px solid #2b5797; padding-bottom: .2rem; margin-top: 3rem; }
h3 { font-size: 1.05rem; color: #2b5797; margin-bottom: .25rem; }
h4 { font-size: .95rem; color: #2b5797; margin: .75rem 0 .15rem; }
p, li, dd, td { overflow-wrap: anywhere; }
.cover { border-bottom: 1px solid #ccc; padding-bottom: 1rem; }
.meta { color: #555; }
dl.facts { display: grid; grid-template-columns: 11rem 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.facts dt { color: #555; }
dl.facts dd { margin: 0; }
.note { background: #fff8e1; border-left: 4px solid #e0a800; padding: .5rem 1rem; margin: 1rem 0; }
.note p { margin: .25rem 0; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: .5rem; }
nav ol { padding-left: 1.5rem; }
a { color: #1a4f9c; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  .case, .sources { break-before: page; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 85%; color: #555; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"


def _text(text: str) -> str:
    return escape(clean(text))


def _paragraphs(text: str) -> str:
    return "".join(
        f'<p dir="auto">{_text(p.strip())}</p>' for p in clean(text).split("\n") if p.strip()
    )


def _link(title: str, url: str) -> str:
    href = safe_href(url)
    if href is None:
        return f"{_text(title)}: {_text(url)}"
    return f'<a href="{escape(href)}" rel="noopener noreferrer">{_text(title)}</a>'


def _facts(rows: list[tuple[str, str]]) -> str:
    items = "".join(f'<dt>{_text(label(k))}</dt><dd dir="auto">{_text(v)}</dd>' for k, v in rows)
    return f'<dl class="facts">{items}</dl>'


def _case(case: Case, lang: str) -> str:
    body = case.body
    words = presentation.labels(lang)
    out = [
        f'<section class="case" id="{case.anchor}">',
        f'<h2 dir="auto">{case.number}. {_text(case.title)}</h2>',
        _facts(presentation.facts(body, lang)),
    ]
    if case.note:
        out.append(
            f'<aside class="note"><strong>{_text(words.text("heading.note"))}</strong>'
            f"{_paragraphs(case.note)}</aside>"
        )
    for key, heading, text in presentation.sections(body, lang):
        out.append(f"<h3>{_text(heading)}</h3>")
        if key in presentation.MARKDOWN_SECTIONS:
            out.append(f'<div class="markdown" dir="auto">{to_html(text)}</div>')
        else:
            out.append(_paragraphs(text))
    for group in presentation.entry_groups(body, lang):
        out += [f"<h3>{_text(group.label)}</h3>", _facts(group.rows) if group.rows else ""]
        for heading, rows in group.parts:
            out += [f"<h4>{_text(heading)}</h4>", _facts(rows)]
    if presentation.links(body, lang):
        items = "".join(f"<li>{_link(t, u)}</li>" for t, u in presentation.links(body, lang))
        out += [f"<h3>{_text(words.text('heading.links'))}</h3>", f"<ul>{items}</ul>"]
    if presentation.source_lines(body, lang):
        out += [
            f"<h3>{_text(words.text('heading.source'))}</h3>",
            _facts(presentation.source_lines(body, lang)),
        ]
    out.append("</section>")
    return "\n".join(out)


def _sources(document: ExportDocument) -> str:
    words = document.labels
    out = [
        '<section class="sources" id="sources">',
        f"<h2>{_text(words.text('heading.sources'))}</h2>",
        f"<p>{_text(words.text('sources.intro'))}</p>",
    ]
    for group in document.sources:
        out.append(f"<h3>{_text(group.name)}</h3>")
        rows = []
        if group.licence:
            rows.append((words.text("source.licence"), group.licence))
        if group.attribution:
            rows.append((words.text("source.attribution"), group.attribution))
        out.append(_facts(rows))
        items = []
        for number, source_id, url in group.cases:
            case = _text(label(words.text("sources.case", n=number)))
            parts = [f'<a href="#case-{number}">{case}</a>']
            if source_id:
                parts.append(_text(source_id))
            if url:
                parts.append(_link(url, url))
            items.append("<li>" + " · ".join(parts) + "</li>")
        out.append(f"<ul>{''.join(items)}</ul>")
    if document.left_out:
        out.append(f"<p>{_text(words.text('sources.left_out', n=len(document.left_out)))}</p>")
    out.append("</section>")
    return "\n".join(out)


def document_html(document: ExportDocument) -> str:
    """The whole export as one HTML page."""
    words = document.labels
    contents_title = words.text("heading.contents")
    sources_title = words.text("heading.sources")
    contents = "".join(
        f'<li><a href="#{c.anchor}" dir="auto">{_text(c.title)}</a></li>' for c in document.cases
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(document.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Casebook">',
        f"<title>{_text(document.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<header class="cover">',
        f'<h1 dir="auto">{_text(document.title)}</h1>',
        _paragraphs(document.introduction),
        f'<p class="meta">{_text(document.cover_line)}</p>',
        "</header>",
        f'<nav aria-label="{escape(contents_title)}"><h2>{escape(contents_title)}</h2>',
        f'<ol>{contents}</ol><p><a href="#sources">{_text(sources_title)}</a></p></nav>',
        "<main>",
        *(_case(c, document.lang) for c in document.cases),
        "</main>",
        _sources(document),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def write_html(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as one UTF-8 HTML file."""
    out.write(document_html(document).encode("utf-8"))


def report_html(report: Report) -> str:
    """A report (`report.py`) as one self-contained HTML page, styled as the exports."""
    contents = "".join(
        f'<li><a href="#partner-{n}" dir="auto">{_text(c.title)}</a></li>'
        for n, c in enumerate(report.chapters, 1)
    )
    body = []
    for n, chapter in enumerate(report.chapters, 1):
        body += [
            f'<section class="case" id="partner-{n}">',
            f'<h2 dir="auto">{_text(chapter.title)}</h2>',
        ]
        for block in chapter.blocks:
            if isinstance(block, Heading):
                tag = "h3" if block.level <= 2 else "h4"
                body.append(f'<{tag} dir="auto">{_text(block.text)}</{tag}>')
            elif isinstance(block, Table):
                body.append(_facts(list(block.rows)))
            else:
                body.append(_paragraphs(block.text))
        body.append("</section>")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(report.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Casebook">',
        f"<title>{_text(report.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<header class="cover">',
        f"<h1>{_text(report.title)}</h1>",
        f'<p class="meta">{_text(report.subtitle)}<br>{_text(report.cover_line)}</p>',
        f"<nav><ol>{contents}</ol></nav>",
        "</header>",
        "<main>",
        *body,
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def write_report_html(report: Report, out: IO[bytes], job: Job) -> None:
    """Write a report as one UTF-8 HTML file."""
    out.write(report_html(report).encode("utf-8"))
