"""Exporting and importing bundles: the operations the command line and the desktop call.

`export_bundle` writes what is new for a partner (or everything); `import_bundle` verifies a
bundle completely, then adds its revisions in one `BEGIN IMMEDIATE` transaction (a set
union, so any order, duplicates and repeats give the same catalogue). Both return a summary
dataclass for the caller to show.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from catalogue import starter
from catalogue.catalogue import Catalogue
from catalogue.delivery_store import DeliveryStore
from catalogue.errors import InvalidInput
from catalogue.jobs import Job
from catalogue.revision import revision_from_payload
from catalogue.sync_store import StoredRevision, SyncStore

from .bundle import (
    DEFAULT_LIMITS,
    Bundle,
    Limits,
    read_bundle,
)
from .delivery import Owed, Recipient, lowest, owed, own_acknowledgement, recipients
from .identity import bind_self, load_identity
from .parts import Contents, Naming, plan_parts, write_parts
from .revision_checks import attachment_hashes
from .revocation import apply_revocations, keep_statement
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
    parts: list[Path] = field(default_factory=list)  # every file written, the first is `path`
    listed: list[list[str]] = field(default_factory=list, repr=False)  # revisions per part


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
    held_aside: int = 0  # new revisions held aside (their origin is not trusted, yet)
    new_statements: int = 0  # signed revocations this installation did not hold
    gaps: dict[str, tuple[int, int]] = field(default_factory=dict)  # origin -> (contiguous, max)
    dry_run: bool = False
    exporter_installation: str = ""
    listed: list[str] = field(default_factory=list, repr=False)  # the manifest's revisions

    @property
    def wrote(self) -> bool:
        """Whether the catalogue changed."""
        new = self.new_revisions or self.held_aside or self.new_statements
        return bool(new) and not self.dry_run


def partner_acknowledged(catalogue: Catalogue, fingerprint: str) -> dict[str, int]:
    """{origin: counter} that every installation of this partner acknowledged holding (in
    the manifests of its own bundles); empty before it sent one."""
    to = recipients(catalogue, [fingerprint])
    return lowest([r.vector for r in to])


def export_bundle(
    catalogue: Catalogue,
    out: Path | Naming,
    *,
    partner: str | None = None,
    objects: Collection[str] | None = None,
    to: list[Recipient] | None = None,
    due: Owed | None = None,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> ExportSummary:
    """Write every revision (`partner=None`), or those the partner (a fingerprint) has not
    acknowledged holding, in as many parts as the limits need.

    `out` is the file (several parts are named after it, with their number and content
    hash), or a function (part, parts, SHA-256) -> path. `objects` limits the bundle to the
    whole history of these entries and collections (a collection exported as a bundle).
    `to` are the recipients (a sync folder's), `due` what they are owed, if worked out
    already (`sync.delivery.owed`). Nothing is
    remembered as sent: what a partner holds is what it acknowledges. Cancelling `job`
    stops the export: then no file is left behind."""
    if objects is not None and (partner is not None or to is not None):
        raise InvalidInput("export either what a partner lacks or chosen objects, not both")
    identity = bind_self(catalogue, load_identity(catalogue))
    store = SyncStore(catalogue)
    fp = find_partner(catalogue, partner).fingerprint if partner else None
    own = store.installations_of(identity.fingerprint)
    if objects is not None:
        outgoing, skipped = _outgoing(store, objects, own)
        since: dict[str, int] = {}
    else:
        if fp is not None:
            to = recipients(catalogue, [fp])
        found = due or owed(catalogue, to or [])
        outgoing, skipped, since = found.revisions, found.unsigned_skipped, found.since
    blobs = _outgoing_blobs(catalogue, outgoing, limits)
    statements = [s[3] for s in store.statements("revocation")]
    contents = Contents(identity, since, own, statements, own_acknowledgement(catalogue))
    parts = plan_parts(outgoing, blobs, contents, limits)
    written = write_parts(parts, contents, out, limits, job)
    return ExportSummary(
        path=written[0].path,
        bundle_id=written[0].bundle_id,
        revisions=len(outgoing),
        blobs=sum(len(p.blobs) for p in parts),
        since=since,
        partner=fp,
        unsigned_skipped=skipped,
        parts=[w.path for w in written],
        listed=[[r.rev for r in p.revisions] for p in parts],
    )


def _outgoing(
    store: SyncStore, objects: Collection[str], own: set[str]
) -> tuple[list[StoredRevision], int]:
    """The whole history of `objects`, and how many revisions of other origins were
    skipped because we do not hold their origin's signature."""
    outgoing: list[StoredRevision] = []
    skipped = 0
    for r in store.signed_revisions():
        if json.loads(r.payload)["object_id"] not in objects:
            continue
        if r.origin not in own and r.origin != starter.ORIGIN and r.sig is None:
            skipped += 1
            continue
        outgoing.append(r)
    return outgoing, skipped


def _outgoing_blobs(
    catalogue: Catalogue, outgoing: list[StoredRevision], limits: Limits
) -> dict[str, Path]:
    """The attachment blobs the revisions list, by hash; refuses a missing one and one
    too large for a bundle line."""
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
    return blobs


def verify_bundle(
    catalogue: Catalogue,
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
    data: bytes | None = None,
) -> Bundle:
    """Verify a bundle completely against this catalogue's trust list (writes nothing);
    `data`: its bytes, if the caller has read them (else they are read from `path`)."""
    load_identity_if_any(catalogue)
    return read_bundle(catalogue, path, load_trust(catalogue), limits, job, data)


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
    data: bytes | None = None,
) -> ImportSummary:
    """Verify a bundle, then add what is new in one transaction (or, `dry_run`, only say).
    `data`: the file's bytes, when the caller has read them already (a sync folder's pass).

    Raises `BundleRefused` (exit 3) before writing anything if any check fails, and
    `Cancelled` (writing nothing) when `job` is cancelled before the import's transaction.
    """
    job = Job.of(job)
    bundle = verify_bundle(catalogue, path, limits, job, data)
    summary = ImportSummary(
        bundle_id=bundle.bundle_id,
        exporter_org=bundle.exporter_org,
        exporter_fingerprint=bundle.exporter_fingerprint,
        revisions=bundle.count,
        new_revisions=len(bundle.fresh),
        already_had=len(bundle.held),
        dry_run=dry_run,
        held_aside=len(bundle.aside),
        exporter_installation=bundle.exporter_installation,
        listed=bundle.revs,
    )
    # Only the attachments of revisions this import adds (SYNC.md, amendments: nothing
    # unlisted is written, and a listed blob no accepted revision needs is not kept either).
    kept = [*bundle.fresh, *(revision_from_payload(a.payload) for a in bundle.aside)]
    needed = {sha for r in kept for sha in attachment_hashes(r.body)}
    new_blobs = {
        sha: data
        for sha, data in bundle.blobs.items()
        if sha in needed and not catalogue.blobs.has(sha)
    }
    summary.new_blobs = len(new_blobs)
    if dry_run:
        touched = sorted({r.object_id for r in bundle.fresh})
        known = SyncStore(catalogue).known_objects(touched)
        summary.added = [o for o in touched if o not in known]
        summary.updated = [o for o in touched if o in known]
        return summary
    statements = SyncStore(catalogue).has_statements([r.id for r in bundle.statements])
    summary.new_statements = len(bundle.statements) - len(statements)
    if not bundle.fresh and not bundle.aside and not new_blobs and not summary.new_statements:
        _acknowledge_only(catalogue, bundle)
        return summary
    job.check()
    for data in new_blobs.values():
        catalogue.blobs.put_bytes(data)  # content-addressed: harmless if the import stops
    _write_import(catalogue, bundle, len(new_blobs), summary)
    summary.gaps = _gaps(catalogue, {r.origin for r in bundle.fresh})
    return summary


def _write_import(
    catalogue: Catalogue, bundle: Bundle, new_blobs: int, summary: ImportSummary
) -> None:
    """SYNC.md, import step 3, in one transaction: add the revisions (the catalogue
    refreshes the view), keep their signatures, hold aside those of origins not trusted,
    log the import, keep what the exporter acknowledges holding, keep and apply new
    revocations; then say what changed, and which touched entries are now
    in conflict."""
    store = SyncStore(catalogue)
    fresh = bundle.fresh
    with catalogue.atomic():
        changes = catalogue.add_revisions(fresh)
        store.record_signatures(
            (r.rev, *bundle.signatures[r.rev]) for r in fresh if r.rev in bundle.signatures
        )
        store.hold_aside(bundle.aside)
        exporter = bundle.exporter_fingerprint
        store.record_import(
            bundle.bundle_id,
            exporter,
            bundle.count,
            len(fresh),
            new_blobs,
            bundle.exporter_installation,
        )
        _acknowledge(catalogue, bundle)
        if sum(keep_statement(store, r) for r in bundle.statements):
            apply_revocations(catalogue)  # SYNC.md, amendments: the same cut everywhere
        conflicts = store.conflicted(r.object_id for r in fresh)
    summary.added, summary.updated, summary.deleted = (
        changes.added,
        changes.updated,
        changes.deleted,
    )
    summary.conflicts = conflicts


def _gaps(catalogue: Catalogue, origins: set[str]) -> dict[str, tuple[int, int]]:
    """{origin: (highest counter held without a gap, highest held)} of these origins,
    where the two differ (SYNC.md: gaps are not "have")."""
    held = SyncStore(catalogue).contiguous_vector()
    return {
        origin: (held.get(origin, 0), top)
        for origin, top in catalogue.version_vector().items()
        if origin in origins and top > held.get(origin, 0)
    }


def _acknowledge(catalogue: Catalogue, bundle: Bundle) -> None:
    """Keep what the bundle's exporter says it holds (a bundle of an earlier version says
    nothing)."""
    ack = bundle.acknowledges
    if ack is not None:
        DeliveryStore(catalogue).acknowledge(
            bundle.exporter_installation,
            bundle.exporter_fingerprint,
            ack.vector,
            ack.forked,
            ack.wants,
            bundle.bundle_id,
            bundle.created_at,
        )


def _acknowledge_only(catalogue: Catalogue, bundle: Bundle) -> None:
    """A bundle that brings nothing new still tells what its exporter holds: log it and
    keep that, once (importing it again writes nothing)."""
    if bundle.acknowledges is None or DeliveryStore(catalogue).imported(bundle.bundle_id):
        return
    with catalogue.atomic():
        SyncStore(catalogue).record_import(
            bundle.bundle_id,
            bundle.exporter_fingerprint,
            bundle.count,
            0,
            0,
            bundle.exporter_installation,
        )
        _acknowledge(catalogue, bundle)
