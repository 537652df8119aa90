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
from catalogue.catalogue import Catalogue, Changes
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job

from . import current_version, text
from .home import is_initialised, load_starter, resolve_home, update_starter

EXIT_USER = 1
EXIT_VERIFY = 3
EXIT_BUG = 70
# `add` encodes the entries not yet indexed by meaning before comparing when there are at
# most this many (seconds); more are left to `index update` or `add --wait` (minutes).
ENCODE_BEFORE_CHECK = 200

log = logging.getLogger("casebook")


# Where the commands that are not in this module live. They are imported when they are
# called (or listed by --help): `casebook gui` need not load sync, importers and exporters.
COMMAND_MODULES = {
    "add": ("entry_commands",),
    "attach": ("entry_commands",),
    "attachment": ("attachment_commands",),
    "backup": ("maintenance_commands",),
    "check": ("maintenance_commands",),
    "collection": ("collection_commands", "export_commands"),
    "delete": ("entry_commands",),
    "edit": ("entry_commands",),
    "export": ("export_commands",),
    "gui": ("gui_command",),
    "history": ("entry_commands",),
    "identity": ("sync_commands",),
    "import": ("import_commands",),
    "index": ("search_commands",),
    "init": ("maintenance_commands",),
    "list": ("entry_commands",),
    "partner": ("sync_commands",),
    "rebuild": ("maintenance_commands",),
    "report": ("report_commands",),
    "restore": ("maintenance_commands",),
    "search": ("search_commands",),
    "show": ("entry_commands",),
    "similar": ("search_commands",),
    "status": ("maintenance_commands",),
    "sync": ("sync_commands",),
    "template": ("import_commands",),
    "transfer": ("trail_commands",),
    "undelete": ("entry_commands",),
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
