"""`casebook transfer add | list | remove` and `casebook validate`: the partnership's
learning trail (which partner took a practice up, into which action plan, and how far the
practice is validated)."""

from __future__ import annotations

import dataclasses

import click

from catalogue.trail import VALIDATION_LEVELS

from .cli import cli, echo_json, json_option, open_catalogue, report
from .text import safe


@cli.group()
def transfer() -> None:
    """Transfers: a partner took a practice up into its action plan."""


@transfer.command("add")
@click.argument("entry_id")
@click.option("--partner", required=True, metavar="ORG", help="The partner that took it up.")
@click.option("--action-plan", metavar="TEXT", help="The action plan (or policy) it went into.")
@click.option("--date", metavar="DATE", help="When: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--note", metavar="TEXT", help="What was taken up, what was adapted.")
@json_option
@click.pass_context
def transfer_add(
    ctx: click.Context,
    entry_id: str,
    partner: str,
    action_plan: str | None,
    date: str | None,
    note: str | None,
    as_json: bool,
) -> None:
    """Record that a partner took a practice (ID or unique prefix) up."""
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    changes = catalogue.add_transfer(full_id, partner, action_plan, date, note)
    count = len(catalogue.get_entry(full_id).body["interreg"]["transfers"])
    if as_json:
        report(changes, "entry", as_json, number=count)
    else:
        click.echo(f"Recorded transfer {count} of entry {full_id[:8]} to {safe(partner)}")


@transfer.command("list")
@click.option("--partner", metavar="ORG", help="Only this partner's transfers.")
@click.option("--project", metavar="NAME", help="Only practices of this Interreg project.")
@json_option
@click.pass_context
def transfer_list(
    ctx: click.Context, partner: str | None, project: str | None, as_json: bool
) -> None:
    """Every transfer, by partner: the practice, the action plan, when, its validation."""
    catalogue = open_catalogue(ctx)
    rows = catalogue.transfers(partner=partner, project=project)
    if as_json:
        echo_json([dataclasses.asdict(r) for r in rows])
        return
    shown = None
    for r in rows:
        if r.partner != shown:
            shown = r.partner
            click.echo(safe(r.partner))
        plan = safe(r.action_plan or "(no action plan named)")
        when = f", {safe(r.date)}" if r.date else ""
        click.echo(f"  {r.entry[:8]} #{r.number}  {safe(r.title)}")
        click.echo(f"      into {plan}{when}; validation: {_level(r.validation)}")
        if r.note:
            click.echo(f"      {safe(r.note)}")
    click.echo(f"{len(rows)} transfer{'s' if len(rows) != 1 else ''}")


@transfer.command("remove")
@click.argument("entry_id")
@click.argument("number", type=click.IntRange(min=1))
@json_option
@click.pass_context
def transfer_remove(ctx: click.Context, entry_id: str, number: int, as_json: bool) -> None:
    """Remove an entry's transfer NUMBER (as `transfer list` shows it after #)."""
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    report(catalogue.remove_transfer(full_id, number), "entry", as_json)


@cli.command()
@click.argument("entry_id")
@click.option(
    "--level",
    required=True,
    type=click.Choice([*VALIDATION_LEVELS, "none"]),
    help="draft → partner_approved → expert_validated (none removes it).",
)
@click.option("--opinion", metavar="TEXT", help='The expert opinion ("" removes it).')
@json_option
@click.pass_context
def validate(
    ctx: click.Context, entry_id: str, level: str, opinion: str | None, as_json: bool
) -> None:
    """Set how far a practice is validated; `casebook history ID` shows who changed it."""
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    changes = catalogue.set_validation(full_id, None if level == "none" else level, opinion)
    if as_json:
        report(changes, "entry", as_json, validation=None if level == "none" else level)
    else:
        report(changes, "entry")


def _level(level: str | None) -> str:
    return {
        "draft": "draft",
        "partner_approved": "approved by the partner",
        "expert_validated": "validated by experts",
    }.get(level or "", "not set")
