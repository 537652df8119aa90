"""A watched sync folder: any folder partners already share (Nextcloud, SharePoint,
Syncthing). Each pass imports the bundles found there that are new, then writes one bundle
of what is new here since the last pass. The desktop runs it on a timer; it is plain core
code so the command line and tests can run it too.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from catalogue.catalogue import Catalogue
from catalogue.jobs import Job
from catalogue.revision import utc_now
from catalogue.sync_store import SyncStore

from .bundle import DEFAULT_LIMITS, Limits
from .envelope import b64encode
from .errors import BundleRefused
from .exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
    import_bundle,
)
from .identity import load_identity

SUFFIX = ".casebook"


@dataclass
class FolderSummary:
    """What one pass over a sync folder did."""

    imported: list[tuple[Path, ImportSummary]] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # file, the refusal
    exported: ExportSummary | None = None


def _manifest_peek(path: Path) -> tuple[str, str] | None:
    """(bundle id, exporter key) from a bundle's first line, unverified: only used to skip
    files, which is safe whatever they claim. None if the line cannot be read."""
    try:
        with path.open("rb") as f:
            first = f.readline(DEFAULT_LIMITS.max_line + 1)
        manifest = json.loads(base64.b64decode(json.loads(first)["payload"]))
        return str(manifest["bundle_id"]), str(manifest["exporter"]["key"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


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

    `seen` (kept by the caller between passes) holds bundle ids already handled, so a
    bundle that brought nothing new is not verified again on every pass. A refused bundle
    is reported and the pass goes on with the others; nothing of it is written.
    `job` hears the progress of each import and the export; cancelling it stops the pass
    (what was imported before stays; a stopped import or export writes nothing).
    """
    me = load_identity(catalogue)
    mine = b64encode(me.public_key)
    seen = set() if seen is None else seen
    summary = FolderSummary()
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        peek = _manifest_peek(path)
        if peek is not None and (peek[0] in seen or peek[1] == mine):
            continue
        try:
            result = import_bundle(catalogue, path, limits=limits, job=job)
        except BundleRefused as exc:
            summary.refused.append((path, exc.message))
            continue
        summary.imported.append((path, result))
        seen.add(result.bundle_id)
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
