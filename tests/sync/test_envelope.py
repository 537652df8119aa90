"""DSSE envelopes, Ed25519 known answers (RFC 8032) and fingerprints."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from catalogue.errors import InvalidInput
from sync.envelope import (
    REVISION_TYPE,
    b64decode,
    fingerprint,
    grouped,
    normalise_fingerprint,
    open_line,
    pae,
    public_bytes,
    seal,
    verify,
)

# RFC 8032, section 7.1: TEST 1 (empty message), TEST 2 (one byte), TEST 3 (two bytes).
RFC8032 = [
    (
        "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "",
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    ),
    (
        "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
        "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
        "72",
        "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
    ),
    (
        "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
        "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
        "af82",
        "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
        "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
    ),
]


@pytest.mark.parametrize(("secret", "public", "message", "signature"), RFC8032)
def test_rfc8032_known_answers(secret: str, public: str, message: str, signature: str) -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secret))
    assert public_bytes(key).hex() == public
    assert key.sign(bytes.fromhex(message)).hex() == signature


def test_pae_matches_the_dsse_specification_example() -> None:
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


def test_fingerprint_is_20_bytes_of_sha256_in_groups_of_four() -> None:
    key = bytes.fromhex(RFC8032[0][1])
    fp = fingerprint(key)
    assert len(fp) == 40
    shown = grouped(fp)
    assert shown.split(" ") == [fp[i : i + 4] for i in range(0, 40, 4)]
    assert normalise_fingerprint(shown.upper()) == fp


def test_sealed_line_opens_and_verifies_and_a_changed_payload_does_not() -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(RFC8032[1][0]))
    line = seal(REVISION_TYPE, b'{"a":1}', key)
    env = open_line(line)
    assert env.keyid == fingerprint(public_bytes(key))
    assert verify(env, public_bytes(key))
    other = open_line(seal(REVISION_TYPE, b'{"a":2}', None))
    forged = type(env)(env.payload_type, other.payload, env.keyid, env.sig, env.sig_text)
    assert not verify(forged, public_bytes(key))


def test_non_canonical_base64_is_refused() -> None:
    assert b64decode("QQ==", "x") == b"A"
    with pytest.raises(InvalidInput, match="canonical base64"):
        b64decode("QR==", "x")  # same byte, different unused bits
    with pytest.raises(InvalidInput, match="not valid base64"):
        b64decode("QQ=", "x")


def test_envelope_lines_not_in_canonical_form_are_refused() -> None:
    line = seal(REVISION_TYPE, b"{}", None)
    with pytest.raises(InvalidInput, match="canonical"):
        open_line(line.replace(b",", b", ", 1))
    with pytest.raises(InvalidInput, match="duplicate key"):
        open_line(line[:-1] + b',"payload":"e30="}')
