"""`casebook search | similar | index status|rebuild`."""

from __future__ import annotations

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


def open_search(ctx: click.Context, catalogue: Catalogue) -> Any:
    """A `Search` on the catalogue, closed with the command."""
    from search.engine import Search

    engine = Search(catalogue)
    ctx.call_on_close(engine.close)
    return engine


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
@json_option
@click.pass_context
def search(
    ctx: click.Context,
    query: str,
    mode: str,
    limit: int,
    filters: tuple[str, ...],
    facets: bool,
    as_json: bool,
) -> None:
    """Search the catalogue by words and by meaning.

    QUERY takes whoosh's query language: "exact phrase", AND, OR, NOT, wildcards (chat*),
    words in a field (title:, text:, organisation:, tags:) and filter conditions on any
    --filter key but organisation (country:NL, kind:, status:, tag:, risk:, city:,
    technique:"computer vision": quote a value of several words).
    """
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    pairs = parse_assignments(filters, "--filter")
    engine.validate(query, mode, limit, pairs)
    if mode != "keyword":
        if engine.loader.state == "idle" and not as_json:
            click.echo("Loading the semantic model…", err=True)
        engine.loader.get(wait=None)
    engine.catch_up(job=progress_job("Indexing"))
    found = engine.search(
        query,
        mode=mode,
        limit=limit,
        filters=pairs,
        model_wait=None,
        facets=facets,
    )
    if as_json:
        echo_json(found.to_json())
    else:
        click.echo(text.search_text(found))


@cli.command()
@click.argument("entry_id")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True)
@filter_option
@json_option
@click.pass_context
def similar(
    ctx: click.Context, entry_id: str, limit: int, filters: tuple[str, ...], as_json: bool
) -> None:
    """Entries closest in meaning to an entry (never the entry itself)."""
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    full_id = catalogue.resolve_id(entry_id)
    found = engine.similar(  # refuses a deleted entry before loading anything
        full_id, limit=limit, filters=parse_assignments(filters, "--filter"), model_wait=None
    )
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


@index.command("rebuild")
@json_option
@click.pass_context
def index_rebuild(ctx: click.Context, as_json: bool) -> None:
    """Rebuild both indexes from the catalogue (loads the semantic model)."""
    catalogue = open_catalogue(ctx)
    engine = open_search(ctx, catalogue)
    engine.rebuild(job=progress_job("Rebuilding"), model_wait=None)
    if as_json:
        echo_json(engine.status())
    else:
        click.echo(text.index_text(engine.status()))
