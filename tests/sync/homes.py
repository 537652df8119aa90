"""Installations for sync tests: real homes, real keys, real bundles."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from catalogue.canonical import canonical_bytes
from catalogue.catalogue import Catalogue
from sync import add_partner, init_identity, load_identity, trust_partner
from sync.envelope import MANIFEST_TYPE, REVISION_TYPE, b64encode, public_bytes, seal
from sync.identity import Identity


def make_home(path: Path, org: str) -> Catalogue:
    """A fresh catalogue (no starter entries) with its own identity."""
    catalogue = Catalogue.open(path, author=org, auto_backup=False)
    init_identity(catalogue, org)
    return catalogue


def befriend(a: Catalogue, b: Catalogue, trusted: bool = True) -> None:
    """`a` adds (and trusts) `b`'s identity."""
    partner, _ = add_partner(a, load_identity(b).public_file())
    if trusted:
        trust_partner(a, partner.fingerprint)


def dump(catalogue: Catalogue) -> list[str]:
    """The whole database as SQL, to prove that a refused import changed nothing."""
    return list(catalogue.conn.iterdump())


def view_json(catalogue: Catalogue) -> list[dict[str, Any]]:
    """What `casebook list --json` prints, plus each entry's shown revision."""
    return [{**s.__dict__, "rev": catalogue.get_entry(s.id).rev} for s in catalogue.list_entries()]


def stored_payloads(catalogue: Catalogue, origin: str | None = None) -> list[bytes]:
    """Payloads of stored revisions (of one origin), oldest counter first."""
    sql = "SELECT payload FROM revisions"
    params: tuple[str, ...] = ()
    if origin is not None:
        sql += " WHERE origin = ?"
        params = (origin,)
    return [bytes(r[0]) for r in catalogue.conn.execute(sql + " ORDER BY origin, counter", params)]


def forge(
    identity: Identity,
    revisions: list[tuple[bytes, Ed25519PrivateKey | None]],
    *,
    blobs: dict[str, bytes] | None = None,
    manifest: dict[str, Any] | None = None,
    manifest_key: Ed25519PrivateKey | None = None,
) -> bytes:
    """A bundle built by hand: each payload signed by the given key, the manifest by
    `manifest_key` (default: the identity's), listing exactly these revisions."""
    blobs = blobs or {}
    body: dict[str, Any] = {
        "format": "casebook.bundle/1",
        "bundle_id": "00000000-0000-4000-8000-000000000000",
        "exporter": {
            "org": identity.org,
            "installation": identity.installation,
            "key": b64encode(public_bytes(manifest_key or identity.key)),
        },
        "created_at": "2026-11-30T00:00:00Z",
        "since": {},
        "revisions": [hashlib.sha256(p).hexdigest() for p, _ in revisions],
        "blobs": sorted(blobs),
        "count": len(revisions),
    }
    body.update(manifest or {})
    lines = [seal(MANIFEST_TYPE, canonical_bytes(body), manifest_key or identity.key)]
    lines += [seal(REVISION_TYPE, p, k) for p, k in revisions]
    lines += [canonical_bytes({"blob": s, "data": b64encode(d)}) for s, d in sorted(blobs.items())]
    return b"".join(line + b"\n" for line in lines)


def changes_written(conn: sqlite3.Connection) -> int:
    """Rows changed on this connection so far (sqlite3's total_changes)."""
    return conn.total_changes
