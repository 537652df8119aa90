"""The transfer report: per partner, the good practices it identified and what was
transferred into which action plan and when, with sources (what a partner pastes into its
Interreg progress report).

Built from the catalogue alone: an entry belongs to the report when it has Interregional
learning data (`interreg`: project, validation, expert opinion or transfers). The partners
are the organisations of those entries and the partners named in their transfers. The
order is fixed (partners, practices and transfers sorted by name, title and date; ties by
entry id), so the same catalogue gives the same report.

A `Report` is chapters of headings, paragraphs and (label, value) tables; each format's
writer module draws it with the same pieces it draws a collection with.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import presentation
from ..errors import InvalidInput
from ..jobs import Job
from ..trail_matrix import most_spelled
from ..trail_matrix import name_key as _key
from ..trail_matrix import spelling as _spelling

if TYPE_CHECKING:
    from ..catalogue import Catalogue


@dataclass(frozen=True)
class Heading:
    """A heading inside a chapter: level 2 (a part) or 3 (one practice or transfer)."""

    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    """Plain text."""

    text: str


@dataclass(frozen=True)
class Table:
    """(label, value) rows; labels as in the label tables (the writer capitalises them)."""

    rows: tuple[tuple[str, str], ...]


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Chapter:
    """One partner: its name and what the report says about it."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Report:
    """A report ready to be written in any format."""

    title: str
    subtitle: str
    date: dt.date
    lang: str
    chapters: tuple[Chapter, ...]
    practices: int = 0
    transfers: int = 0
    partners: tuple[str, ...] = field(default=())

    @property
    def labels(self) -> presentation.Labels:
        """The words of the report's language."""
        return presentation.labels(self.lang)

    @property
    def cover_line(self) -> str:
        """ "Made with Casebook on 12 May 2026", in the language."""
        return self.labels.text("report.cover", date=self.labels.date(self.date))


@dataclass(frozen=True)
class _Practice:
    id: str
    body: dict[str, Any]

    @property
    def title(self) -> str:
        return str(self.body["title"])

    @property
    def organisation(self) -> str:
        return _spelling(str((self.body.get("organisation") or {}).get("name") or ""))

    @property
    def interreg(self) -> dict[str, Any]:
        return dict(self.body.get("interreg") or {})

    def sort_key(self) -> tuple[str, str]:
        return (self.title.casefold(), self.id)


@dataclass(frozen=True)
class _Transfer:
    practice: _Practice
    data: dict[str, Any]

    @property
    def partner(self) -> str:
        return _spelling(str(self.data.get("partner") or ""))

    def sort_key(self) -> tuple[str, str, str, str]:
        date = str(self.data.get("date") or "9999")  # undated transfers last
        return (date, self.practice.title.casefold(), self.partner.casefold(), self.practice.id)


def _practices(
    catalogue: Catalogue, project: str | None, job: Job
) -> tuple[list[_Practice], list[str]]:
    """The entries with Interreg data (of `project`), and every project named."""
    found: list[_Practice] = []
    projects: dict[str, Counter[str]] = {}
    total = max(catalogue.count_entries(), 1)
    for n, row in enumerate(catalogue.entry_rows(), 1):
        if n % 200 == 0:
            job.check()
            job.report(0.5 * n / total, f"read {n} of {total} entries")
        interreg = row.body.get("interreg") or {}
        if not interreg:
            continue
        if interreg.get("project"):
            name = _spelling(str(interreg["project"]))
            projects.setdefault(_key(name), Counter())[name] += 1
        if project is None or _key(str(interreg.get("project") or "")) == _key(project):
            found.append(_Practice(row.id, row.body))
    # One spelling of each project (the most frequent), as the learning trail shows them.
    return found, sorted(most_spelled(projects).values(), key=str.casefold)


def _spelled(name: str, spellings: list[str]) -> str:
    """A name as the catalogue spells it (the user may have typed it otherwise)."""
    return next((s for s in spellings if _key(s) == _key(name)), _spelling(name))


def _some(names: Iterable[str]) -> str:
    names = list(names)
    shown = ", ".join(names[:10]) + (" …" if len(names) > 10 else "")
    return shown or "none"


def _practice_rows(practice: _Practice, words: presentation.Labels) -> tuple[tuple[str, str], ...]:
    body, interreg = practice.body, practice.interreg
    validation = interreg.get("validation")
    rows = [
        (
            words.text("interreg.validation"),
            words.value("validation", validation)
            if validation
            else words.text("report.not_recorded"),
        ),
        (words.text("field.kind"), body.get("kind") and words.value("kind", body["kind"])),
        (words.text("field.status"), body.get("status") and words.value("status", body["status"])),
        (words.text("interreg.project"), interreg.get("project")),
        (words.text("interreg.policy_instrument"), interreg.get("policy_instrument")),
        (words.text("interreg.expert_opinion"), interreg.get("expert_opinion")),
    ]
    rows += presentation.source_lines(body, words.lang)
    return tuple((label, str(value)) for label, value in rows if value)


def _transfer_rows(
    transfer: _Transfer, words: presentation.Labels, *, incoming: bool
) -> tuple[tuple[str, str], ...]:
    data, practice = transfer.data, transfer.practice
    first = (
        (words.text("field.organisation"), practice.organisation)
        if incoming
        else (words.text("transfer.partner"), transfer.partner)
    )
    rows = [
        first,
        (words.text("transfer.action_plan"), data.get("action_plan")),
        (words.text("transfer.date"), data.get("date") and words.partial_date(str(data["date"]))),
        (words.text("transfer.note"), data.get("note")),
    ]
    if incoming:  # where the partner's report cites the practice from
        validation = practice.interreg.get("validation")
        rows.append(
            (
                words.text("interreg.validation"),
                validation and words.value("validation", validation),
            )
        )
        rows += presentation.source_lines(practice.body, words.lang)
    return tuple((label, str(value)) for label, value in rows if value)


def _chapter(
    name: str,
    own: list[_Practice],
    incoming: list[_Transfer],
    outgoing: list[_Transfer],
    words: presentation.Labels,
) -> Chapter:
    blocks: list[Block] = [Heading(words.text("report.practices"))]
    if not own:
        blocks.append(Paragraph(words.text("report.none")))
    for practice in own:
        blocks += [Heading(practice.title, 3), Table(_practice_rows(practice, words))]
    blocks.append(Heading(words.text("report.transfers_in")))
    if not incoming:
        blocks.append(Paragraph(words.text("report.none")))
    for transfer in incoming:
        rows = _transfer_rows(transfer, words, incoming=True)
        blocks += [Heading(transfer.practice.title, 3), Table(rows)]
    blocks.append(Heading(words.text("report.transfers_out")))
    if not outgoing:
        blocks.append(Paragraph(words.text("report.none")))
    for transfer in outgoing:
        rows = _transfer_rows(transfer, words, incoming=False)
        blocks += [Heading(transfer.practice.title, 3), Table(rows)]
    return Chapter(name, tuple(blocks))


def transfer_report(
    catalogue: Catalogue,
    *,
    project: str | None = None,
    partner: str | None = None,
    lang: str = presentation.ENGLISH,
    date: dt.date | None = None,
    job: Job | None = None,
) -> Report:
    """The transfer report of the catalogue, of one project and/or one partner.

    Raises `InvalidInput` when no entry has Interreg data, or the project or partner
    asked for is not in it (the message names those that are)."""
    words = presentation.labels(lang)
    job = Job.of(job)
    practices, projects = _practices(catalogue, project, job)
    if project is not None and not practices:
        raise InvalidInput(f"no entry is of project {project!r}; projects: {_some(projects)}")
    if not practices:
        raise InvalidInput(
            "no entry has Interregional learning data (project, validation or transfers); "
            "fill them in with `casebook edit ID --set interreg.project=…` or in the editor"
        )
    spelled: dict[str, Counter[str]] = {}
    own: dict[str, list[_Practice]] = {}
    incoming: dict[str, list[_Transfer]] = {}
    outgoing: dict[str, list[_Transfer]] = {}
    for practice in practices:
        if practice.organisation:
            spelled.setdefault(_key(practice.organisation), Counter())[practice.organisation] += 1
            own.setdefault(_key(practice.organisation), []).append(practice)
        for item in practice.interreg.get("transfers") or []:
            transfer = _Transfer(practice, dict(item))
            if not transfer.partner:
                continue
            spelled.setdefault(_key(transfer.partner), Counter())[transfer.partner] += 1
            incoming.setdefault(_key(transfer.partner), []).append(transfer)
            outgoing.setdefault(_key(practice.organisation), []).append(transfer)
    # A partner is shown as it is spelled most often (then the first in sorted order).
    names = most_spelled(spelled)
    keys = sorted(names, key=lambda k: (k, names[k]))
    if partner is not None:
        if _key(partner) not in names:
            raise InvalidInput(
                f"no partner {partner!r} in the report; partners: {_some(names[k] for k in keys)}"
            )
        keys = [_key(partner)]
    chapters = []
    for n, key in enumerate(keys, 1):
        job.check()
        chapters.append(
            _chapter(
                names[key],
                sorted(own.get(key, []), key=_Practice.sort_key),
                sorted(incoming.get(key, []), key=_Transfer.sort_key),
                sorted(outgoing.get(key, []), key=_Transfer.sort_key),
                words,
            )
        )
        job.report(0.5 + 0.2 * n / len(keys), f"reported {n} of {len(keys)} partners")
    filters = [
        f"{presentation_label(words.text('interreg.project'))}: {_spelled(project, projects)}"
        if project
        else "",
        f"{presentation_label(words.text('transfer.partner'))}: {names[keys[0]]}"
        if partner
        else "",
    ]
    return Report(
        title=words.text("report.title"),
        subtitle=presentation.join(*filters, sep=" · ") or words.text("report.all"),
        date=date or dt.date.today(),
        lang=words.lang,
        chapters=tuple(chapters),
        practices=sum(len(own.get(k, [])) for k in keys),
        transfers=sum(len(incoming.get(k, [])) for k in keys),
        partners=tuple(names[k] for k in keys),
    )


def presentation_label(text: str) -> str:
    """A label with a capital first letter, as in a table."""
    return text[:1].upper() + text[1:]
