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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job
from catalogue.revision import Revision, utc_now
from catalogue.sync_store import AsideRevision, StoredRevision

from .envelope import (
    MANIFEST_TYPE,
    REVISION_TYPE,
    Envelope,
    b64encode,
    grouped,
    open_line,
    seal,
    seal_with,
    verify,
)
from .files import NotRegular, read_regular
from .identity import Identity, org_problem
from .revision_checks import (
    HASH,
    ORIGIN,
    RevisionChecks,
    check_attachments,
    check_kinds,
    is_time,
    read_blobs,
    read_statements,
    refuse,
)
from .statements import Revocation, statement_id
from .trust import Partner, TrustList

BUNDLE_FORMAT = "casebook.bundle/1"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class Limits:
    """Size limits of SYNC.md (configurable)."""

    max_file: int = 50 * 2**20
    max_line: int = 2**20
    max_revisions: int = 20_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Acknowledges:
    """What the exporter holds (SYNC.md, amendments: sent is not received): its contiguous
    version vector, the hashes it holds at counters it holds more than once, and what it
    asks for: {origin: counter} that partners said they hold and it does not."""

    vector: dict[str, int]
    forked: frozenset[str] = frozenset()
    wants: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "forked": sorted(self.forked),
            "vector": dict(sorted(self.vector.items())),
            "wants": dict(sorted(self.wants.items())),
        }


@dataclass(frozen=True)
class Written:
    """A bundle file written: its id, where it is, its size and its SHA-256."""

    bundle_id: str
    path: Path
    size: int
    sha256: str


def write_bundle(
    out: Path | Callable[[str], Path],
    identity: Identity,
    since: dict[str, int],
    revisions: list[StoredRevision],
    blobs: dict[str, Path],
    own_origins: set[str],
    job: Job | None = None,
    statements: list[bytes] | None = None,
    acknowledges: Acknowledges | None = None,
) -> Written:
    """Write a bundle atomically (a temporary file renamed into place).

    `out` is the file, or a function of the content's SHA-256 that names it (then it lies
    in the folder of the name it gives for a hash of all zeros; an existing file of that
    name is never replaced). Revisions of this installation's own origins are signed here;
    starter revisions go unsigned (every Casebook knows their hashes); relayed ones carry
    their stored signature. Cancelling `job` stops the writing: then no file is left behind.
    """
    job = Job.of(job)
    bundle_id = str(uuid.uuid4())
    manifest: dict[str, object] = {
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
    if acknowledges is not None:
        manifest["acknowledges"] = acknowledges.as_json()
    target = out if isinstance(out, Path) else out("0" * 64)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with _Hashing(os.fdopen(fd, "wb")) as f:
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
            f.sync()
        digest = f.sha256.hexdigest()
        if isinstance(out, Path):
            os.replace(tmp_name, out)
        else:
            target = out(digest)
            os.link(tmp_name, target)  # refuses an existing name: nothing is overwritten
            os.unlink(tmp_name)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return Written(bundle_id, target, f.size, digest)


class _Hashing:
    """A binary file that counts and hashes what is written to it."""

    def __init__(self, file: Any) -> None:
        self.file = file
        self.sha256 = hashlib.sha256()
        self.size = 0

    def __enter__(self) -> _Hashing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.sha256.update(data)
        self.size += len(data)

    def sync(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())


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
    acknowledges: Acknowledges | None = None  # what the exporter said it holds
    revs: list[str] = field(default_factory=list)  # every revision listed, in order

    @property
    def count(self) -> int:
        """How many revisions the bundle holds."""
        return len(self.fresh) + len(self.held) + len(self.aside)


def _manifest(value: Any) -> dict[str, Any]:
    """Check the manifest's shape (after its signature verified); raises `InvalidInput`."""
    keys = {"format", "bundle_id", "exporter", "created_at", "since", "revisions", "blobs", "count"}
    # `statements` (signed revocations, SYNC.md amendments) is there when there are some;
    # `acknowledges` (what the exporter holds) in every bundle of this version.
    if not isinstance(value, dict) or set(value) - {"statements", "acknowledges"} != keys:
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
            isinstance(h, str) and HASH.match(h) for h in items
        ):
            raise InvalidInput(f"{name} must be a list of SHA-256 hashes")
    if not all(isinstance(value[k], str) for k in ("bundle_id", "created_at")):
        raise InvalidInput("bundle_id and created_at must be text")
    if "acknowledges" in value:
        _acknowledges(value["acknowledges"])
    return value


def _acknowledges(value: Any) -> Acknowledges:
    """Check the shape of a manifest's `acknowledges`; raises `InvalidInput`."""
    if not isinstance(value, dict) or set(value) - {"wants"} != {"vector", "forked"}:
        raise InvalidInput("acknowledges must be {vector, forked, wants}")
    vector, forked, wants = value["vector"], value["forked"], value.get("wants", {})
    for name, counters in (("vector", vector), ("wants", wants)):
        if not isinstance(counters, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53
            for v in counters.values()
        ):
            raise InvalidInput(f"acknowledges.{name} must map origins to counters")
    if not isinstance(forked, list) or not all(
        isinstance(h, str) and HASH.match(h) for h in forked
    ):
        raise InvalidInput("acknowledges.forked must be a list of SHA-256 hashes")
    return Acknowledges(dict(vector), frozenset(forked), dict(wants))


def read_bundle(
    catalogue: Catalogue,
    path: Path,
    trust: TrustList,
    limits: Limits = DEFAULT_LIMITS,
    job: Job | None = None,
    data: bytes | None = None,
) -> Bundle:
    """Read and verify a bundle file completely; nothing is written.

    The steps below are SYNC.md's checks ("Import", step 1), in its order: size limits,
    parse line by line, the manifest's signature, every listed revision present and nothing
    extra, each revision's hash and its origin's signature, each body against its content
    schema, one kind per object. The first check that fails raises `BundleRefused` with
    SYNC.md's error code and the line. Two revisions with one (origin, counter) are not a
    fault: both are kept (SYNC.md, amendments: copied homes fork nothing). `data`: the
    file's bytes, when the caller has read them already (a sync folder's pass).
    """
    job = Job.of(job)
    data = _read_file(path, limits) if data is None else data
    _check_file_size(data, limits)
    lines = _split_lines(data)
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
    statements = read_statements(lines, manifest, trust)
    blobs = read_blobs(lines, manifest)
    check_kinds(catalogue, revisions)
    check_attachments(catalogue, revisions, blobs)
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
        acknowledges=(
            _acknowledges(manifest["acknowledges"]) if "acknowledges" in manifest else None
        ),
        revs=list(manifest["revisions"]),
    )


# -- the file -------------------------------------------------------------------------------


def _read_file(path: Path, limits: Limits) -> bytes:
    """The file's bytes, at most `max_file` + 1 of them whatever the file system says its
    size is; only a regular file (SYNC.md, amendments: a FIFO or a device is never read)."""
    try:
        return read_regular(path, limits.max_file, follow=True).data
    except NotRegular as exc:
        raise InvalidInput(f"{path} is {exc}; give a bundle file") from None
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read ({exc.strerror}); check the path") from None


def _check_file_size(data: bytes, limits: Limits) -> None:
    """SYNC.md, limits: at most `max_file` bytes per file (`E_SIZE`); `_read_file` reads
    one byte more than that at most, so a larger file is found without reading it all."""
    if len(data) > limits.max_file:
        raise refuse("E_SIZE", 0, f"the file has more than {limits.max_file} bytes, the limit")


def _split_lines(data: bytes) -> list[bytes]:
    """SYNC.md, bundle file: JSON Lines, each line ended by a newline, so an empty file or
    a cut-off last line is refused (`E_PARSE`)."""
    if not data:
        raise refuse("E_PARSE", 1, "the file is empty")
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise refuse("E_PARSE", len(lines), "the last line is cut off (file truncated?)")
    lines.pop()
    return lines


def _check_line_sizes(lines: list[bytes], limits: Limits) -> None:
    """SYNC.md, limits: at most `max_line` bytes per line (`E_SIZE`)."""
    for n, line in enumerate(lines, 1):
        if len(line) > limits.max_line:
            raise refuse("E_SIZE", n, f"{len(line)} bytes, above the limit of {limits.max_line}")


# -- line 1: the manifest -------------------------------------------------------------------


def _open_manifest(line: bytes) -> Envelope:
    """SYNC.md, bundle file: line 1 is the DSSE envelope of the manifest (`E_PARSE`)."""
    try:
        envelope = open_line(line)
    except CasebookError as exc:
        raise refuse("E_PARSE", 1, exc.message) from None
    if envelope.payload_type != MANIFEST_TYPE:
        raise refuse("E_PARSE", 1, "the first line is not a bundle manifest")
    return envelope


def _exporter_key(envelope: Envelope, trust: TrustList) -> Partner:
    """SYNC.md, trust: the manifest is signed (`E_SIGNATURE`) by a key on the trust list
    (`E_UNKNOWN_KEY`) that the user trusted (`E_UNKNOWN_KEY`) and did not revoke
    (`E_REVOKED`); returns that partner."""
    if envelope.keyid is None:
        raise refuse("E_SIGNATURE", 1, "the manifest is not signed")
    partner = trust.partners.get(envelope.keyid)
    if partner is None:
        raise refuse(
            "E_UNKNOWN_KEY",
            1,
            f"signed by an unknown key {grouped(envelope.keyid)}; add the partner with "
            "`casebook partner add FILE` and trust it",
        )
    if partner.status == "untrusted":
        raise refuse(
            "E_UNKNOWN_KEY",
            1,
            f"the key of {partner.org} is not trusted yet; compare its fingerprint "
            f"{partner.grouped_fingerprint} with {partner.org}, then run "
            "`casebook partner trust FINGERPRINT`",
        )
    if partner.status == "revoked":
        raise refuse("E_REVOKED", 1, f"the manifest is signed by the revoked key of {partner.org}")
    return partner


def _verify_manifest_signature(envelope: Envelope, exporter: Partner) -> None:
    """SYNC.md, signatures: the signature over the exact bytes received verifies with the
    exporter's key (`E_SIGNATURE`), before the manifest is parsed."""
    if not verify(envelope, exporter.public_key):
        raise refuse("E_SIGNATURE", 1, f"the manifest's signature does not verify ({exporter.org})")


def _parse_manifest(envelope: Envelope) -> dict[str, Any]:
    """SYNC.md, canonical JSON and bundle file: the manifest is strict canonical JSON with
    exactly the manifest's fields, of their types (`E_PARSE`)."""
    try:
        manifest = _manifest(parse_strict(envelope.payload))
        if canonical_bytes(manifest) != envelope.payload:
            raise InvalidInput("the manifest is not in canonical form")
    except CasebookError as exc:
        raise refuse("E_PARSE", 1, exc.message) from None
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
            ORIGIN.match(exporter["installation"]) is not None,
        ),
        (
            "since",
            "must map origin ids to counters",
            all(ORIGIN.match(o) for o in manifest["since"]),
        ),
        (
            "acknowledges",
            "must map origin ids to counters",
            all(
                ORIGIN.match(o)
                for part in ("vector", "wants")
                for o in manifest.get("acknowledges", {}).get(part, {})
            ),
        ),
    ]
    for name, why, good in problems:
        if not good:
            raise refuse("E_MANIFEST", 1, f"the manifest's {name} {why}")


def _check_exporter(
    catalogue: Catalogue, manifest: dict[str, Any], exporter: Partner, trust: TrustList
) -> str:
    """SYNC.md, trust: the manifest names the key that signed it (`E_SIGNATURE`) and an
    installation id that key signs for, never this installation's own (`E_UNKNOWN_KEY`);
    returns that installation id."""
    named = manifest["exporter"]
    if named["key"] != b64encode(exporter.public_key):
        raise refuse("E_SIGNATURE", 1, "the manifest names another key than the one that signed it")
    installation: str = named["installation"]
    # An id that names a key belongs to that key; one of the earlier form to the key the
    # trust list records, if any. The manifest binds nothing (SYNC.md, amendments).
    owner = trust.owner_of(installation) or exporter.fingerprint
    if installation == catalogue.installation_id and exporter.status != "self":
        owner = ""  # another key claiming this very installation's id
    if owner != exporter.fingerprint:
        raise refuse(
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
        raise refuse(
            "E_MANIFEST", 1, f"count {manifest['count']} but {len(listed)} revisions listed"
        )
    if len(listed) > limits.max_revisions:
        raise refuse(
            "E_SIZE", 1, f"{len(listed)} revisions, above the limit of {limits.max_revisions}"
        )
    listed_statements: list[str] = manifest["statements"]
    if (
        len(set(listed)) != len(listed)
        or len(set(listed_blobs)) != len(listed_blobs)
        or len(set(listed_statements)) != len(listed_statements)
    ):
        raise refuse("E_MANIFEST", 1, "the manifest lists a revision, statement or blob twice")


def _check_line_count(manifest: dict[str, Any], lines: list[bytes]) -> None:
    """SYNC.md, bundle file: one line per listed revision, statement and blob after the
    manifest, so truncation, a missing line or an extra line is detected (`E_MANIFEST`)."""
    listed, listed_blobs = manifest["revisions"], manifest["blobs"]
    expected = 1 + len(listed) + len(manifest["statements"]) + len(listed_blobs)
    if len(lines) != expected:
        raise refuse(
            "E_MANIFEST",
            min(len(lines), expected) + (len(lines) < expected),
            f"the manifest lists {len(listed)} revisions and {len(listed_blobs)} blobs, so the "
            f"file should have {expected} lines, but it has {len(lines)} (lines dropped, "
            "repeated or added)",
        )
