"""Acknowledged delivery (SYNC.md, amendments: "Sent is not received").

What a partner installation has is what it acknowledged: the contiguous version vector
(and the hashes it holds at forked counters) in the manifest of its own latest bundle.
Nothing is ever marked as delivered when a file is written: a revision stays owed to an
installation until that installation says it holds it, so a refused, lost or overwritten
file is simply sent again.

- An export for one partner (`--since-last`) holds every revision that any installation
  of the partner's key has not acknowledged (everything, before it sent a bundle).
- A sync-folder pass sends what a trusted installation (or another installation of this
  key: a copied laptop) lacks, unless it is on its way: held by a file in the folder
  (written here, or read here from a partner) that the installation has not had the
  chance to read, i.e. it published fewer than `RESEND_AFTER` bundles since. So a pass
  never writes back what it just imported, yet a file lost for one partner is sent again.
- A partner's acknowledgement counts for that partner alone: a liar that claims more than
  it holds only stops what is sent to itself.
- An installation of a key that has been silent for `RETIRED_AFTER_DAYS` while another
  installation of the same key kept sending bundles is taken as retired (a restored or
  moved home starts a new epoch): it no longer holds back what is sent or pruned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from catalogue import starter
from catalogue.catalogue import Catalogue
from catalogue.delivery_store import Acknowledgement, DeliveryStore
from catalogue.sync_store import StoredRevision, SyncStore

from .bundle import Acknowledges

# A file in the folder counts as delivered-or-lost for an installation once it published
# this many bundles after the file was written (or read) here without acknowledging it.
RESEND_AFTER = 2
# An installation whose latest bundle arrived this many days before the latest of another
# installation of its key is taken as retired (a home restored or moved: a new epoch), so
# its old acknowledgement no longer holds back what is read, sent or pruned.
RETIRED_AFTER_DAYS = 30


@dataclass(frozen=True)
class Recipient:
    """One installation (or a key none of whose installations sent a bundle yet) that
    should hold what this installation holds."""

    name: str  # installation id, or "key:FINGERPRINT"
    fingerprint: str
    vector: dict[str, int]
    forked: frozenset[str]
    wants: dict[str, int]  # what it asked for: {origin: counter} it knows of and lacks
    own_origins: frozenset[str]  # what it holds without being sent (its key's installations)
    acknowledged: Acknowledgement | None


def own_acknowledgement(catalogue: Catalogue) -> Acknowledges:
    """What this installation holds: its contiguous version vector (revisions held aside
    count: they are kept and passed on, so nobody need send them again), the revisions it
    holds at forked counters, and what it asks for: the counters trusted installations
    said they hold above its own (a file lost on its way here)."""
    delivery = DeliveryStore(catalogue)
    held = delivery.held_vector()
    wants: dict[str, int] = {}
    for r in recipients(catalogue, me=catalogue.installation_id):
        for origin, counter in r.vector.items():
            if counter > max(held.get(origin, 0), wants.get(origin, 0)):
                wants[origin] = counter
    return Acknowledges(held, frozenset(delivery.forked_revisions()), wants)


def recipients(
    catalogue: Catalogue, keys: Iterable[str] | None = None, me: str | None = None
) -> list[Recipient]:
    """The installations of these keys (default: every trusted key and this one's own),
    except this installation `me`, by what they acknowledged; a key none of whose
    installations did is one recipient that holds nothing."""
    store = SyncStore(catalogue)
    if keys is None:
        keys = [p.fingerprint for p in store.partners(include_self=True)]
        keys = [k for k in keys if store.partner_status(k) in ("trusted", "self")]
    acks = DeliveryStore(catalogue).acknowledgements()
    found: list[Recipient] = []
    for fp in keys:
        own = frozenset(store.installations_of(fp))
        mine = _live([a for a in acks.values() if a.fingerprint == fp and a.installation != me])
        for a in mine:
            found.append(Recipient(a.installation, fp, a.vector, a.forked, a.wants, own, a))
        if not mine and store.partner_status(fp) != "self":
            found.append(Recipient(f"key:{fp}", fp, {}, frozenset(), {}, own, None))
    return found


def _live(acks: list[Acknowledgement]) -> list[Acknowledgement]:
    """Those of one key's installations not retired (see `RETIRED_AFTER_DAYS`)."""
    if len(acks) < 2:
        return acks
    latest = max(_day(a.received_at) for a in acks)
    return [a for a in acks if latest - _day(a.received_at) <= RETIRED_AFTER_DAYS]


def _day(stamp: str) -> float:
    """An RFC 3339 UTC time as days since the epoch."""
    moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.timestamp() / 86_400


def covered(
    rev: str, origin: str, counter: int, recipient: Recipient, forked_here: set[tuple[str, int]]
) -> bool:
    """Whether a recipient holds this revision by what it acknowledged: its counter is
    within the acknowledged vector and, where this installation holds two revisions at
    that counter (a copied home), the recipient named this one."""
    if origin in recipient.own_origins and recipient.acknowledged is None:
        return True
    if counter > recipient.vector.get(origin, 0):
        return False
    return (origin, counter) not in forked_here or rev in recipient.forked


def lowest(vectors: list[dict[str, int]]) -> dict[str, int]:
    """The element-wise minimum of version vectors (an origin missing from one is 0)."""
    if not vectors:
        return {}
    origins = set.intersection(*(set(v) for v in vectors))
    return {o: min(v[o] for v in vectors) for o in sorted(origins)}


@dataclass
class Owed:
    """What an export should hold: the revisions, those left out for lack of their
    origin's signature, and the vector every recipient holds (the manifest's `since`)."""

    revisions: list[StoredRevision]
    unsigned_skipped: int
    since: dict[str, int]


def owed(
    catalogue: Catalogue,
    to: list[Recipient],
    folder: str | None = None,
) -> Owed:
    """The revisions some recipient has not acknowledged (all of them when `to` is
    empty); for a sync folder (its key), leave out those on their way to a recipient in a
    file of the folder (see the module's docstring)."""
    delivery = DeliveryStore(catalogue)
    since = lowest([r.vector for r in to]) if to else {}
    rows = delivery.above(since)
    offered = None if folder is None else delivery.offered(folder, [r[0] for r in rows])
    counts: dict[tuple[str, int], int] = {}
    for _, origin, counter in rows:
        counts[(origin, counter)] = counts.get((origin, counter), 0) + 1
    forked_here = {k for k, n in counts.items() if n > 1}
    deadline = delivery.nth_latest_import(RESEND_AFTER)
    asked = delivery.nth_latest_import(1)
    wanted: list[str] = []
    for rev, origin, counter in rows:
        seq = None if offered is None else offered.get(rev)
        for r in to:
            if covered(rev, origin, counter, r, forked_here):
                continue
            # On its way in a file of the folder, unless the recipient had time to read it
            # (it published twice since), or asked for it in a bundle that came after.
            due = deadline.get(r.name, -1)
            if counter <= r.wants.get(origin, 0):
                due = max(due, asked.get(r.name, -1))
            if seq is not None and seq >= due:
                continue
            wanted.append(rev)
            break
        else:
            if not to:
                wanted.append(rev)
    # This installation's own revisions are signed as they are written (its id may not be
    # bound to its key yet: a copied home's new epoch before its first export).
    me = SyncStore(catalogue).installations_of(_self_fingerprint(catalogue))
    me.add(catalogue.installation_id)
    kept, skipped = [], 0
    for s in delivery.stored(wanted):
        if s.origin in me or s.origin == starter.ORIGIN or s.sig is not None:
            kept.append(s)
        else:
            skipped += 1
    return Owed(kept, skipped, since)


def _self_fingerprint(catalogue: Catalogue) -> str:
    for p in SyncStore(catalogue).partners(include_self=True):
        if p.status == "self":
            return p.fingerprint
    return ""


def acknowledged_by_all(
    catalogue: Catalogue, revisions: list[tuple[str, str | None, int | None]], to: list[Recipient]
) -> bool:
    """Whether every recipient acknowledged every one of these (rev, origin, counter); a
    recipient that never sent a bundle acknowledged nothing."""
    forked = set(DeliveryStore(catalogue).forked_revisions())
    for rev, origin, counter in revisions:
        if origin is None or counter is None:
            return False
        here = {(origin, counter)} if rev in forked else set()
        for r in to:
            if r.acknowledged is None or not covered(rev, origin, counter, r, here):
                return False
    return True


# -- what `sync status` says per partner ------------------------------------------------------


@dataclass(frozen=True)
class InstallationDelivery:
    """One installation of a partner's key, as far as this installation knows it."""

    installation: str  # or "" for a key none of whose installations sent a bundle
    last_bundle_created_at: str | None  # of the latest bundle it acknowledged in
    last_bundle_received_at: str | None
    bundles: int  # bundles imported from it
    they_lack: int  # revisions held here it has not acknowledged
    we_lack: int  # revisions it acknowledged holding that are not held here (by counter)


@dataclass(frozen=True)
class PartnerDelivery:
    """What one key on the trust list has and lacks."""

    fingerprint: str
    org: str
    status: str
    installations: list[InstallationDelivery]
    held_aside: int  # its revisions held here aside


def delivery_status(catalogue: Catalogue, me: str) -> list[PartnerDelivery]:
    """Per key on the trust list (and this key's other installations: a copied laptop),
    what each installation acknowledged, lacks from us, and we lack from it."""
    store = SyncStore(catalogue)
    delivery = DeliveryStore(catalogue)
    ours = delivery.held_vector()
    counts = delivery.imports_from()
    aside = store.count_aside()
    result = []
    for p in store.partners(include_self=True):
        found = []
        for r in recipients(catalogue, [p.fingerprint], me=me):
            rows = delivery.above(r.vector)
            per: dict[tuple[str, int], int] = {}
            for _, o, c in rows:
                per[(o, c)] = per.get((o, c), 0) + 1
            forked = {k for k, n in per.items() if n > 1}
            lack = sum(1 for rev, o, c in rows if not covered(rev, o, c, r, forked))
            ack = r.acknowledged
            found.append(
                InstallationDelivery(
                    installation="" if ack is None else r.name,
                    last_bundle_created_at=None if ack is None else ack.created_at,
                    last_bundle_received_at=None if ack is None else ack.received_at,
                    bundles=counts.get(r.name, (0, ""))[0],
                    they_lack=lack,
                    we_lack=sum(max(0, c - ours.get(o, 0)) for o, c in r.vector.items()),
                )
            )
        if p.status == "self" and not found:
            continue
        held = sum(n for o, n in aside.items() if _of_key(store, o, p.fingerprint))
        result.append(PartnerDelivery(p.fingerprint, p.org, p.status, found, held))
    return result


def _of_key(store: SyncStore, origin: str, fingerprint: str) -> bool:
    """Whether an installation id belongs to a key (names it, or is bound to it)."""
    return origin.startswith(fingerprint + ":") or origin in store.installations_of(fingerprint)
