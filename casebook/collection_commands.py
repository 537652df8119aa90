"""`casebook collection …`: named, ordered lists of entries for peer-learning sessions."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import click

from catalogue.catalogue import Changes, CollectionRecord
from catalogue.errors import NotFound

from . import text
from .cli import cli, echo_json, json_option, open_catalogue, report
from .text import safe


@cli.group()
def collection() -> None:
    """Create and fill collections."""


@collection.command("create")
@click.argument("name")
@click.option("--intro", default="", help="An introduction shown on the collection's cover.")
@json_option
@click.pass_context
def create(ctx: click.Context, name: str, intro: str, as_json: bool) -> None:
    """Create an empty collection."""
    catalogue = open_catalogue(ctx)
    changes = catalogue.create_collection(name, intro)
    if as_json:
        report(changes, "collection", as_json, id=changes.collections[0], name=name)
    else:
        click.echo(f"Created collection {safe(repr(name))}")


@collection.command("add")
@click.argument("name")
@click.argument("entry_ids", nargs=-1, required=True)
@click.option("--note", default="", help="A note shown with these entries.")
@json_option
@click.pass_context
def add_items(
    ctx: click.Context, name: str, entry_ids: tuple[str, ...], note: str, as_json: bool
) -> None:
    """Append entries (ids or unique prefixes) to a collection."""
    catalogue = open_catalogue(ctx)
    ids = [catalogue.resolve_id(e) for e in entry_ids]
    for entry_id in ids:
        catalogue.get_entry(entry_id)  # refuse deleted entries before writing anything
    changes = catalogue.add_to_collection(name, ids, note)
    record = catalogue.get_collection(name)
    if as_json:
        report(changes, "collection", as_json, id=record.id, entries=len(record.items))
    elif changes:
        click.echo(f"{safe(record.name)}: {len(record.items)} entries")
    else:
        click.echo(f"{safe(record.name)}: already holds these entries")


@collection.command("remove")
@click.argument("name")
@click.argument("entry_ids", nargs=-1, required=True)
@json_option
@click.pass_context
def remove_items(ctx: click.Context, name: str, entry_ids: tuple[str, ...], as_json: bool) -> None:
    """Remove entries from a collection (the entries stay in the catalogue)."""
    catalogue = open_catalogue(ctx)
    changes = catalogue.remove_from_collection(name, [catalogue.resolve_id(e) for e in entry_ids])
    record = catalogue.get_collection(name)
    if as_json:
        report(changes, "collection", as_json, id=record.id, entries=len(record.items))
    else:
        click.echo(f"{safe(name)}: {len(record.items)} entries")


@collection.command("list")
@json_option
@click.pass_context
def list_collections(ctx: click.Context, as_json: bool) -> None:
    """All collections, by name."""
    catalogue = open_catalogue(ctx)
    records = catalogue.list_collections()
    if as_json:
        echo_json(
            [
                {"id": r.id, "name": r.name, "entries": len(r.items), "updated_at": r.updated_at}
                for r in records
            ]
        )
        return
    for r in records:
        click.echo(f"{r.id[:8]}  {safe(r.name)}  ({len(r.items)} entries)")
    click.echo(f"{len(records)} collection{'s' if len(records) != 1 else ''}")


@collection.command("show")
@click.argument("name")
@json_option
@click.pass_context
def show_collection(ctx: click.Context, name: str, as_json: bool) -> None:
    """A collection with its entries and notes."""
    catalogue = open_catalogue(ctx)
    record = catalogue.get_collection(name)
    titles = {e.id: e.title for e in catalogue.list_entries()}
    if as_json:
        data = dataclasses.asdict(record)
        data["items"] = [{"entry": e, "note": n, "title": titles.get(e)} for e, n in record.items]
        echo_json(data)
    else:
        click.echo(text.collection_text(record, titles))


@collection.command("delete")
@click.argument("name")
@json_option
@click.pass_context
def delete_collection(ctx: click.Context, name: str, as_json: bool) -> None:
    """Delete a collection (its entries stay)."""
    catalogue = open_catalogue(ctx)
    changes = catalogue.delete_collection(name)
    if as_json:
        report(changes, "collection", as_json)
    else:
        click.echo(f"Deleted collection {safe(repr(name))}")


@collection.command("move")
@click.argument("name")
@click.argument("entry_id")
@click.argument("position", type=click.IntRange(min=1))
@json_option
@click.pass_context
def move_item(ctx: click.Context, name: str, entry_id: str, position: int, as_json: bool) -> None:
    """Move an entry to POSITION (1 is first) in a collection, keeping its note."""

    def move(items: list[tuple[str, str]], index: int) -> None:
        item = items.pop(index)
        items.insert(min(position, len(items) + 1) - 1, item)

    _edit_item(ctx, name, entry_id, move, as_json)


@collection.command("note")
@click.argument("name")
@click.argument("entry_id")
@click.argument("note")
@json_option
@click.pass_context
def note_item(ctx: click.Context, name: str, entry_id: str, note: str, as_json: bool) -> None:
    """Write the note shown with an entry in a collection ("" removes it)."""

    def write(items: list[tuple[str, str]], index: int) -> None:
        items[index] = (items[index][0], note)

    _edit_item(ctx, name, entry_id, write, as_json)


def _edit_item(
    ctx: click.Context,
    name: str,
    entry_id: str,
    change: Callable[[list[tuple[str, str]], int], None],
    as_json: bool,
) -> None:
    """Change a collection's items around one entry's place, in one transaction."""
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    with catalogue.atomic():
        record = catalogue.get_collection(name)
        items = list(record.items)
        change(items, _position(items, full_id, record.name))
        changes = catalogue.save_collection(record.id, items=items)
    _report_items(catalogue.get_collection(record.id), changes, as_json)


@collection.command("intro")
@click.argument("name")
@click.argument("introduction")
@click.option("--rename", metavar="NEW_NAME", help="Also give the collection a new name.")
@json_option
@click.pass_context
def intro(
    ctx: click.Context, name: str, introduction: str, rename: str | None, as_json: bool
) -> None:
    """Write a collection's introduction (shown on the cover of its exports)."""
    catalogue = open_catalogue(ctx)
    record = catalogue.get_collection(name)
    changes = catalogue.save_collection(record.id, introduction=introduction, name=rename)
    _report_items(catalogue.get_collection(record.id), changes, as_json)


def _position(items: list[tuple[str, str]], entry_id: str, name: str) -> int:
    for index, (item, _) in enumerate(items):
        if item == entry_id:
            return index
    raise NotFound(f"entry {entry_id[:8]} is not in collection {name!r}")


def _report_items(record: CollectionRecord, changes: Changes, as_json: bool) -> None:
    if as_json:
        report(changes, "collection", as_json, id=record.id, entries=len(record.items))
        return
    click.echo(f"{safe(record.name)}: {len(record.items)} entries")
    for n, (entry_id, note) in enumerate(record.items, 1):
        click.echo(f"{n:3}. {entry_id[:8]}{'  — ' + safe(note) if note else ''}")
