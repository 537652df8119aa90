"""`casebook gui`: the desktop app (Qt is imported only here, and only when it runs)."""

from __future__ import annotations

import click

from catalogue.catalogue import Catalogue

from .cli import cli
from .home import is_initialised, load_starter, resolve_home, update_starter


@cli.command()
@click.option(
    "--smoke", is_flag=True, help="Open offscreen, search, show an entry, print timings, exit."
)
@click.option("--json", "as_json", is_flag=True, help="With --smoke: print the timings as JSON.")
@click.option(
    "--query",
    default=None,
    help='With --smoke: what to type into the search box ("" measures the start-up only).',
)
@click.pass_context
def gui(ctx: click.Context, smoke: bool, as_json: bool, query: str | None) -> None:
    """Open the desktop app (on first use, the home is created with the starter catalogue)."""
    home = resolve_home(ctx.obj["home_option"])

    def open_catalogue() -> Catalogue:
        fresh = not is_initialised(home)
        catalogue = Catalogue.open(home)
        if fresh:
            load_starter(catalogue)
        else:
            update_starter(catalogue)
        return catalogue

    from desktop import app

    code = app.run(
        home,
        open_catalogue,
        smoke=smoke,
        as_json=as_json,
        query=app.SMOKE_QUERY if query is None else query,
    )
    ctx.exit(code)
