"""`casebook init | status | backup | restore | check | rebuild`: the home folder and its
safety."""

from __future__ import annotations

from pathlib import Path

import click

from catalogue.catalogue import Catalogue

from . import text
from .cli import cli, echo_json, json_option, open_catalogue, progress_job
from .home import is_initialised, load_starter, resolve_home


@cli.command()
@click.option(
    "--starter/--empty",
    default=True,
    help="Start with the starter catalogue (default) or with no entries.",
)
@json_option
@click.pass_context
def init(ctx: click.Context, starter: bool, as_json: bool) -> None:
    """Create a home folder with a catalogue (other commands do it on first use)."""
    home = resolve_home(ctx.obj["home_option"])
    existed = is_initialised(home)
    with Catalogue.open(home) as catalogue:
        added = len(load_starter(catalogue).added) if starter else 0
        total = catalogue.count_entries()
    if as_json:
        echo_json(
            {"home": str(home), "created": not existed, "entries": total, "starter_added": added}
        )
    elif existed:
        click.echo(f"{home} already holds a catalogue ({total} entries; {added} starter added).")
    else:
        click.echo(f"Created a catalogue in {home} with {total} entries.")


@cli.command()
@json_option
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Counts, schema, backups and the state of the search indexes."""
    catalogue = open_catalogue(ctx)
    info = catalogue.status()
    from search.engine import Search

    engine = Search(catalogue)
    try:
        info["search"] = engine.status()
    finally:
        engine.close()
    info["identity"] = _identity_status(catalogue)
    if as_json:
        echo_json(info)
        return
    click.echo(f"Casebook home   {info['home']}")
    click.echo(f"Entries         {info['entries']} ({info['conflicts']} with conflicts)")
    click.echo(f"Collections     {info['collections']}")
    click.echo(f"Revisions       {info['revisions']} from {info['origins']} origin(s)")
    click.echo(f"Schema          version {info['schema_version']}")
    click.echo(f"Installation    {info['installation_id']}")
    me = info["identity"]
    shown = "none (casebook identity init --org NAME)" if me is None else me.get("problem")
    click.echo(f"Identity        {shown or me['org'] + '  ' + me['fingerprint']}")
    click.echo(f"Last backup     {info['last_backup'] or 'none yet'}")
    click.echo(text.index_text(info["search"]))
    click.echo('Try: casebook search "chatbot for residents" · casebook show ID · casebook list')


def _identity_status(catalogue: Catalogue) -> dict[str, str] | None:
    """This installation's sync identity for `status` (a key problem is shown, not raised)."""
    import sync

    if not sync.has_identity(catalogue):
        return None
    try:
        me = sync.load_identity(catalogue)
    except sync.KeyProblem as exc:
        return {"problem": exc.message}
    return {"org": me.org, "fingerprint": me.grouped_fingerprint}


@cli.command()
@json_option
@click.pass_context
def backup(ctx: click.Context, as_json: bool) -> None:
    """Write a backup of the catalogue to the home's backups/ folder."""
    catalogue = open_catalogue(ctx)
    path = catalogue.backup()
    if as_json:
        echo_json({"path": str(path), "bytes": path.stat().st_size})
    else:
        click.echo(f"Backup written to {path}")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@json_option
@click.pass_context
def restore(ctx: click.Context, file: str, as_json: bool) -> None:
    """Replace the catalogue with a backup (the current state is backed up first)."""
    catalogue = open_catalogue(ctx)
    safety = catalogue.restore(Path(file))
    if as_json:
        echo_json(
            {"restored": file, "entries": catalogue.count_entries(), "safety_backup": str(safety)}
        )
        return
    click.echo(f"Restored {file}: {catalogue.count_entries()} entries.")
    click.echo(f"The catalogue as it was before is saved in {safety}")


@cli.command()
@json_option
@click.pass_context
def rebuild(ctx: click.Context, as_json: bool) -> None:
    """Derive the view (what lists and shows) again from the revisions, and rebuild the
    search indexes: what `casebook check` asks for when the view is out of step."""
    catalogue = open_catalogue(ctx)
    catalogue.rebuild_view()
    from search.engine import Search

    engine = Search(catalogue)
    try:
        engine.rebuild(job=progress_job("Rebuilding"), model_wait=None)
        info = engine.status()
    finally:
        engine.close()
    problems = catalogue.check()
    if as_json:
        echo_json({"entries": catalogue.count_entries(), "search": info, "problems": problems})
    else:
        click.echo(f"Rebuilt the view: {catalogue.count_entries()} entries.")
        click.echo(text.index_text(info))
        for p in problems:
            click.echo(f"problem: {p}", err=True)
    if problems:
        ctx.exit(1)


@cli.command()
@json_option
@click.pass_context
def check(ctx: click.Context, as_json: bool) -> None:
    """Check integrity: the database, every revision's hash, the view, attachments, indexes."""
    catalogue = open_catalogue(ctx)
    problems = catalogue.check()
    from search.engine import Search

    engine = Search(catalogue)
    try:
        problems += engine.check()
    finally:
        engine.close()
    if as_json:
        echo_json({"ok": not problems, "problems": problems})
    else:
        for p in problems:
            click.echo(f"problem: {p}", err=True)
        click.echo("All checks passed." if not problems else f"{len(problems)} problem(s) found.")
    if problems:
        ctx.exit(1)
