"""`import_file`: read a file, validate every row, match it against earlier imports, write.

The rules (issue 7): all or nothing unless `skip_invalid`; every bad row reported with its
row number, field and problem; re-importing the same file changes nothing; a newer file
updates the entries it produced (matched by dataset + source id) with new revisions; an
entry a user changed since the import is not overwritten: the new imported revision is
added beside the user's (its parent is the last imported revision), which the catalogue
shows as a conflict to resolve. Cancelling leaves nothing written.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalogue import Catalogue, Changes
from ..entry import prune, validate_entry
from ..errors import CasebookError, InvalidInput
from ..jobs import Job
from . import algoritmeregister, generic, omb, pstw, workshop
from .reading import check_file
from .records import ParsedFile, Record, RowNote, RowProblem, Tick

FORMATS = ("pstw", "algoritmeregister", "omb", "workshop", "csv", "xlsx", "json")
GENERIC_FORMATS = ("csv", "xlsx", "json")
PREVIEW_ROWS = 50  # rows of the file an import report shows as they will be imported


@dataclass(frozen=True)
class PreviewRow:
    """One of the file's first rows as the import will store it: the validated body (the
    mapped one for an invalid row) and what the import does with it (`outcome`: new,
    update, unchanged, conflict, kept, invalid)."""

    row: int
    body: dict[str, Any]
    outcome: str


@dataclass(frozen=True)
class EntryNote:
    """An existing entry an import did not simply add or update, and why."""

    row: int
    source_id: str
    entry_id: str
    title: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row} ({self.source_id})"
        return f"{where}: entry {self.entry_id[:8]} {self.title!r}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "source_id": self.source_id,
            "entry": self.entry_id,
            "title": self.title,
            "reason": self.reason,
        }


@dataclass
class ImportReport:
    """What an import found and did. With `written` False nothing was stored (a dry run,
    or invalid rows without `skip_invalid`)."""

    format: str
    file: str
    dataset: str | None
    dry_run: bool
    rows_read: int = 0
    to_add: int = 0
    to_update: int = 0
    unchanged: int = 0
    invalid: list[RowProblem] = field(default_factory=list)
    invalid_rows: int = 0
    notes: list[RowNote] = field(default_factory=list)
    conflicts: list[EntryNote] = field(default_factory=list)
    kept: list[EntryNote] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    written: bool = False
    seconds: float = 0.0
    # Bodies that would be new entries, by row: the command line checks them for
    # near-duplicates in the catalogue (the `search` package; the core cannot import it).
    new_bodies: list[tuple[int, dict[str, Any]]] = field(default_factory=list, repr=False)
    # The first PREVIEW_ROWS rows of the file as they will be imported (the GUI's preview).
    preview: list[PreviewRow] = field(default_factory=list, repr=False)

    @property
    def rejected(self) -> bool:
        """Invalid rows stopped the import (all or nothing)."""
        return bool(self.invalid) and not self.written and not self.dry_run

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (stable order)."""
        return {
            "format": self.format,
            "file": self.file,
            "dataset": self.dataset,
            "dry_run": self.dry_run,
            "written": self.written,
            "rows_read": self.rows_read,
            "added": len(self.changes.added) if self.written else 0,
            "updated": len(self.changes.updated) if self.written else 0,
            "to_add": self.to_add,
            "to_update": self.to_update,
            "unchanged": self.unchanged,
            "invalid_rows": self.invalid_rows,
            "problems": [p.to_json() for p in self.invalid],
            "notes": [n.to_json() for n in self.notes],
            "conflicts": [c.to_json() for c in self.conflicts],
            "kept_local_changes": [k.to_json() for k in self.kept],
            "entry_ids": sorted(self.changes.added + self.changes.updated),
            "seconds": round(self.seconds, 2),
        }


class _Meter:
    """Turns row counts into the job's progress with rows/s and time left, and checks
    whether the job was cancelled on every row."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.started = time.monotonic()
        self.last = 0.0

    def check(self) -> None:
        self.job.check()

    def stage(self, name: str, low: float, high: float) -> Tick:
        started = time.monotonic()

        def tick(done: int, total: int | None) -> None:
            self.check()
            now = time.monotonic()
            if done != total and (now - self.last < 0.1 or now - started < 0.25):
                return
            self.last = now
            rate = done / max(now - started, 1e-6)
            if total:
                share = min(done / total, 1.0)
                left = max(total - done, 0) / rate if rate else 0.0
                message = (
                    f"{name}: {done:,} of {total:,} rows, {rate:,.0f} rows/s, "
                    f"about {left:,.0f} s left"
                )
            else:
                share = 0.0
                message = f"{name}: {done:,} rows, {rate:,.0f} rows/s"
            self.job.report(low + (high - low) * share, message)

        return tick


def read_file(
    format: str, path: Path, mapping: Mapping[str, Any] | None = None, tick: Tick | None = None
) -> ParsedFile:
    """Read `path` as `format` into records (no catalogue needed; the GUI's preview)."""
    quiet: Tick = tick or (lambda done, total: None)
    if format not in FORMATS:
        raise InvalidInput(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    check_file(Path(path), f"a file to import as {format}")
    if format in GENERIC_FORMATS:
        if mapping is None:
            raise InvalidInput(
                f"the {format} format needs a column mapping (--mapping FILE.json); "
                "see README, 'Importing public registers and workshop spreadsheets'"
            )
        return generic.read(format, path, mapping, quiet)
    readers = {
        "pstw": pstw.read,
        "algoritmeregister": algoritmeregister.read,
        "omb": omb.read,
        "workshop": workshop.read,
    }
    return readers[format](path, quiet)


def _marker(parsed: ParsedFile) -> str:
    return f" [import {parsed.dataset or parsed.format}]"


@dataclass(frozen=True)
class _Imported:
    object_id: str
    last_import: str
    import_body: dict[str, Any]


def _imported(catalogue: Catalogue, marker: str) -> dict[str, _Imported]:
    """The entries earlier imports wrote, by source id, with their last imported revision.

    Import revisions are the ones whose author ends with the import's marker; the last one
    of an entry is the one that no other import revision of it descends from.
    """
    rows = catalogue.conn.execute(
        "SELECT rev, object_id, payload FROM revisions WHERE substr(author, -?) = ? AND op = 'put'",
        (len(marker), marker),
    ).fetchall()
    by_object: dict[str, list[tuple[str, dict[str, Any], list[str]]]] = {}
    for rev, object_id, payload in rows:
        data = json.loads(payload)
        by_object.setdefault(object_id, []).append((rev, data["body"], data["parents"]))
    found: dict[str, _Imported] = {}
    for object_id, revisions in sorted(by_object.items()):
        parents = {p for _, _, ps in revisions for p in ps}
        last = sorted((r for r in revisions if r[0] not in parents), key=lambda r: r[0])[0]
        source_id = str((last[1].get("source") or {}).get("id") or "")
        if source_id and source_id not in found:
            found[source_id] = _Imported(object_id, last[0], last[1])
    return found


def _heads(catalogue: Catalogue, object_ids: list[str]) -> dict[str, set[str]]:
    heads: dict[str, set[str]] = {}
    for start in range(0, len(object_ids), 1000):
        part = json.dumps(object_ids[start : start + 1000])
        for object_id, rev in catalogue.conn.execute(
            "SELECT object_id, rev FROM heads WHERE object_id IN (SELECT value FROM json_each(?))",
            (part,),
        ):
            heads.setdefault(object_id, set()).add(rev)
    return heads


def _shown(catalogue: Catalogue, object_ids: list[str]) -> dict[str, tuple[dict[str, Any], int]]:
    shown: dict[str, tuple[dict[str, Any], int]] = {}
    for start in range(0, len(object_ids), 1000):
        part = json.dumps(object_ids[start : start + 1000])
        for object_id, body, live in catalogue.conn.execute(
            "SELECT id, body, live_heads FROM entries WHERE id IN (SELECT value FROM json_each(?))",
            (part,),
        ):
            shown[object_id] = (json.loads(body), live)
    return shown


def _same_body_exists(catalogue: Catalogue, body: dict[str, Any]) -> bool:
    for (stored,) in catalogue.conn.execute(
        "SELECT body FROM entries WHERE title = ?", (body["title"],)
    ):
        if json.loads(stored) == body:
            return True
    return False


_WORDS = re.compile(r"\w+")


def _plain(text: str) -> str:
    """Lower case, accents dropped, words only: how titles are compared."""
    if text.isascii():
        return " ".join(_WORDS.findall(text.lower()))
    folded = unicodedata.normalize("NFKD", text.lower())
    return " ".join(_WORDS.findall("".join(c for c in folded if not unicodedata.combining(c))))


def _titles(catalogue: Catalogue) -> dict[str, list[tuple[str, str, str]]]:
    """Entries already in the catalogue by plain title: (id, plain organisation, dataset)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for object_id, title, organisation, dataset in catalogue.conn.execute(
        "SELECT id, title, organisation, dataset FROM entries"
    ):
        found.setdefault(_plain(title), []).append((object_id, _plain(organisation), dataset or ""))
    return found


def _same_title_elsewhere(
    existing: dict[str, list[tuple[str, str, str]]], record: Record, body: dict[str, Any]
) -> list[RowNote]:
    """A cheap near-duplicate check for any size of import: an entry already in the
    catalogue with the same title, and the same organisation or a title of at least four
    words (short titles such as "Chatbot" repeat too often to mean anything)."""
    title = _plain(body["title"])
    organisation = _plain(body["organisation"]["name"])
    long_title = len(title.split()) >= 4
    notes = []
    for object_id, other_org, dataset in existing.get(title, [])[:3]:
        if other_org == organisation or long_title:
            where = f" ({dataset})" if dataset else ""
            notes.append(
                RowNote(
                    record.row,
                    record.source_id or "",
                    "similar",
                    f"same title as entry {object_id[:8]}{where} already in the catalogue; "
                    "both kept",
                )
            )
    return notes


def _validate(
    parsed: ParsedFile, tick: Tick, earlier: Mapping[str, _Imported]
) -> tuple[list[tuple[Record, dict[str, Any]]], list[RowProblem]]:
    """The valid records with their canonical bodies, and every problem of the others.

    A row whose body, empty values dropped, is exactly what the last import of its source
    id wrote is not validated again: that body was validated when it was written, and
    validating a canonical body gives it back (tests/catalogue/test_importers.py checks
    this on the registers). Re-importing an unchanged register is mostly such rows.
    """
    problems = list(parsed.problems)
    # Fields the reader already refused, by row: a row is still validated, so that all its
    # problems are reported at once (each fix must not reveal the next).
    reported: dict[int, set[str]] = {}
    for p in problems:
        reported.setdefault(p.row, set()).add(p.field)
    valid: list[tuple[Record, dict[str, Any]]] = []
    for n, record in enumerate(parsed.records, 1):
        tick(n, len(parsed.records))
        before = earlier.get(record.source_id) if record.source_id else None
        if before is not None and record.row not in reported:
            body = prune(record.body)
            if body == before.import_body:
                valid.append((record, before.import_body))
                continue
        try:
            checked = validate_entry(record.body)
        except CasebookError as exc:
            known = reported.get(record.row, set())
            problems += [
                RowProblem(record.row, p.field, p.message, parsed.columns.get(p.field, ""))
                for p in exc.problems
                if p.field not in known
            ]
            continue
        if record.row not in reported:
            valid.append((record, checked))
    problems.sort(key=lambda p: p.row)
    return valid, problems


def _preview(
    parsed: ParsedFile, valid: list[tuple[Record, dict[str, Any]]], outcome: dict[int, str]
) -> list[PreviewRow]:
    checked = {record.row: body for record, body in valid[:PREVIEW_ROWS]}
    return [
        PreviewRow(r.row, checked.get(r.row, r.body), outcome.get(r.row, "invalid"))
        for r in parsed.records[:PREVIEW_ROWS]
    ]


def import_file(
    catalogue: Catalogue,
    format: str,
    path: Path,
    *,
    mapping: Mapping[str, Any] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    job: Job | None = None,
) -> ImportReport:
    """Import `path` as `format` into `catalogue` and say what happened.

    Reads and validates every row first. Invalid rows: nothing is written unless
    `skip_invalid` (then the valid rows are). `dry_run` does everything but write.
    `job` hears the progress as rows are read, checked and written; cancelling it stops
    the import with `Cancelled`, writing nothing.
    Files that are not the format raise `InvalidInput` with a message that says why.
    """
    started = time.monotonic()
    meter = _Meter(Job.of(job))
    path = Path(path)
    parsed = read_file(format, path, mapping, meter.stage("reading", 0.0, 0.6))
    if parsed.rows_read == 0:
        raise InvalidInput(f"{path} has no rows to import below its header; nothing was imported")
    report = ImportReport(format, str(path), parsed.dataset, dry_run, rows_read=parsed.rows_read)
    report.notes = list(parsed.notes)
    marker = _marker(parsed)
    earlier = _imported(catalogue, marker)
    valid, problems = _validate(parsed, meter.stage("checking", 0.6, 0.7), earlier)
    report.invalid = problems
    report.invalid_rows = len({p.row for p in problems})

    heads = _heads(catalogue, [e.object_id for e in earlier.values()])
    # What the catalogue shows now matters only for entries changed since their import,
    # and the titles only for new entries: both are read when first needed.
    shown: dict[str, tuple[dict[str, Any], int]] | None = None
    existing: dict[str, list[tuple[str, str, str]]] | None = None

    def shown_now(object_id: str) -> tuple[dict[str, Any], int] | None:
        nonlocal shown
        if shown is None:
            changed = [
                e.object_id
                for e in earlier.values()
                if heads.get(e.object_id, set()) not in ({e.last_import}, set())
            ]
            shown = _shown(catalogue, changed)
        return shown.get(object_id)

    new: list[tuple[int, dict[str, Any]]] = []
    revised: list[tuple[str, list[str], dict[str, Any]]] = []
    seen_titles: dict[tuple[str, str], int] = {}
    outcome: dict[int, str] = {}
    for record, body in valid:
        key = (_plain(body["title"]), _plain(body["organisation"]["name"]))
        if key in seen_titles:
            report.notes.append(
                RowNote(
                    record.row,
                    record.source_id or "",
                    "similar",
                    f"same title and organisation as row {seen_titles[key]}; both imported",
                )
            )
        else:
            seen_titles[key] = record.row
        before = earlier.get(record.source_id) if record.source_id else None
        if before is None:
            if record.source_id is None and _same_body_exists(catalogue, body):
                report.unchanged += 1
                outcome[record.row] = "unchanged"
            else:
                new.append((record.row, body))
                outcome[record.row] = "new"
                if existing is None:
                    existing = _titles(catalogue)
                report.notes += _same_title_elsewhere(existing, record, body)
            continue
        current_heads = heads.get(before.object_id, set())
        title = body["title"]
        if current_heads == {before.last_import} or not current_heads:
            if body == before.import_body:
                report.unchanged += 1
                outcome[record.row] = "unchanged"
            else:
                revised.append((before.object_id, [before.last_import], body))
                outcome[record.row] = "update"
            continue
        # Someone changed the entry since it was imported.
        current = shown_now(before.object_id)
        outcome[record.row] = "kept"
        if body == before.import_body:
            report.unchanged += 1
            reason = (
                "deleted here since the import; left deleted"
                if current is None
                else "changed here since the import; the file has nothing new, kept as is"
            )
            report.kept.append(
                EntryNote(record.row, record.source_id or "", before.object_id, title, reason)
            )
        elif current is not None and current[0] == body and current[1] == 1:
            report.unchanged += 1
            outcome[record.row] = "unchanged"
        elif current is None:
            report.kept.append(
                EntryNote(
                    record.row,
                    record.source_id or "",
                    before.object_id,
                    title,
                    "deleted here since the import; the file changed it, but it stays deleted "
                    "(undelete it and import again to take the change)",
                )
            )
        else:
            revised.append((before.object_id, [before.last_import], body))
            outcome[record.row] = "conflict"
            report.conflicts.append(
                EntryNote(
                    record.row,
                    record.source_id or "",
                    before.object_id,
                    title,
                    "changed here and in the file: both versions kept as a conflict to resolve",
                )
            )
    report.to_add = len(new)
    report.to_update = len(revised)
    report.new_bodies = new
    report.preview = _preview(parsed, valid, outcome)
    if dry_run or (problems and not skip_invalid):
        report.seconds = time.monotonic() - started
        return report
    meter.check()
    write_tick = meter.stage("writing", 0.7, 1.0)
    total = len(new) + len(revised)

    def write_progress(fraction: float, message: str) -> None:
        write_tick(round(fraction * total), total)

    report.changes = catalogue.write_imported(
        [b for _, b in new],
        revised,
        author=catalogue.author + marker,
        job=meter.job.relay(write_progress),
    )
    report.written = True
    report.seconds = time.monotonic() - started
    return report
