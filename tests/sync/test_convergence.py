"""Convergence (SYNC.md): 2–8 installations add, edit, delete, export and import in any
order, with duplicated and dropped bundles, and do what people and dishonest partners do
(SYNC.md, amendments): copy a home to a second laptop, revoke a partner (at any moment, any
installation), join so that others relay its revisions before they trust it, and attempt a
revision that would change an object's kind. Once everyone knows everyone and every
installation's full bundle reached everyone, installations that trust the same keys print
the same `list --json`, and `casebook check` passes on each."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from catalogue import collection
from catalogue.catalogue import Catalogue
from catalogue.revision import make_revision
from sync import (
    BundleRefused,
    add_partner,
    export_bundle,
    import_bundle,
    list_conflicts,
    list_partners,
    load_identity,
    resolve,
    revoke_partner,
    trust_partner,
)
from tests.conftest import sample_entry

from .homes import befriend, forge, make_home

TITLES = ["Permit chatbot", "Parking scan cars", "Welfare risk model", "Library robot"]
STATUSES = ["idea", "planned", "pilot", "in_use", "retired"]
who = st.integers(min_value=0, max_value=7)


def list_json(catalogue: Catalogue) -> list[dict[str, Any]]:
    """What `casebook list --json` prints, with the revision each entry shows."""
    return [
        {**dataclasses.asdict(s), "rev": catalogue.get_entry(s.id).rev}
        for s in catalogue.list_entries()
    ]


def revision_set(catalogue: Catalogue) -> set[str]:
    return {r[0] for r in catalogue.conn.execute("SELECT rev FROM revisions")}


class Partners(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="casebook-convergence-"))
        self.cats: list[Catalogue] = []
        self.bundles: list[Path] = []

    @initialize(n=st.integers(min_value=2, max_value=6))
    def make_partners(self, n: int) -> None:
        self.cats = [make_home(self.root / f"p{i}", f"Partner {i}") for i in range(n)]
        for x, y in itertools.permutations(self.cats, 2):
            befriend(x, y)

    def cat(self, i: int) -> Catalogue:
        return self.cats[i % len(self.cats)]

    @precondition(lambda self: len(self.cats) < 8)
    @rule(i=who, detected=st.booleans())
    def copy_home(self, i: int, detected: bool) -> None:
        """`cp -a` of a home to a second laptop, both used from then on; `detected=False`
        is a copy made by an earlier Casebook, which recorded no location: the two copies
        then sign the same counters (forks)."""
        source = self.cat(i)
        source.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = self.root / f"copy{len(self.cats)}"
        shutil.copytree(source.home, target, copy_function=shutil.copy2)
        if not detected:
            with sqlite3.connect(target / "casebook.db") as conn:
                conn.execute("DELETE FROM meta WHERE key = 'location'")
            conn.close()
        self.cats.append(Catalogue.open(target, author=source.author, auto_backup=False))

    @precondition(lambda self: len(self.cats) < 8)
    @rule()
    def join(self) -> None:
        """A new partner who trusts everyone; nobody knows it yet, so its revisions are
        relayed (and held aside) before others trust it."""
        n = len(self.cats)
        newcomer = make_home(self.root / f"p{n}", f"Partner {n}")
        for other in self.cats:
            know(newcomer, other)
        self.cats.append(newcomer)

    @rule(i=who, j=who)
    def introduce(self, i: int, j: int) -> None:
        know(self.cat(i), self.cat(j))

    @rule(i=who, j=who)
    def revoke(self, i: int, j: int) -> None:
        by, subject = self.cat(i), load_identity(self.cat(j)).fingerprint
        known = {p.fingerprint: p.status for p in list_partners(by)}
        if known.get(subject) in ("trusted", "untrusted"):
            revoke_partner(by, subject)

    @rule(i=who, counter=st.integers(1000, 10**6))
    def mixed_kind(self, i: int, counter: int) -> None:
        """A bundle with an entry and a collection revision under the same object id."""
        cat, me = self.cat(i), load_identity(self.cat(i))
        object_id = f"00000000-0000-4000-8000-{counter:012d}"
        common = {"object_id": object_id, "origin": cat.installation_id, "author": "x"}
        as_entry = make_revision(
            content_schema="casebook.entry/1",
            counter=counter,
            parents=[],
            op="put",
            body=sample_entry(title="Kind A"),
            **common,
        )
        as_collection = make_revision(
            content_schema=collection.CONTENT_SCHEMA,
            counter=counter + 1,
            parents=[],
            op="put",
            body=collection.validate_collection({"name": "Kind B"}),
            **common,
        )
        path = self.root / f"b{len(self.bundles)}.casebook"
        path.write_bytes(forge(me, [(as_entry.payload, me.key), (as_collection.payload, me.key)]))
        self.bundles.append(path)

    @rule(i=who, title=st.sampled_from(TITLES))
    def add(self, i: int, title: str) -> None:
        self.cat(i).add_entry(sample_entry(title=title))

    @rule(i=who, pick=st.integers(0, 99), status=st.sampled_from(STATUSES))
    def edit(self, i: int, pick: int, status: str) -> None:
        entries = self.cat(i).list_entries()
        if entries:
            self.cat(i).set_fields(entries[pick % len(entries)].id, [("status", status)])

    @rule(i=who, pick=st.integers(0, 99))
    def delete(self, i: int, pick: int) -> None:
        entries = self.cat(i).list_entries()
        if entries:
            self.cat(i).delete_entry(entries[pick % len(entries)].id)

    @rule(i=who, pick=st.integers(0, 99), keep=st.integers(0, 7))
    def resolve_conflict(self, i: int, pick: int, keep: int) -> None:
        conflicts = list_conflicts(self.cat(i))
        if conflicts:
            conflict = conflicts[pick % len(conflicts)]
            head = conflict.heads[keep % len(conflict.heads)]
            resolve(self.cat(i), conflict.id, keep=head.rev)

    @rule(i=who, j=who, since_last=st.booleans())
    def export(self, i: int, j: int, since_last: bool) -> None:
        source, target = self.cat(i), self.cat(j)
        fp = load_identity(target).fingerprint
        known = since_last and fp in {p.fingerprint for p in list_partners(source)}
        partner = fp if known else None
        path = self.root / f"b{len(self.bundles)}.casebook"
        export_bundle(source, path, partner=partner)
        self.bundles.append(path)

    # Any bundle, to anyone, any number of times; bundles never imported are the drops.
    @precondition(lambda self: bool(self.bundles))
    @rule(j=who, k=st.integers(0, 999))
    def import_(self, j: int, k: int) -> None:
        try_import(self.cat(j), self.bundles[k % len(self.bundles)])

    def teardown(self) -> None:
        try:
            if self.cats:
                self.everyone_gets_everything()
        finally:
            for cat in self.cats:
                cat.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def everyone_gets_everything(self) -> None:
        for x, y in itertools.permutations(self.cats, 2):
            know(x, y)
        for exchange in range(3):  # revocations and what they release travel on
            finals = []
            for n, cat in enumerate(self.cats):
                finals.append(self.root / f"final{exchange}-{n}.casebook")
                export_bundle(cat, finals[-1])
            for cat in self.cats:
                for path in finals:
                    try_import(cat, path)
        groups: dict[str, list[Catalogue]] = {}
        for cat in self.cats:
            groups.setdefault(trusted_keys(cat), []).append(cat)
        for group in groups.values():
            first = group[0]
            for other in group[1:]:
                assert list_json(other) == list_json(first)
                assert revision_set(other) == revision_set(first)
                assert [c.id for c in list_conflicts(other)] == [
                    c.id for c in list_conflicts(first)
                ]
        for cat in self.cats:
            assert cat.check() == []


def know(x: Catalogue, y: Catalogue) -> None:
    """`x` adds `y`'s identity and trusts it, unless it is its own key or revoked."""
    me, other = load_identity(x), load_identity(y)
    if me.fingerprint == other.fingerprint:
        return
    partner, _ = add_partner(x, other.public_file())
    if partner.status == "untrusted":
        trust_partner(x, partner.fingerprint)


def try_import(cat: Catalogue, path: Path) -> None:
    """Import, where the only refusals are those the rules cause: a mixed-kind bundle
    (`E_SCHEMA`), an exporter this installation revoked (`E_REVOKED`) or does not know or
    trust yet (`E_UNKNOWN_KEY`)."""
    try:
        import_bundle(cat, path)
    except BundleRefused as exc:
        refusal = exc
    else:
        return
    assert refusal.code in ("E_SCHEMA", "E_REVOKED", "E_UNKNOWN_KEY"), refusal.message


def trusted_keys(cat: Catalogue) -> str:
    """The keys an installation trusts (its own included) and those it revoked."""
    partners = list_partners(cat, include_self=True)
    trusted = sorted(p.fingerprint for p in partners if p.status in ("self", "trusted"))
    revoked = sorted(p.fingerprint for p in partners if p.status == "revoked")
    return repr((trusted, revoked))


TestConvergence = Partners.TestCase
TestConvergence.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
