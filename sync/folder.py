"""A watched sync folder: any folder partners already share (Nextcloud, SharePoint,
Syncthing). Each pass imports the bundles found there that are new, then writes one bundle
of what is new here since the last pass. The desktop runs it on a timer; it is plain core
code so the command line and tests can run it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from catalogue.catalogue import Catalogue
from catalogue.delivery_store import DeliveryStore
from catalogue.jobs import Job
from catalogue.sync_store import SyncStore

from .bundle import DEFAULT_LIMITS, Limits
from .delivery import acknowledged_by_all, owed, own_acknowledgement, recipients
from .exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
)
from .folder_scan import SUFFIX, peek_file, scan_folder
from .identity import Identity, load_identity


@dataclass
class FolderSummary:
    """What one pass over a sync folder did."""

    imported: list[tuple[Path, ImportSummary]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # file, the refusal
    exported: ExportSummary | None = None
    waiting: list[Path] = field(default_factory=list)  # still being written: next pass
    files_read: int = 0  # files opened and read by this pass (others were known)
    bytes_read: int = 0
    pruned: list[Path] = field(default_factory=list)  # files of ours deleted (`prune`)


def folder_key(folder: Path) -> str:
    """The key under which a folder's files are remembered."""
    return "folder:" + str(folder.resolve())


def sync_folder(
    catalogue: Catalogue,
    folder: Path,
    *,
    seen: set[str] | None = None,
    export: bool = True,
    prune: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> FolderSummary:
    """One pass: import the new `.casebook` files of `folder`, then write what partners
    have not acknowledged and is not on its way to them (`sync.delivery`), or only this
    installation's acknowledgement when that is all that changed.

    Reading is `folder_scan.scan_folder` (SYNC.md, amendments: the folder is untrusted
    input): files handled before (imported, written here, refused and reported) are not
    opened again until they change; `seen` (kept by the caller between passes) adds bundle
    ids already handled, and a bundle imported before from another file is not read again.
    A refused file is reported once and the pass goes on with the others; nothing of it is
    written. Files that seem still being written wait for the next pass (`waiting`).
    `prune` deletes this installation's files whose revisions every trusted partner
    acknowledged. `job` hears the progress of each import and the export; cancelling it
    stops the pass (what was imported before stays; a stopped import or export writes
    nothing).
    """
    me = load_identity(catalogue)
    seen = set() if seen is None else seen
    summary = FolderSummary()
    delivery = DeliveryStore(catalogue)

    def imported(name: str, bundle_id: str, listed: list[str]) -> None:
        _remember(catalogue, folder, name, bundle_id, listed, mine=False)

    scan = scan_folder(
        catalogue,
        folder,
        mine=me.installation,
        seen=seen,
        limits=limits,
        job=job,
        known=_remembered(catalogue, folder),
        imported_before=delivery.imported,
        on_import=imported,
    )
    summary.imported, summary.refused, summary.waiting = scan.imported, scan.refused, scan.waiting
    summary.files_read, summary.bytes_read = scan.files_read, scan.bytes_read
    if export:
        summary.exported = _export(catalogue, folder, me, limits, job)
        if summary.exported is not None:
            seen.update(_peek_ids(summary.exported.parts))
    if prune:
        summary.pruned = prune_folder(catalogue, folder)
    return summary


# -- the export side: what a pass writes, and pruning what everyone acknowledged ------------


def _remember(
    catalogue: Catalogue, folder: Path, name: str, bundle_id: str, revs: list[str], mine: bool
) -> None:
    """Remember a file of the folder and the revisions it holds (what is on its way)."""
    stamp = _stamp(folder / name)
    DeliveryStore(catalogue).record_folder_file(
        folder_key(folder), name, bundle_id, mine, revs, stamp
    )


def _remembered(catalogue: Catalogue, folder: Path) -> dict[str, str]:
    """{name: stamp} of the folder's files written or imported here."""
    return {f.name: f.stamp for f in DeliveryStore(catalogue).folder_files(folder_key(folder))}


def _stamp(path: Path) -> str:
    """A file's size and modification time (what tells a changed file), or "" if gone."""
    try:
        st = path.lstat()
    except OSError:
        return ""
    return f"{st.st_size}:{st.st_mtime_ns}"


def _present(catalogue: Catalogue, folder: Path) -> None:
    """Forget the remembered files that are gone from the folder."""
    delivery = DeliveryStore(catalogue)
    key = folder_key(folder)
    gone = [f.name for f in delivery.folder_files(key) if not (folder / f.name).is_file()]
    if gone:
        delivery.forget_folder_files(key, gone)


def _export(
    catalogue: Catalogue, folder: Path, me: Identity, limits: Limits, job: Job | None
) -> ExportSummary | None:
    """Write what partners lack and is not on its way, or this installation's
    acknowledgement alone when it holds more, or asks for more, than it last said there;
    nothing otherwise."""
    _present(catalogue, folder)
    key = folder_key(folder)
    to = recipients(catalogue, me=me.installation)
    due = owed(catalogue, to, key)
    store = SyncStore(catalogue)
    ack = own_acknowledgement(catalogue)
    said, asked = store.marks(key), store.marks(key + "#wants")
    if (
        not due.revisions
        and all(said.get(o, 0) >= c for o, c in ack.vector.items())
        and all(asked.get(o, 0) >= c for o, c in ack.wants.items())
    ):
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", me.org.lower()).strip("-") or "casebook"
    prefix = f"{slug}-{me.installation[:8]}"

    def name(n: int, parts: int, sha: str) -> Path:
        numbered = "" if parts == 1 else f"{n}of{parts}-"
        return folder / f"{prefix}-{numbered}{sha[:16]}{SUFFIX}"

    done = export_bundle(catalogue, name, to=to, due=due, limits=limits, job=job)
    for path, revs in zip(done.parts, done.listed, strict=True):
        bundle_id = _peek_ids([path])
        _remember(catalogue, folder, path.name, bundle_id[0] if bundle_id else "", revs, True)
    with catalogue.atomic():
        store.raise_marks(key, ack.vector)
        store.raise_marks(key + "#wants", ack.wants)
    return done


def _peek_ids(paths: list[Path]) -> list[str]:
    return [claim.bundle_id for claim in map(peek_file, paths) if claim is not None]


def prune_folder(catalogue: Catalogue, folder: Path) -> list[Path]:
    """Delete this installation's bundle files in `folder` whose every revision each
    trusted partner installation (and each other installation of this key) acknowledged;
    the newest file written here stays, so partners still see the latest acknowledgement.
    A partner's file is never deleted: only files remembered as written here, whose
    manifest still names this installation. Returns the files deleted."""
    me = load_identity(catalogue)
    _present(catalogue, folder)
    delivery = DeliveryStore(catalogue)
    key = folder_key(folder)
    mine = [f for f in delivery.folder_files(key) if f.mine]
    to = recipients(catalogue, me=me.installation)
    newest = mine[-1].name if mine else None
    pruned: list[Path] = []
    for f in mine:
        path = folder / f.name
        claim = peek_file(path)
        if f.name == newest or claim is None or claim.installation != me.installation:
            continue
        if acknowledged_by_all(catalogue, delivery.revisions_in(key, f.name), to):
            path.unlink(missing_ok=True)
            pruned.append(path)
    delivery.forget_folder_files(key, [p.name for p in pruned])
    return pruned
