"""`casebook import FORMAT FILE` and `casebook template workshop --out FILE.xlsx`.

The import itself is `catalogue.importers.import_file`; this layer adds the progress line
on standard error, the near-duplicate check against the catalogue (the `search` package,
which the core may not import) and the report.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.importers import FORMATS, ImportReport, import_file, write_workshop_template

from . import cli as cli_module
from .cli import (
    EXIT_USER,
    cli,
    echo_json,
    force_option,
    json_option,
    open_catalogue,
    progress_job,
    read_json_file,
    refuse_to_overwrite,
)

# Above this many new entries the near-duplicate check (one keyword query per entry) is
# skipped unless asked for: it would take longer than the import.
DUPLICATE_CHECK_LIMIT = 300
LISTED = 20  # notes of one kind shown in the text report; --json has them all


def _near_duplicates(
    catalogue: Catalogue, report: ImportReport, force: bool | None
) -> tuple[list[dict[str, Any]], int]:
    """Entries already in the catalogue that new rows are probably the same practice as
    (the same source, a similar title, or a similar meaning), and how many entries could not
    be compared by meaning. For the meaning the model is loaded and the entries not yet
    indexed by meaning are encoded first, with progress: all of them with `--duplicates`
    (after a big import: minutes), by default only when there are few (as `add` does)."""
    count = len(report.new_bodies)
    if not count or force is False or (force is None and count > DUPLICATE_CHECK_LIMIT):
        return [], 0
    from search.engine import Search

    engine = Search(catalogue)
    found = []
    # The check runs after the write: the entries this import added are not duplicates.
    ours = set(report.changes.added)
    not_indexed = 0
    try:
        if engine.loader.state == "idle":
            click.echo("Loading the semantic model to compare by meaning…", err=True)
        encoder = engine.loader.get(wait=None)
        if encoder is not None:
            engine.vectors.refresh(catalogue, encoder.model_id)
            # Each new row is encoded as it is compared: only the others need vectors.
            others = set(engine.vectors.missing_ids(encoder.model_id)) - ours
            if force or len(others) <= cli_module.ENCODE_BEFORE_CHECK:
                engine.catch_up(job=progress_job("Indexing"), model_wait=None)
            else:
                not_indexed = len(others)
        for row, body in report.new_bodies:
            candidates = engine.near_duplicates(body, limit=3 + 5, model_wait=None, encode=False)
            for duplicate in [c for c in candidates if c.id not in ours][:3]:
                found.append(
                    {
                        "row": row,
                        "title": body["title"],
                        "entry": duplicate.id,
                        "entry_title": duplicate.title,
                        "score": duplicate.score,
                        "reason": duplicate.reason,
                    }
                )
    finally:
        engine.close()
    if not_indexed:
        click.echo(
            f"Note: {not_indexed:,} entries already here are not yet indexed by meaning and "
            "were compared with the new rows by title and source only; --duplicates (or "
            "`casebook index update` first) encodes them.",
            err=True,
        )
    return found, not_indexed


def _text_report(
    report: ImportReport, duplicates: list[dict[str, Any]], duplicates_checked: bool
) -> None:
    def out(line: str = "") -> None:
        click.echo(line)

    name = Path(report.file).name
    if report.rejected:
        out(f"Nothing was imported from {name}: it has invalid rows (listed below).")
    elif report.dry_run:
        out(f"Dry run of {report.format} import of {name}: nothing was written.")
    elif report.written:
        out(f"Imported {name} ({report.format}) in {report.seconds:.1f} s.")
    out(
        f"Rows read: {report.rows_read:,}; "
        f"{'would add' if not report.written else 'added'}: "
        f"{len(report.changes.added) if report.written else report.to_add:,}; "
        f"{'would update' if not report.written else 'updated'}: "
        f"{len(report.changes.updated) if report.written else report.to_update:,}; "
        f"unchanged: {report.unchanged:,}; invalid rows: {report.invalid_rows:,}."
    )
    by_action = Counter(n.action for n in report.notes)
    for action in ("merged", "skipped", "renamed", "adjusted", "similar"):
        notes = [n for n in report.notes if n.action == action]
        if not notes:
            continue
        out(f"{action.capitalize()} rows ({by_action[action]:,}):")
        shown = notes if action in ("merged", "skipped") else notes[:LISTED]
        for note in shown:
            out(f"  {note}")
        if len(shown) < len(notes):
            out(f"  … and {len(notes) - len(shown):,} more (--json lists them all)")
    if report.conflicts:
        out(f"Conflicts ({len(report.conflicts):,}): changed here and in the file; both kept.")
        for conflict in report.conflicts:
            out(f"  {conflict}")
        out("  Resolve them in the app or with `casebook show ID` and `casebook edit ID`.")
    if report.kept:
        out(f"Kept as they are here ({len(report.kept):,}):")
        for kept in report.kept[:LISTED]:
            out(f"  {kept}")
    if duplicates:
        out(f"Possible duplicates of entries already in the catalogue ({len(duplicates):,}):")
        for d in duplicates:
            out(
                f"  row {d['row']} {d['title']!r} ~ {d['entry'][:8]} {d['entry_title']!r} "
                f"({d['reason']}, {d['score']})"
            )
    elif not duplicates_checked and report.new_bodies:
        out(
            f"Only same-title duplicates were looked for among the {len(report.new_bodies):,} "
            "new entries; --duplicates also compares similar titles and meaning (slower)."
        )


@cli.command("import")
@click.argument("format", type=click.Choice(FORMATS))
@click.argument("file", metavar="FILE")
@click.option(
    "--mapping",
    metavar="MAPPING.json",
    help="For csv, xlsx and json: which column fills which entry field (see README).",
)
@click.option("--dry-run", is_flag=True, help="Check and report; write nothing.")
@click.option("--skip-invalid", is_flag=True, help="Import the valid rows and report the others.")
@click.option(
    "--duplicates/--no-duplicates",
    default=None,
    help=f"Check new entries for near-duplicates in the catalogue, by meaning too: loads the "
    f"model and encodes entries not yet indexed, with progress "
    f"(default: when at most {DUPLICATE_CHECK_LIMIT} are new).",
)
@json_option
@click.pass_context
def import_command(
    ctx: click.Context,
    format: str,
    file: str,
    mapping: str | None,
    dry_run: bool,
    skip_invalid: bool,
    duplicates: bool | None,
    as_json: bool,
) -> None:
    """Import a public register, a workshop spreadsheet or a mapped table.

    FORMAT: pstw, algoritmeregister, omb (CSV or xlsx), workshop, or csv/xlsx/json with
    --mapping. All or nothing: if any row is invalid, every problem is listed and nothing
    is written (exit 1) unless --skip-invalid. Importing the same file again changes
    nothing; a newer file updates the entries it made.
    """
    if mapping and format not in ("csv", "xlsx", "json"):
        raise click.UsageError("--mapping is for the csv, xlsx and json formats")
    mapping_data = read_json_file(mapping) if mapping else None
    catalogue = open_catalogue(ctx)
    report = import_file(
        catalogue,
        format,
        Path(file),
        mapping=mapping_data,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        job=progress_job("Importing"),
    )
    if sys.stderr.isatty():
        click.echo("", err=True)
    checked = bool(report.new_bodies) and (
        duplicates is True
        or (duplicates is None and len(report.new_bodies) <= DUPLICATE_CHECK_LIMIT)
    )
    found: list[dict[str, Any]] = []
    not_indexed = 0
    if not report.rejected:
        found, not_indexed = _near_duplicates(catalogue, report, duplicates)
    if as_json:
        data = report.to_json()
        data["near_duplicates"] = found
        data["near_duplicates_checked"] = checked and not report.rejected
        data["near_duplicates_not_indexed"] = not_indexed
        echo_json(data)
    else:
        _text_report(report, found, checked)
    if report.invalid:
        for problem in report.invalid:
            click.echo(f"error: {problem}", err=True)
        if report.rejected:
            click.echo(
                f"error: {report.invalid_rows:,} invalid row(s); nothing was imported. Fix them, "
                "or import the other rows with --skip-invalid.",
                err=True,
            )
            ctx.exit(EXIT_USER)
        elif report.dry_run and not skip_invalid:
            ctx.exit(EXIT_USER)


@cli.group()
def template() -> None:
    """Write templates to fill in (the workshop intake spreadsheet)."""


@template.command("workshop")
@click.option("--out", "out", required=True, metavar="FILE.xlsx", help="Where to write it.")
@force_option
@json_option
def template_workshop(out: str, force: bool, as_json: bool) -> None:
    """Write the workshop intake spreadsheet: one row per practice, drop-down lists."""
    path = Path(out)
    if path.suffix.lower() != ".xlsx":
        raise InvalidInput(f"{out}: the template is an Excel workbook; name it ….xlsx")
    if not path.parent.is_dir():
        raise InvalidInput(f"{path.parent} is not a folder; create it or choose another --out")
    refuse_to_overwrite(path, force)  # a filled-in sheet must never be lost
    write_workshop_template(path)
    if as_json:
        echo_json({"path": str(path), "bytes": path.stat().st_size})
    else:
        click.echo(
            f"Wrote {path}. Fill in one row per practice, then: casebook import workshop {path}"
        )
