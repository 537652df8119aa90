"""`casebook report transfers` through click: files, filters, messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from catalogue.catalogue import Catalogue
from tests.casebook.test_cli import run
from tests.catalogue.export_data import FULL, TRANSFER_PARTNERS


@pytest.fixture
def filled(home: Path) -> str:
    with Catalogue.open(home, author="tester") as catalogue:
        return catalogue.add_entries([FULL]).added[0]


def test_report_as_pdf_in_finnish(home: Path, filled: str, tmp_path: Path) -> None:
    out = tmp_path / "raportti.pdf"
    result = run(home, "report", "transfers", "--lang", "fi", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    said = json.loads(result.stdout)
    partners = sorted([FULL["organisation"]["name"], *TRANSFER_PARTNERS], key=str.casefold)
    assert said == {
        "path": str(out),
        "format": "pdf",
        "partners": partners,
        "practices": 1,
        "transfers": 2,
        "bytes": out.stat().st_size,
    }
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Siirtoraportti" in text
    assert "Kumppanin hyväksymä" in text
    assert [item.title for item in PdfReader(out).outline] == partners


def test_report_filters_force_and_errors(home: Path, filled: str, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    args = ["report", "transfers", "--partner", TRANSFER_PARTNERS[0].upper(), "--out", str(out)]
    result = run(home, *args)
    assert result.exit_code == 0, result.output
    assert "Wrote the transfer report of 1 partner (0 practices, 1 transfer)" in result.stdout
    assert f"## {TRANSFER_PARTNERS[0]}" in out.read_text("utf-8")
    again = run(home, *args)
    assert again.exit_code == 1
    assert "--force" in again.stderr
    assert run(home, *args, "--force").exit_code == 0
    nope = run(home, "report", "transfers", "--project", "Nope", "--out", str(tmp_path / "n.md"))
    assert nope.exit_code == 1
    assert "projects: AI4Cities Interreg Europe" in nope.stderr
    bad = run(home, "report", "transfers", "--out", str(tmp_path / "r.json"))
    assert bad.exit_code == 2
    assert "give --format (pdf, docx, xlsx, md, html)" in bad.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["r.md"]
