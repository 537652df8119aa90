"""`casebook --self-test` in the source tree (the frozen build runs it in `make build-test`)."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from casebook import self_test
from casebook.cli import cli

STEPS = (
    "commands",
    "home",
    "add",
    "keyword search",
    "semantic search",
    "sign and verify",
    "spreadsheet",
    "export pdf",
)


@pytest.mark.slow
def test_self_test_passes_with_the_model(loader: Any) -> None:
    lines: list[str] = []
    assert self_test.run_self_test(lines.append, loader=loader) == 0, "\n".join(lines)
    report = "\n".join(lines)
    for step in STEPS:
        assert f"ok     {step}" in report
    assert "model loaded" in report
    assert "a changed bundle was refused" in report
    assert lines[-1].startswith("self-test passed in ")


def test_without_the_model_it_says_so_and_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The lite build has neither torch nor sentence-transformers.
    monkeypatch.setattr("search.semantic.model_installed", lambda: False)
    monkeypatch.setattr("search.semantic._shared", {})
    result = CliRunner().invoke(cli, ["--self-test"])
    assert result.exit_code == 0, result.output
    assert "semantic search" in result.output
    assert "not available in this build" in result.output
    assert "self-test passed" in result.output


def test_a_failing_step_is_named_and_exits_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("search.semantic.model_installed", lambda: False)
    monkeypatch.setattr("search.semantic._shared", {})

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no fonts")

    monkeypatch.setattr("catalogue.exporters.export_collection", broken)
    result = CliRunner().invoke(cli, ["--self-test"])
    assert result.exit_code == 1
    assert "FAILED export pdf: OSError: no fonts" in result.output
    assert "self-test FAILED" in result.output
    assert "ok     sign and verify" in result.output
