"""`casebook search | similar | index status|update|rebuild|model`.

Searches by meaning use the vectors that exist: encoding a catalogue just imported takes
minutes, so it is never done behind a search's back. A search says on standard error (and
in `--json` as `not_indexed`) how many entries it could not compare by meaning; `--wait`
encodes them first, and `casebook index update` (or `rebuild`) does it on its own, both with
progress. The model loads for each command that needs it (a few seconds).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from catalogue.catalogue import Catalogue

from . import text
from .cli import cli, echo_json, json_option, open_catalogue, parse_assignments, progress_job

filter_option = click.option(
    "--filter",
    "filters",
    multiple=True,
    metavar="KEY=VALUE",
    help="Only entries where KEY is VALUE (country, kind, status, technique, risk, …); repeatable.",
)


wait_option = click.option(
    "--wait",
    is_flag=True,
    help="First encode the entries not yet indexed by meaning (with progress; can take "
    "minutes after an import).",
)


def open_search(ctx: click.Context, catalogue: Catalogue) -> Any:
    """A `Search` on the catalogue, closed with the command."""
    from search.engine import Search

    engine = Search(catalogue)
    ctx.call_on_close(engine.close)
    return engine


def load_model(engine: Any) -> None:
    """Load the semantic model (seconds), saying so on standard error."""
    if engine.loader.state == "idle":
        click.echo("Loading the semantic model…", err=True)
    engine.loader.get(wait=None)


def encode_missing(engine: Any) -> None:
    """Encode every entry that has no vector yet, with progress on standard error."""
    load_model(engine)
    engine.catch_up(job=progress_job("Indexing"), model_wait=None)


def report_not_indexed(count: int, mode: str) -> None:
    """Say on standard error that `count` entries were not compared by meaning."""
    if not count:
        return
    what = "1 entry is" if count == 1 else f"{count:,} entries are"
    them = "it" if count == 1 else "them"
    how = {
        "hybrid": f"this search could find {them} by words only",
        "semantic": f"a search by meaning leaves {them} out",
    }.get(mode, f"{them} could not be compared")
    click.echo(
        f"Note: {what} not yet indexed by meaning ({how}); `casebook index update` "
        "encodes them, or add --wait.",
        err=True,
    )


@cli.command()
@click.argument("query")
@click.option(
    "--mode",
    type=click.Choice(["keyword", "semantic", "hybrid"]),
    default="hybrid",
    show_default=True,
    help="keyword: the words; semantic: the meaning; hybrid: both, fused.",
)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@filter_option
@click.option("--facets", is_flag=True, help="Also count the results by country, kind, …")
@wait_option
@json_option
@click.pass_context
def search(
    ctx: click.Context,
    query: str,
    mode: str,
    limit: int,
    filters: tuple[str, ...],
    facets: bool,
    wait: bool,
    as_json: bool,
) -> None:
    """Search the catalogue by words and by meaning.

    QUERY takes whoosh's query language: "exact phrase", AND, OR, NOT, wildcards (chat*),
    words in a field (title:, text:, organisation:, tags:) and filter conditions on any
    --filter key but organisation (country:NL, kind:, status:, tag:, risk:, city:,
    technique:"computer vision": quote a value of several words). Words found in the
    glossary also search their terms in the other languages; --filter concept=scan_car
    keeps the entries that mention a glossary concept in any language.

    By meaning (semantic, hybrid), entries not yet encoded are counted on standard error
    and in --json as not_indexed; --wait or `casebook index update` encodes them.
    """
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    pairs = parse_assignments(filters, "--filter")
    engine.validate(query, mode, limit, pairs)
    if mode != "keyword" and wait:
        encode_missing(engine)
    elif mode != "keyword":
        load_model(engine)
    engine.keyword.catch_up(catalogue, job=progress_job("Indexing"))
    found = engine.search(
        query,
        mode=mode,
        limit=limit,
        filters=pairs,
        model_wait=None,
        facets=facets,
        encode=False,
    )
    report_not_indexed(found.not_indexed, found.mode)
    if as_json:
        echo_json(found.to_json())
    else:
        click.echo(text.search_text(found))


@cli.command()
@click.argument("entry_id")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@filter_option
@wait_option
@json_option
@click.pass_context
def similar(
    ctx: click.Context,
    entry_id: str,
    limit: int,
    filters: tuple[str, ...],
    wait: bool,
    as_json: bool,
) -> None:
    """Entries closest in meaning to an entry (never the entry itself), among the entries
    indexed by meaning (--wait: all of them)."""
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    full_id = catalogue.resolve_id(entry_id)
    pairs = parse_assignments(filters, "--filter")
    catalogue.get_entry(full_id)  # refuses a deleted entry before loading anything
    catalogue.filter_sql(pairs)
    if wait:
        encode_missing(engine)
    found = engine.similar(full_id, limit=limit, filters=pairs, model_wait=None, encode=False)
    report_not_indexed(found.not_indexed, "similar")
    if as_json:
        echo_json(found.to_json())
    else:
        title = catalogue.get_entry(full_id).body["title"]
        click.echo(f"Similar to: {title}\n")
        click.echo(text.search_text(found))


@cli.group()
def index() -> None:
    """The search indexes (derived from the catalogue; always rebuildable)."""


@index.command("status")
@json_option
@click.pass_context
def index_status(ctx: click.Context, as_json: bool) -> None:
    """Whether the keyword and semantic indexes are current."""
    catalogue = open_catalogue(ctx)
    info = open_search(ctx, catalogue).status()
    if as_json:
        echo_json(info)
    else:
        click.echo(text.index_text(info))


@index.command("update")
@json_option
@click.pass_context
def index_update(ctx: click.Context, as_json: bool) -> None:
    """Bring both indexes up to the catalogue: encode every entry not yet indexed by
    meaning, with progress (after an import: minutes; searches stay usable meanwhile)."""
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    encode_missing(engine)
    if as_json:
        echo_json(engine.status())
    else:
        click.echo(text.index_text(engine.status()))


@index.command("rebuild")
@json_option
@click.pass_context
def index_rebuild(ctx: click.Context, as_json: bool) -> None:
    """Rebuild both indexes from the catalogue and encode every entry by meaning, with
    progress (stored vectors of unchanged texts are reused)."""
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    load_model(engine)
    engine.rebuild(job=progress_job("Rebuilding"), model_wait=None)
    if as_json:
        echo_json(engine.status())
    else:
        click.echo(text.index_text(engine.status()))


@index.command("model")
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@click.option("--shipped", is_flag=True, help="Use the shipped model again (all-MiniLM-L6-v2).")
@json_option
@click.pass_context
def index_model(ctx: click.Context, folder: Path | None, shipped: bool, as_json: bool) -> None:
    """Show or choose the model that searches by meaning: FOLDER is a sentence-transformers
    model folder (with modules.json and config.json), e.g. a multilingual one your IT
    installed; --shipped goes back to the shipped MiniLM. Every entry is encoded again by
    the new model at the next `casebook index update` (the desktop app: in the background at
    its next start); the vectors of the other model are kept."""
    from search import models

    if folder is not None and shipped:
        raise click.UsageError("give a FOLDER or --shipped, not both")
    catalogue = open_catalogue(ctx)
    if folder is not None or shipped:
        models.choose(catalogue.home, None if shipped else folder)
    info = models.describe(catalogue.home)
    if as_json:
        echo_json(info)
        return
    where = f" ({text.safe(info['folder'])})" if info["folder"] else ""
    click.echo(f"meaning model: {text.safe(info['model'])}{where}")
    if info["problem"]:
        click.echo(f"problem: {text.safe(info['problem'])}")
