"""Bundle files (`.casebook`, SYNC.md): JSON Lines of DSSE envelopes.

Line 1 is the exporter's signed manifest, listing every revision hash and blob hash; then
one revision per line, each signed by its origin (so a revision relayed by a third partner
still verifies); then `{"blob", "data"}` lines for attachments. `write_bundle` writes one;
`read_bundle` verifies every byte of one before anything is parsed into revisions, and
raises `BundleRefused` with SYNC.md's error code and the line.
"""

from __future__ import annotations

import datetime as dt
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
from catalogue.sync_store import AsideRevision, HeldRevision, SyncStore

from .envelope import (
    MANIFEST_TYPE,
    REVISION_TYPE,
    Envelope,
    b64decode,
    b64encode,
    grouped,
    open_line,
    seal,
    seal_with,
    verify,
)
from .errors import BundleRefused, Code
from .identity import Identity, org_problem
from .statements import Revocation, read_revocation, statement_id
from .trust import Partner, TrustList

BUNDLE_FORMAT = "casebook.bundle/1"
_HASH = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# An origin: an installation id, the starter catalogue's, or a key's epoch.
_ORIGIN = re.compile(r"^[0-9A-Za-z:_-]{1,100}$")
# RFC 3339 date-time (what `utc_now` writes, with optional fractions and offsets).
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")


def is_time(text: object) -> bool:
    """Whether `text` is an RFC 3339 date-time of a real day and hour."""
    if not isinstance(text, str) or not _TIME.match(text):
        return False
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


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
    statements: list[bytes] | None = None,
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
    statements = statements or []
    if statements:
        manifest["statements"] = [statement_id(line) for line in statements]
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
            for line in statements:
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
    aside: list[AsideRevision]  # new revisions of origins not trusted (yet): held aside
    statements: list[Revocation]  # signed by keys on the trust list, verified

    @property
    def count(self) -> int:
        """How many revisions the bundle holds."""
        return len(self.fresh) + len(self.held) + len(self.aside)


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
    # `statements` (signed revocations, SYNC.md amendments) is there when there are some.
    if not isinstance(value, dict) or set(value) - {"statements"} != keys:
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
    for name in ("revisions", "blobs", "statements"):
        items = value.get(name, [])
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
    if not is_time(revision.authored_at):
        raise InvalidInput(f"authored_at {revision.authored_at[:40]!r} is not an RFC 3339 time")
    if not _ORIGIN.match(revision.origin) or len(revision.author) > 200:
        raise InvalidInput("origin must be an installation id and author at most 200 characters")
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

    The steps below are SYNC.md's checks ("Import", step 1), in its order: size limits,
    parse line by line, the manifest's signature, every listed revision present and nothing
    extra, each revision's hash and its origin's signature, each body against its content
    schema, one kind per object. The first check that fails raises `BundleRefused` with
    SYNC.md's error code and the line. Two revisions with one (origin, counter) are not a
    fault: both are kept (SYNC.md, amendments: copied homes fork nothing).
    """
    job = Job.of(job)
    _check_file_size(path, limits)
    lines = _split_lines(path.read_bytes())
    _check_line_sizes(lines, limits)
    envelope = _open_manifest(lines[0])
    exporter = _exporter_key(envelope, trust)
    _verify_manifest_signature(envelope, exporter)
    manifest = _parse_manifest(envelope)
    manifest.setdefault("statements", [])
    _check_manifest_fields(manifest)
    installation = _check_exporter(catalogue, manifest, exporter, trust)
    _check_listing(manifest, limits)
    _check_line_count(manifest, lines)
    revisions = RevisionChecks(catalogue, trust, exporter, installation, manifest["revisions"])
    revisions.read(lines, job)
    statements = _read_statements(lines, manifest, trust)
    blobs = _read_blobs(lines, manifest)
    _check_kinds(catalogue, revisions)
    _check_attachments(catalogue, revisions, blobs)
    job.report(1.0, f"verified {len(revisions.listed)} revisions")
    return Bundle(
        bundle_id=manifest["bundle_id"],
        exporter_org=exporter.org,
        exporter_installation=installation,
        exporter_fingerprint=exporter.fingerprint,
        created_at=manifest["created_at"],
        since=dict(manifest["since"]),
        fresh=revisions.fresh,
        held=revisions.held,
        counters=revisions.counters,
        signatures=revisions.signatures,
        blobs=blobs,
        aside=revisions.aside,
        statements=statements,
    )


# -- the file -------------------------------------------------------------------------------


def _check_file_size(path: Path, limits: Limits) -> None:
    """SYNC.md, limits: at most `max_file` bytes per file (`E_SIZE`), checked before the
    file is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None
    if size > limits.max_file:
        raise _refuse(
            "E_SIZE", 0, f"the file has {size} bytes, above the limit of {limits.max_file}"
        )


def _split_lines(data: bytes) -> list[bytes]:
    """SYNC.md, bundle file: JSON Lines, each line ended by a newline, so an empty file or
    a cut-off last line is refused (`E_PARSE`)."""
    if not data:
        raise _refuse("E_PARSE", 1, "the file is empty")
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise _refuse("E_PARSE", len(lines), "the last line is cut off (file truncated?)")
    lines.pop()
    return lines


def _check_line_sizes(lines: list[bytes], limits: Limits) -> None:
    """SYNC.md, limits: at most `max_line` bytes per line (`E_SIZE`)."""
    for n, line in enumerate(lines, 1):
        if len(line) > limits.max_line:
            raise _refuse("E_SIZE", n, f"{len(line)} bytes, above the limit of {limits.max_line}")


# -- line 1: the manifest -------------------------------------------------------------------


def _open_manifest(line: bytes) -> Envelope:
    """SYNC.md, bundle file: line 1 is the DSSE envelope of the manifest (`E_PARSE`)."""
    try:
        envelope = open_line(line)
    except CasebookError as exc:
        raise _refuse("E_PARSE", 1, exc.message) from None
    if envelope.payload_type != MANIFEST_TYPE:
        raise _refuse("E_PARSE", 1, "the first line is not a bundle manifest")
    return envelope


def _exporter_key(envelope: Envelope, trust: TrustList) -> Partner:
    """SYNC.md, trust: the manifest is signed (`E_SIGNATURE`) by a key on the trust list
    (`E_UNKNOWN_KEY`) that the user trusted (`E_UNKNOWN_KEY`) and did not revoke
    (`E_REVOKED`); returns that partner."""
    if envelope.keyid is None:
        raise _refuse("E_SIGNATURE", 1, "the manifest is not signed")
    partner = trust.partners.get(envelope.keyid)
    if partner is None:
        raise _refuse(
            "E_UNKNOWN_KEY",
            1,
            f"signed by an unknown key {grouped(envelope.keyid)}; add the partner with "
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
    return partner


def _verify_manifest_signature(envelope: Envelope, exporter: Partner) -> None:
    """SYNC.md, signatures: the signature over the exact bytes received verifies with the
    exporter's key (`E_SIGNATURE`), before the manifest is parsed."""
    if not verify(envelope, exporter.public_key):
        raise _refuse(
            "E_SIGNATURE", 1, f"the manifest's signature does not verify ({exporter.org})"
        )


def _parse_manifest(envelope: Envelope) -> dict[str, Any]:
    """SYNC.md, canonical JSON and bundle file: the manifest is strict canonical JSON with
    exactly the manifest's fields, of their types (`E_PARSE`)."""
    try:
        manifest = _manifest(parse_strict(envelope.payload))
        if canonical_bytes(manifest) != envelope.payload:
            raise InvalidInput("the manifest is not in canonical form")
    except CasebookError as exc:
        raise _refuse("E_PARSE", 1, exc.message) from None
    return manifest


def _check_manifest_fields(manifest: dict[str, Any]) -> None:
    """SYNC.md, amendments: manifest fields have formats and lengths (`E_MANIFEST`): the
    bundle id is a UUID, `created_at` an RFC 3339 time, the exporter's organisation a name
    without control characters, its installation and the origins of `since` ids."""
    exporter = manifest["exporter"]
    problems = [
        ("bundle_id", "must be a UUID", _UUID.match(manifest["bundle_id"]) is not None),
        ("created_at", "must be an RFC 3339 time", is_time(manifest["created_at"])),
        ("exporter.org", str(org_problem(exporter["org"])), org_problem(exporter["org"]) is None),
        (
            "exporter.installation",
            "must be an installation id",
            _ORIGIN.match(exporter["installation"]) is not None,
        ),
        (
            "since",
            "must map origin ids to counters",
            all(_ORIGIN.match(o) for o in manifest["since"]),
        ),
    ]
    for name, why, good in problems:
        if not good:
            raise _refuse("E_MANIFEST", 1, f"the manifest's {name} {why}")


def _check_exporter(
    catalogue: Catalogue, manifest: dict[str, Any], exporter: Partner, trust: TrustList
) -> str:
    """SYNC.md, trust: the manifest names the key that signed it (`E_SIGNATURE`) and an
    installation id that key signs for, never this installation's own (`E_UNKNOWN_KEY`);
    returns that installation id."""
    named = manifest["exporter"]
    if named["key"] != b64encode(exporter.public_key):
        raise _refuse(
            "E_SIGNATURE", 1, "the manifest names another key than the one that signed it"
        )
    installation: str = named["installation"]
    # An id that names a key belongs to that key; one of the earlier form to the key the
    # trust list records, if any. The manifest binds nothing (SYNC.md, amendments).
    owner = trust.owner_of(installation) or exporter.fingerprint
    if installation == catalogue.installation_id and exporter.status != "self":
        owner = ""  # another key claiming this very installation's id
    if owner != exporter.fingerprint:
        raise _refuse(
            "E_UNKNOWN_KEY",
            1,
            f"installation {installation} belongs to another key than {exporter.org}'s",
        )
    return installation


def _check_listing(manifest: dict[str, Any], limits: Limits) -> None:
    """SYNC.md, bundle file and limits: `count` is the number of revisions listed
    (`E_MANIFEST`), at most `max_revisions` (`E_SIZE`), and no revision or blob is listed
    twice (`E_MANIFEST`)."""
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
    listed_statements: list[str] = manifest["statements"]
    if (
        len(set(listed)) != len(listed)
        or len(set(listed_blobs)) != len(listed_blobs)
        or len(set(listed_statements)) != len(listed_statements)
    ):
        raise _refuse("E_MANIFEST", 1, "the manifest lists a revision, statement or blob twice")


def _check_line_count(manifest: dict[str, Any], lines: list[bytes]) -> None:
    """SYNC.md, bundle file: one line per listed revision, statement and blob after the
    manifest, so truncation, a missing line or an extra line is detected (`E_MANIFEST`)."""
    listed, listed_blobs = manifest["revisions"], manifest["blobs"]
    expected = 1 + len(listed) + len(manifest["statements"]) + len(listed_blobs)
    if len(lines) != expected:
        raise _refuse(
            "E_MANIFEST",
            min(len(lines), expected) + (len(lines) < expected),
            f"the manifest lists {len(listed)} revisions and {len(listed_blobs)} blobs, so the "
            f"file should have {expected} lines, but it has {len(lines)} (lines dropped, "
            "repeated or added)",
        )


# -- lines 2…: the revisions ----------------------------------------------------------------


class RevisionChecks:
    """The checks of the revision lines (SYNC.md, import step 1: each revision's hash, its
    origin's key and signature, its body) and what they found.

    `read` runs `read_line` on each line in bundle order; `read_line` is the sequence of one
    revision's checks. Each check refuses the whole bundle, except the decision per revision
    of `_aside_reason` (SYNC.md, amendments): a revision of an origin whose key is unknown
    or not trusted is held aside (`aside`), beside `fresh` and `held`.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        trust: TrustList,
        exporter: Partner,
        installation: str,
        listed: list[str],
    ) -> None:
        self.trust = trust
        self.exporter = exporter
        self.installation = installation
        self.listed = listed
        self.wanted = set(listed)
        store = SyncStore(catalogue)
        self.stored = store.held_revisions(listed)
        self.known_aside = store.aside_among(listed)
        self.aside: list[AsideRevision] = []  # new revisions held aside
        self.starter_hashes = _starter_hashes()
        self.fresh: list[Revision] = []  # the revisions this catalogue does not hold yet
        self.held: list[str] = []  # the ones it holds already
        self.counters: list[tuple[str, int]] = []  # (origin, counter), in bundle order
        self.signatures: dict[str, tuple[str, str]] = {}  # rev -> (keyid, sig)

    def read(self, lines: list[bytes], job: Job) -> None:
        """Check lines 2 to 1 + the number listed (the line count was checked)."""
        for n in range(2, 2 + len(self.listed)):
            if n % 500 == 0:
                job.report(n / len(lines), f"verified {n - 1} of {len(self.listed)} revisions")
            self.read_line(n, lines[n - 1])

    def read_line(self, n: int, line: bytes) -> None:
        """One revision line: its checks in SYNC.md's order, then it is kept."""
        envelope = _open_revision(n, line)
        rev = self._check_listed(n, envelope)
        known = self.stored.get(rev)
        if self._verified_before(envelope, known):
            assert known is not None
            self.held.append(rev)
            self.counters.append((known.origin, known.counter))
            return
        revision = _parse_revision(n, envelope)
        if rev in self.known_aside:  # held aside already: nothing new
            self.held.append(rev)
            self.counters.append((revision.origin, revision.counter))
            return
        reason = None
        if revision.origin == starter.ORIGIN:
            self._check_starter(n, revision, envelope)
        else:
            partner = self._origin_key(n, revision, envelope)
            if partner is not None:
                _verify_revision_signature(n, revision, envelope, partner)
            reason = self._aside_reason(revision, partner)
        if known is None:
            _check_schema(n, revision)
        self._keep(revision, envelope, known, reason)

    def _check_listed(self, n: int, envelope: Envelope) -> str:
        """SYNC.md, bundle file: the payload hashes to a revision the manifest lists, and
        each listed one comes once (`E_HASH`, `E_MANIFEST`); returns that hash."""
        rev = hashlib.sha256(envelope.payload).hexdigest()
        if rev not in self.wanted:
            if rev in set(self.listed):
                raise _refuse("E_MANIFEST", n, f"revision {rev} appears twice")
            raise _refuse(
                "E_HASH", n, f"the revision hashes to {rev}, which the manifest does not list"
            )
        self.wanted.discard(rev)
        return rev

    @staticmethod
    def _verified_before(envelope: Envelope, known: HeldRevision | None) -> bool:
        """Byte for byte the payload and signature this catalogue verified when it first
        received them: nothing new to check (this keeps a re-import fast)."""
        return (
            known is not None
            and known.keyid is not None
            and (known.keyid, known.sig) == (envelope.keyid, envelope.sig_text)
        )

    def _check_starter(self, n: int, revision: Revision, envelope: Envelope) -> None:
        """Starter revisions travel unsigned: every Casebook knows their hashes
        (`E_UNKNOWN_KEY` for one that claims the starter origin and is not one of them)."""
        if revision.rev not in self.starter_hashes or envelope.keyid is not None:
            raise _refuse(
                "E_UNKNOWN_KEY",
                n,
                f"revision {revision.rev} claims to be from the starter catalogue but is not "
                "one of this Casebook's starter revisions (update Casebook?)",
            )

    def _origin_key(self, n: int, revision: Revision, envelope: Envelope) -> Partner | None:
        """SYNC.md, bundle file and trust: each revision is signed (`E_SIGNATURE`) by the
        key its origin belongs to (the key an id names, or the one recorded for an id of
        the earlier form; `E_SIGNATURE` when another key signed), so relayed revisions stay
        verifiable; returns that key's partner, or None when the trust list does not hold
        it (the revision is then held aside, its signature checked when the key is added)."""
        if envelope.keyid is None:
            raise _refuse("E_SIGNATURE", n, f"revision {revision.rev} is not signed")
        owner = self.trust.owner_of(revision.origin)
        if owner is None:
            return None
        if envelope.keyid != owner:
            raise _refuse(
                "E_SIGNATURE",
                n,
                f"revision {revision.rev} of installation {revision.origin} is signed by key "
                f"{grouped(envelope.keyid)}, not by its origin's key {grouped(owner)}",
            )
        return self.trust.partners.get(owner)

    def _aside_reason(self, revision: Revision, partner: Partner | None) -> str | None:
        """SYNC.md, amendments: decide per revision. One whose origin's key is unknown, not
        trusted yet, or revoked (and not among the revisions its revocations keep) is held
        aside: returns why; None: accepted. Counters decide nothing."""
        if partner is None:
            return "unknown key"
        if self.trust.accepts(partner, revision.rev, revision.origin, revision.counter):
            return None
        return "revoked" if partner.status == "revoked" else "not trusted"

    def _keep(
        self,
        revision: Revision,
        envelope: Envelope,
        known: HeldRevision | None,
        reason: str | None,
    ) -> None:
        """A revision that passed: fresh (with its origin's signature, kept so it can be
        relayed), held aside (`reason`), or already held."""
        self.counters.append((revision.origin, revision.counter))
        if known is None and reason is not None:
            self.aside.append(
                AsideRevision(
                    revision.rev,
                    revision.origin,
                    revision.counter,
                    revision.object_id,
                    envelope.keyid,
                    envelope.sig_text,
                    revision.payload,
                    reason,
                )
            )
            return
        if envelope.keyid is not None and envelope.sig_text is not None:
            self.signatures[revision.rev] = (envelope.keyid, envelope.sig_text)
        if known is None:
            self.fresh.append(revision)
        else:
            self.held.append(revision.rev)


def _open_revision(n: int, line: bytes) -> Envelope:
    """SYNC.md, bundle file: each revision line is a DSSE envelope of a revision
    (`E_PARSE`)."""
    try:
        envelope = open_line(line)
        if envelope.payload_type != REVISION_TYPE:
            raise InvalidInput("not a revision envelope")
    except CasebookError as exc:
        raise _refuse("E_PARSE", n, exc.message) from None
    return envelope


def _parse_revision(n: int, envelope: Envelope) -> Revision:
    """SYNC.md, revisions and canonical JSON: the payload is a revision in strict canonical
    JSON (`E_PARSE`)."""
    try:
        return revision_from_payload(envelope.payload)
    except CasebookError as exc:
        raise _refuse("E_PARSE", n, exc.message) from None


def _verify_revision_signature(
    n: int, revision: Revision, envelope: Envelope, partner: Partner
) -> None:
    """SYNC.md, signatures: the origin's signature over the exact bytes received verifies
    (`E_SIGNATURE`)."""
    if not verify(envelope, partner.public_key):
        raise _refuse("E_SIGNATURE", n, f"the signature of revision {revision.rev} does not verify")


def _check_schema(n: int, revision: Revision) -> None:
    """SYNC.md, import step 1: each new body validates against its content schema
    (`E_SCHEMA`)."""
    try:
        _check_body(revision)
    except CasebookError as exc:
        detail = "; ".join(exc.lines())
        raise _refuse("E_SCHEMA", n, f"revision {revision.rev}: {detail}") from None


# -- after the revisions: the blobs, and what needs the catalogue ---------------------------


def _read_blobs(lines: list[bytes], manifest: dict[str, Any]) -> dict[str, bytes]:
    """SYNC.md, bundle file: the blob lines after the revisions hold exactly the blobs the
    manifest lists, each once (`E_MANIFEST`); returns them by hash."""
    blobs: dict[str, bytes] = {}
    wanted = set(manifest["blobs"])
    first = 2 + len(manifest["revisions"]) + len(manifest["statements"])
    for n in range(first, 1 + len(lines)):
        sha, blob = _read_blob_line(n, lines[n - 1])
        if sha not in wanted:
            raise _refuse("E_MANIFEST", n, f"blob {sha} is not listed, or appears twice")
        wanted.discard(sha)
        blobs[sha] = blob
    return blobs


def _read_statements(
    lines: list[bytes], manifest: dict[str, Any], trust: TrustList
) -> list[Revocation]:
    """SYNC.md, amendments: after the revisions, one line per listed statement, each a
    revocation (`E_PARSE`) hashing to a listed id (`E_HASH`, `E_MANIFEST`) whose signature
    verifies with its signer's key (`E_SIGNATURE`). Statements signed by a key this
    installation does not know are skipped (they come again with later bundles)."""
    found: list[Revocation] = []
    wanted = set(manifest["statements"])
    first = 2 + len(manifest["revisions"])
    for n in range(first, first + len(wanted)):
        line = lines[n - 1]
        try:
            sid = statement_id(line)
            signer = open_line(line).keyid
        except CasebookError as exc:
            raise _refuse("E_PARSE", n, exc.message) from None
        if sid not in wanted:
            raise _refuse("E_HASH", n, f"statement {sid} is not listed, or appears twice")
        wanted.discard(sid)
        partner = trust.partners.get(signer or "")
        if partner is None:
            continue
        try:
            found.append(read_revocation(line, partner.public_key))
        except CasebookError as exc:
            code: Code = "E_SIGNATURE" if "signature" in exc.message else "E_PARSE"
            raise _refuse(code, n, exc.message) from None
    return found


def _read_blob_line(n: int, line: bytes) -> tuple[str, bytes]:
    """SYNC.md, bundle file: a blob line is canonical `{"blob", "data"}` (`E_PARSE`) whose
    data hashes to its name (`E_HASH`); returns (hash, data)."""
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
    return sha, blob


def _check_kinds(catalogue: Catalogue, revisions: RevisionChecks) -> None:
    """SYNC.md, amendments: an object has one kind forever. The content schema of the
    revisions an object already has here (or of its first revision in this bundle) is final;
    a revision of another kind is refused (`E_SCHEMA`)."""
    kinds = SyncStore(catalogue).object_kinds([r.object_id for r in revisions.fresh])
    for revision in revisions.fresh:
        kind = kinds.setdefault(revision.object_id, revision.content_schema)
        if kind != revision.content_schema:
            raise _refuse(
                "E_SCHEMA",
                2 + revisions.listed.index(revision.rev),
                f"revision {revision.rev} is a {revision.content_schema} but object "
                f"{revision.object_id} is a {kind}; an object keeps its kind forever",
            )


def _check_attachments(
    catalogue: Catalogue, revisions: RevisionChecks, blobs: dict[str, bytes]
) -> None:
    """SYNC.md, revisions: a bundle carries the blobs its revisions need, unless this
    catalogue holds them already (`E_MANIFEST`)."""
    aside = [revision_from_payload(a.payload) for a in revisions.aside]
    for revision in [*revisions.fresh, *aside]:
        for sha in attachment_hashes(revision.body):
            if sha not in blobs and not catalogue.blobs.has(sha):
                raise _refuse(
                    "E_MANIFEST",
                    2 + revisions.listed.index(revision.rev),
                    f"revision {revision.rev} needs the attachment blob {sha}, which neither "
                    "the bundle nor this catalogue holds",
                )
