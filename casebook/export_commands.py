"""`casebook collection export` and `casebook export`: collections and entries as files."""

from __future__ import annotations

from pathlib import Path

import click

from catalogue.exporters import FORMATS, ExportResult, export_collection, export_entries
from catalogue.presentation import LANGUAGES
from sync.collection_bundle import BUNDLE, EXTENSION, bundle_registered

from .cli import cli, echo_json, force_option, json_option, open_catalogue, progress_job
from .collection_commands import collection


def _names() -> list[str]:
    """The export formats, with `bundle` (signed revisions for partners, from sync: the
    exporters are core and must not import it, so it is registered during an export)."""
    return [*FORMATS, *([] if BUNDLE in FORMATS else [BUNDLE])]


def _format_of(fmt: str | None, out: str) -> str:
    """The format asked for, or the one the file's extension names; else a usage error."""
    names = ", ".join(_names())
    if fmt is None:
        suffix = Path(out).suffix.lower()
        found = [f.name for f in FORMATS.values() if f.extension == suffix]
        found += [BUNDLE] if suffix == EXTENSION else []
        if not found:
            raise click.UsageError(f"give --format ({names}); {out!r} does not name one")
        return found[0]
    if fmt.lower() not in _names():
        raise click.UsageError(f"unknown format {fmt!r}; choose one of {names}")
    return fmt.lower()


def _report(result: ExportResult, what: str | None = None, as_json: bool = False) -> None:
    if as_json:
        echo_json(
            {
                "path": str(result.path),
                "format": result.format,
                "cases": result.cases,
                "bytes": result.bytes,
                "left_out": list(result.left_out),
            }
        )
        return
    size = result.bytes / 1024
    cases = f"{result.cases} case{'s' if result.cases != 1 else ''}"
    of = f" of {what}" if what else ""
    click.echo(f"Exported {cases}{of} to {result.path} ({size:,.0f} KB)")
    if result.left_out:
        count = len(result.left_out)
        were = "entry was" if count == 1 else "entries were"
        ids = ", ".join(i[:8] for i in result.left_out)
        click.echo(f"{count} deleted {were} left out: {ids}")


format_option = click.option(
    "--format",
    "fmt",
    metavar="FORMAT",
    help=f"{' | '.join(_names())} (default: from the file's extension).",
)
lang_option = click.option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default="en",
    show_default=True,
    help="The language of the headings, field labels, dates, cover, contents and sources "
    "page; the cases' own texts stay as written.",
)
out_option = click.option(
    "--out",
    required=True,
    type=click.Path(),
    help="The file to write, or a folder (the file is then named after the title).",
)


@collection.command("export")
@click.argument("name")
@format_option
@out_option
@lang_option
@force_option
@json_option
@click.pass_context
def export_collection_command(
    ctx: click.Context,
    name: str,
    fmt: str | None,
    out: str,
    lang: str,
    force: bool,
    as_json: bool,
) -> None:
    """Export a collection for a peer-learning session: cover, contents, one section per
    case with its note, and the sources with their licences."""
    fmt = _format_of(fmt, out)
    catalogue = open_catalogue(ctx)
    with bundle_registered(catalogue):
        result = export_collection(
            catalogue,
            name,
            fmt,
            Path(out),
            overwrite=force,
            lang=lang.lower(),
            job=progress_job("Exporting"),
        )
    _report(result, f"collection {catalogue.get_collection(name).name!r}", as_json)


@cli.command("export")
@click.argument("entry_ids", nargs=-1, required=True)
@format_option
@out_option
@lang_option
@force_option
@click.option("--title", help="The title on the cover (default: the entry's own title).")
@json_option
@click.pass_context
def export_entries_command(
    ctx: click.Context,
    entry_ids: tuple[str, ...],
    fmt: str | None,
    out: str,
    lang: str,
    force: bool,
    title: str | None,
    as_json: bool,
) -> None:
    """Export one or more entries (ids or unique prefixes) the same ways as a collection."""
    fmt = _format_of(fmt, out)
    catalogue = open_catalogue(ctx)
    ids = [catalogue.resolve_id(e) for e in entry_ids]
    with bundle_registered(catalogue):
        result = export_entries(
            catalogue,
            ids,
            fmt,
            Path(out),
            title=title,
            overwrite=force,
            lang=lang.lower(),
            job=progress_job("Exporting"),
        )
    _report(result, as_json=as_json)
