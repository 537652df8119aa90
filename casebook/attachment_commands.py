"""`casebook attachment list | extract | remove`: the files attached to an entry (`casebook
attach` adds one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import click

from catalogue.errors import IntegrityProblem, InvalidInput

from .cli import (
    cli,
    echo_json,
    force_option,
    json_option,
    open_catalogue,
    refuse_to_overwrite,
    report,
)
from .text import safe


@cli.group()
def attachment() -> None:
    """The files attached to an entry."""


@attachment.command("list")
@click.argument("entry_id")
@json_option
@click.pass_context
def attachment_list(ctx: click.Context, entry_id: str, as_json: bool) -> None:
    """An entry's attachments: name, size and SHA-256."""
    catalogue = open_catalogue(ctx)
    record = catalogue.get_entry(catalogue.resolve_id(entry_id))
    attachments = record.body.get("attachments", [])
    if as_json:
        echo_json(attachments)
        return
    for a in attachments:
        click.echo(f"{a['sha256'][:12]}  {a['size']:>10,}  {safe(a['name'])}")
    click.echo(f"{len(attachments)} attachment{'s' if len(attachments) != 1 else ''}")


@attachment.command("extract")
@click.argument("entry_id")
@click.argument("name")
@click.option("--out", required=True, type=click.Path(), help="The file to write.")
@force_option
@json_option
@click.pass_context
def attachment_extract(
    ctx: click.Context, entry_id: str, name: str, out: str, force: bool, as_json: bool
) -> None:
    """Copy an attachment (by file name or SHA-256 prefix) out to a file."""
    catalogue = open_catalogue(ctx)
    found = catalogue.attachment(catalogue.resolve_id(entry_id), name)
    if not catalogue.blobs.verify(found["sha256"]):
        raise IntegrityProblem(
            f"the stored file of {found['name']} is missing or damaged; `casebook check` "
            "lists what else is"
        )
    target = Path(out)
    refuse_to_overwrite(target, force)
    temp = target.with_name(f".{target.name}.part")
    try:
        shutil.copyfile(catalogue.blobs.path(found["sha256"]), temp)
        temp.replace(target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise InvalidInput(
            f"cannot write {target} ({exc.strerror}); choose another --out"
        ) from None
    if as_json:
        echo_json({"path": str(target), "name": found["name"], "sha256": found["sha256"]})
    else:
        click.echo(f"Wrote {target} ({found['size']:,} bytes)")


@attachment.command("remove")
@click.argument("entry_id")
@click.argument("name")
@json_option
@click.pass_context
def attachment_remove(ctx: click.Context, entry_id: str, name: str, as_json: bool) -> None:
    """Take an attachment off an entry (older revisions still list it)."""
    catalogue = open_catalogue(ctx)
    report(catalogue.detach_file(catalogue.resolve_id(entry_id), name), "entry", as_json)
