"""Bundle files (`.casebook`, SYNC.md): JSON Lines of DSSE envelopes.

Line 1 is the exporter's signed manifest, listing every revision hash and blob hash; then
one revision per line, each signed by its origin (so a revision relayed by a third partner
still verifies); then `{"blob", "data"}` lines for attachments. `write_bundle` writes one;
`read_bundle` verifies every byte of one before anything is parsed into revisions, and
raises `BundleRefused` with SYNC.md's error code and the line.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalogue import collection, entry, starter
from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job
from catalogue.revision import Revision, revision_from_payload, utc_now
from catalogue.sync_store import SyncStore

from .envelope import (
    MANIFEST_TYPE,
    REVISION_TYPE,
    b64decode,
    b64encode,
    grouped,
    open_line,
    seal,
    seal_with,
    verify,
)
from .errors import BundleRefused, Code
from .identity import Identity
from .trust import TrustList

BUNDLE_FORMAT = "casebook.bundle/1"
_HASH = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """Size limits of SYNC.md (configurable)."""

    max_file: int = 50 * 2**20
    max_line: int = 2**20
    max_revisions: int = 20_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Outgoing:
    """A revision to export: its exact payload and, for a relayed one, its origin's signature."""

    rev: str
    origin: str
    counter: int
    payload: bytes
    keyid: str | None
    sig: str | None


def attachment_hashes(body: dict[str, Any] | None) -> list[str]:
    """SHA-256 of the attachments an entry body lists."""
    if not body:
        return []
    return [str(a.get("sha256")) for a in body.get("attachments", []) if isinstance(a, dict)]


def write_bundle(
    out: Path,
    identity: Identity,
    since: dict[str, int],
    revisions: list[Outgoing],
    blobs: dict[str, Path],
    own_origins: set[str],
    job: Job | None = None,
) -> str:
    """Write a bundle atomically (a temporary file renamed into place); returns its id.

    Revisions of this installation's own origins are signed here; starter revisions go
    unsigned (every Casebook knows their hashes); relayed ones carry their stored signature.
    Cancelling `job` stops the writing: then no file is left behind.
    """
    job = Job.of(job)
    bundle_id = str(uuid.uuid4())
    manifest = {
        "format": BUNDLE_FORMAT,
        "bundle_id": bundle_id,
        "exporter": {
            "org": identity.org,
            "installation": identity.installation,
            "key": b64encode(identity.public_key),
        },
        "created_at": utc_now(),
        "since": dict(sorted(since.items())),
        "revisions": [r.rev for r in revisions],
        "blobs": sorted(blobs),
        "count": len(revisions),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            # Reported at least once, so even an empty export can be cancelled.
            job.report(0.0, f"writing {len(revisions)} revisions")
            f.write(seal(MANIFEST_TYPE, canonical_bytes(manifest), identity.key) + b"\n")
            for n, r in enumerate(revisions):
                if n % 500 == 0 and n:
                    job.report(n / len(revisions), f"wrote {n} of {len(revisions)} revisions")
                if r.origin in own_origins:
                    line = seal(REVISION_TYPE, r.payload, identity.key)
                elif r.keyid is not None and r.sig is not None:
                    line = seal_with(REVISION_TYPE, r.payload, r.keyid, r.sig)
                else:
                    line = seal(REVISION_TYPE, r.payload, None)
                f.write(line + b"\n")
            for sha in sorted(blobs):
                data = blobs[sha].read_bytes()
                f.write(canonical_bytes({"blob": sha, "data": b64encode(data)}) + b"\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return bundle_id


@dataclass
class Bundle:
    """A bundle that passed every check of SYNC.md's import step 1."""

    bundle_id: str
    exporter_org: str
    exporter_installation: str
    exporter_fingerprint: str
    created_at: str
    since: dict[str, int]
    fresh: list[Revision]  # the revisions this catalogue does not hold yet
    held: list[str]  # the ones it holds already
    counters: list[tuple[str, int]]  # (origin, counter) of every revision in the bundle
    signatures: dict[str, tuple[str, str]]  # rev -> (keyid, sig) of fresh signed revisions
    blobs: dict[str, bytes]

    @property
    def count(self) -> int:
        """How many revisions the bundle holds."""
        return len(self.fresh) + len(self.held)


def _refuse(code: Code, line: int, reason: str) -> BundleRefused:
    return BundleRefused(code, line, reason)


def _starter_hashes() -> frozenset[str]:
    global _STARTER
    if _STARTER is None:
        _STARTER = frozenset(r.rev for r in starter.revisions())
    return _STARTER


_STARTER: frozenset[str] | None = None


def _manifest(value: Any) -> dict[str, Any]:
    """Check the manifest's shape (after its signature verified); raises `InvalidInput`."""
    keys = {"format", "bundle_id", "exporter", "created_at", "since", "revisions", "blobs", "count"}
    if not isinstance(value, dict) or set(value) != keys:
        raise InvalidInput(f"the manifest must have exactly the fields {', '.join(sorted(keys))}")
    if value["format"] != BUNDLE_FORMAT:
        raise InvalidInput(f"format {value['format']!r} is not {BUNDLE_FORMAT}; update Casebook")
    exporter = value["exporter"]
    if (
        not isinstance(exporter, dict)
        or set(exporter) != {"org", "installation", "key"}
        or not all(isinstance(v, str) for v in exporter.values())
    ):
        raise InvalidInput("exporter must be {org, installation, key}")
    since = value["since"]
    if not isinstance(since, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in since.values()
    ):
        raise InvalidInput("since must map origins to counters")
    for name in ("revisions", "blobs"):
        items = value[name]
        if not isinstance(items, list) or not all(
            isinstance(h, str) and _HASH.match(h) for h in items
        ):
            raise InvalidInput(f"{name} must be a list of SHA-256 hashes")
    if not all(isinstance(value[k], str) for k in ("bundle_id", "created_at")):
        raise InvalidInput("bundle_id and created_at must be text")
    return value


def _check_body(revision: Revision) -> None:
    """Validate a revision against its content schema; raises `CasebookError`."""
    try:
        uuid.UUID(revision.object_id)
    except ValueError:
        raise InvalidInput(f"object_id {revision.object_id!r} is not an id") from None
    if not all(isinstance(p, str) and _HASH.match(p) for p in revision.parents):
        raise InvalidInput("parents must be revision hashes")
    if revision.content_schema == entry.CONTENT_SCHEMA:
        if revision.body is not None:
            entry.check_entry(revision.body)
    elif revision.content_schema == collection.CONTENT_SCHEMA:
        if revision.body is not None:
            collection.validate_collection(revision.body)
    else:
        raise InvalidInput(
            f"content schema {revision.content_schema!r} is unknown to this Casebook; update it"
        )


def read_bundle(
    catalogue: Catalogue,
    path: Path,
    trust: TrustList,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
) -> Bundle:
    """Read and verify a bundle file completely; nothing is written.

    Order (SYNC.md): size limits, parse line by line, the manifest's signature, every listed
    revision present and nothing extra, each revision's hash and its origin's signature,
    each body against its content schema, no equivocation. Raises `BundleRefused`.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None
    if size > limits.max_file:
        raise _refuse(
            "E_SIZE", 0, f"the file has {size} bytes, above the limit of {limits.max_file}"
        )
    data = path.read_bytes()
    if not data:
        raise _refuse("E_PARSE", 1, "the file is empty")
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise _refuse("E_PARSE", len(lines), "the last line is cut off (file truncated?)")
    lines.pop()
    for n, line in enumerate(lines, 1):
        if len(line) > limits.max_line:
            raise _refuse("E_SIZE", n, f"{len(line)} bytes, above the limit of {limits.max_line}")

    # Line 1: the manifest, verified with the key the trust list holds for its key id.
    try:
        env = open_line(lines[0])
    except CasebookError as exc:
        raise _refuse("E_PARSE", 1, exc.message) from None
    if env.payload_type != MANIFEST_TYPE:
        raise _refuse("E_PARSE", 1, "the first line is not a bundle manifest")
    if env.keyid is None:
        raise _refuse("E_SIGNATURE", 1, "the manifest is not signed")
    partner = trust.partners.get(env.keyid)
    if partner is None:
        raise _refuse(
            "E_UNKNOWN_KEY",
            1,
            f"signed by an unknown key {grouped(env.keyid)}; add the partner with "
            "`casebook partner add FILE` and trust it",
        )
    if partner.status == "untrusted":
        raise _refuse(
            "E_UNKNOWN_KEY",
            1,
            f"the key of {partner.org} is not trusted yet; compare its fingerprint "
            f"{partner.grouped_fingerprint} with {partner.org}, then run "
            "`casebook partner trust FINGERPRINT`",
        )
    if partner.status == "revoked":
        raise _refuse("E_REVOKED", 1, f"the manifest is signed by the revoked key of {partner.org}")
    if not verify(env, partner.public_key):
        raise _refuse("E_SIGNATURE", 1, f"the manifest's signature does not verify ({partner.org})")
    try:
        manifest = _manifest(parse_strict(env.payload))
        if canonical_bytes(manifest) != env.payload:
            raise InvalidInput("the manifest is not in canonical form")
    except CasebookError as exc:
        raise _refuse("E_PARSE", 1, exc.message) from None
    exporter = manifest["exporter"]
    if exporter["key"] != b64encode(partner.public_key):
        raise _refuse(
            "E_SIGNATURE", 1, "the manifest names another key than the one that signed it"
        )
    installation = exporter["installation"]
    owner = trust.owner.get(installation, partner.fingerprint)
    if installation == catalogue.installation_id and partner.status != "self":
        owner = ""  # another key claiming this very installation's id
    if owner != partner.fingerprint:
        raise _refuse(
            "E_UNKNOWN_KEY",
            1,
            f"installation {installation} belongs to another key than {partner.org}'s",
        )
    listed: list[str] = manifest["revisions"]
    listed_blobs: list[str] = manifest["blobs"]
    if manifest["count"] != len(listed):
        raise _refuse(
            "E_MANIFEST", 1, f"count {manifest['count']} but {len(listed)} revisions listed"
        )
    if len(listed) > limits.max_revisions:
        raise _refuse(
            "E_SIZE", 1, f"{len(listed)} revisions, above the limit of {limits.max_revisions}"
        )
    if len(set(listed)) != len(listed) or len(set(listed_blobs)) != len(listed_blobs):
        raise _refuse("E_MANIFEST", 1, "the manifest lists a revision or blob twice")
    expected = 1 + len(listed) + len(listed_blobs)
    if len(lines) != expected:
        raise _refuse(
            "E_MANIFEST",
            min(len(lines), expected) + (len(lines) < expected),
            f"the manifest lists {len(listed)} revisions and {len(listed_blobs)} blobs, so the "
            f"file should have {expected} lines, but it has {len(lines)} (lines dropped, "
            "repeated or added)",
        )

    wanted = set(listed)
    fresh: list[Revision] = []
    held: list[str] = []
    counters: list[tuple[str, int]] = []
    signatures: dict[str, tuple[str, str]] = {}
    seen: dict[tuple[str, int], str] = {}
    stored = SyncStore(catalogue).held_revisions(listed)
    starter_hashes = _starter_hashes()
    for n in range(2, 2 + len(listed)):
        if n % 500 == 0:
            Job.of(job).report(n / expected, f"verified {n - 1} of {len(listed)} revisions")
        line = lines[n - 1]
        try:
            env = open_line(line)
            if env.payload_type != REVISION_TYPE:
                raise InvalidInput("not a revision envelope")
        except CasebookError as exc:
            raise _refuse("E_PARSE", n, exc.message) from None
        rev = hashlib.sha256(env.payload).hexdigest()
        if rev not in wanted:
            if rev in set(listed):
                raise _refuse("E_MANIFEST", n, f"revision {rev} appears twice")
            raise _refuse(
                "E_HASH", n, f"the revision hashes to {rev}, which the manifest does not list"
            )
        wanted.discard(rev)
        known = stored.get(rev)
        if (
            known is not None
            and known.sig is not None
            and (known.keyid, known.sig)
            == (
                env.keyid,
                env.sig_text,
            )
        ):
            # Byte for byte the payload and signature this catalogue verified when it first
            # received them: nothing new to check (this keeps a re-import fast).
            held.append(rev)
            counters.append((known.origin, known.counter))
            continue
        try:
            revision = revision_from_payload(env.payload)
        except CasebookError as exc:
            raise _refuse("E_PARSE", n, exc.message) from None
        _check_signature(n, revision, env, trust, partner.fingerprint, installation, starter_hashes)
        if env.keyid is not None and env.sig_text is not None:
            signatures[rev] = (env.keyid, env.sig_text)
        if known is None:
            try:
                _check_body(revision)
            except CasebookError as exc:
                detail = "; ".join(exc.lines())
                raise _refuse("E_SCHEMA", n, f"revision {rev}: {detail}") from None
        other = seen.setdefault((revision.origin, revision.counter), rev)
        if other != rev:
            raise _refuse(
                "E_EQUIVOCATION",
                n,
                f"origin {revision.origin} counter {revision.counter} has two revisions: "
                f"{other} and {rev}",
            )
        counters.append((revision.origin, revision.counter))
        if known is None:
            fresh.append(revision)
        else:
            held.append(rev)

    blobs: dict[str, bytes] = {}
    wanted_blobs = set(listed_blobs)
    for n in range(2 + len(listed), 1 + expected):
        line = lines[n - 1]
        try:
            value = parse_strict(line)
            if not isinstance(value, dict) or set(value) != {"blob", "data"}:
                raise InvalidInput("not a blob line {blob, data}")
            if canonical_bytes(value) != line:
                raise InvalidInput("the blob line is not in canonical form")
            blob = b64decode(value["data"], "blob data")
        except CasebookError as exc:
            raise _refuse("E_PARSE", n, exc.message) from None
        sha = hashlib.sha256(blob).hexdigest()
        if value["blob"] != sha:
            raise _refuse("E_HASH", n, f"blob {value['blob']} hashes to {sha}")
        if sha not in wanted_blobs:
            raise _refuse("E_MANIFEST", n, f"blob {sha} is not listed, or appears twice")
        wanted_blobs.discard(sha)
        blobs[sha] = blob

    for revision in fresh:
        for sha in attachment_hashes(revision.body):
            if sha not in blobs and not catalogue.blobs.has(sha):
                raise _refuse(
                    "E_MANIFEST",
                    2 + listed.index(revision.rev),
                    f"revision {revision.rev} needs the attachment blob {sha}, which neither "
                    "the bundle nor this catalogue holds",
                )
    _check_equivocation(catalogue, fresh, listed)
    Job.of(job).report(1.0, f"verified {len(listed)} revisions")
    return Bundle(
        bundle_id=manifest["bundle_id"],
        exporter_org=partner.org,
        exporter_installation=installation,
        exporter_fingerprint=partner.fingerprint,
        created_at=manifest["created_at"],
        since=dict(manifest["since"]),
        fresh=fresh,
        held=held,
        counters=counters,
        signatures=signatures,
        blobs=blobs,
    )


def _check_signature(
    n: int,
    revision: Revision,
    env: Any,
    trust: TrustList,
    exporter_fp: str,
    exporter_installation: str,
    starter_hashes: frozenset[str],
) -> None:
    if revision.origin == starter.ORIGIN:
        if revision.rev not in starter_hashes or env.keyid is not None:
            raise _refuse(
                "E_UNKNOWN_KEY",
                n,
                f"revision {revision.rev} claims to be from the starter catalogue but is not "
                "one of this Casebook's starter revisions (update Casebook?)",
            )
        return
    if env.keyid is None:
        raise _refuse("E_SIGNATURE", n, f"revision {revision.rev} is not signed")
    owner = trust.owner.get(revision.origin)
    if owner is None and revision.origin == exporter_installation:
        owner = exporter_fp  # a new installation id of the exporter's key (after a restore)
    if owner is None:
        raise _refuse(
            "E_UNKNOWN_KEY",
            n,
            f"revision {revision.rev} comes from installation {revision.origin}, which no "
            "partner on your trust list signs for; add and trust that partner",
        )
    if env.keyid != owner:
        raise _refuse(
            "E_SIGNATURE",
            n,
            f"revision {revision.rev} of installation {revision.origin} is signed by key "
            f"{grouped(env.keyid)}, not by its origin's key {grouped(owner)}",
        )
    partner = trust.partners[owner]
    if partner.status == "untrusted":
        raise _refuse(
            "E_UNKNOWN_KEY",
            n,
            f"revision {revision.rev} is signed by {partner.org}, whose key is not trusted yet",
        )
    after = trust.revoked_after.get(revision.origin)
    if partner.status == "revoked" and revision.counter > (after or 0):
        raise _refuse(
            "E_REVOKED",
            n,
            f"revision {revision.rev} (counter {revision.counter}) is signed by the revoked "
            f"key of {partner.org} after its revocation (counter {after or 0})",
        )
    if not verify(env, partner.public_key):
        raise _refuse("E_SIGNATURE", n, f"the signature of revision {revision.rev} does not verify")


def _check_equivocation(catalogue: Catalogue, revisions: list[Revision], listed: list[str]) -> None:
    """Refuse a revision whose (origin, counter) the catalogue holds under another hash (the
    first such one in bundle order); one query per origin and 500 counters."""
    by_origin: dict[str, dict[int, Revision]] = {}
    for revision in revisions:
        by_origin.setdefault(revision.origin, {})[revision.counter] = revision
    clashes: list[tuple[int, Revision, str]] = []
    store = SyncStore(catalogue)
    for origin, by_counter in by_origin.items():
        for counter, rev in store.revisions_at(origin, sorted(by_counter)).items():
            revision = by_counter[counter]
            if rev != revision.rev:
                clashes.append((listed.index(revision.rev), revision, rev))
    if clashes:
        index, revision, held = min(clashes, key=lambda c: c[0])
        raise _refuse(
            "E_EQUIVOCATION",
            2 + index,
            f"origin {revision.origin} counter {revision.counter} has two revisions: "
            f"{held} (held here) and {revision.rev}",
        )
