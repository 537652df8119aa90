"""The trust list: partners' keys, whether they are trusted, and which installation ids
(revision origins) each key signs for.

A partner is added from its identity file and stays untrusted until the user has compared
the fingerprint with the partner (read aloud at a workshop) and trusts it. Revoking a key
refuses its revisions after the revocation point; those received before stay.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from catalogue.canonical import parse_strict
from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError, InvalidInput, NotFound
from catalogue.revision import utc_now

from .envelope import b64decode, b64encode, fingerprint, grouped, normalise_fingerprint
from .identity import IDENTITY_TYPE

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
    if not isinstance(org, str) or not org.strip() or len(org) > 200:
        raise InvalidInput("identity file: org must be the organisation's name")
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
    conn = catalogue.conn
    installs: dict[str, list[Installation]] = {}
    for inst, fp, after in conn.execute(
        "SELECT installation, fingerprint, revoked_after FROM partner_installations "
        "ORDER BY installation"
    ):
        installs.setdefault(fp, []).append(Installation(inst, after))
    where = "" if include_self else "WHERE status != 'self'"
    rows = conn.execute(
        "SELECT fingerprint, org, public_key, status, added_at, changed_at FROM partners "  # noqa: S608
        f"{where} ORDER BY org COLLATE NOCASE, fingerprint"
    ).fetchall()
    return [
        Partner(
            r[0],
            r[1],
            b64decode(r[2], "stored key"),
            r[3],
            r[4],
            r[5],
            tuple(installs.get(r[0], ())),
        )
        for r in rows
    ]


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
    """Add a partner from its identity file, untrusted; returns it and whether it is new."""
    org, installation, key = read_identity_file(data)
    fp = fingerprint(key)
    conn = catalogue.conn
    with catalogue.atomic():
        row = conn.execute("SELECT status FROM partners WHERE fingerprint = ?", (fp,)).fetchone()
        if (row is not None and row[0] == "self") or installation == catalogue.installation_id:
            raise InvalidInput("that is this installation's own identity file")
        owner = conn.execute(
            "SELECT fingerprint FROM partner_installations WHERE installation = ?",
            (installation,),
        ).fetchone()
        if owner is not None and owner[0] != fp:
            raise InvalidInput(
                f"installation {installation} already belongs to the key "
                f"{grouped(owner[0])}; this identity file claims it for another key, so it "
                "is refused"
            )
        now = utc_now()
        if row is None:
            conn.execute(
                "INSERT INTO partners (fingerprint, org, public_key, status, added_at, "
                "changed_at) VALUES (?, ?, ?, 'untrusted', ?, ?)",
                (fp, org, b64encode(key), now, now),
            )
        conn.execute(
            "INSERT OR IGNORE INTO partner_installations (installation, fingerprint) VALUES (?, ?)",
            (installation, fp),
        )
    return find_partner(catalogue, fp), row is None


def trust_partner(catalogue: Catalogue, text: str) -> Partner:
    """Trust a partner's key (after comparing its fingerprint with the partner)."""
    partner = find_partner(catalogue, text)
    if partner.status == "revoked":
        raise InvalidInput(
            f"the key of {partner.org} was revoked and stays revoked; ask {partner.org} for a "
            "new identity file"
        )
    with catalogue.atomic() as conn:
        conn.execute(
            "UPDATE partners SET status = 'trusted', changed_at = ? WHERE fingerprint = ?",
            (utc_now(), partner.fingerprint),
        )
    return find_partner(catalogue, partner.fingerprint)


def revoke_partner(catalogue: Catalogue, text: str) -> Partner:
    """Revoke a partner's key: revisions of its installations above the highest counter we
    hold now are refused from here on; those we hold stay."""
    partner = find_partner(catalogue, text)
    if partner.status == "revoked":
        return partner
    with catalogue.atomic() as conn:
        for inst in partner.installations:
            held = conn.execute(
                "SELECT coalesce(max(counter), 0) FROM revisions WHERE origin = ?",
                (inst.installation,),
            ).fetchone()[0]
            conn.execute(
                "UPDATE partner_installations SET revoked_after = ? WHERE installation = ?",
                (held, inst.installation),
            )
        conn.execute(
            "UPDATE partners SET status = 'revoked', changed_at = ? WHERE fingerprint = ?",
            (utc_now(), partner.fingerprint),
        )
    return find_partner(catalogue, partner.fingerprint)
