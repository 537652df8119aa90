"""DSSE envelopes (in-toto/Sigstore) with Ed25519, and key fingerprints.

The signature covers `PAE(payloadType, payload)` over the exact payload bytes. Readers verify
those bytes before parsing them, and refuse any envelope line that is not in its one
canonical form (including non-canonical base64), so no byte of a bundle can change unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from catalogue.canonical import canonical_bytes, parse_canonical
from catalogue.errors import InvalidInput

MANIFEST_TYPE = "application/vnd.casebook.bundle-manifest+json"
REVISION_TYPE = "application/vnd.casebook.revision+json"


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding: what the signature covers."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(payload), payload)


def fingerprint(public_key: bytes) -> str:
    """The key id: hex of the first 20 bytes of sha256(raw public key)."""
    return hashlib.sha256(public_key).digest()[:20].hex()


def grouped(fp: str) -> str:
    """A fingerprint in groups of four, to read aloud (`3f2a 91c0 …`)."""
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, colons, any case) in its stored form."""
    return "".join(c for c in text.lower() if c not in " :-\t")


def b64encode(data: bytes) -> str:
    """Standard base64 with padding."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: Any, what: str) -> bytes:
    """Strict base64: only the one encoding `b64encode` writes is accepted."""
    if not isinstance(text, str):
        raise InvalidInput(f"{what} is not base64 text")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(f"{what} is not valid base64") from None
    if b64encode(data) != text:
        raise InvalidInput(f"{what} is not in canonical base64")
    return data


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of a public key."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def seal(payload_type: str, payload: bytes, key: Ed25519PrivateKey | None) -> bytes:
    """One canonical envelope line (without the newline); `key=None` leaves it unsigned
    (only the starter catalogue's revisions, which are accepted by hash)."""
    signatures = []
    if key is not None:
        signatures.append(
            {
                "keyid": fingerprint(public_bytes(key)),
                "sig": b64encode(key.sign(pae(payload_type, payload))),
            }
        )
    return canonical_bytes(
        {"payloadType": payload_type, "payload": b64encode(payload), "signatures": signatures}
    )


def seal_with(payload_type: str, payload: bytes, keyid: str, sig: str) -> bytes:
    """An envelope line carrying a signature made elsewhere (a relayed revision's origin)."""
    return canonical_bytes(
        {
            "payloadType": payload_type,
            "payload": b64encode(payload),
            "signatures": [{"keyid": keyid, "sig": sig}],
        }
    )


@dataclass(frozen=True)
class Envelope:
    """An envelope as read: the payload bytes, still unverified, and its signature (if any)."""

    payload_type: str
    payload: bytes
    keyid: str | None
    sig: bytes | None
    sig_text: str | None


def open_line(line: bytes) -> Envelope:
    """Read one envelope line; raises `InvalidInput` unless it is exactly canonical."""
    value, canonical = parse_canonical(line)
    if not isinstance(value, dict) or set(value) != {"payloadType", "payload", "signatures"}:
        raise InvalidInput("not a DSSE envelope (payloadType, payload, signatures)")
    if not canonical:
        raise InvalidInput("envelope is not in canonical JSON form")
    payload_type, signatures = value["payloadType"], value["signatures"]
    if not isinstance(payload_type, str) or not isinstance(signatures, list):
        raise InvalidInput("envelope fields have the wrong type")
    payload = b64decode(value["payload"], "payload")
    if not signatures:
        return Envelope(payload_type, payload, None, None, None)
    if len(signatures) != 1:
        raise InvalidInput("envelope must carry exactly one signature")
    signature = signatures[0]
    if (
        not isinstance(signature, dict)
        or set(signature) != {"keyid", "sig"}
        or not isinstance(signature["keyid"], str)
    ):
        raise InvalidInput("signature must be {keyid, sig}")
    sig = b64decode(signature["sig"], "signature")
    return Envelope(payload_type, payload, signature["keyid"], sig, signature["sig"])


def verify(envelope: Envelope, public_key: bytes) -> bool:
    """Whether the envelope's signature verifies over its exact payload bytes."""
    if envelope.sig is None:
        return False
    try:
        _public_key(public_key).verify(envelope.sig, pae(envelope.payload_type, envelope.payload))
    except (InvalidSignature, ValueError):
        return False
    return True


@functools.lru_cache(maxsize=64)
def _public_key(raw: bytes) -> Ed25519PublicKey:
    """The key object for 32 raw bytes (one per partner, not one per signature)."""
    return Ed25519PublicKey.from_public_bytes(raw)
