"""Revisions held aside (SYNC.md, amendments: decide per revision).

A bundle may carry revisions of an origin this installation does not trust yet (a relay's
bundle), or no longer trusts. They are kept with their origin's signature, not shown, and
counted by `sync status`; `apply_aside` applies those whose origin's key is now trusted
(after `partner trust`, or a revocation statement that names them among the revisions
that stay), checking each signature then, when the key is known.
"""

from __future__ import annotations

from typing import Literal

from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError
from catalogue.revision import Revision, revision_from_payload
from catalogue.sync_store import AsideRevision, SyncStore

from .envelope import REVISION_TYPE, Envelope, b64decode, verify
from .trust import TrustList, load_trust

Verdict = Literal["apply", "wait", "drop"]


def verdict(trust: TrustList, aside: AsideRevision) -> Verdict:
    """Whether a held-aside revision can be applied now, must wait (its key is unknown,
    not trusted or revoked), or is to be dropped (its signature does not verify with the
    key its origin belongs to: it was never valid)."""
    owner = trust.owner_of(aside.origin)
    partner = trust.partners.get(owner) if owner is not None else None
    if partner is None or not trust.accepts(partner, aside.rev, aside.origin, aside.counter):
        return "wait"
    if aside.keyid != owner or aside.sig is None:
        return "drop"
    try:
        sig = b64decode(aside.sig, "signature")
    except CasebookError:
        return "drop"
    envelope = Envelope(REVISION_TYPE, aside.payload, aside.keyid, sig, aside.sig)
    return "apply" if verify(envelope, partner.public_key) else "drop"


def _applicable(store: SyncStore, ready: list[AsideRevision]) -> list[AsideRevision]:
    """Those of `ready` that keep each object's kind (SYNC.md, amendments: an object has
    one kind forever); the others wait. Two with one (origin, counter) are both applied,
    as an import keeps both (a copied home's fork)."""
    revisions = {a.rev: revision_from_payload(a.payload) for a in ready}
    kinds = store.object_kinds([r.object_id for r in revisions.values()])
    fit = []
    for a in ready:
        revision = revisions[a.rev]
        kind = kinds.setdefault(revision.object_id, revision.content_schema)
        if kind == revision.content_schema:
            fit.append(a)
    return fit


def apply_aside(catalogue: Catalogue) -> list[Revision]:
    """Apply the held-aside revisions whose origin's key is trusted now, in one
    transaction; drop those whose signature does not verify. Returns those applied."""
    store = SyncStore(catalogue)
    waiting = store.aside_revisions()
    if not waiting:
        return []
    trust = load_trust(catalogue)
    decided = {a.rev: verdict(trust, a) for a in waiting}
    ready = _applicable(store, [a for a in waiting if decided[a.rev] == "apply"])
    dropped = [rev for rev, v in decided.items() if v == "drop"]
    if not ready and not dropped:
        return []
    revisions = [revision_from_payload(a.payload) for a in ready]
    with catalogue.atomic():
        catalogue.add_revisions(revisions)
        store.record_signatures((a.rev, a.keyid, a.sig) for a in ready if a.keyid and a.sig)
        store.release_aside([*dropped, *(a.rev for a in ready)])
    return revisions


def held_aside(catalogue: Catalogue) -> dict[str, int]:
    """{origin: number of its revisions held aside} (what `sync status` shows)."""
    return SyncStore(catalogue).count_aside()
