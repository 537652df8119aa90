"""`casebook identity … | partner … | sync …`: exchanging entries with partners (SYNC.md)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import click

import sync as sync_api
from catalogue.errors import InvalidInput
from sync.envelope import grouped

from .cli import (
    cli,
    echo_json,
    entry_body_from_file,
    force_option,
    json_option,
    open_catalogue,
    progress_job,
    refuse_to_overwrite,
    report,
)
from .text import one_line, safe


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _write_file(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot write ({exc.strerror}); choose another --out") from None


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None


# -- identity ------------------------------------------------------------------------------


@cli.group()
def identity() -> None:
    """This installation's signing key and the identity file partners need."""


@identity.command("init")
@click.option("--org", required=True, help="Your organisation, as partners know it.")
@json_option
@click.pass_context
def identity_init(ctx: click.Context, org: str, as_json: bool) -> None:
    """Make this installation's key pair (once)."""
    catalogue = open_catalogue(ctx)
    made = sync_api.init_identity(catalogue, org)
    if as_json:
        echo_json(
            {
                "org": made.org,
                "installation": made.installation,
                "fingerprint": made.grouped_fingerprint,
            }
        )
        return
    click.echo(f"Created the identity of {safe(made.org)}.")
    click.echo(f"Fingerprint: {made.grouped_fingerprint}")
    click.echo("Hand partners the file from `casebook identity export --out FILE`.")


@identity.command("show")
@json_option
@click.pass_context
def identity_show(ctx: click.Context, as_json: bool) -> None:
    """The organisation and the fingerprint to read aloud to partners."""
    catalogue = open_catalogue(ctx)
    me = sync_api.load_identity(catalogue)
    if as_json:
        echo_json(
            {
                "org": me.org,
                "installation": me.installation,
                "fingerprint": me.grouped_fingerprint,
                "created_at": me.created_at,
            }
        )
        return
    click.echo(f"Organisation  {safe(me.org)}")
    click.echo(f"Installation  {me.installation}")
    click.echo(f"Fingerprint   {me.grouped_fingerprint}")


@identity.command("export")
@click.option("--out", "out", required=True, metavar="FILE", help="Where to write it.")
@force_option
@json_option
@click.pass_context
def identity_export(ctx: click.Context, out: str, force: bool, as_json: bool) -> None:
    """Write the public identity file to hand to partners."""
    catalogue = open_catalogue(ctx)
    refuse_to_overwrite(Path(out), force)
    me = sync_api.current_identity(catalogue)
    _write_file(out, me.public_file() + b"\n")
    if as_json:
        echo_json({"path": out, "org": me.org, "fingerprint": me.grouped_fingerprint})
        return
    click.echo(f"Wrote {safe(out)} ({safe(me.org)}, fingerprint {me.grouped_fingerprint})")


# -- partners ------------------------------------------------------------------------------


def _partner_json(p: sync_api.Partner) -> dict[str, Any]:
    return {
        "fingerprint": p.grouped_fingerprint,
        "org": p.org,
        "status": p.status,
        "installations": [dataclasses.asdict(i) for i in p.installations],
        "added_at": p.added_at,
        "changed_at": p.changed_at,
    }


@cli.group()
def partner() -> None:
    """Partners' keys: add, trust after comparing fingerprints, revoke."""


@partner.command("add")
@click.argument("file", type=click.Path(dir_okay=False))
@json_option
@click.pass_context
def partner_add(ctx: click.Context, file: str, as_json: bool) -> None:
    """Add a partner from its identity file (untrusted until you trust it)."""
    catalogue = open_catalogue(ctx)
    added, new = sync_api.add_partner(catalogue, _read_file(file))
    if as_json:
        echo_json({**_partner_json(added), "new": new})
        return
    click.echo(f"{'Added' if new else 'Already known:'} {safe(added.org)}, status {added.status}")
    click.echo(f"Fingerprint: {added.grouped_fingerprint}")
    if added.status == "untrusted":
        click.echo(
            f"Compare the fingerprint with {safe(added.org)} (read it aloud), then run "
            f"`casebook partner trust {added.fingerprint[:8]}`."
        )


@partner.command("trust")
@click.argument("fingerprint")
@json_option
@click.pass_context
def partner_trust(ctx: click.Context, fingerprint: str, as_json: bool) -> None:
    """Trust a partner's key: its bundles and revisions are accepted from now on."""
    catalogue = open_catalogue(ctx)
    p = sync_api.trust_partner(catalogue, fingerprint)
    if as_json:
        echo_json(_partner_json(p))
        return
    click.echo(f"Trusted {safe(p.org)} ({p.grouped_fingerprint})")


@partner.command("revoke")
@click.argument("fingerprint")
@json_option
@click.pass_context
def partner_revoke(ctx: click.Context, fingerprint: str, as_json: bool) -> None:
    """Revoke a partner's key: the revisions of it held here stay; no other does."""
    catalogue = open_catalogue(ctx)
    p = sync_api.revoke_partner(catalogue, fingerprint)
    if as_json:
        echo_json(_partner_json(p))
        return
    click.echo(
        f"Revoked {safe(p.org)} ({p.grouped_fingerprint}): its revisions held here stay; any "
        "other revision of its key is held aside. The signed revocation travels in your "
        "bundles, so partners who trust you make the same cut."
    )


@partner.command("remove")
@click.argument("fingerprint")
@json_option
@click.pass_context
def partner_remove(ctx: click.Context, fingerprint: str, as_json: bool) -> None:
    """Take a partner off the list (undoes `partner add`); what it sent stays."""
    catalogue = open_catalogue(ctx)
    p = sync_api.remove_partner(catalogue, fingerprint)
    if as_json:
        echo_json(_partner_json(p))
        return
    click.echo(f"Removed {safe(p.org)} ({p.grouped_fingerprint}) from the partners.")


@partner.command("list")
@json_option
@click.pass_context
def partner_list(ctx: click.Context, as_json: bool) -> None:
    """Partners and their trust status."""
    catalogue = open_catalogue(ctx)
    partners = sync_api.list_partners(catalogue)
    if as_json:
        echo_json([_partner_json(p) for p in partners])
        return
    for p in partners:
        click.echo(f"{p.status:<9}  {p.grouped_fingerprint}  {safe(p.org)}")
    click.echo(f"{len(partners)} partner{'s' if len(partners) != 1 else ''}")


# -- sync ----------------------------------------------------------------------------------


@cli.group("sync")
def sync_group() -> None:
    """Exchange signed bundles of entries with partners."""


@sync_group.command("export")
@click.option(
    "--out", "out", required=True, metavar="FILE", help="The bundle (.casebook) to write."
)
@click.option("--since-last", "partner_fp", metavar="PARTNER", help="Only what PARTNER lacks.")
@click.option("--all", "everything", is_flag=True, help="Every revision (the default).")
@force_option
@json_option
@click.pass_context
def sync_export(
    ctx: click.Context,
    out: str,
    partner_fp: str | None,
    everything: bool,
    force: bool,
    as_json: bool,
) -> None:
    """Write a signed bundle for a partner (or everything)."""
    if partner_fp and everything:
        raise click.UsageError("give --since-last PARTNER or --all, not both")
    refuse_to_overwrite(Path(out), force)
    catalogue = open_catalogue(ctx)
    done = sync_api.export_bundle(catalogue, Path(out), partner=partner_fp)
    if as_json:
        echo_json(_export_json(done))
        return
    click.echo(
        f"Wrote {_files(done)}: {_count(done.revisions, 'revision')}, "
        f"{_count(done.blobs, 'attachment')}"
    )
    if len(done.parts) > 1:
        click.echo(
            "Too much for one file within the limits partners accept: hand over every part; "
            "each imports on its own, in any order."
        )
    if done.unsigned_skipped:
        click.echo(
            f"Left out {done.unsigned_skipped} revisions of other installations that arrived "
            "without a signature (from a backup); partners get them from their origin."
        )


def _files(done: sync_api.ExportSummary) -> str:
    if len(done.parts) == 1:
        return safe(str(done.path))
    return f"{len(done.parts)} parts ({', '.join(safe(p.name) for p in done.parts)})"


def _export_json(done: sync_api.ExportSummary) -> dict[str, Any]:
    data = dataclasses.asdict(done)
    del data["listed"]
    return {**data, "path": str(done.path), "parts": [str(p) for p in done.parts]}


def _import_json(s: sync_api.ImportSummary) -> dict[str, Any]:
    data = dataclasses.asdict(s)
    data["exporter_fingerprint"] = grouped(s.exporter_fingerprint)
    data["gaps"] = {o: {"contiguous": c, "max": m} for o, (c, m) in sorted(s.gaps.items())}
    del data["listed"]
    return data


@sync_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Verify and say what would change; write nothing.")
@json_option
@click.pass_context
def sync_import(ctx: click.Context, file: str, dry_run: bool, as_json: bool) -> None:
    """Verify a bundle, then add what is new (all or nothing)."""
    catalogue = open_catalogue(ctx)

    s = sync_api.import_bundle(
        catalogue, Path(file), dry_run=dry_run, job=progress_job("Verifying")
    )
    if as_json:
        echo_json(_import_json(s))
        return
    source = f"{safe(s.exporter_org)} ({grouped(s.exporter_fingerprint)})"
    if s.held_aside:
        click.echo(
            f"Held aside {_count(s.held_aside, 'revision')} of installations you do not trust "
            "(yet): kept, not shown; `casebook sync status` lists them."
        )
    if s.new_statements:
        click.echo(f"Received {_count(s.new_statements, 'signed revocation')} from partners.")
    if not (s.new_revisions or s.held_aside or s.new_statements):
        # The wording of SYNC.md, whatever N.
        click.echo(f"Already have all {s.revisions} revisions from {source}; nothing changed.")
        return
    if dry_run:
        click.echo(
            f"Would import {_count(s.new_revisions, 'new revision')} from {source} "
            f"({s.already_had} already had): {len(s.added)} new, {len(s.updated)} changed; "
            "nothing was written (dry run)."
        )
        return
    click.echo(
        f"Imported {_count(s.new_revisions, 'new revision')} from {source} "
        f"({s.already_had} already had): {len(s.added)} new, {len(s.updated)} updated, "
        f"{len(s.deleted)} deleted, {_count(len(s.conflicts), 'conflict')}."
    )
    if s.conflicts:
        click.echo("See them with `casebook sync conflicts`.")
    for origin, (have, top) in sorted(s.gaps.items()):
        click.echo(
            f"Installation {safe(origin[:8])}: revisions up to {top} but a gap after {have}; "
            "a later bundle will fill it."
        )


@sync_group.command("status")
@json_option
@click.pass_context
def sync_status(ctx: click.Context, as_json: bool) -> None:
    """Identity, partners, conflicts."""
    catalogue = open_catalogue(ctx)
    me = sync_api.load_identity(catalogue) if sync_api.has_identity(catalogue) else None
    partners = sync_api.list_partners(catalogue)
    conflicts = sync_api.list_conflicts(catalogue)
    held = sync_api.held_aside(catalogue)
    forked = catalogue.forked_counters()
    info = {
        "identity": None if me is None else {"org": me.org, "fingerprint": me.grouped_fingerprint},
        "partners": {
            s: sum(1 for p in partners if p.status == s)
            for s in ("trusted", "untrusted", "revoked")
        },
        "conflicts": len(conflicts),
        "held_aside": sum(held.values()),
        "held_aside_by_origin": held,
        "forked_origins": forked,
        "delivery": [
            {**dataclasses.asdict(p), "fingerprint": grouped(p.fingerprint)}
            for p in (sync_api.delivery_status(catalogue, me.installation) if me else [])
        ],
    }
    if as_json:
        echo_json(info)
        return
    mine = f"{safe(me.org)}  {me.grouped_fingerprint}" if me else "none (casebook identity init)"
    click.echo(f"Identity   {mine}")
    counts = info["partners"]
    assert isinstance(counts, dict)
    click.echo("Partners   " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    click.echo(f"Conflicts  {len(conflicts)}")
    click.echo(f"Held aside {sum(held.values())} (revisions of installations not trusted yet)")
    for origin, n in held.items():
        click.echo(f"  {safe(origin)}: {n}")
    for origin, counters in forked.items():
        shown = ", ".join(map(str, counters[:10])) + (" …" if len(counters) > 10 else "")
        click.echo(
            f"Forked     {safe(origin)}: two revisions signed with counter {shown} (a copied "
            "home); both are kept, and an entry edited by both shows as a conflict"
        )
    if me is not None:
        _echo_delivery(sync_api.delivery_status(catalogue, me.installation))


def _echo_delivery(partners: list[sync_api.PartnerDelivery]) -> None:
    """Per partner: what each of its installations acknowledged, lacks, and has."""
    for p in partners:
        who = "this key, another installation" if p.status == "self" else p.status
        click.echo(f"{safe(p.org)}  ({who}, {grouped(p.fingerprint)})")
        for i in p.installations:
            if not i.installation:
                click.echo(
                    f"  no bundle seen yet: lacks {_count(i.they_lack, 'revision')} held here"
                )
                continue
            click.echo(
                f"  {safe(i.installation)}: last bundle written {safe(i.last_bundle_created_at)}, "
                f"received {safe(i.last_bundle_received_at)} ({_count(i.bundles, 'bundle')} "
                f"in all); lacks {i.they_lack} held here; has {i.we_lack} not held here"
            )
        if p.held_aside:
            click.echo(f"  {_count(p.held_aside, 'revision')} of its held aside")


@sync_group.command("conflicts")
@json_option
@click.pass_context
def sync_conflicts(ctx: click.Context, as_json: bool) -> None:
    """Entries with concurrent edits, and how their versions differ."""
    catalogue = open_catalogue(ctx)
    found = sync_api.list_conflicts(catalogue)
    if as_json:
        echo_json([dataclasses.asdict(c) for c in found])
        return
    for c in found:
        click.echo(f"{c.id}  {safe(c.title)}")
        click.echo(f"  differ in: {', '.join(c.fields) or '(nothing but history)'}")
        for h in c.heads:
            mark = "shown" if h.shown else "     "
            who = f"{h.org or 'unknown organisation'}, {h.author}"
            click.echo(f"  {mark}  {h.rev[:12]}  {safe(h.authored_at)}  {safe(who)}")
        for name, rev, old, new in c.values:
            change = f"{one_line(old)} → {one_line(new)}"
            other = f" ({rev[:12]})" if len(c.heads) > 2 else ""
            click.echo(f"  {name}: {safe(change)}{other}")
    click.echo(f"{len(found)} conflict{'s' if len(found) != 1 else ''}")
    if found:
        click.echo("Resolve with `casebook sync resolve ID --keep REV` or `--file MERGED.json`.")


@sync_group.command("resolve")
@click.argument("entry_id")
@click.option("--keep", metavar="REV", help="Keep this head (its hash or first 6+ characters).")
@click.option("--file", "path", metavar="ENTRY.json", help="Keep this merged entry instead.")
@json_option
@click.pass_context
def sync_resolve(
    ctx: click.Context, entry_id: str, keep: str | None, path: str | None, as_json: bool
) -> None:
    """Resolve a conflict: one merge revision on top of every head."""
    catalogue = open_catalogue(ctx)
    full_id = catalogue.resolve_id(entry_id)
    if bool(keep) == bool(path):
        conflict = sync_api.conflict_of(catalogue, full_id)
        heads = "; ".join(f"{h.rev[:12]} by {h.author} at {h.authored_at}" for h in conflict.heads)
        raise click.UsageError(
            f"give --keep REV (one of: {heads}) or --file MERGED.json "
            f"(start from `casebook show {full_id[:8]} --json`)"
        )
    body = entry_body_from_file(path) if path else None
    report(sync_api.resolve(catalogue, full_id, keep=keep, body=body), "entry", as_json)


@sync_group.command("folder")
@click.argument("folder", type=click.Path(file_okay=False, exists=True))
@click.option(
    "--prune",
    is_flag=True,
    help="Delete this installation's bundles there that every trusted partner acknowledged.",
)
@json_option
@click.pass_context
def sync_folder(ctx: click.Context, folder: str, prune: bool, as_json: bool) -> None:
    """One pass over a shared sync folder: import new bundles found there, export what is new."""
    catalogue = open_catalogue(ctx)
    done = sync_api.sync_folder(catalogue, Path(folder), prune=prune)
    if as_json:
        echo_json(
            {
                "imported": [{"file": p.name, **_import_json(s)} for p, s in done.imported],
                "refused": [{"file": p.name, "reason": m} for p, m in done.refused],
                "waiting": [p.name for p in done.waiting],
                "exported": None if done.exported is None else _export_json(done.exported),
                "pruned": [p.name for p in done.pruned],
            }
        )
        if done.refused:
            ctx.exit(3)
        return
    for path, s in done.imported:
        click.echo(
            f"{safe(path.name)}: {_count(s.new_revisions, 'new revision')} from "
            f"{safe(s.exporter_org)}, {_count(len(s.conflicts), 'conflict')}"
        )
    for path, message in done.refused:
        click.echo(f"{safe(path.name)}: refused: {safe(message)}")
    for path in done.waiting:
        click.echo(f"{safe(path.name)}: still being written, read at the next pass")
    if done.exported is not None:
        names = ", ".join(safe(p.name) for p in done.exported.parts)
        click.echo(f"Wrote {names}: {_count(done.exported.revisions, 'revision')}")
    elif not done.imported and not done.refused and not done.waiting:
        click.echo("Nothing new in either direction.")
    if done.pruned:
        click.echo(
            f"Pruned {_count(len(done.pruned), 'file')} of yours every trusted partner "
            "acknowledged."
        )
    if done.refused:
        ctx.exit(3)
