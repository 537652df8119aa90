"""Verifying a bundle's lines after the manifest (SYNC.md, "Import", step 1): each
revision line (`RevisionChecks`), the statements, the blobs, and what needs the catalogue
(one kind per object, attachments present); with the checks of a revision's body that
writing a bundle shares. `bundle.read_bundle` calls them in SYNC.md's order."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from typing import Any

from catalogue import collection, entry, starter
from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput
from catalogue.jobs import Job
from catalogue.revision import Revision, revision_from_payload
from catalogue.sync_store import AsideRevision, HeldRevision, SyncStore

from .envelope import (
    REVISION_TYPE,
    Envelope,
    b64decode,
    grouped,
    open_line,
    verify,
)
from .errors import BundleRefused, Code
from .statements import Revocation, read_revocation, statement_id
from .trust import Partner, TrustList

HASH = re.compile(r"^[0-9a-f]{64}$")
# An origin: an installation id, the starter catalogue's, or a key's epoch.
ORIGIN = re.compile(r"^[0-9A-Za-z:_-]{1,100}$")
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


def attachment_hashes(body: dict[str, Any] | None) -> list[str]:
    """SHA-256 of the attachments an entry body lists."""
    if not body:
        return []
    return [str(a.get("sha256")) for a in body.get("attachments", []) if isinstance(a, dict)]


def refuse(code: Code, line: int, reason: str) -> BundleRefused:
    return BundleRefused(code, line, reason)


_STARTER: frozenset[str] | None = None


def starter_hashes() -> frozenset[str]:
    global _STARTER
    if _STARTER is None:
        _STARTER = frozenset(r.rev for r in starter.revisions())
    return _STARTER


def check_body(revision: Revision) -> None:
    """Validate a revision against its content schema; raises `CasebookError`."""
    try:
        uuid.UUID(revision.object_id)
    except ValueError:
        raise InvalidInput(f"object_id {revision.object_id!r} is not an id") from None
    if not all(isinstance(p, str) and HASH.match(p) for p in revision.parents):
        raise InvalidInput("parents must be revision hashes")
    if not is_time(revision.authored_at):
        raise InvalidInput(f"authored_at {revision.authored_at[:40]!r} is not an RFC 3339 time")
    if not ORIGIN.match(revision.origin) or len(revision.author) > 200:
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
        self.starter_hashes = starter_hashes()
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
                raise refuse("E_MANIFEST", n, f"revision {rev} appears twice")
            raise refuse(
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
            raise refuse(
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
            raise refuse("E_SIGNATURE", n, f"revision {revision.rev} is not signed")
        owner = self.trust.owner_of(revision.origin)
        if owner is None:
            return None
        if envelope.keyid != owner:
            raise refuse(
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
        raise refuse("E_PARSE", n, exc.message) from None
    return envelope


def _parse_revision(n: int, envelope: Envelope) -> Revision:
    """SYNC.md, revisions and canonical JSON: the payload is a revision in strict canonical
    JSON (`E_PARSE`)."""
    try:
        return revision_from_payload(envelope.payload)
    except CasebookError as exc:
        raise refuse("E_PARSE", n, exc.message) from None


def _verify_revision_signature(
    n: int, revision: Revision, envelope: Envelope, partner: Partner
) -> None:
    """SYNC.md, signatures: the origin's signature over the exact bytes received verifies
    (`E_SIGNATURE`)."""
    if not verify(envelope, partner.public_key):
        raise refuse("E_SIGNATURE", n, f"the signature of revision {revision.rev} does not verify")


def _check_schema(n: int, revision: Revision) -> None:
    """SYNC.md, import step 1: each new body validates against its content schema
    (`E_SCHEMA`)."""
    try:
        check_body(revision)
    except CasebookError as exc:
        detail = "; ".join(exc.lines())
        raise refuse("E_SCHEMA", n, f"revision {revision.rev}: {detail}") from None


# -- after the revisions: the blobs, and what needs the catalogue ---------------------------


def read_blobs(lines: list[bytes], manifest: dict[str, Any]) -> dict[str, bytes]:
    """SYNC.md, bundle file: the blob lines after the revisions hold exactly the blobs the
    manifest lists, each once (`E_MANIFEST`); returns them by hash."""
    blobs: dict[str, bytes] = {}
    wanted = set(manifest["blobs"])
    first = 2 + len(manifest["revisions"]) + len(manifest["statements"])
    for n in range(first, 1 + len(lines)):
        sha, blob = _read_blob_line(n, lines[n - 1])
        if sha not in wanted:
            raise refuse("E_MANIFEST", n, f"blob {sha} is not listed, or appears twice")
        wanted.discard(sha)
        blobs[sha] = blob
    return blobs


def read_statements(
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
            raise refuse("E_PARSE", n, exc.message) from None
        if sid not in wanted:
            raise refuse("E_HASH", n, f"statement {sid} is not listed, or appears twice")
        wanted.discard(sid)
        partner = trust.partners.get(signer or "")
        if partner is None:
            continue
        try:
            found.append(read_revocation(line, partner.public_key))
        except CasebookError as exc:
            code: Code = "E_SIGNATURE" if "signature" in exc.message else "E_PARSE"
            raise refuse(code, n, exc.message) from None
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
        raise refuse("E_PARSE", n, exc.message) from None
    sha = hashlib.sha256(blob).hexdigest()
    if value["blob"] != sha:
        raise refuse("E_HASH", n, f"blob {value['blob']} hashes to {sha}")
    return sha, blob


def check_kinds(catalogue: Catalogue, revisions: RevisionChecks) -> None:
    """SYNC.md, amendments: an object has one kind forever. The content schema of the
    revisions an object already has here (or of its first revision in this bundle) is final;
    a revision of another kind is refused (`E_SCHEMA`)."""
    kinds = SyncStore(catalogue).object_kinds([r.object_id for r in revisions.fresh])
    for revision in revisions.fresh:
        kind = kinds.setdefault(revision.object_id, revision.content_schema)
        if kind != revision.content_schema:
            raise refuse(
                "E_SCHEMA",
                2 + revisions.listed.index(revision.rev),
                f"revision {revision.rev} is a {revision.content_schema} but object "
                f"{revision.object_id} is a {kind}; an object keeps its kind forever",
            )


def check_attachments(
    catalogue: Catalogue, revisions: RevisionChecks, blobs: dict[str, bytes]
) -> None:
    """SYNC.md, revisions: a bundle carries the blobs its revisions need, unless this
    catalogue holds them already (`E_MANIFEST`)."""
    aside = [revision_from_payload(a.payload) for a in revisions.aside]
    for revision in [*revisions.fresh, *aside]:
        for sha in attachment_hashes(revision.body):
            if sha not in blobs and not catalogue.blobs.has(sha):
                raise refuse(
                    "E_MANIFEST",
                    2 + revisions.listed.index(revision.rev),
                    f"revision {revision.rev} needs the attachment blob {sha}, which neither "
                    "the bundle nor this catalogue holds",
                )
