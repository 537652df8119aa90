"""Lost files are sent again (SYNC.md, amendments: "Sent is not received"), as a property.

Each installation sees its own copy of a shared folder, as with a sync tool. While the
partners work, each file reaches each other installation late, or never (lost for that one
for good). Then delivery becomes reliable for new files only; the lost ones stay lost. The
partners each add one more case and keep running passes, and must all show the same
catalogue within a few rounds: whatever was lost has been asked for (`wants`) and sent
again, by its writer or by a relay.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync import sync_folder
from tests.conftest import sample_entry

from .homes import befriend, make_home, view_json

N = 3
ROUNDS_TO_CONVERGE = 8

# One round of work: (who edits, what: add/edit/delete/nothing), then for every file written
# in the round and every other installation: delivered now, a round later, or never.
step = st.tuples(
    st.integers(0, N - 1),
    st.sampled_from(["add", "edit", "delete", "none"]),
    st.lists(st.sampled_from(["now", "late", "never"]), min_size=N * N, max_size=N * N),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=2, max_size=5))
def test_partners_converge_although_files_were_lost(
    tmp_path_factory: object, rounds: list[tuple[int, str, list[str]]]
) -> None:
    root = Path(tmp_path_factory.mktemp("partners"))  # type: ignore[attr-defined]
    cats = [make_home(root / f"h{k}", f"Org {k}") for k in range(N)]
    for x, y in itertools.permutations(cats, 2):
        befriend(x, y)
    folders = [root / f"folder{k}" for k in range(N)]
    for f in folders:
        f.mkdir()
    known: set[tuple[int, str]] = set()  # (installation, file name) seen by the tool
    late: list[tuple[int, Path]] = []

    def written_since(k: int) -> list[Path]:
        new = []
        for path in sorted(folders[k].glob("*.casebook")):
            if (k, path.name) not in known:
                known.add((k, path.name))
                new.append(path)
        return new

    def deliver(path: Path, to: int) -> None:
        target = folders[to] / path.name
        if not target.exists():
            shutil.copy(path, target)
            known.add((to, path.name))

    for who, action, fates in rounds:
        cat = cats[who]
        entries = cat.list_entries()
        if action == "add" or (action != "none" and not entries):
            cat.add_entry(sample_entry(title=f"By {who}"))
        elif action == "edit":
            cat.set_fields(entries[0].id, [("status", "in_use")])
        elif action == "delete":
            cat.delete_entry(entries[-1].id)
        for path_to in late:
            deliver(*path_to)
        late = []
        for k in range(N):
            sync_folder(cats[k], folders[k])
            for n, path in enumerate(written_since(k)):
                for to in range(N):
                    fate = fates[(n * N + to) % len(fates)]
                    if to == k or fate == "never":
                        continue
                    if fate == "now":
                        deliver(path, to)
                    else:
                        late.append((path, to))
    for path, to in late:
        deliver(path, to)
    for n in range(ROUNDS_TO_CONVERGE):
        for k in range(N):
            if n == 0:  # life goes on: each partner adds one more case
                cats[k].add_entry(sample_entry(title=f"Later by {k}"))
            sync_folder(cats[k], folders[k])
            for path in written_since(k):
                for to in range(N):
                    if to != k:
                        deliver(path, to)
        views = [view_json(c) for c in cats]
        if all(v == views[0] for v in views):
            break
    assert all(view_json(c) == view_json(cats[0]) for c in cats)
    for c in cats:
        assert c.check() == []
        c.close()
