"""Exporters: a collection (or a few entries) written as PDF, HTML, Markdown, DOCX or JSON.

Core and GUI-free. The command line and the desktop Export menu call the same functions:

    from catalogue.exporters import FORMATS, export_collection
    result = export_collection(catalogue, "Study visit Riga", "pdf", Path("visit.pdf"))

Every format is an `ExportFormat` in `FORMATS`; another package adds one with
`register_format` (the sync work adds `bundle` this way). A file is written to a temporary
file beside the target and renamed at the end, so a failed or cancelled export leaves
nothing behind and never a half-written file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import InvalidInput
from ..jobs import Job
from .document import ExportDocument, collection_document, entries_document
from .report import Report, transfer_report

if TYPE_CHECKING:
    from ..catalogue import Catalogue

# A format's writer: the document, the open file, and the export's job (report after
# each case: that is where a cancel takes effect).
Writer = Callable[[ExportDocument, IO[bytes], Job], None]

__all__ = [
    "FORMATS",
    "REPORT_FORMATS",
    "ExportDocument",
    "ExportFormat",
    "ExportResult",
    "Report",
    "ReportResult",
    "export_collection",
    "export_entries",
    "file_name",
    "format_names",
    "register_format",
    "transfer_report",
    "write_document",
    "write_report",
]


@dataclass(frozen=True)
class ExportFormat:
    """One export format: its name on the command line, file extension, a label for a
    file dialog ("PDF document (*.pdf)") and the function that writes it."""

    name: str
    extension: str
    label: str
    media_type: str
    write: Writer

    @property
    def file_filter(self) -> str:
        """A Qt-style file dialog filter, e.g. `PDF document (*.pdf)`."""
        return f"{self.label} (*{self.extension})"


def _pdf(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    from .pdf_export import write_pdf  # fpdf2 and fonttools load only when a PDF is made

    write_pdf(document, out, job)


def _docx(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    from .docx_export import write_docx  # lxml loads only when a DOCX is made

    write_docx(document, out, job)


def _html(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    from .html_export import write_html

    write_html(document, out, job)


def _md(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    from .markdown_export import write_markdown

    write_markdown(document, out, job)


def _json(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    from .json_export import write_json

    write_json(document, out, job)


FORMATS: dict[str, ExportFormat] = {}


def register_format(fmt: ExportFormat) -> None:
    """Add (or replace) an export format, e.g. `bundle` from the sync package."""
    FORMATS[fmt.name] = fmt


for _fmt in (
    ExportFormat("pdf", ".pdf", "PDF document", "application/pdf", _pdf),
    ExportFormat("html", ".html", "Web page", "text/html", _html),
    ExportFormat("md", ".md", "Markdown text", "text/markdown", _md),
    ExportFormat(
        "docx",
        ".docx",
        "Word document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _docx,
    ),
    ExportFormat("json", ".json", "JSON data", "application/json", _json),
):
    register_format(_fmt)


def format_names() -> list[str]:
    """The names of the available formats, in menu order."""
    return list(FORMATS)


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    format: str
    cases: int
    left_out: tuple[str, ...]
    bytes: int


def file_name(title: str, fmt: str) -> str:
    """A file name for an export: the title with only safe characters, and the extension.

    Letters of any script stay (`Tampere–Rīga study visit.pdf`); path separators, control
    and reserved characters go, so the name works on Windows, macOS and Linux.
    """
    name = unicodedata.normalize("NFC", title)
    name = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', " ", name)
    name = re.sub(r"\s+", " ", name).strip(" .")[:120].rstrip(" .") or "collection"
    return name + _format(fmt).extension


def _format(fmt: str) -> ExportFormat:
    found = FORMATS.get(fmt.lower().lstrip("."))
    if found is None:
        raise InvalidInput(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return found


def _target(out_path: Path, title: str, fmt: ExportFormat) -> Path:
    """The file to write: `out_path`, or a file named after the title inside a folder."""
    if out_path.is_dir():
        return out_path / file_name(title, fmt.name)
    return out_path


def _check_target(target: Path, overwrite: bool) -> None:
    if target.exists() and not overwrite:
        raise InvalidInput(f"{target} exists; choose another file name, or replace it (--force)")
    if target.exists() and not target.is_file():
        raise InvalidInput(f"{target} is not a file; choose a file name")
    folder = target.parent
    if not folder.is_dir():
        raise InvalidInput(f"cannot write {target}: folder {folder} does not exist")


def _write_atomically(
    target: Path, write: Callable[[IO[bytes], Job], None], overwrite: bool, job: Job
) -> int:
    """Write a file through a temporary file beside it, renamed over it only when
    complete; returns its size. Nothing is left behind on a failure or a cancel."""
    _check_target(target, overwrite)
    # Created like any new file (mode 0666 less the umask), unlike mkstemp's 0600.
    temp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        handle = os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")
    except OSError as exc:
        raise InvalidInput(
            f"cannot write in {target.parent} ({exc.strerror}); choose another folder"
        ) from None
    try:
        with handle:
            write(handle, job)
            job.report(0.99, f"writing {target.name}")
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() and not overwrite:  # appeared while we were writing
            raise InvalidInput(f"{target} exists; choose another file or use --force")
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise InvalidInput(f"cannot write {target} ({exc.strerror}); choose another file") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    job.report(1.0, f"wrote {target.name}")
    return target.stat().st_size


def write_document(
    document: ExportDocument,
    fmt: str,
    out_path: Path,
    *,
    overwrite: bool = False,
    job: Job | None = None,
) -> ExportResult:
    """Write a document in a format, atomically: a temporary file beside the target,
    renamed over it only when complete. Raises `InvalidInput` for a path that cannot be
    written and `Cancelled` when its job is cancelled; in both cases nothing is left behind."""
    exporter = _format(fmt)
    target = _target(Path(out_path), document.title, exporter)
    size = _write_atomically(
        target,
        lambda handle, running: exporter.write(document, handle, running),
        overwrite,
        Job.of(job),
    )
    return ExportResult(
        path=target,
        format=exporter.name,
        cases=len(document.cases),
        left_out=document.left_out,
        bytes=size,
    )


def export_collection(
    catalogue: Catalogue,
    name_or_id: str,
    fmt: str,
    out_path: Path,
    *,
    overwrite: bool = False,
    date: dt.date | None = None,
    lang: str = "en",
    job: Job | None = None,
) -> ExportResult:
    """Export a collection (by name or id) to `out_path` in format `fmt`, its headings,
    labels and dates in language `lang` (`presentation.LANGUAGES`).

    `out_path` may be a folder: the file is then named after the collection. An existing
    file is replaced only with `overwrite`. `job` hears the progress as the work goes on;
    cancelling it stops the export, which then writes nothing.
    Entries deleted since they were added are left out and listed in the result.
    """
    exporter = _format(fmt)  # an unknown format is reported before anything is read
    document = collection_document(catalogue, name_or_id, date=date, lang=lang, job=job)
    return write_document(document, exporter.name, out_path, overwrite=overwrite, job=job)


def export_entries(
    catalogue: Catalogue,
    entry_ids: Sequence[str],
    fmt: str,
    out_path: Path,
    *,
    title: str | None = None,
    overwrite: bool = False,
    date: dt.date | None = None,
    lang: str = "en",
    job: Job | None = None,
) -> ExportResult:
    """Export one or more entries (full ids) the same ways as a collection; the title
    defaults to the entry's own when there is one."""
    exporter = _format(fmt)
    document = entries_document(catalogue, entry_ids, title=title, date=date, lang=lang, job=job)
    return write_document(document, exporter.name, out_path, overwrite=overwrite, job=job)


# -- the transfer report ----------------------------------------------------------------------

ReportWriter = Callable[[Report, IO[bytes], Job], None]


def _report_pdf(report: Report, out: IO[bytes], job: Job) -> None:
    from .pdf_export import write_report_pdf

    write_report_pdf(report, out, job)


def _report_docx(report: Report, out: IO[bytes], job: Job) -> None:
    from .docx_export import write_report_docx

    write_report_docx(report, out, job)


def _report_html(report: Report, out: IO[bytes], job: Job) -> None:
    from .html_export import write_report_html

    write_report_html(report, out, job)


def _report_md(report: Report, out: IO[bytes], job: Job) -> None:
    from .markdown_export import write_report_markdown

    write_report_markdown(report, out, job)


def _report_xlsx(report: Report, out: IO[bytes], job: Job) -> None:
    from .xlsx_report import write_report_xlsx

    write_report_xlsx(report, out, job)


# The formats a report is written in (the readable ones of `FORMATS`, and a workbook); a
# report's file ends in `.NAME`.
REPORT_FORMATS: dict[str, ReportWriter] = {
    "pdf": _report_pdf,
    "docx": _report_docx,
    "xlsx": _report_xlsx,
    "md": _report_md,
    "html": _report_html,
}


@dataclass(frozen=True)
class ReportResult:
    """What a report wrote: the file, and the partners, practices and transfers in it."""

    path: Path
    format: str
    partners: tuple[str, ...]
    practices: int
    transfers: int
    bytes: int


def write_report(
    report: Report,
    fmt: str,
    out_path: Path,
    *,
    overwrite: bool = False,
    job: Job | None = None,
) -> ReportResult:
    """Write a report (`report.transfer_report`) as pdf, docx, xlsx, md or html, atomically
    as an export; `out_path` may be a folder (the file is named after the report's title)."""
    name = fmt.lower().lstrip(".")
    writer = REPORT_FORMATS.get(name)
    if writer is None:
        raise InvalidInput(
            f"a report cannot be written as {fmt!r}; choose one of {', '.join(REPORT_FORMATS)}"
        )
    target = Path(out_path)
    if target.is_dir():
        target = target / (file_name(report.title, "md").removesuffix(".md") + f".{name}")
    size = _write_atomically(
        target, lambda handle, running: writer(report, handle, running), overwrite, Job.of(job)
    )
    return ReportResult(
        path=target,
        format=name,
        partners=report.partners,
        practices=report.practices,
        transfers=report.transfers,
        bytes=size,
    )
