"""`casebook report transfers`: what each partner pastes into its Interreg progress report."""

from __future__ import annotations

from pathlib import Path

import click

from catalogue.exporters import REPORT_FORMATS, ReportResult, transfer_report, write_report
from catalogue.presentation import LANGUAGES

from .cli import cli, echo_json, force_option, json_option, open_catalogue, progress_job


@cli.group()
def report() -> None:
    """Reports built from the catalogue."""


def _format_of(fmt: str | None, out: str) -> str:
    names = ", ".join(REPORT_FORMATS)
    if fmt is None:
        suffix = Path(out).suffix.lower().lstrip(".")
        if suffix not in REPORT_FORMATS:
            raise click.UsageError(f"give --format ({names}); {out!r} does not name one")
        return suffix
    if fmt.lower() not in REPORT_FORMATS:
        raise click.UsageError(f"a report is written as {names}, not {fmt!r}")
    return fmt.lower()


def _say(result: ReportResult, as_json: bool) -> None:
    if as_json:
        echo_json(
            {
                "path": str(result.path),
                "format": result.format,
                "partners": list(result.partners),
                "practices": result.practices,
                "transfers": result.transfers,
                "bytes": result.bytes,
            }
        )
        return
    partners = len(result.partners)
    click.echo(
        f"Wrote the transfer report of {partners} partner{'s' if partners != 1 else ''} "
        f"({result.practices} practice{'s' if result.practices != 1 else ''}, "
        f"{result.transfers} transfer{'s' if result.transfers != 1 else ''}) to {result.path} "
        f"({result.bytes / 1024:,.0f} KB)"
    )


@report.command("transfers")
@click.option("--project", help="Only the practices of this Interreg project.")
@click.option("--partner", "partner", metavar="ORG", help="Only this partner's chapter.")
@click.option(
    "--format",
    "fmt",
    metavar="FORMAT",
    help=f"{' | '.join(REPORT_FORMATS)} (default: from the file's extension).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default="en",
    show_default=True,
    help="The language of the headings, labels and dates; the practices' texts stay as written.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(),
    help="The file to write, or a folder (the file is then named after the report).",
)
@force_option
@json_option
@click.pass_context
def transfers(
    ctx: click.Context,
    project: str | None,
    partner: str | None,
    fmt: str | None,
    lang: str,
    out: str,
    force: bool,
    as_json: bool,
) -> None:
    """Per partner: the good practices it identified (entries of its organisation with
    Interreg data) and their validation, what was transferred into which of its action
    plans and when, and where its practices went, with their sources."""
    fmt = _format_of(fmt, out)
    catalogue = open_catalogue(ctx)
    job = progress_job("Reporting")
    built = transfer_report(catalogue, project=project, partner=partner, lang=lang, job=job)
    _say(write_report(built, fmt, Path(out), overwrite=force, job=job), as_json)
