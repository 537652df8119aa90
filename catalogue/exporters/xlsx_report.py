"""The transfer report as an Excel workbook: a first sheet with the title, what the report
covers and when it was made, then one sheet per partner (its chapter), with headings in
bold and each table's rows as label | value, so a partner copies the cells it needs into
its progress report.

Every value is written as text, never as a formula: a practice's title or an action plan
that begins with `=` (a partner typed it, or a hostile bundle carried it) stays the text
it is and is not run by the spreadsheet."""

from __future__ import annotations

import re
from typing import IO, Any

from ..jobs import Job
from .report import Heading, Report, Table, presentation_label

_SHEET_NAME = re.compile(r"[\[\]:*?/\\\x00-\x1f]")  # characters Excel refuses in a name
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML cannot hold


def _sheet_name(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (≤ 31 characters, none of []:*?/\\), unique."""
    base = " ".join(_SHEET_NAME.sub(" ", name).split()).strip("'")[:31] or "Partner"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate.casefold())
    return candidate


def _text(sheet: Any, value: str, bold: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    value = _ILLEGAL.sub(" ", value)
    if bold is None and not value.startswith("="):
        return value  # plain text: openpyxl writes it as a string, the fastest way
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # text, even when it begins with "=" (never a formula)
    if bold is not None:
        cell.font = bold
    return cell


def write_report_xlsx(report: Report, out: IO[bytes], job: Job) -> None:
    """Write a report as an xlsx workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    title, heading = Font(bold=True, size=14), Font(bold=True)
    taken: set[str] = set()
    cover = book.create_sheet(_sheet_name(report.title, taken))
    cover.column_dimensions["A"].width = 90
    cover.append([_text(cover, report.title, title)])
    cover.append([_text(cover, report.subtitle)])
    cover.append([_text(cover, report.cover_line)])
    for n, chapter in enumerate(report.chapters, 1):
        job.check()
        sheet = book.create_sheet(_sheet_name(chapter.title, taken))
        sheet.column_dimensions["A"].width = 32
        sheet.column_dimensions["B"].width = 80
        sheet.append([_text(sheet, chapter.title, title)])
        for block in chapter.blocks:
            if isinstance(block, Heading):
                sheet.append([])
                sheet.append([_text(sheet, block.text, heading)])
            elif isinstance(block, Table):
                for label, value in block.rows:
                    sheet.append([_text(sheet, presentation_label(label)), _text(sheet, value)])
            else:
                sheet.append([_text(sheet, block.text)])
        job.report(0.7 + 0.25 * n / len(report.chapters), f"wrote {n} of {len(report.chapters)}")
    book.save(out)
