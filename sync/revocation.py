"""Revoking a partner's key by a signed statement (SYNC.md, amendments).

`revoke_partner` signs a `casebook.revocation/1` statement naming the revoked key and the
revisions of it this installation holds: those stay, and no other revision of that key is
shown, whatever its counter. The statement travels in every bundle; `apply_revocations`
applies the cut of every revocation signed by a key this installation trusts (or by
itself), so installations that revoked one key at different moments end with the same
revisions shown: those any of the revocations keeps.
"""

from __future__ import annotations

from catalogue.catalogue import Catalogue
from catalogue.sync_store import SyncStore

from .aside import apply_aside
from .identity import current_identity
from .statements import Revocation, make_revocation
from .trust import Partner, find_partner, load_trust


def revoke_partner(catalogue: Catalogue, text: str) -> Partner:
    """Revoke a partner's key: sign a revocation keeping the revisions of it held here
    (they stay); its other revisions, received before or later, are held aside."""
    identity = current_identity(catalogue)
    store = SyncStore(catalogue)
    with catalogue.atomic():
        partner = find_partner(catalogue, text)
        mine = [s for s in store.statements("revocation") if s[1] == identity.fingerprint]
        if partner.status != "revoked" or not any(s[2] == partner.fingerprint for s in mine):
            kept = store.revisions_of_key(partner.fingerprint)
            for revocation in make_revocation(identity, partner.fingerprint, kept):
                keep_statement(store, revocation)
            store.revoke(partner.fingerprint, [i.installation for i in partner.installations])
        apply_revocations(catalogue)
        return find_partner(catalogue, partner.fingerprint)


def keep_statement(store: SyncStore, revocation: Revocation) -> bool:
    """Keep a revocation statement; returns whether it is new here."""
    return store.add_statement(
        revocation.id, "revocation", revocation.signer, revocation.subject, revocation.envelope
    )


def apply_revocations(catalogue: Catalogue) -> None:
    """Apply every revocation that counts here (signed by this installation or by a key
    the user trusted): its key is revoked, its revisions in the log that no such revocation
    keeps are held aside, and those held aside that one keeps are applied. One transaction
    (a savepoint inside a caller's)."""
    store = SyncStore(catalogue)
    with catalogue.atomic():
        trust = load_trust(catalogue)
        for subject, kept in sorted(trust.kept.items()):
            partner = trust.partners.get(subject)
            if partner is None or partner.status == "self":
                continue
            if partner.status != "revoked":
                store.set_revoked(subject)
            cut = [rev for rev in store.revisions_of_key(subject) if rev not in kept]
            if cut:
                store.move_aside(cut, "revoked")
        apply_aside(catalogue)
