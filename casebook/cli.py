"""`casebook …`: the command line (click).

Conventions every command follows (tests/casebook/test_conventions.py holds them to it):

- Exit codes (SPEC.md): 0 ok, 1 user error (nothing changed), 2 usage, 3 verification
  failure, 70 bug. A user error prints one line per problem on standard error and never a
  traceback; a bug is logged with its traceback in the home's `logs/` and reported in one
  line.
- `--json` on every command: standard output is then exactly one JSON value with stable
  keys (README, "Scripting Casebook"); messages and progress go to standard error. A
  command that writes to the catalogue prints `{"added": [...], "updated": [...],
  "deleted": [...], "collections": [...]}` (object ids), with its own keys beside them.
- No command writes over a file the user named unless given `--force` (`force_option`).
- Long work reports progress on standard error (a live line on a terminal, else a line
  every few seconds) and stops cleanly on Ctrl-C: nothing half written is kept.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from catalogue.canonical import parse_strict
from catalogue.catalogue import LIST_ORDERS, Catalogue, Changes
from catalogue.entry import field_names
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job

from . import current_version, text
from .home import is_initialised, load_starter, resolve_home, update_starter

EXIT_USER = 1
EXIT_VERIFY = 3
EXIT_BUG = 70

log = logging.getLogger("casebook")


# Where the commands that are not in this module live. They are imported when they are
# called (or listed by --help): `casebook gui` need not load sync, importers and exporters.
COMMAND_MODULES = {
    "attachment": ("attachment_commands",),
    "backup": ("maintenance_commands",),
    "check": ("maintenance_commands",),
    "collection": ("collection_commands", "export_commands"),
    "export": ("export_commands",),
    "gui": ("gui_command",),
    "identity": ("sync_commands",),
    "import": ("import_commands",),
    "index": ("search_commands",),
    "init": ("maintenance_commands",),
    "partner": ("sync_commands",),
    "rebuild": ("maintenance_commands",),
    "report": ("report_commands",),
    "restore": ("maintenance_commands",),
    "search": ("search_commands",),
    "similar": ("search_commands",),
    "status": ("maintenance_commands",),
    "sync": ("sync_commands",),
    "template": ("import_commands",),
    "transfer": ("trail_commands",),
    "validate": ("trail_commands",),
}


class CasebookGroup(click.Group):
    """Turns errors into the exit codes of SPEC.md for every subcommand; loads commands
    from their modules when they are first needed."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        for module in COMMAND_MODULES.get(cmd_name, ()):
            importlib.import_module(f"{__package__}.{module}")
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        load_all_commands()
        return super().list_commands(ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CasebookError as exc:
            for line in exc.lines():
                click.echo(f"error: {text.safe(line)}", err=True)
            ctx.exit(getattr(exc, "exit_code", EXIT_USER))
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (`casebook list | head`): not an error. Point stdout at
            # nothing so that Python's flush at exit does not complain again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except Exception:
            _report_bug(ctx)
            ctx.exit(EXIT_BUG)


class _EditCommand(click.Command):
    """`edit`, whose help lists every field (read from the schema only when help is shown)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.epilog = "Fields for --set: " + ", ".join(field_names())
        super().format_epilog(ctx, formatter)


def _print_version(ctx: click.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"casebook, version {current_version()}")
        ctx.exit()


def _report_bug(ctx: click.Context) -> None:
    home = resolve_home((ctx.obj or {}).get("home_option"))
    log_path = home / "logs" / "casebook.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as f:
            f.write(f"--- casebook {current_version()} {' '.join(sys.argv[1:])}\n")
            f.write(traceback.format_exc())
        where = str(log_path)
    except OSError:
        where = "the traceback below"
        traceback.print_exc()
    click.echo(f"Something went wrong — details in {where}", err=True)


@click.group(cls=CasebookGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    "home_option",
    type=click.Path(file_okay=False),
    envvar="CASEBOOK_HOME",
    help="Home folder (default: the platform's user data folder; or CASEBOOK_HOME).",
)
@click.option(
    "--self-test",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=lambda ctx, _param, value: _self_test(ctx) if value else None,
    help="Check this installation in temporary homes (add, search, sign, export) and exit.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx, value),
    help="Show the version and exit.",
)
@click.pass_context
def cli(ctx: click.Context, home_option: str | None) -> None:
    """Casebook: an offline catalogue of AI good practices and policy cases."""
    ctx.obj = {"home_option": home_option}


def _self_test(ctx: click.Context) -> None:
    from .self_test import run_self_test

    ctx.exit(run_self_test(click.echo))


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON.")
force_option = click.option("--force", is_flag=True, help="Replace the file if it exists.")


def progress_job(label: str) -> Job:
    """The job of long work run from the command line: its progress goes to standard
    error, as a live line on a terminal and otherwise as a line every few seconds (a cron
    job's log shows that it is alive). Ctrl-C stops the work as any error does: each long
    operation writes in one transaction or to a temporary file, so nothing half written
    is kept."""
    interactive = sys.stderr.isatty()
    last = [0.0]

    def show(fraction: float, message: str) -> None:
        now = time.monotonic()
        done = fraction >= 1.0
        if not done and now - last[0] < (0.5 if interactive else 3.0):
            return
        last[0] = now
        line = f"{label}: {message} ({fraction:.0%})"
        if interactive:
            click.echo(f"\r{line}\x1b[K", err=True, nl=done)
        else:
            click.echo(line, err=True)

    return Job(show)


def refuse_to_overwrite(path: Path, force: bool) -> None:
    """The rule for files the user names: an existing one is replaced only with --force."""
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; name a file")
    if path.exists() and not force:
        raise InvalidInput(f"{path} exists; choose another file, or add --force to replace it")


def open_catalogue(ctx: click.Context) -> Catalogue:
    """Open the home's catalogue, creating it with the starter catalogue on first use."""
    home = resolve_home(ctx.obj["home_option"])
    fresh = not is_initialised(home)
    catalogue = Catalogue.open(home)
    ctx.call_on_close(catalogue.close)
    ctx.call_on_close(_index_after_writes(catalogue))
    if fresh:
        changes = load_starter(catalogue)
        click.echo(
            f"Created a new catalogue in {home} with {len(changes.added)} starter entries.",
            err=True,
        )
    else:
        changes = update_starter(catalogue)
        if changes.added or changes.updated:
            click.echo(
                f"Updated the starter catalogue: {len(changes.added)} new and "
                f"{len(changes.updated)} revised starter entries.",
                err=True,
            )
    return catalogue


def _index_after_writes(catalogue: Catalogue) -> Callable[[], None]:
    """A callback that brings an existing keyword index up to the catalogue if the command
    wrote to it. The write has already succeeded, so a failure here is only logged: the
    index catches up by itself on the next search."""
    before = catalogue.view_state()

    def update() -> None:
        if catalogue.view_state() == before:
            return
        from search.keyword import KeywordIndex

        keyword = KeywordIndex(catalogue.home / "index" / "keyword")
        try:
            if keyword.recorded_state() is not None:
                keyword.catch_up(catalogue)
        except Exception:
            log.exception("keyword index update after a write failed")
        finally:
            keyword.close()

    return update


def echo_json(value: Any) -> None:
    """Print a value as stable JSON."""
    click.echo(text.to_json(value))


def read_json_file(path: str) -> Any:
    """Read a JSON file strictly (`-` is standard input); errors name the file."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None
    try:
        return parse_strict(data)
    except CasebookError as exc:
        raise InvalidInput(f"{path}: {exc.message}") from None


def entry_body_from_file(path: str) -> Any:
    """An entry body from a file: a bare entry, or what `show --json` printed."""
    value = read_json_file(path)
    if isinstance(value, dict) and "entry" in value and "id" in value:
        return value["entry"]
    return value


def parse_assignments(values: Sequence[str], what: str = "--set") -> list[tuple[str, str]]:
    """`KEY=VALUE` pairs; a missing `=` is a user error naming the item."""
    pairs = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"{what} {item!r}: write it as KEY=VALUE, e.g. country=NL")
        pairs.append((key.strip(), value))
    return pairs


def changes_json(changes: Changes) -> dict[str, Any]:
    """A write's changes as `--json` prints them (object ids by kind)."""
    return {
        "added": changes.added,
        "updated": changes.updated,
        "deleted": changes.deleted,
        "collections": changes.collections,
    }


def report(changes: Changes, what: str, as_json: bool = False, **extra: Any) -> None:
    """A one-line summary of a write (with `as_json`: its changes and `extra` as JSON)."""
    if as_json:
        echo_json({**changes_json(changes), **extra})
        return
    if not changes:
        click.echo(f"Nothing changed: {what} was already like that.")
        return
    for label, ids in (
        ("added", changes.added),
        ("updated", changes.updated),
        ("deleted", changes.deleted),
    ):
        for object_id in ids:
            click.echo(f"{label.capitalize()} {what} {object_id}")


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


# `add` encodes the entries not yet indexed by meaning before comparing when there are at
# most this many (seconds); more are left to `index update` or `add --wait` (minutes).
ENCODE_BEFORE_CHECK = 200


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
        if encoder is not None and missing and (wait or missing <= ENCODE_BEFORE_CHECK):
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


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point."""
    import multiprocessing

    # In a frozen build the keyword index builder's spawned child starts this executable
    # again; freeze_support() makes it run the child's work instead of the command line.
    multiprocessing.freeze_support()
    cli.main(args=argv, prog_name="casebook")
    sys.exit(0)  # pragma: no cover (click exits itself)


def load_all_commands() -> None:
    """Import every command module (for --help, and for code that walks `cli.commands`)."""
    for modules in COMMAND_MODULES.values():
        for module in modules:
            importlib.import_module(f"{__package__}.{module}")
