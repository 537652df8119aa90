"""Exporting and importing bundles: the operations the command line and the desktop call.

`export_bundle` writes what is new for a partner (or everything); `import_bundle` verifies a
bundle completely, then adds its revisions in one `BEGIN IMMEDIATE` transaction (a set
union, so any order, duplicates and repeats give the same catalogue). Both return a summary
dataclass for the caller to show.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from catalogue import starter
from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.jobs import Job
from catalogue.revision import utc_now

from .bundle import (
    DEFAULT_LIMITS,
    Bundle,
    Limits,
    Outgoing,
    attachment_hashes,
    read_bundle,
    write_bundle,
)
from .identity import bind_self, load_identity
from .trust import find_partner, load_trust


@dataclass(frozen=True)
class ExportSummary:
    """What `export_bundle` wrote."""

    path: Path
    bundle_id: str
    revisions: int
    blobs: int
    since: dict[str, int]
    partner: str | None  # fingerprint, for --since-last
    unsigned_skipped: int  # revisions of other origins whose signature we do not hold


@dataclass
class ImportSummary:
    """What `import_bundle` did (or, with `dry_run`, would do)."""

    bundle_id: str
    exporter_org: str
    exporter_fingerprint: str
    revisions: int
    new_revisions: int
    already_had: int
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    new_blobs: int = 0
    gaps: dict[str, tuple[int, int]] = field(default_factory=dict)  # origin -> (contiguous, max)
    dry_run: bool = False

    @property
    def wrote(self) -> bool:
        """Whether the catalogue changed."""
        return self.new_revisions > 0 and not self.dry_run


def contiguous_vector(conn: sqlite3.Connection) -> dict[str, int]:
    """{origin: highest counter held with no gap below it} (SYNC.md: gaps are not "have")."""
    result: dict[str, int] = {}
    last_origin, run = None, 0
    for origin, counter in conn.execute(
        "SELECT origin, counter FROM revisions ORDER BY origin, counter"
    ):
        if origin != last_origin:
            if last_origin is not None:
                result[last_origin] = run
            last_origin, run = origin, 0
        if counter == run + 1:
            run = counter
    if last_origin is not None:
        result[last_origin] = run
    return {o: c for o, c in result.items() if c > 0}


def partner_marks(catalogue: Catalogue, fingerprint: str) -> dict[str, int]:
    """{origin: counter} of what this partner has been sent or has sent us."""
    return dict(
        catalogue.conn.execute(
            "SELECT origin, counter FROM exchange_marks WHERE fingerprint = ? ORDER BY origin",
            (fingerprint,),
        ).fetchall()
    )


def _raise_marks(conn: sqlite3.Connection, fingerprint: str, marks: dict[str, int]) -> None:
    conn.executemany(
        "INSERT INTO exchange_marks (fingerprint, origin, counter) VALUES (?, ?, ?) "
        "ON CONFLICT (fingerprint, origin) DO UPDATE SET counter = max(counter, excluded.counter)",
        [(fingerprint, o, c) for o, c in sorted(marks.items())],
    )


def export_bundle(
    catalogue: Catalogue,
    out: Path,
    *,
    partner: str | None = None,
    objects: Collection[str] | None = None,
    marks_key: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> ExportSummary:
    """Write a bundle of every revision (`partner=None`) or of those the partner (a
    fingerprint) has not been sent and has not sent us; then remember what it was sent.

    `objects` limits the bundle to the whole history of these entries and collections (a
    collection exported as a bundle: its id and its entries' ids); it is not a partner
    exchange, so no marks are recorded. `marks_key` remembers what was sent under another
    name than a partner's fingerprint (a sync folder, `sync.folder`). Cancelling `job`
    stops the export: then no file is written and nothing is remembered."""
    if objects is not None and (partner is not None or marks_key is not None):
        raise InvalidInput("export either what a partner lacks or chosen objects, not both")
    identity = load_identity(catalogue)
    bind_self(catalogue, identity)
    fp = find_partner(catalogue, partner).fingerprint if partner else marks_key
    since = partner_marks(catalogue, fp) if fp else {}
    conn = catalogue.conn
    own = {
        r[0]
        for r in conn.execute(
            "SELECT installation FROM partner_installations WHERE fingerprint = ?",
            (identity.fingerprint,),
        )
    }
    outgoing: list[Outgoing] = []
    skipped = 0
    for rev, origin, counter, payload, keyid, sig in conn.execute(
        "SELECT r.rev, r.origin, r.counter, r.payload, s.keyid, s.sig FROM revisions r "
        "LEFT JOIN revision_signatures s USING (rev) ORDER BY r.origin, r.counter"
    ):
        if counter <= since.get(origin, 0):
            continue
        if objects is not None and json.loads(payload)["object_id"] not in objects:
            continue
        if origin not in own and origin != starter.ORIGIN and sig is None:
            skipped += 1
            continue
        outgoing.append(Outgoing(rev, origin, counter, bytes(payload), keyid, sig))
    if len(outgoing) > limits.max_revisions:
        raise InvalidInput(
            f"{len(outgoing)} revisions to export, above the bundle limit of "
            f"{limits.max_revisions}; export for one partner with --since-last"
        )
    blobs: dict[str, Path] = {}
    for r in outgoing:
        body = json.loads(r.payload).get("body")
        for sha in attachment_hashes(body):
            if not catalogue.blobs.has(sha):
                raise InvalidInput(
                    f"the attachment blob {sha} of revision {r.rev} is missing from "
                    f"{catalogue.home / 'blobs'}; run `casebook check`"
                )
            blobs[sha] = catalogue.blobs.path(sha)
            # A blob travels base64-encoded on one line: refuse here what the partner's
            # import would refuse (E_SIZE), rather than write a bundle nobody can read.
            size = blobs[sha].stat().st_size
            if 4 * ((size + 2) // 3) + 90 > limits.max_line:
                raise InvalidInput(
                    f"the attachment {sha[:12]}… of revision {r.rev[:12]}… has {size} bytes; "
                    f"a bundle line holds at most {limits.max_line} bytes, so attachments "
                    f"travel up to about {limits.max_line * 3 // 4 // 1024} KiB; remove or "
                    "shrink it"
                )
    bundle_id = write_bundle(out, identity, since, outgoing, blobs, own, job)
    if out.stat().st_size > limits.max_file:
        out.unlink()
        raise InvalidInput(
            f"the bundle would have more than {limits.max_file} bytes, which partners refuse; "
            "export for one partner with --since-last"
        )
    if fp is not None:
        held = contiguous_vector(conn)
        with catalogue.atomic() as tx:
            _raise_marks(tx, fp, held)
    return ExportSummary(out, bundle_id, len(outgoing), len(blobs), since, fp, skipped)


def verify_bundle(
    catalogue: Catalogue,
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> Bundle:
    """Verify a bundle completely against this catalogue's trust list (writes nothing)."""
    load_identity_if_any(catalogue)
    return read_bundle(catalogue, path, load_trust(catalogue), limits, job)


def load_identity_if_any(catalogue: Catalogue) -> None:
    """Refuse to sync while the private key file is readable by others (if there is one)."""
    from .identity import has_identity

    if has_identity(catalogue):
        load_identity(catalogue)


def import_bundle(
    catalogue: Catalogue,
    path: Path,
    *,
    dry_run: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> ImportSummary:
    """Verify a bundle, then add what is new in one transaction (or, `dry_run`, only say).

    Raises `BundleRefused` (exit 3) before writing anything if any check fails, and
    `Cancelled` (writing nothing) when `job` is cancelled before the import's transaction.
    """
    job = Job.of(job)
    bundle = verify_bundle(catalogue, path, limits, job)
    fresh = bundle.fresh
    summary = ImportSummary(
        bundle_id=bundle.bundle_id,
        exporter_org=bundle.exporter_org,
        exporter_fingerprint=bundle.exporter_fingerprint,
        revisions=bundle.count,
        new_revisions=len(fresh),
        already_had=len(bundle.held),
        dry_run=dry_run,
    )
    new_blobs = {sha: data for sha, data in bundle.blobs.items() if not catalogue.blobs.has(sha)}
    summary.new_blobs = len(new_blobs)
    if dry_run:
        known = {
            r[0]
            for r in catalogue.conn.execute(
                "SELECT DISTINCT object_id FROM revisions WHERE object_id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(sorted({r.object_id for r in fresh})),),
            )
        }
        touched = sorted({r.object_id for r in fresh})
        summary.added = [o for o in touched if o not in known]
        summary.updated = [o for o in touched if o in known]
        return summary
    if not fresh and not new_blobs:
        return summary
    job.check()
    for data in new_blobs.values():
        catalogue.blobs.put_bytes(data)  # content-addressed: harmless if the import stops
    touched = sorted({r.object_id for r in fresh})
    conflicts: list[str] = []

    def record(conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT OR IGNORE INTO revision_signatures (rev, keyid, sig) VALUES (?, ?, ?)",
            [(r.rev, *bundle.signatures[r.rev]) for r in fresh if r.rev in bundle.signatures],
        )
        conn.execute(
            "INSERT OR IGNORE INTO partner_installations (installation, fingerprint) VALUES (?, ?)",
            (bundle.exporter_installation, bundle.exporter_fingerprint),
        )
        _raise_marks(
            conn,
            bundle.exporter_fingerprint,
            _sent_by(bundle, partner_marks(catalogue, bundle.exporter_fingerprint)),
        )
        conn.execute(
            "INSERT INTO bundle_imports (bundle_id, exporter, imported_at, revisions, "
            "new_revisions, blobs) VALUES (?, ?, ?, ?, ?, ?)",
            (
                bundle.bundle_id,
                bundle.exporter_fingerprint,
                utc_now(),
                bundle.count,
                len(fresh),
                len(new_blobs),
            ),
        )
        conflicts.extend(
            r[0]
            for r in conn.execute(
                "SELECT id FROM entries WHERE live_heads > 1 AND id IN "
                "(SELECT value FROM json_each(?)) ORDER BY id",
                (json.dumps(touched),),
            )
        )

    changes = catalogue.add_revisions(fresh, also=record)
    summary.added, summary.updated, summary.deleted = (
        changes.added,
        changes.updated,
        changes.deleted,
    )
    summary.conflicts = conflicts
    held = contiguous_vector(catalogue.conn)
    origins = {r.origin for r in fresh}
    for origin, top in catalogue.conn.execute(
        "SELECT origin, max(counter) FROM revisions GROUP BY origin"
    ):
        if origin in origins and top > held.get(origin, 0):
            summary.gaps[origin] = (held.get(origin, 0), top)
    return summary


def _sent_by(bundle: Bundle, marks: dict[str, int]) -> dict[str, int]:
    """What the exporter now provably holds: its marks extended by the counters its bundle
    carried without a gap."""
    counters: dict[str, set[int]] = {}
    for origin, counter in bundle.counters:
        counters.setdefault(origin, set()).add(counter)
    result = {}
    for origin, have in counters.items():
        top = marks.get(origin, 0)
        while top + 1 in have:
            top += 1
        if top > marks.get(origin, 0):
            result[origin] = top
    return result
