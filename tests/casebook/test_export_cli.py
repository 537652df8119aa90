"""`casebook collection export` and `casebook export` through click: files, messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from catalogue.catalogue import Catalogue
from tests.casebook.test_cli import run
from tests.catalogue.export_data import COLLECTION, FINNISH, FULL, NOTE_FI, build_collection


@pytest.fixture
def ids(home: Path) -> list[str]:
    with Catalogue.open(home, author="tester") as catalogue:
        return build_collection(catalogue, starter_cases=1)


def test_export_pdf_from_the_command_line(home: Path, ids: list[str], tmp_path: Path) -> None:
    out = tmp_path / "visit.pdf"
    result = run(
        home, "collection", "export", COLLECTION.lower(), "--format", "pdf", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert f"Exported {len(ids)} cases of collection '{COLLECTION}' to {out}" in result.stdout
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert NOTE_FI in text
    assert FINNISH["summary"] in " ".join(text.split())


def test_format_from_extension_and_folder_naming(
    home: Path, ids: list[str], tmp_path: Path
) -> None:
    result = run(home, "collection", "export", COLLECTION, "--out", str(tmp_path / "v.json"))
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "v.json").read_text("utf-8"))["collection"]["name"] == COLLECTION
    result = run(home, "collection", "export", COLLECTION, "--format", "md", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"{COLLECTION}.md").is_file()


def test_existing_file_needs_force(home: Path, ids: list[str], tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    out.write_text("keep me")
    result = run(home, "collection", "export", COLLECTION, "--out", str(out))
    assert result.exit_code == 1
    assert "exists" in result.stderr
    assert "--force" in result.stderr
    assert out.read_text() == "keep me"
    assert (
        run(home, "collection", "export", COLLECTION, "--out", str(out), "--force").exit_code == 0
    )
    assert "<!DOCTYPE html>" in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["Nope", "--format", "pdf", "--out", "{dir}/x.pdf"], 1, "no collection 'Nope'"),
        (["{name}", "--format", "xls", "--out", "{dir}/x.xls"], 2, "unknown format 'xls'"),
        (["{name}", "--out", "{dir}/x.xls"], 2, "give --format"),
        (["{name}", "--format", "md", "--out", "{dir}/no/x.md"], 1, "does not exist"),
        (["Empty", "--format", "md", "--out", "{dir}/x.md"], 1, "has no entries"),
        (["{name}", "--format", "pdf"], 2, "Missing option '--out'"),
    ],
)
def test_bad_export_requests(
    home: Path, ids: list[str], tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run(home, "collection", "create", "Empty").exit_code == 0
    filled = [a.format(dir=out, name=COLLECTION) for a in args]
    result = run(home, "collection", "export", *filled)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert list(out.iterdir()) == []


def test_export_single_entry(home: Path, ids: list[str], tmp_path: Path) -> None:
    finnish = ids[1]
    out = tmp_path / "one.docx"
    result = run(home, "export", finnish[:8], "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Exported 1 case" in result.stdout
    assert out.stat().st_size > 0
    result = run(home, "export", "ffffffff", "--out", str(tmp_path / "none.md"))
    assert result.exit_code == 1
    assert not (tmp_path / "none.md").exists()


def test_export_in_a_chosen_language(home: Path, ids: list[str], tmp_path: Path) -> None:
    out = tmp_path / "vierailu.pdf"
    result = run(
        home, "collection", "export", COLLECTION, "--out", str(out), "--lang", "fi", "--json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["path"] == str(out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Sisällys" in text
    assert "Lähteet ja lisenssit" in text
    assert "Huomautus tässä kokoelmassa" in text
    assert "Contents" not in text
    assert NOTE_FI in text  # the texts stay as written
    one = tmp_path / "one.md"
    result = run(home, "export", ids[1][:8], "--out", str(one), "--lang", "RO")
    assert result.exit_code == 0, result.output
    assert "## Cuprins" in one.read_text("utf-8")


def test_unknown_language_is_a_usage_error(home: Path, ids: list[str], tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    result = run(home, "collection", "export", COLLECTION, "--out", str(out), "--lang", "de")
    assert result.exit_code == 2
    assert "'de' is not one of 'en', 'fi', 'nl', 'it', 'ro', 'lv'" in result.stderr
    assert not out.exists()


def test_show_labels_validation_and_transfers(home: Path, tmp_path: Path) -> None:
    entry = tmp_path / "full.json"
    entry.write_text(json.dumps(FULL), "utf-8")
    added = json.loads(run(home, "add", "--file", str(entry), "--json").stdout)["id"]
    shown = run(home, "show", added[:8])
    assert shown.exit_code == 0, shown.output
    assert "Approved by the partner" in shown.stdout
    assert "partner_approved" not in shown.stdout
    assert "  Transfer 1\n    partner          Tampereen kaupunki\n" in shown.stdout
