"""Paced background work (`search.pacing`): it rests only inside `paced()`, on its thread."""

from __future__ import annotations

import threading

import pytest

from search import pacing


@pytest.fixture
def rests(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(pacing.time, "sleep", slept.append)
    return slept


def test_pause_does_nothing_outside_paced_work(rests: list[float]) -> None:
    for _ in range(1000):
        pacing.pause()
    assert rests == []


def test_paced_work_rests_once_its_share_has_run(rests: list[float]) -> None:
    with pacing.paced(work=0.0, rest=0.001):
        pacing.pause()
        pacing.pause()
    assert rests == [0.001, 0.001]
    with pacing.paced(work=3600.0, rest=0.001):  # an hour's share: not used up here
        pacing.pause()
    assert rests == [0.001, 0.001]
    pacing.pause()  # the block is over
    assert len(rests) == 2


def test_pacing_belongs_to_the_thread_that_asked(rests: list[float]) -> None:
    def other() -> None:
        for _ in range(100):
            pacing.pause()

    with pacing.paced(work=0.0, rest=0.001):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
        assert rests == []
        with pacing.paced(work=3600.0, rest=0.002):  # nested: its own, then the outer again
            pacing.pause()
        pacing.pause()
    assert rests == [0.001]
