"""The trust list: partners' keys, whether they are trusted, and which installation ids
(revision origins) each key signs for.

A partner is added from its identity file and stays untrusted until the user has compared
the fingerprint with the partner (read aloud at a workshop) and trusts it. Revoking a key
refuses its revisions after the revocation point; those received before stay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal, cast

from catalogue.canonical import parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput, NotFound
from catalogue.sync_store import SyncStore

from .envelope import b64decode, b64encode, fingerprint, grouped, normalise_fingerprint
from .identity import IDENTITY_TYPE, org_problem

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
    owner: dict[str, str]  # installation id -> fingerprint
    revoked_after: dict[str, int]  # installation id -> last counter accepted


def read_identity_file(data: bytes) -> tuple[str, str, bytes]:
    """(org, installation id, public key) from an identity file; refuses a fingerprint that
    does not match the key."""
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
    try:
        uuid.UUID(str(installation))
    except ValueError:
        raise InvalidInput("identity file: installation must be an installation id") from None
    key = b64decode(value.get("key"), "identity file: key")
    if len(key) != 32:
        raise InvalidInput("identity file: key must be a 32-byte Ed25519 public key")
    stated = value.get("fingerprint")
    if stated is not None and normalise_fingerprint(str(stated)) != fingerprint(key):
        raise InvalidInput(
            "identity file: the fingerprint does not match the key; the file was altered, "
            "ask the partner for a fresh one"
        )
    return org.strip(), str(installation), key


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
    return TrustList(partners, owner, revoked)


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
    org, installation, key = read_identity_file(data)
    fp = fingerprint(key)
    store = SyncStore(catalogue)
    with catalogue.atomic():
        status = store.partner_status(fp)
        if status == "self" or installation == catalogue.installation_id:
            raise InvalidInput("that is this installation's own identity file")
        owner = store.installation_owner(installation)
        if owner is not None and owner != fp:
            raise InvalidInput(
                f"installation {installation} already belongs to the key "
                f"{grouped(owner)}; this identity file claims it for another key, so it "
                "is refused"
            )
        if status is None:
            store.add_partner(fp, org, b64encode(key))
        store.bind_installation(installation, fp)
        return find_partner(catalogue, fp), status is None


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
        return find_partner(catalogue, partner.fingerprint)


def revoke_partner(catalogue: Catalogue, text: str) -> Partner:
    """Revoke a partner's key: revisions of its installations above the highest counter we
    hold now are refused from here on; those we hold stay."""
    with catalogue.atomic():
        partner = find_partner(catalogue, text)
        if partner.status == "revoked":
            return partner
        SyncStore(catalogue).revoke(
            partner.fingerprint, [i.installation for i in partner.installations]
        )
        return find_partner(catalogue, partner.fingerprint)
