"""What every export format shows: a collection (or a few entries) read once from the catalogue.

The writers of each format turn an `ExportDocument` into bytes; none of them reads the
catalogue, so they all show the same cases, notes and sources in the same order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import presentation
from ..errors import InvalidInput, NotFound
from ..jobs import Job

if TYPE_CHECKING:
    from ..catalogue import Catalogue

# C0 controls other than tab and newline (and DEL) are invalid in XML (DOCX) and draw as
# boxes in a PDF; they carry no meaning in an entry, so every writer drops them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Text without control characters (other than tab and newline)."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Case:
    """One entry of the export, numbered in the collection's order."""

    number: int
    id: str
    rev: str
    created_at: str
    updated_at: str
    body: dict[str, Any]
    note: str

    @property
    def title(self) -> str:
        """The entry's title."""
        return str(self.body["title"])

    @property
    def anchor(self) -> str:
        """A stable fragment id for links inside one document (`case-3`)."""
        return f"case-{self.number}"


@dataclass(frozen=True)
class SourceGroup:
    """Cases that came from one dataset under one licence and attribution."""

    dataset: str
    name: str
    licence: str
    attribution: str
    cases: tuple[tuple[int, str, str], ...]  # (case number, source id, url)

    def rows(self, lang: str = presentation.ENGLISH) -> list[tuple[str, str]]:
        """(label, text) lines of a sources table: licence, attribution, then each case."""
        words = presentation.labels(lang)
        rows = []
        if self.licence:
            rows.append((words.text("source.licence"), self.licence))
        if self.attribution:
            rows.append((words.text("source.attribution"), self.attribution))
        rows += [
            (
                words.text("sources.case", n=number),
                " · ".join(p for p in (source_id, url) if p) or "—",
            )
            for number, source_id, url in self.cases
        ]
        return rows


@dataclass(frozen=True)
class ExportDocument:
    """A collection ready to be written: cover, cases in order, sources."""

    title: str
    introduction: str
    date: dt.date
    cases: tuple[Case, ...]
    collection_id: str | None = None
    collection_rev: str | None = None
    # Entries of the collection that were deleted since they were added (left out).
    left_out: tuple[str, ...] = ()
    sources: tuple[SourceGroup, ...] = field(default=())
    # The language of the headings, labels, dates and coded values (`presentation.LANGUAGES`);
    # the texts of the cases stay as written.
    lang: str = presentation.ENGLISH

    @property
    def labels(self) -> presentation.Labels:
        """The words of the document's language."""
        return presentation.labels(self.lang)

    @property
    def date_text(self) -> str:
        """The export date as people of the language read it (`30 November 2026`)."""
        return self.labels.date(self.date)

    @property
    def cover_line(self) -> str:
        """ "5 cases · exported from Casebook on 30 November 2026", in the language."""
        words = self.labels
        return words.text(
            "cover.line", cases=words.count("cases", len(self.cases)), date=self.date_text
        )


def source_groups(
    cases: Sequence[Case], lang: str = presentation.ENGLISH
) -> tuple[SourceGroup, ...]:
    """Group the cases by (dataset, licence, attribution), in order of first appearance.

    Cases without a `source` were recorded in Casebook itself; they form one group too,
    so the sources page accounts for every case.
    """
    groups: dict[tuple[str, str, str], list[tuple[int, str, str]]] = {}
    for case in cases:
        source = case.body.get("source") or {}
        key = (
            str(source.get("dataset") or ""),
            str(source.get("licence") or ""),
            str(source.get("attribution") or ""),
        )
        groups.setdefault(key, []).append(
            (case.number, str(source.get("id") or ""), str(source.get("url") or ""))
        )
    return tuple(
        SourceGroup(
            dataset=dataset,
            name=presentation.dataset_name(dataset, lang),
            licence=licence,
            attribution=attribution,
            cases=tuple(items),
        )
        for (dataset, licence, attribution), items in groups.items()
    )


def _cases(
    catalogue: Catalogue,
    items: Sequence[tuple[str, str]],
    job: Job,
) -> tuple[list[Case], list[str]]:
    cases: list[Case] = []
    left_out: list[str] = []
    for n, (entry_id, note) in enumerate(items, 1):
        job.check()
        try:
            record = catalogue.get_entry(entry_id)
        except NotFound:
            left_out.append(entry_id)
            continue
        cases.append(
            Case(
                number=len(cases) + 1,
                id=record.id,
                rev=record.rev,
                created_at=record.created_at,
                updated_at=record.updated_at,
                body=record.body,
                note=note or "",
            )
        )
        job.report(0.2 * n / len(items), f"read {n} of {len(items)} entries")
    return cases, left_out


def collection_document(
    catalogue: Catalogue,
    name_or_id: str,
    *,
    date: dt.date | None = None,
    lang: str = presentation.ENGLISH,
    job: Job | None = None,
) -> ExportDocument:
    """Read a collection and its entries (raises `NotFound`, or `InvalidInput` when empty);
    `lang` is the language of the document's own words."""
    lang = presentation.labels(lang).lang  # an unknown language is refused before reading
    record = catalogue.get_collection(name_or_id)
    if not record.items:
        raise InvalidInput(
            f"collection {record.name!r} has no entries, so there is nothing to export; "
            f"add some with `casebook collection add {record.name!r} ID…`"
        )
    cases, left_out = _cases(catalogue, record.items, Job.of(job))
    if not cases:
        raise InvalidInput(
            f"every entry of collection {record.name!r} has been deleted; nothing to export"
        )
    return ExportDocument(
        title=record.name,
        introduction=record.introduction or "",
        date=date or dt.date.today(),
        cases=tuple(cases),
        collection_id=record.id,
        collection_rev=record.rev,
        left_out=tuple(left_out),
        sources=source_groups(cases, lang),
        lang=lang,
    )


def entries_document(
    catalogue: Catalogue,
    entry_ids: Sequence[str],
    *,
    title: str | None = None,
    introduction: str = "",
    date: dt.date | None = None,
    lang: str = presentation.ENGLISH,
    job: Job | None = None,
) -> ExportDocument:
    """Entries by id (not a collection); the title defaults to the single entry's title."""
    lang = presentation.labels(lang).lang
    ids = list(dict.fromkeys(entry_ids))
    if not ids:
        raise InvalidInput("no entries to export; give one or more entry ids")
    for entry_id in ids:
        catalogue.get_entry(entry_id)  # unknown or deleted ids are the user's to fix
    cases, _ = _cases(catalogue, [(i, "") for i in ids], Job.of(job))
    if title is None:
        title = cases[0].title if len(cases) == 1 else f"{len(cases)} cases"
    return ExportDocument(
        title=title,
        introduction=introduction,
        date=date or dt.date.today(),
        cases=tuple(cases),
        sources=source_groups(cases, lang),
        lang=lang,
    )
