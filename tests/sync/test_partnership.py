"""Issue 15: small versions of bench/partnership.py. Five to eight installations, each its
own home and its own copy of a shared folder that a simulated sync tool fills late, twice,
partially first, under conflict-copy names and under temporary names; some go offline;
some edit the same entry at once. After the last edit, every installation must come to show
the same entries with the same heads, with no pass failing and no file refused (a partial
file waits, it is not refused)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

BENCH = Path(__file__).resolve().parents[2] / "bench" / "partnership.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("partnership_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


partnership = _load()


def _converges(outcome: object) -> None:
    assert outcome.failures == [], outcome.failures[:3]  # type: ignore[attr-defined]
    assert outcome.refusals == [], outcome.refusals[:3]  # type: ignore[attr-defined]
    assert outcome.converged, partnership.round_table(outcome.rounds)  # type: ignore[attr-defined]
    assert outcome.views_differing == 0  # type: ignore[attr-defined]
    assert outcome.revisions_created > 0  # type: ignore[attr-defined]


@settings(max_examples=8, deadline=None)
@given(
    installations=st.integers(5, 8),
    edit_rounds=st.integers(2, 4),
    seed=st.integers(0, 2**32 - 1),
    duplicate=st.sampled_from([0.0, 0.2]),
    partial=st.sampled_from([0.0, 0.3]),
    conflict=st.sampled_from([0.0, 0.2]),
    offline=st.sampled_from([0.0, 0.2]),
)
def test_a_small_partnership_converges_through_a_bad_sync_tool(
    installations: int,
    edit_rounds: int,
    seed: int,
    duplicate: float,
    partial: float,
    conflict: float,
    offline: float,
) -> None:
    config = partnership.Config(
        installations=installations,
        edit_rounds=edit_rounds,
        max_rounds=25,
        editors=0.4,
        concurrent=0.7,
        duplicate=duplicate,
        partial=partial,
        temporary=partial,
        conflict=conflict,
        offline=offline,
        seed=seed,
    )
    _converges(partnership.simulate(config))


def test_what_the_sync_tool_did_is_counted_and_the_work_is_reported() -> None:
    config = partnership.Config(
        installations=5, edit_rounds=3, max_rounds=25, editors=0.6, partial=0.3, conflict=0.3
    )
    outcome = partnership.simulate(config)
    _converges(outcome)
    counts = outcome.deliveries
    assert counts["partial"] > 0
    assert counts["conflict"] > 0
    assert counts["sent"] > 0
    figures = partnership.summary(outcome)
    assert figures["passes"] == len(outcome.passes) > 0
    assert figures["bytes_per_new_revision"] > 0
    assert figures["limit_hit"] is False
    assert "| converged" in partnership.table({"run": figures})


def test_a_partnership_that_loses_every_file_is_reported_as_not_converged() -> None:
    config = partnership.Config(installations=5, edit_rounds=2, max_rounds=3, lost=1.0)
    outcome = partnership.simulate(config)
    assert not outcome.converged
    assert outcome.rounds_after_last_edit is None
    assert outcome.views_differing > 0
    assert partnership.summary(outcome)["converged"] is False
