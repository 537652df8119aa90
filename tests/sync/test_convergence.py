"""Convergence (SYNC.md): 2–8 installations add, edit, delete, export and import in any
order, with duplicated and dropped bundles; once every installation's full bundle reached
everyone, all print the same `list --json` and hold the same revisions."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from catalogue.catalogue import Catalogue
from sync import export_bundle, import_bundle, list_conflicts, load_identity, resolve
from tests.conftest import sample_entry

from .homes import befriend, make_home

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

    @initialize(n=st.integers(min_value=2, max_value=8))
    def make_partners(self, n: int) -> None:
        self.cats = [make_home(self.root / f"p{i}", f"Partner {i}") for i in range(n)]
        for x, y in itertools.permutations(self.cats, 2):
            befriend(x, y)

    def cat(self, i: int) -> Catalogue:
        return self.cats[i % len(self.cats)]

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
        partner = load_identity(target).fingerprint if since_last and source is not target else None
        path = self.root / f"b{len(self.bundles)}.casebook"
        export_bundle(source, path, partner=partner)
        self.bundles.append(path)

    # Any bundle, to anyone, any number of times; bundles never imported are the drops.
    @precondition(lambda self: bool(self.bundles))
    @rule(j=who, k=st.integers(0, 999))
    def import_(self, j: int, k: int) -> None:
        import_bundle(self.cat(j), self.bundles[k % len(self.bundles)])

    def teardown(self) -> None:
        try:
            if self.cats:
                self.everyone_gets_everything()
        finally:
            for cat in self.cats:
                cat.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def everyone_gets_everything(self) -> None:
        finals = []
        for n, cat in enumerate(self.cats):
            finals.append(self.root / f"final{n}.casebook")
            export_bundle(cat, finals[-1])
        for cat in self.cats:
            for path in finals:
                import_bundle(cat, path)
        first = self.cats[0]
        for other in self.cats[1:]:
            assert revision_set(other) == revision_set(first)
            assert list_json(other) == list_json(first)
            assert [c.id for c in list_conflicts(other)] == [c.id for c in list_conflicts(first)]
        assert first.check() == []


TestConvergence = Partners.TestCase
TestConvergence.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
