"""Markdown: a readable text file (CommonMark) with the same cover, cases and sources.

Every plain-text field is escaped, so nothing in an entry becomes markup; descriptions stay
Markdown with raw HTML made literal (see `markdown_text.safe_markdown`).
"""

from __future__ import annotations

import re
from typing import IO

from .. import presentation
from ..jobs import Job
from .document import Case, ExportDocument, clean
from .markdown_text import escape_markdown, safe_markdown
from .report import Heading, Report, Table

# Field names that are abbreviations, as they are written in a sentence.
_ABBREVIATIONS = {"url": "URL", "dpia": "DPIA", "fria": "FRIA", "nuts": "NUTS"}


def label(text: str) -> str:
    """A presentation label with a capital first letter (`organisation` → `Organisation`)."""
    text = " ".join(_ABBREVIATIONS.get(word, word) for word in text.split(" "))
    return text[:1].upper() + text[1:]


def _paragraphs(text: str) -> list[str]:
    return [escape_markdown(p.strip()) for p in clean(text).split("\n") if p.strip()]


def _url(url: str) -> str:
    """An address as an autolink when it can be one, else as literal text."""
    url = clean(url).strip()
    if url and not re.search(r"[\s<>]", url):
        return f"<{url}>"
    return escape_markdown(url)


def _link(title: str, url: str) -> str:
    return f"{escape_markdown(title)}: {_url(url)}"


def _rows(rows: list[tuple[str, str]]) -> list[str]:
    return [f"- **{escape_markdown(label(k))}:** {escape_markdown(v)}" for k, v in rows]


def _case(case: Case, lang: str) -> list[str]:
    body = case.body
    words = presentation.labels(lang)
    out = [f"## {case.number}. {escape_markdown(case.title)}", ""]
    out += [*_rows(presentation.facts(body, lang)), ""]
    if case.note:
        out += [f"> **{escape_markdown(words.text('heading.note'))}**", ">"]
        out += [f"> {p}" for p in _paragraphs(case.note)] + [""]
    for key, heading, text in presentation.sections(body, lang):
        out += [f"### {escape_markdown(heading)}", ""]
        if key in presentation.MARKDOWN_SECTIONS:
            out += [safe_markdown(text).strip(), ""]
        else:
            for paragraph in _paragraphs(text):
                out += [paragraph, ""]
    for group in presentation.entry_groups(body, lang):
        out += [f"### {escape_markdown(group.label)}", ""]
        out += [*_rows(group.rows), ""] if group.rows else []
        for heading, rows in group.parts:
            out += [f"#### {escape_markdown(heading)}", "", *_rows(rows), ""]
    if presentation.links(body, lang):
        out += [f"### {escape_markdown(words.text('heading.links'))}", ""]
        out += [f"- {_link(t, u)}" for t, u in presentation.links(body, lang)] + [""]
    if presentation.source_lines(body, lang):
        out += [f"### {escape_markdown(words.text('heading.source'))}", ""]
        out += [*_rows(presentation.source_lines(body, lang)), ""]
    return out


def document_markdown(document: ExportDocument) -> str:
    """The whole export as Markdown text."""
    words = document.labels
    sources = escape_markdown(words.text("heading.sources"))
    out = [f"# {escape_markdown(document.title)}", ""]
    for paragraph in _paragraphs(document.introduction):
        out += [paragraph, ""]
    out += [
        f"*{escape_markdown(label(document.cover_line))}*",
        "",
        f"## {escape_markdown(words.text('heading.contents'))}",
        "",
    ]
    out += [f"{c.number}. {escape_markdown(c.title)}" for c in document.cases]
    out += ["", escape_markdown(words.text("sources.at_end")), ""]
    for case in document.cases:
        out += _case(case, document.lang)
    out += [f"## {sources}", "", escape_markdown(words.text("sources.intro")), ""]
    for group in document.sources:
        out += [f"### {escape_markdown(group.name)}", ""]
        if group.licence:
            out.append(
                f"- **{label(words.text('source.licence'))}:** {escape_markdown(group.licence)}"
            )
        if group.attribution:
            attribution = escape_markdown(group.attribution)
            out.append(f"- **{label(words.text('source.attribution'))}:** {attribution}")
        for number, source_id, url in group.cases:
            where = " · ".join(p for p in (escape_markdown(source_id), _url(url)) if p)
            name = escape_markdown(label(words.text("sources.case", n=number)))
            out.append(f"- {name}" + (f": {where}" if where else ""))
        out.append("")
    if document.left_out:
        out += [escape_markdown(words.text("sources.left_out", n=len(document.left_out))), ""]
    return "\n".join(out)


def write_markdown(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as UTF-8 Markdown."""
    out.write(document_markdown(document).encode("utf-8"))


def report_markdown(report: Report) -> str:
    """A report (`report.py`) as Markdown: `##` a partner, `###` its parts, `####` each
    practice or transfer over its list of labelled fields."""
    out = [
        f"# {escape_markdown(report.title)}",
        "",
        f"*{escape_markdown(report.subtitle)}*",
        "",
        f"*{escape_markdown(report.cover_line)}*",
        "",
    ]
    for chapter in report.chapters:
        out += [f"## {escape_markdown(chapter.title)}", ""]
        for block in chapter.blocks:
            if isinstance(block, Heading):
                out += [f"{'#' * (block.level + 1)} {escape_markdown(block.text)}", ""]
            elif isinstance(block, Table):
                out += [*_rows(list(block.rows)), ""]
            else:
                out += [*_paragraphs(block.text), ""]
    return "\n".join(out)


def write_report_markdown(report: Report, out: IO[bytes], job: Job) -> None:
    """Write a report as UTF-8 Markdown."""
    out.write(report_markdown(report).encode("utf-8"))
