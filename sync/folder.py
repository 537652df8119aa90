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
from catalogue.jobs import Job
from catalogue.revision import utc_now
from catalogue.sync_store import SyncStore

from .bundle import DEFAULT_LIMITS, Limits
from .envelope import b64encode
from .exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
)
from .folder_scan import SUFFIX, scan_folder
from .identity import load_identity


@dataclass
class FolderSummary:
    """What one pass over a sync folder did."""

    imported: list[tuple[Path, ImportSummary]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # file, the refusal
    exported: ExportSummary | None = None
    waiting: list[Path] = field(default_factory=list)  # still being written: next pass
    files_read: int = 0  # files opened and read by this pass (others were known)
    bytes_read: int = 0


def folder_key(folder: Path) -> str:
    """The key under which a folder's exports are remembered (like a partner's marks)."""
    return "folder:" + str(folder.resolve())


def sync_folder(
    catalogue: Catalogue,
    folder: Path,
    *,
    seen: set[str] | None = None,
    export: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> FolderSummary:
    """One pass: import the new `.casebook` files of `folder`, then export what is new.

    Reading is `folder_scan.scan_folder` (SYNC.md, amendments: the folder is untrusted
    input): files handled before are remembered in the home and not opened again until they
    change; `seen` (kept by the caller between passes) adds bundle ids already handled. A
    refused file is reported once and the pass goes on with the others; nothing of it is
    written. Files that seem still being written wait for the next pass (`waiting`).
    `job` hears the progress of each import and the export; cancelling it stops the pass
    (what was imported before stays; a stopped import or export writes nothing).
    """
    me = load_identity(catalogue)
    seen = set() if seen is None else seen
    summary = FolderSummary()
    scan = scan_folder(
        catalogue, folder, mine=b64encode(me.public_key), seen=seen, limits=limits, job=job
    )
    summary.imported, summary.refused, summary.waiting = scan.imported, scan.refused, scan.waiting
    summary.files_read, summary.bytes_read = scan.files_read, scan.bytes_read
    if export:
        key = folder_key(folder)
        store = SyncStore(catalogue)
        since = store.marks(key)
        held = store.contiguous_vector()
        if any(top > since.get(origin, 0) for origin, top in held.items()):
            slug = re.sub(r"[^a-z0-9]+", "-", me.org.lower()).strip("-") or "casebook"
            stamp = utc_now().replace(":", "").replace("-", "")
            out = folder / f"{slug}-{me.installation[:8]}-{stamp}{SUFFIX}"
            summary.exported = export_bundle(catalogue, out, marks_key=key, limits=limits, job=job)
            seen.add(summary.exported.bundle_id)
    return summary
