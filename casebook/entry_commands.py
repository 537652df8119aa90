"""`casebook list | show | add | edit | delete | undelete | history | attach`: the entries
themselves."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import click

from catalogue.catalogue import LIST_ORDERS, Catalogue
from catalogue.entry import field_names
from catalogue.errors import InvalidInput

from . import cli as cli_module
from . import text
from .cli import (
    cli,
    echo_json,
    entry_body_from_file,
    json_option,
    open_catalogue,
    parse_assignments,
    progress_job,
    report,
)


class _EditCommand(click.Command):
    """`edit`, whose help lists every field (read from the schema only when help is shown)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.epilog = "Fields for --set: " + ", ".join(field_names())
        super().format_epilog(ctx, formatter)


# -- entries -------------------------------------------------------------------------------


@cli.command("list")
@click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    help="Only entries where KEY is VALUE (country, kind, status, tag, …); repeatable.",
)
@click.option("--limit", type=click.IntRange(min=1), help="At most this many entries.")
@click.option(
    "--sort",
    type=click.Choice(LIST_ORDERS),
    default="title",
    show_default=True,
    help="The order of the list (ties by id).",
)
@click.option("--desc", is_flag=True, help="Reverse the order (newest or Z first).")
@click.option("--since", metavar="DATE", help="Only entries updated (see --by) on or after DATE.")
@click.option("--until", metavar="DATE", help="Only entries updated (see --by) on or before DATE.")
@click.option(
    "--by",
    type=click.Choice(["updated", "added"]),
    default="updated",
    show_default=True,
    help="Which date --since and --until look at.",
)
@click.option("--deleted", is_flag=True, help="List the deleted entries instead (to undelete).")
@json_option
@click.pass_context
def list_command(
    ctx: click.Context,
    filters: tuple[str, ...],
    limit: int | None,
    sort: str,
    desc: bool,
    since: str | None,
    until: str | None,
    by: str,
    deleted: bool,
    as_json: bool,
) -> None:
    """List entries, by title unless --sort says otherwise. Dates are YYYY, YYYY-MM or
    YYYY-MM-DD."""
    catalogue = open_catalogue(ctx)
    if deleted:
        gone = catalogue.deleted_entries()[:limit]
        if as_json:
            echo_json([dataclasses.asdict(d) for d in gone])
        else:
            click.echo(text.deleted_table(gone))
        return
    rows = catalogue.list_entries(
        parse_assignments(filters, "--filter"),
        limit=limit,
        order=sort,
        descending=desc,
        since=since,
        until=until,
        by=by,
    )
    if as_json:
        echo_json([dataclasses.asdict(r) for r in rows])
    else:
        click.echo(text.entry_table(rows))


@cli.command()
@click.argument("entry_id")
@json_option
@click.pass_context
def show(ctx: click.Context, entry_id: str, as_json: bool) -> None:
    """Show one entry (ID may be a unique prefix)."""
    catalogue = open_catalogue(ctx)
    record = catalogue.get_entry(catalogue.resolve_id(entry_id))
    if as_json:
        echo_json(
            {
                "id": record.id,
                "rev": record.rev,
                "created_at": record.created_at,
                "updated_at": record.updated_at,
                "conflict": record.conflict,
                "entry": record.body,
            }
        )
    else:
        click.echo(text.entry_text(record))


@cli.command()
@click.option(
    "--file",
    "path",
    required=True,
    metavar="ENTRY.json",
    help="The entry as JSON (`-` for standard input).",
)
@click.option("--force", is_flag=True, help="Add it even if an identical entry exists.")
@click.option(
    "--duplicates/--no-duplicates",
    default=True,
    show_default=True,
    help="Warn of entries that look like the same practice (same source, similar title or "
    "meaning; loads the semantic model: seconds).",
)
@click.option(
    "--wait",
    is_flag=True,
    help="Encode every entry not yet indexed by meaning before comparing (see README).",
)
@click.option(
    "--json", "as_json", is_flag=True, help='Print {"id": ..., "similar": [...]} as JSON.'
)
@click.pass_context
def add(
    ctx: click.Context, path: str, force: bool, duplicates: bool, wait: bool, as_json: bool
) -> None:
    """Add an entry from a JSON file; prints the new id.

    An entry identical to one in the catalogue (the same file added again) is refused, exit
    1, unless --force. Entries that look like the same practice (same source, similar title
    or meaning) are named in a warning on standard error (--json: "similar"), and the entry
    is added all the same.
    """
    body = entry_body_from_file(path)
    catalogue = open_catalogue(ctx)
    identical = catalogue.identical_entries(body)
    if identical and not force:
        ids = ", ".join(f"{object_id} {title!r}" for object_id, title in identical)
        raise InvalidInput(
            f"an identical entry exists: {ids}; nothing was added (add --force to add a copy)"
        )
    similar: list[dict[str, Any]] = [
        {"id": object_id, "title": title, "score": 1.0, "reason": "identical"}
        for object_id, title in identical
    ]
    if duplicates:
        seen = {item["id"] for item in similar}
        similar += [d for d in _similar_entries(catalogue, body, wait) if d["id"] not in seen]
    new_id = catalogue.add_entry(body).added[0]
    for item in similar:
        click.echo(
            f"Warning: the new entry may be a duplicate of {item['id'][:8]} {item['title']!r} "
            f"({item['reason']}, {item['score']})",
            err=True,
        )
    if as_json:
        echo_json({"id": new_id, "similar": similar, "similar_checked": duplicates})
    else:
        click.echo(new_id)


def _similar_entries(catalogue: Catalogue, body: Any, wait: bool) -> list[dict[str, Any]]:
    """Entries that are probably the same practice as `body`, as `add --json` lists them."""
    from search.engine import Search

    engine = Search(catalogue)
    try:
        if engine.loader.state == "idle":
            click.echo("Comparing with the catalogue (loading the semantic model)…", err=True)
        encoder = engine.loader.get(wait=None)
        missing = engine.not_indexed()
        if encoder is not None and missing and (wait or missing <= cli_module.ENCODE_BEFORE_CHECK):
            engine.catch_up(job=progress_job("Indexing"), model_wait=None)
        found = engine.near_duplicates(body, model_wait=None, encode=False)
        missing = engine.not_indexed() if encoder is not None else 0
    finally:
        engine.close()
    if missing:
        what = "1 entry is" if missing == 1 else f"{missing:,} entries are"
        click.echo(
            f"Note: {what} not yet indexed by meaning and were compared by title and source "
            "only; `casebook index update` encodes them, or add --wait.",
            err=True,
        )
    return [{"id": d.id, "title": d.title, "score": d.score, "reason": d.reason} for d in found]


@cli.command(cls=_EditCommand)
@click.argument("entry_id")
@click.option("--file", "path", metavar="ENTRY.json", help="Replace the entry with this JSON.")
@click.option(
    "--set",
    "assignments",
    multiple=True,
    metavar="KEY=VALUE",
    help="Set one field (dotted keys: location.city=Riga; lists: tags=a,b; "
    "empty value removes it); repeatable.",
)
@json_option
@click.pass_context
def edit(
    ctx: click.Context,
    entry_id: str,
    path: str | None,
    assignments: tuple[str, ...],
    as_json: bool,
) -> None:
    """Change an entry: a new revision; the old one stays in its history."""
    if bool(path) == bool(assignments):
        raise click.UsageError("give either --file or one or more --set KEY=VALUE")
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    if path:
        changes = catalogue.update_entry(full_id, entry_body_from_file(path))
    else:
        changes = catalogue.set_fields(full_id, parse_assignments(assignments))
    report(changes, "entry", as_json)


@cli.command()
@click.argument("entry_ids", nargs=-1, required=True)
@json_option
@click.pass_context
def delete(ctx: click.Context, entry_ids: tuple[str, ...], as_json: bool) -> None:
    """Delete entries (all or none; their history stays; `casebook undelete ID` brings
    one back)."""
    catalogue = open_catalogue(ctx)
    full_ids = [catalogue.resolve_id(e) for e in entry_ids]
    report(catalogue.delete_entries(full_ids), "entry", as_json)
    if not as_json:
        click.echo(f"Undo with: casebook undelete {' '.join(i[:8] for i in full_ids)}")


@cli.command()
@click.argument("entry_ids", nargs=-1, required=True)
@json_option
@click.pass_context
def undelete(ctx: click.Context, entry_ids: tuple[str, ...], as_json: bool) -> None:
    """Bring back deleted entries as they were before the delete."""
    catalogue = open_catalogue(ctx)
    changes = catalogue.undelete_entries([catalogue.resolve_id(e) for e in entry_ids])
    if as_json:
        report(changes, "entry", as_json)
        return
    for entry_id in changes.added:
        click.echo(f"Restored entry {entry_id}")


@cli.command()
@click.argument("entry_id")
@json_option
@click.pass_context
def history(ctx: click.Context, entry_id: str, as_json: bool) -> None:
    """The revisions of an entry, oldest first."""
    catalogue = open_catalogue(ctx)
    items = catalogue.history(catalogue.resolve_id(entry_id))
    if as_json:
        echo_json([dataclasses.asdict(i) for i in items])
    else:
        click.echo(text.history_text(items))


@cli.command()
@click.argument("entry_id")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--media-type", help="e.g. application/pdf")
@json_option
@click.pass_context
def attach(
    ctx: click.Context, entry_id: str, file: str, media_type: str | None, as_json: bool
) -> None:
    """Attach a file to an entry (stored by its SHA-256 under blobs/)."""
    catalogue = open_catalogue(ctx)
    changes = catalogue.attach_file(catalogue.resolve_id(entry_id), Path(file), media_type)
    report(changes, "entry", as_json)
