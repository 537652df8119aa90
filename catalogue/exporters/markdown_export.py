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


def _case(case: Case) -> list[str]:
    body = case.body
    out = [f"## {case.number}. {escape_markdown(case.title)}", ""]
    out += [f"- **{label(k)}:** {escape_markdown(v)}" for k, v in presentation.facts(body)]
    out.append("")
    if case.note:
        out += ["> **Note in this collection**", ">"]
        out += [f"> {p}" for p in _paragraphs(case.note)] + [""]
    for key, heading, text in presentation.sections(body):
        out += [f"### {heading}", ""]
        if key in presentation.MARKDOWN_SECTIONS:
            out += [safe_markdown(text).strip(), ""]
        else:
            for paragraph in _paragraphs(text):
                out += [paragraph, ""]
    for heading, lines in presentation.groups(body):
        out += [f"### {heading}", ""]
        out += [f"- **{label(k)}:** {escape_markdown(v)}" for k, v in lines] + [""]
    if presentation.links(body):
        out += ["### Links", ""]
        out += [f"- {_link(t, u)}" for t, u in presentation.links(body)] + [""]
    if presentation.source_lines(body):
        out += ["### Source", ""]
        out += [
            f"- **{label(k)}:** {escape_markdown(v)}" for k, v in presentation.source_lines(body)
        ]
        out.append("")
    return out


def document_markdown(document: ExportDocument) -> str:
    """The whole export as Markdown text."""
    count = len(document.cases)
    out = [f"# {escape_markdown(document.title)}", ""]
    for paragraph in _paragraphs(document.introduction):
        out += [paragraph, ""]
    out += [
        f"*Exported from Casebook on {document.date_text} · "
        f"{count} case{'s' if count != 1 else ''}*",
        "",
        "## Contents",
        "",
    ]
    out += [f"{c.number}. {escape_markdown(c.title)}" for c in document.cases]
    out += ["", "Sources and licences are listed at the end.", ""]
    for case in document.cases:
        out += _case(case)
    out += ["## Sources and licences", ""]
    for group in document.sources:
        out += [f"### {escape_markdown(group.name)}", ""]
        if group.licence:
            out.append(f"- **Licence:** {escape_markdown(group.licence)}")
        if group.attribution:
            out.append(f"- **Attribution:** {escape_markdown(group.attribution)}")
        for number, source_id, url in group.cases:
            where = " · ".join(p for p in (escape_markdown(source_id), _url(url)) if p)
            out.append(f"- Case {number}" + (f": {where}" if where else ""))
        out.append("")
    if document.left_out:
        out += [
            f"{len(document.left_out)} entries of the collection were deleted and left out.",
            "",
        ]
    return "\n".join(out)


def write_markdown(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as UTF-8 Markdown."""
    out.write(document_markdown(document).encode("utf-8"))
