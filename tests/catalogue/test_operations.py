"""The core's operations: `Catalogue.atomic()` nesting and the one `Job` of long work."""

from __future__ import annotations

import threading

import pytest

from catalogue.catalogue import Catalogue
from catalogue.errors import CasebookError
from catalogue.jobs import Cancelled, Job
from tests.conftest import sample_entry


def _add_then_fail(catalogue: Catalogue, *titles: str) -> None:
    with catalogue.atomic():
        for title in titles:
            catalogue.add_entry(sample_entry(title=title))
        assert catalogue.count_entries() >= len(titles)
        raise CasebookError("stop")


def test_writes_inside_one_atomic_block_are_one_transaction(catalogue: Catalogue) -> None:
    with pytest.raises(CasebookError):
        _add_then_fail(catalogue, "First", "Second")
    assert catalogue.count_entries() == 0
    assert catalogue.count_revisions() == 0
    assert not catalogue.in_write


def test_a_nested_block_that_fails_undoes_only_its_own_writes(catalogue: Catalogue) -> None:
    with catalogue.atomic():
        (kept,) = catalogue.add_entry(sample_entry(title="Kept")).added
        with pytest.raises(CasebookError):
            _add_then_fail(catalogue, "Undone")
        assert catalogue.in_write
    assert [e.title for e in catalogue.list_entries()] == ["Kept"]
    assert catalogue.get_entry(kept).body["title"] == "Kept"
    assert not catalogue.conn.in_transaction


def test_counters_stay_unique_after_a_nested_rollback(catalogue: Catalogue) -> None:
    with catalogue.atomic():
        with pytest.raises(CasebookError):
            _add_then_fail(catalogue, "Undone")
        catalogue.add_entry(sample_entry(title="Kept"))
    catalogue.add_entry(sample_entry(title="Later"))
    assert catalogue.check() == []


def test_a_job_reports_parts_in_the_whole_and_stops_when_cancelled() -> None:
    seen: list[tuple[float, str]] = []
    job = Job(lambda fraction, message: seen.append((fraction, message)))
    job.report(0.1, "start")
    half = job.part(0.5, 1.0)
    half.report(0.5, "halfway through the second half")
    assert seen == [(0.1, "start"), (0.75, "halfway through the second half")]
    job.cancel()
    assert half.cancelled
    with pytest.raises(Cancelled):
        half.check()
    with pytest.raises(Cancelled):
        job.report(0.9, "too late")
    assert len(seen) == 2


def test_cancelled_is_a_casebook_error_with_the_reason() -> None:
    job = Job()
    threading.Thread(target=job.cancel, args=("the app is closing",)).start()

    def work() -> None:
        for _ in range(10_000_000):
            job.check()

    with pytest.raises(CasebookError, match="the app is closing"):
        work()


def test_the_job_of_nobody_cannot_be_cancelled() -> None:
    Job.none().report(0.5, "nowhere")
    assert Job.of(None) is Job.none()
    with pytest.raises(RuntimeError):
        Job.none().cancel()


def test_deleting_several_entries_is_all_or_nothing(catalogue: Catalogue) -> None:
    first, second = (catalogue.add_entry(sample_entry(title=t)).added[0] for t in ("A", "B"))
    catalogue.delete_entry(second)
    revisions = catalogue.count_revisions()
    with pytest.raises(CasebookError, match="was deleted"):
        catalogue.delete_entries([first, second])
    assert catalogue.count_revisions() == revisions
    assert [e.id for e in catalogue.list_entries()] == [first]
    assert catalogue.delete_entries([first]).deleted == [first]
    assert sorted(catalogue.undelete_entries([first, second]).added) == sorted([first, second])
    assert catalogue.count_entries() == 2
