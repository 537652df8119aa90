"""Revocation statements: their form, their signature, and their size in a bundle."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from catalogue.errors import InvalidInput
from sync import load_identity
from sync.bundle import DEFAULT_LIMITS
from sync.statements import KEPT_PER_STATEMENT, make_revocation, read_revocation

from .homes import make_home


def test_a_long_kept_list_is_split_into_statements_that_fit_a_bundle_line(
    tmp_path: Path,
) -> None:
    with (
        make_home(tmp_path / "a", "City of Tampere") as a,
        make_home(tmp_path / "b", "Riga Digital Agency") as b,
    ):
        me, subject = load_identity(a), load_identity(b).fingerprint
        kept = [
            hashlib.sha256(str(n).encode()).hexdigest() for n in range(2 * KEPT_PER_STATEMENT + 1)
        ]
        made = make_revocation(me, subject, kept)
        assert len(made) == 3
        assert all(len(r.envelope) < DEFAULT_LIMITS.max_line for r in made)
        read = [read_revocation(r.envelope, me.public_key) for r in made]
        assert frozenset().union(*(r.kept for r in read)) == frozenset(kept)
        assert {r.subject for r in read} == {subject}
        assert len(make_revocation(me, subject, [])) == 1  # revoking a key we hold nothing of
        with pytest.raises(InvalidInput, match="signature"):
            read_revocation(made[0].envelope, load_identity(b).public_key)
