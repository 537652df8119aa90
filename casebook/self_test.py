"""`casebook --self-test`: exercises the whole stack in temporary homes and prints a report.

Used on the frozen app (`make build-test`) as much as in the source tree: each step uses
something a build must have collected (the starter catalogue, whoosh's spawned index
builder, the model, cryptography, the PDF fonts and HarfBuzz). The first failing step stops
the run; the report names it and the exit code is 1.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalogue.catalogue import Catalogue

from . import current_version
from .home import load_starter

if TYPE_CHECKING:
    from search.semantic import ModelLoader

Echo = Callable[[str], None]

# The entry the self-test adds: Arabic in the summary makes the PDF exporter shape text
# with HarfBuzz, so a build that forgot uharfbuzz fails here.
ENTRY: dict[str, Any] = {
    "title": "Self-test chatbot for building permit questions",
    "summary": "A chatbot answers residents' questions about building permits at any hour (مرحبا).",
    "organisation": {"name": "City of Riga", "type": "municipality"},
    "location": {"country": "LV", "city": "Riga"},
    "language": "en",
    "kind": "ai_use_case",
    "status": "pilot",
    "ai_techniques": ["chatbot"],
    "tags": ["self-test"],
}


class StepFailed(Exception):
    """A step did not give what it should (the message says what)."""


class _Run:
    def __init__(self, echo: Echo) -> None:
        self.echo = echo
        self.failed: str | None = None

    def step(self, name: str, action: Callable[[], str]) -> None:
        if self.failed is not None:
            return
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:
            self.failed = name
            self.echo(f"FAILED {name}: {type(exc).__name__}: {exc}")
            return
        ms = (time.perf_counter() - started) * 1000
        self.echo(f"ok     {name:<16} {ms:8.0f} ms  {detail}")


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def run_self_test(echo: Echo = print, loader: ModelLoader | None = None) -> int:
    """Run every step; return 0 when all passed, 1 otherwise."""
    frozen = "frozen" if getattr(sys, "frozen", False) else "source tree"
    echo(
        f"casebook {current_version()} self-test ({frozen}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="casebook-self-test-") as scratch:
        code = _steps(Path(scratch), echo, loader)
    total = time.perf_counter() - started
    if code == 0:
        echo(f"self-test passed in {total:.1f} s")
    else:
        echo(f"self-test FAILED after {total:.1f} s")
    return code


def _steps(scratch: Path, echo: Echo, loader: ModelLoader | None) -> int:
    from search.engine import Search
    from search.semantic import shared_loader

    run = _Run(echo)
    opened: list[Catalogue] = []
    engines: list[Search] = []
    state: dict[str, Any] = {}

    def commands() -> str:
        # Imported by name when first used: a build that missed one fails here.
        from .cli import cli, load_all_commands

        load_all_commands()
        return f"{len(cli.commands)} commands load"

    def open_home() -> str:
        catalogue = Catalogue.open(scratch / "home-a", author="self-test", auto_backup=False)
        opened.append(catalogue)
        state["a"] = catalogue
        added = load_starter(catalogue).added
        _check(len(added) > 0, "the starter catalogue is empty")
        return f"{len(added)} starter entries in a temporary home"

    def add_entry() -> str:
        state["id"] = state["a"].add_entry(ENTRY).added[0]
        return f"entry {state['id'][:8]}"

    def keyword() -> str:
        # The index is built in a spawned child process, and the model runs in one, as in the
        # desktop app: a frozen build needs freeze_support() for both.
        engine = Search(
            state["a"], loader or shared_loader(separate_process=True), separate_process=True
        )
        engines.append(engine)
        state["search"] = engine
        engine.keyword.rebuild(state["a"])
        found = engine.search("building permit chatbot", mode="keyword", limit=5)
        ids = [r.id for r in found.results]
        _check(state["id"] in ids, f"the new entry is not among the results ({ids})")
        return f"index built in a child process; {len(ids)} results, the new entry among them"

    def semantic() -> str:
        engine = state["search"]
        if engine.loader.state == "unavailable":
            return "not available in this build (keyword search only)"
        found = engine.search(
            "help residents get answers outside office hours",
            mode="semantic",
            limit=5,
            model_wait=None,
        )
        _check(found.mode == "semantic", f"searched in {found.mode} mode ({found.note})")
        _check(bool(found.results), "no results")
        where = "in a child process" if loader is None else "the given loader"
        first = found.results[0].title[:40]
        return f"model loaded ({where}); {len(found.results)} results, first: {first}"

    def sign_and_verify() -> str:
        from sync import (
            BundleRefused,
            add_partner,
            export_bundle,
            import_bundle,
            init_identity,
            trust_partner,
        )

        identity = init_identity(state["a"], "Self-test A")
        bundle = scratch / "a.casebook"
        exported = export_bundle(state["a"], bundle)
        other = Catalogue.open(scratch / "home-b", author="self-test", auto_backup=False)
        opened.append(other)
        init_identity(other, "Self-test B")
        add_partner(other, identity.public_file())
        trust_partner(other, identity.fingerprint)
        tampered = scratch / "tampered.casebook"
        data = bytearray(bundle.read_bytes())
        data[len(data) // 2] ^= 0x01
        tampered.write_bytes(bytes(data))
        try:
            import_bundle(other, tampered)
        except BundleRefused:
            pass
        else:
            raise StepFailed("a changed bundle was accepted")
        summary = import_bundle(other, bundle)
        _check(summary.new_revisions == exported.revisions, "not every revision was imported")
        _check(other.get_entry(state["id"]).body["title"] == ENTRY["title"], "entry differs")
        return (
            f"{exported.revisions} revisions signed, verified and imported into a second "
            "home; a changed bundle was refused"
        )

    def spreadsheet() -> str:
        # The workshop template written and filled with openpyxl, read back by Casebook's own
        # streaming xlsx reader (lxml): a build that missed either fails here.
        import openpyxl

        from catalogue.importers import import_file
        from catalogue.importers.workshop import COLUMNS, SHEET, write_template

        path = scratch / "workshop.xlsx"
        write_template(path)
        book = openpyxl.load_workbook(path)
        sheet = book[SHEET]
        values = {
            "title": "Self-test road damage reports from residents' photos",
            "summary": "Residents send photos of potholes; a model sorts them for the crews.",
            "organisation.name": "City of Tampere",
            "location.country": "FI",
            "language": "en",
        }
        for column, spec in enumerate(COLUMNS, 1):
            if spec.field in values:
                sheet.cell(2, column, values[spec.field])
        book.save(path)
        report = import_file(state["a"], "workshop", path)
        _check(len(report.changes.added) == 1, f"imported {len(report.changes.added)} entries")
        return "workshop template written, filled and imported: 1 entry"

    def pdf() -> str:
        from catalogue.exporters import export_collection

        catalogue = state["a"]
        catalogue.create_collection("Self-test", "Cases for the self-test")
        ids = [state["id"], *catalogue.filtered_ids([])[:2]]
        catalogue.add_to_collection("Self-test", ids)
        result = export_collection(catalogue, "Self-test", "pdf", scratch / "self-test.pdf")
        head = result.path.read_bytes()[:5]
        _check(head == b"%PDF-", f"not a PDF ({head!r})")
        return f"{result.cases} cases, {result.bytes // 1024} KB"

    try:
        run.step("commands", commands)
        run.step("home", open_home)
        run.step("add", add_entry)
        run.step("keyword search", keyword)
        run.step("semantic search", semantic)
        run.step("sign and verify", sign_and_verify)
        run.step("spreadsheet", spreadsheet)
        run.step("export pdf", pdf)
    finally:
        for engine in engines:
            engine.close()
        # Stop the model's child process now rather than at exit (it then cleans up after
        # itself; killed at exit, it leaves the resource tracker a semaphore to complain about).
        encoder = shared_loader().get(0.0) if loader is None else None
        close_encoder = getattr(encoder, "close", None)
        if close_encoder is not None:
            close_encoder()
        for catalogue in opened:
            catalogue.close()
    return 0 if run.failed is None else 1
