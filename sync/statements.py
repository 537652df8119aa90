"""Signed statements (SYNC.md, amendments): a revocation names the revoked key and the
revisions of it that stay; it is signed by the revoker, travels in bundles, and every
installation that trusts the revoker applies exactly that cut. Counters decide nothing.

A statement is a DSSE envelope line (`application/vnd.casebook.statement+json`) whose
payload is canonical JSON; its id is the SHA-256 of the payload.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from catalogue.canonical import canonical_bytes, parse_strict
from catalogue.errors import CasebookError, InvalidInput
from catalogue.revision import utc_now

from .envelope import open_line, seal, verify
from .identity import STATEMENT_TYPE, Identity

REVOCATION_TYPE = "casebook.revocation/1"
# Revisions kept per statement: a revocation of a partner with many revisions is several
# statements (their union is the cut), each line well within a bundle's 1 MiB line limit.
KEPT_PER_STATEMENT = 5000
_HASH = re.compile(r"^[0-9a-f]{64}$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class Revocation:
    """A revocation statement: `signer` revokes the key `subject`; of that key's revisions,
    those in `kept` stay."""

    id: str
    signer: str
    subject: str
    kept: frozenset[str]
    envelope: bytes


def make_revocation(identity: Identity, subject: str, kept: list[str]) -> list[Revocation]:
    """A revocation of the key `subject` signed by this installation's key, keeping the
    revisions `kept` (those of that key this installation holds): one statement per
    `KEPT_PER_STATEMENT` of them (at least one)."""
    ordered, now = sorted(set(kept)), utc_now()
    made = []
    for start in range(0, max(len(ordered), 1), KEPT_PER_STATEMENT):
        part = ordered[start : start + KEPT_PER_STATEMENT]
        payload = canonical_bytes(
            {"type": REVOCATION_TYPE, "key": subject, "kept": part, "revoked_at": now}
        )
        line = seal(STATEMENT_TYPE, payload, identity.key)
        made.append(
            Revocation(
                hashlib.sha256(payload).hexdigest(),
                identity.fingerprint,
                subject,
                frozenset(part),
                line,
            )
        )
    return made


def read_revocation(line: bytes, public_key: bytes | None) -> Revocation:
    """A revocation from its exact envelope line; `public_key` is the signer's (the key the
    envelope names), or None to read a statement verified when it was received. Raises
    `InvalidInput` for anything that is not a well-formed revocation with a good
    signature."""
    envelope = open_line(line)
    if envelope.payload_type != STATEMENT_TYPE or envelope.keyid is None:
        raise InvalidInput("not a signed statement")
    if public_key is not None and not verify(envelope, public_key):
        raise InvalidInput("the statement's signature does not verify")
    try:
        value = parse_strict(envelope.payload)
    except CasebookError as exc:
        raise InvalidInput(f"statement: {exc.message}") from None
    if (
        not isinstance(value, dict)
        or set(value) != {"type", "key", "kept", "revoked_at"}
        or value["type"] != REVOCATION_TYPE
        or not isinstance(value["key"], str)
        or not _FINGERPRINT.match(value["key"])
        or not isinstance(value["kept"], list)
        or not all(isinstance(h, str) and _HASH.match(h) for h in value["kept"])
        or not isinstance(value["revoked_at"], str)
        or canonical_bytes(value) != envelope.payload
    ):
        raise InvalidInput("not a casebook.revocation/1 statement")
    return Revocation(
        hashlib.sha256(envelope.payload).hexdigest(),
        envelope.keyid,
        value["key"],
        frozenset(value["kept"]),
        line,
    )


def statement_id(line: bytes) -> str:
    """The id of a statement line (the SHA-256 of its payload); raises `InvalidInput`."""
    return hashlib.sha256(open_line(line).payload).hexdigest()
