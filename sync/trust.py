"""The trust list: partners' keys, whether they are trusted, and which installation ids
(revision origins) each key signs for.

A partner is added from its identity file and stays untrusted until the user has compared
the fingerprint with the partner (read aloud at a workshop) and trusts it. Revoking a key
refuses its revisions after the revocation point; those received before stay.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from typing import Literal, cast

from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput, NotFound
from catalogue.sync_store import SyncStore

from .envelope import (
    b64decode,
    b64encode,
    fingerprint,
    grouped,
    normalise_fingerprint,
    open_line,
    verify,
)
from .identity import IDENTITY_TYPE, INSTALLATION_TYPE, STATEMENT_TYPE, org_problem, origin_key

Status = Literal["self", "untrusted", "trusted", "revoked"]


@dataclass(frozen=True)
class Installation:
    """An installation id a key signs for; `revoked_after` is the last counter accepted."""

    installation: str
    revoked_after: int | None


@dataclass(frozen=True)
class Partner:
    """One key on the trust list."""

    fingerprint: str
    org: str
    public_key: bytes
    status: Status
    added_at: str
    changed_at: str
    installations: tuple[Installation, ...]

    @property
    def grouped_fingerprint(self) -> str:
        """The fingerprint in groups of four."""
        return grouped(self.fingerprint)


@dataclass(frozen=True)
class TrustList:
    """The trust list as verification reads it: keys by id, and each origin's key."""

    partners: dict[str, Partner]
    owner: dict[str, str]  # installation id of the earlier form -> fingerprint
    revoked_after: dict[str, int]  # installation id -> last counter accepted
    # Revoked key -> the revisions of it that stay: the union of what the revocations of
    # that key signed by this installation or by keys it trusts (or trusted) keep.
    kept: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)

    def owner_of(self, origin: str) -> str | None:
        """The fingerprint of the key that signs for an origin: the one it names, or the
        one recorded for an id of the earlier form; None when nothing says."""
        return origin_key(origin) or self.owner.get(origin)

    def accepts(self, partner: Partner, rev: str, origin: str, counter: int) -> bool:
        """Whether a revision of this partner's key is shown: the key is this
        installation's or trusted, or revoked after this revision."""
        if partner.status in ("self", "trusted"):
            return True
        if partner.status == "revoked":
            if partner.fingerprint in self.kept:
                return rev in self.kept[partner.fingerprint]
            # Revoked by an earlier Casebook, before revocations were statements.
            return counter <= self.revoked_after.get(origin, 0)
        return False


def read_identity_file(data: bytes) -> tuple[str, str, bytes, list[str]]:
    """(org, installation id, public key, earlier installation ids) from an identity file;
    refuses a fingerprint that does not match the key, and an installation id that names
    another key."""
    try:
        value = parse_strict(data)
    except CasebookError as exc:
        raise InvalidInput(f"not an identity file: {exc.message}") from None
    if not isinstance(value, dict) or value.get("type") != IDENTITY_TYPE:
        raise InvalidInput(
            "not an identity file (written by `casebook identity export`); ask the partner "
            "for theirs"
        )
    org, installation = value.get("org"), value.get("installation")
    problem = org_problem(org)
    if problem is not None or not isinstance(org, str):
        raise InvalidInput(f"identity file: org {problem}; ask the partner for a fresh file")
    key = b64decode(value.get("key"), "identity file: key")
    if len(key) != 32:
        raise InvalidInput("identity file: key must be a 32-byte Ed25519 public key")
    named = origin_key(str(installation))
    if named is None:
        try:
            uuid.UUID(str(installation))
        except ValueError:
            raise InvalidInput("identity file: installation must be an installation id") from None
    elif named != fingerprint(key):
        raise InvalidInput(
            f"identity file: installation {installation} belongs to another key than the "
            "file's; the file was altered, ask the partner for a fresh one"
        )
    stated = value.get("fingerprint")
    if stated is not None and normalise_fingerprint(str(stated)) != fingerprint(key):
        raise InvalidInput(
            "identity file: the fingerprint does not match the key; the file was altered, "
            "ask the partner for a fresh one"
        )
    return org.strip(), str(installation), key, _earlier_installations(value, key)


def _earlier_installations(value: dict[str, object], key: bytes) -> list[str]:
    """The installation ids of the earlier form an identity file's key signs for: listed in
    a `casebook.installation/1` statement that key signed (SYNC.md, amendments)."""
    if "statement" not in value:
        return []
    problem = "identity file: the installation statement is not signed by the file's key"
    try:
        envelope = open_line(canonical_bytes(value["statement"]))
        statement = parse_strict(envelope.payload)
    except CasebookError:
        raise InvalidInput(problem) from None
    if (
        envelope.payload_type != STATEMENT_TYPE
        or not verify(envelope, key)
        or not isinstance(statement, dict)
        or statement.get("type") != INSTALLATION_TYPE
        or statement.get("key") != b64encode(key)
        or not isinstance(statement.get("installations"), list)
    ):
        raise InvalidInput(problem)
    earlier = [str(i) for i in statement["installations"]]
    for installation in earlier:
        try:
            uuid.UUID(installation)
        except ValueError:
            raise InvalidInput(f"identity file: {installation!r} is not an id") from None
    return earlier


def load_trust(catalogue: Catalogue) -> TrustList:
    """The whole trust list (small: one row per partner)."""
    partners = {p.fingerprint: p for p in list_partners(catalogue, include_self=True)}
    owner: dict[str, str] = {}
    revoked: dict[str, int] = {}
    for p in partners.values():
        for i in p.installations:
            owner[i.installation] = p.fingerprint
            if i.revoked_after is not None:
                revoked[i.installation] = i.revoked_after
    return TrustList(partners, owner, revoked, _kept(catalogue, partners))


def _kept(catalogue: Catalogue, partners: dict[str, Partner]) -> dict[str, frozenset[str]]:
    """Revoked key -> the revisions of it that stay, from the revocation statements kept
    here whose signer is this installation or a key the user trusted (trusted, or revoked
    since: a revocation stands whatever order statements arrive in). None is about this
    installation's own key."""
    from .statements import read_revocation

    kept: dict[str, set[str]] = {}
    for _, signer, subject, envelope in SyncStore(catalogue).statements("revocation"):
        by = partners.get(signer)
        if by is None or by.status not in ("self", "trusted", "revoked"):
            continue
        if subject in partners and partners[subject].status == "self":
            continue
        kept.setdefault(subject, set()).update(read_revocation(envelope, None).kept)
    return {subject: frozenset(revs) for subject, revs in kept.items()}


def list_partners(catalogue: Catalogue, include_self: bool = False) -> list[Partner]:
    """Partners by organisation name, then fingerprint."""
    return [
        Partner(
            p.fingerprint,
            p.org,
            b64decode(p.public_key, "stored key"),
            _status(p.status),
            p.added_at,
            p.changed_at,
            tuple(Installation(i, after) for i, after in p.installations),
        )
        for p in SyncStore(catalogue).partners(include_self)
    ]


def _status(text: str) -> Status:
    assert text in ("self", "untrusted", "trusted", "revoked")
    return cast(Status, text)


def find_partner(catalogue: Catalogue, text: str) -> Partner:
    """A partner by fingerprint (spaces and case ignored) or a unique prefix of ≥ 8 digits."""
    wanted = normalise_fingerprint(text)
    if len(wanted) < 8 or any(c not in "0123456789abcdef" for c in wanted):
        raise NotFound(
            f"{text!r} is not a fingerprint; give at least 8 of its digits "
            "(`casebook partner list` shows them)"
        )
    matches = [p for p in list_partners(catalogue) if p.fingerprint.startswith(wanted)]
    if not matches:
        raise NotFound(f"no partner with fingerprint {text}; `casebook partner list` shows them")
    if len(matches) > 1:
        raise NotFound(f"{text!r} matches more than one partner; give more digits")
    return matches[0]


def add_partner(catalogue: Catalogue, data: bytes) -> tuple[Partner, bool]:
    """Add a partner from its identity file, untrusted; returns it and whether it is new.
    What is on the trust list is read and written in one transaction."""
    org, installation, key, earlier = read_identity_file(data)
    fp = fingerprint(key)
    store = SyncStore(catalogue)
    with catalogue.atomic():
        status = store.partner_status(fp)
        if status == "self" or installation == catalogue.installation_id:
            raise InvalidInput("that is this installation's own identity file")
        legacy = [i for i in (installation, *earlier) if origin_key(i) is None]
        for claimed in legacy:
            owner = store.installation_owner(claimed)
            if owner is not None and owner != fp:
                raise InvalidInput(
                    f"installation {claimed} already belongs to the key "
                    f"{grouped(owner)}; this identity file claims it for another key, so it "
                    "is refused (`casebook partner remove` takes a wrongly added key off)"
                )
        if status is None:
            store.add_partner(fp, org, b64encode(key))
        for claimed in legacy:
            # Ids of the earlier form: bound by this file, which the user checks by its
            # fingerprint; `partner remove` undoes it.
            store.bind_installation(claimed, fp)
        from .revocation import apply_revocations

        apply_revocations(catalogue)  # a key revoked by a trusted partner stays revoked
        return find_partner(catalogue, fp), status is None


def remove_partner(catalogue: Catalogue, text: str) -> Partner:
    """Take a partner off the trust list, with the installation ids bound to its key (so a
    wrongly added identity file can be undone); the revisions received from it stay, and
    revisions of its installations received later are held aside."""
    with catalogue.atomic():
        partner = find_partner(catalogue, text)
        SyncStore(catalogue).remove_partner(partner.fingerprint)
        return partner


def trust_partner(catalogue: Catalogue, text: str) -> Partner:
    """Trust a partner's key (after comparing its fingerprint with the partner)."""
    with catalogue.atomic():
        partner = find_partner(catalogue, text)
        if partner.status == "revoked":
            raise InvalidInput(
                f"the key of {partner.org} was revoked and stays revoked; ask {partner.org} "
                "for a new identity file"
            )
        SyncStore(catalogue).trust(partner.fingerprint)
        from .aside import apply_aside

        apply_aside(catalogue)
        return find_partner(catalogue, partner.fingerprint)
