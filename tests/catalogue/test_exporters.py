"""Real exports of a real collection, opened and checked: PDF text (pypdf), HTML parsed,
Markdown parsed, JSON loaded back, DOCX read with python-docx; and every way to fail."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import docx
import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader

from catalogue import exporters
from catalogue.catalogue import Catalogue
from catalogue.entry import validate_entry
from catalogue.errors import InvalidInput, NotFound
from catalogue.exporters import (
    ExportDocument,
    ExportFormat,
    export_collection,
    export_entries,
    file_name,
)
from catalogue.exporters.document import Case, source_groups
from catalogue.exporters.markdown_text import blocks, escape_markdown, safe_markdown, to_html
from catalogue.exporters.pdf_export import drawable
from catalogue.jobs import Cancelled, Job
from tests.catalogue.export_data import (
    COLLECTION,
    FINNISH,
    HOSTILE,
    INTRO,
    LATVIAN,
    LONG_WORD,
    NOTE_FI,
    NOTE_STARTER,
    PSTW_ATTRIBUTION,
    ROMANIAN,
    build_collection,
)

DAY = dt.date(2026, 5, 12)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One catalogue and collection, exported once in every format for the module."""
    root = tmp_path_factory.mktemp("export")
    catalogue = Catalogue.open(root / "home", author="tester")
    ids = build_collection(catalogue)
    files: dict[str, Path] = {}
    for fmt in exporters.format_names():
        result = export_collection(catalogue, COLLECTION, fmt, root / f"out.{fmt}", date=DAY)
        assert result.cases == len(ids)
        files[fmt] = result.path
    titles = [catalogue.get_entry(i).body["title"] for i in ids]
    yield {"catalogue": catalogue, "ids": ids, "files": files, "titles": titles, "root": root}
    catalogue.close()


def squash(text: str) -> str:
    """Whitespace collapsed, so text wrapped over lines still compares."""
    return re.sub(r"\s+", " ", text)


# -- PDF -----------------------------------------------------------------------------------


def test_pdf_has_cover_contents_cases_notes_and_sources(exported: dict[str, Any]) -> None:
    reader = PdfReader(exported["files"]["pdf"])
    pages = [squash(p.extract_text()) for p in reader.pages]
    cover, contents, last = pages[0], pages[1], pages[-1]
    assert COLLECTION in cover
    assert INTRO in cover
    assert "12 May 2026" in cover
    assert "Contents 1. " in contents
    everything = " ".join(pages)
    for n, title in enumerate(exported["titles"], 1):
        if title != HOSTILE["title"]:
            assert f"{n}. {title}" in contents, title
            assert f"{n}. {title}" in everything
    assert NOTE_STARTER in everything
    assert NOTE_FI in everything
    for text in ("Äänestä älykkäästi", "cetățeni în județul Bacău", "ķīmisko vielu atļaujām"):
        assert text in everything
    assert "Sources and licences" in last
    assert PSTW_ATTRIBUTION in last
    assert "CC BY 4.0" in last
    assert "PSTW-1234" in last
    assert "Algoritmeregister van de Nederlandse overheid" in last
    # The outline (bookmarks) lists every case and the sources page.
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(outline) == len(exported["titles"]) + 1
    assert outline[-1] == "Sources and licences"
    # The font travels inside the file.
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[attr-defined]
    }
    assert fonts
    assert all("DejaVuSans" in f for f in fonts)


def test_pdf_contents_page_numbers_point_at_the_cases(exported: dict[str, Any]) -> None:
    reader = PdfReader(exported["files"]["pdf"])
    contents = reader.pages[1].extract_text()
    for n, title in enumerate(exported["titles"][:3], 1):
        match = re.search(rf"{n}\. {re.escape(title[:20])}.*?(\d+)\s*$", contents, re.M | re.S)
        assert match, title
        page = int(match.group(1))
        assert title[:20] in reader.pages[page - 1].extract_text()


def test_pdf_shows_hostile_text_as_text(exported: dict[str, Any]) -> None:
    text = squash(" ".join(p.extract_text() for p in PdfReader(exported["files"]["pdf"]).pages))
    assert "<script>alert('x')</script>" in text  # shown, not interpreted
    assert "[image: tracker]" in text
    assert LONG_WORD[:30] in text.replace(" ", "")


def test_drawable_replaces_what_the_font_lacks() -> None:
    glyphs = {ord(c): "g" for c in "ab \ufffd"}
    assert drawable("a🤖b\ufe0f", glyphs) == "a\ufffdb"
    assert drawable("a🤖", None) == "a🤖"


# -- HTML ----------------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escaped(exported: dict[str, Any]) -> None:
    page = exported["files"]["html"].read_text("utf-8")
    parser = _Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "base", "form"}
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://", "mailto:")), href
        assert "src" not in attrs
    assert "default-src 'none'" in page
    assert "@media print" in page
    text = squash("".join(parser.text))
    assert "<script>alert('x')</script>" in text  # the description's HTML, as text
    assert HOSTILE["title"] in text
    for title in exported["titles"]:
        assert title in text
    assert NOTE_FI in text
    assert PSTW_ATTRIBUTION in text
    assert "12 May 2026" in text
    assert 'href="https://www.tampere.fi/"' in page  # a Markdown link stays a link


def test_to_html_drops_raw_html_images_and_script_links() -> None:
    html = to_html("<script>x()</script>\n\n![a](http://e.com/p.png) [b](javascript:x()) # h")
    assert "<script" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;" in html
    assert 'href="http://e.com/p.png"' in html
    assert "<h3>" in to_html("# Title")  # below the case's own heading


# -- Markdown ------------------------------------------------------------------------------


def test_markdown_reads_back_with_no_raw_html(exported: dict[str, Any]) -> None:
    text = exported["files"]["md"].read_text("utf-8")
    # Even a renderer that allows HTML finds none, and no javascript: link.
    md = MarkdownIt("commonmark", {"html": True})
    tokens = md.parse(text)
    flat = [t for tok in tokens for t in [tok, *(tok.children or [])]]
    assert not [t for t in flat if t.type in ("html_block", "html_inline", "image")]
    hrefs = [str(t.attrGet("href")) for t in flat if t.type == "link_open"]
    assert hrefs
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    rendered = md.render(text)
    assert "&lt;script&gt;" in rendered
    headings = [
        "".join(c.content for c in tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h2"
    ]
    expected = [f"{n}. {t}" for n, t in enumerate(exported["titles"], 1)]
    assert headings == ["Contents", *expected, "Sources and licences"]
    assert "\n### Kop in de tekst\n" in text  # a description's heading, below the case's
    for value in (INTRO, NOTE_FI, NOTE_STARTER, PSTW_ATTRIBUTION, FINNISH["summary"]):
        assert value in text


def test_markdown_text_helpers() -> None:
    assert MarkdownIt().render(escape_markdown("*a* <b> # [x](y)\n1. z")).count("<") == 2
    kept = safe_markdown("# T\n<b>x</b> `<i>`\n```\n<pre>\n```")
    assert kept.splitlines()[:2] == ["### T", "\\<b>x\\</b> `<i>`"]
    assert "<pre>" in kept  # inside a fence it is code already
    assert "](javascript" not in safe_markdown("[x](javascript:alert(1)) [y]( JavaScript:z)")
    found = blocks("- a\n  - b\n\n3. c\n4. d\n\n> q\n\n`x` **y** [z](https://z.org)")
    assert [(b.kind, b.marker, b.indent) for b in found][:4] == [
        ("item", "•", 1),
        ("item", "•", 2),
        ("item", "3.", 1),
        ("item", "4.", 1),
    ]
    assert found[4].kind == "quote"
    runs = found[5].runs
    assert runs[0].code
    assert runs[2].bold
    assert runs[4].href == "https://z.org"


# -- JSON ----------------------------------------------------------------------------------


def test_json_round_trips_every_entry(exported: dict[str, Any]) -> None:
    data = json.loads(exported["files"]["json"].read_text("utf-8"))
    catalogue: Catalogue = exported["catalogue"]
    assert data["schema"] == "casebook.collection-export/1"
    assert data["collection"]["name"] == COLLECTION
    assert data["collection"]["introduction"] == INTRO
    assert data["exported_on"] == "2026-05-12"
    assert [i["id"] for i in data["items"]] == exported["ids"]
    for item in data["items"]:
        assert item["schema"] == "casebook.entry/1"
        record = catalogue.get_entry(item["id"])
        assert item["entry"] == record.body
        assert item["rev"] == record.rev
        assert validate_entry(item["entry"]) == record.body
    assert data["items"][2]["note"] == NOTE_FI
    pstw = [s for s in data["sources"] if s["dataset"] == "pstw"]
    assert pstw == [
        {
            "dataset": "pstw",
            "name": "EU Public Sector Tech Watch",
            "licence": "CC BY 4.0",
            "attribution": PSTW_ATTRIBUTION,
            "items": [3],
        }
    ]
    assert "ā, ē, ī" in exported["files"]["json"].read_text("utf-8")  # not \u escapes


# -- DOCX ----------------------------------------------------------------------------------


def test_docx_has_headings_for_the_navigation_pane(exported: dict[str, Any]) -> None:
    document = docx.Document(str(exported["files"]["docx"]))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)  # type: ignore[union-attr]
    assert by_style["Title"] == [COLLECTION]
    expected = [f"{n}. {t}" for n, t in enumerate(exported["titles"], 1)]
    assert by_style["Heading 1"] == ["Contents", *expected, "Sources and licences"]
    assert "Summary" in by_style["Heading 2"]
    assert "Description" in by_style["Heading 2"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert INTRO in text
    assert NOTE_FI in text
    assert ROMANIAN["summary"] in text
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert PSTW_ATTRIBUTION in cells
    assert LATVIAN["organisation"]["name"] in cells
    links = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert "https://www.tampere.fi/" in links
    assert not [link for link in links if link.startswith("javascript")]
    assert document.core_properties.title == COLLECTION


# -- failures write nothing ----------------------------------------------------------------


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_bad_requests_write_nothing(catalogue: Catalogue, tmp_path: Path) -> None:
    build_collection(catalogue, starter_cases=1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFound, match="no collection"):
        export_collection(catalogue, "Nope", "pdf", out / "x.pdf")
    with pytest.raises(InvalidInput, match="unknown export format 'xls'"):
        export_collection(catalogue, COLLECTION, "xls", out / "x.xls")
    catalogue.create_collection("Empty")
    with pytest.raises(InvalidInput, match="no entries"):
        export_collection(catalogue, "Empty", "md", out / "x.md")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InvalidInput, match="does not exist"):
        export_collection(catalogue, COLLECTION, "md", blocker / "x.md")
    with pytest.raises(InvalidInput, match="does not exist"):
        export_collection(catalogue, COLLECTION, "md", tmp_path / "missing" / "x.md")
    assert _files(out) == []


def test_existing_file_is_kept_unless_overwrite(catalogue: Catalogue, tmp_path: Path) -> None:
    build_collection(catalogue, starter_cases=1)
    target = tmp_path / "visit.md"
    target.write_text("mine")
    with pytest.raises(InvalidInput, match="exists"):
        export_collection(catalogue, COLLECTION, "md", target)
    assert target.read_text() == "mine"
    export_collection(catalogue, COLLECTION, "md", target, overwrite=True)
    assert target.read_text("utf-8").startswith(f"# {COLLECTION}")
    assert _files(tmp_path) == ["home", "visit.md"]
    assert target.stat().st_mode & 0o044  # readable like any other file, not a 0600 temp


def test_failure_while_writing_leaves_no_file(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_collection(catalogue, starter_cases=1)

    def broken(document: ExportDocument, out: IO[bytes], progress: object) -> None:
        out.write(b"half")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(
        exporters.FORMATS, "md", ExportFormat("md", ".md", "Markdown", "text/markdown", broken)
    )
    with pytest.raises(RuntimeError):
        export_collection(catalogue, COLLECTION, "md", tmp_path / "x.md")
    assert _files(tmp_path) == ["home"]


def test_cancel_leaves_no_file(catalogue: Catalogue, tmp_path: Path) -> None:
    build_collection(catalogue, starter_cases=1)
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        export_collection(catalogue, COLLECTION, "html", tmp_path / "x.html", job=job)
    assert _files(tmp_path) == ["home"]


def test_cancel_during_the_pdf_layout_stops_it(catalogue: Catalogue, tmp_path: Path) -> None:
    build_collection(catalogue, starter_cases=2)
    messages: list[str] = []

    def stop_after_two(_: float, message: str) -> None:
        messages.append(message)
        if "laid out 2 " in message:
            job.cancel()

    job = Job(stop_after_two)
    with pytest.raises(Cancelled):
        export_collection(catalogue, COLLECTION, "pdf", tmp_path / "x.pdf", job=job)
    assert messages[-1].startswith("laid out 2 of")  # stopped after the second case
    assert _files(tmp_path) == ["home"]


def test_folder_target_progress_and_deleted_entries(catalogue: Catalogue, tmp_path: Path) -> None:
    ids = build_collection(catalogue, starter_cases=1)
    catalogue.delete_entry(ids[0])
    seen: list[float] = []
    result = export_collection(
        catalogue, COLLECTION, "json", tmp_path, job=Job(lambda f, _: seen.append(f))
    )
    assert result.path == tmp_path / "Study visit Tampere–Rīga.json"
    assert result.left_out == (ids[0],)
    assert result.cases == len(ids) - 1
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    data = json.loads(result.path.read_text("utf-8"))
    assert [i["id"] for i in data["items"]] == ids[1:]
    assert data["left_out"] == [ids[0]]


def test_single_entry_export(catalogue: Catalogue, tmp_path: Path) -> None:
    ids = build_collection(catalogue, starter_cases=0)
    result = export_entries(catalogue, [ids[0]], "md", tmp_path / "one.md")
    text = result.path.read_text("utf-8")
    assert text.startswith(f"# {escape_markdown(FINNISH['title'])}")
    assert "1 case" in text
    assert ROMANIAN["title"] not in text
    with pytest.raises(NotFound):
        export_entries(catalogue, ["00000000-0000-4000-8000-000000000000"], "md", tmp_path / "x")


def test_another_package_can_add_a_format(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_collection(catalogue, starter_cases=1)

    def ids_only(document: ExportDocument, out: IO[bytes], progress: object) -> None:
        out.write("\n".join(c.id for c in document.cases).encode())

    monkeypatch.setattr(exporters, "FORMATS", dict(exporters.FORMATS))
    exporters.register_format(ExportFormat("ids", ".txt", "Ids", "text/plain", ids_only))
    assert "ids" in exporters.format_names()
    result = export_collection(catalogue, COLLECTION, "ids", tmp_path)
    assert result.path.name == "Study visit Tampere–Rīga.txt"
    assert len(result.path.read_text().splitlines()) == result.cases


def test_file_name_is_safe_on_every_system() -> None:
    assert file_name('Visit: Tampere/Rīga <2026>? "AI"', "pdf") == "Visit Tampere Rīga 2026 AI.pdf"
    assert file_name("...", "md") == "collection.md"
    assert len(file_name("x" * 500, "docx")) == 120 + len(".docx")


def test_pdf_contents_over_several_pages_keep_page_numbers_right(tmp_path: Path) -> None:
    # Small cases with long titles: the contents need three pages, and every number in them
    # must still be the page the case starts on (fpdf2 is told the count before it draws).
    cases = tuple(
        Case(
            number=n,
            id=f"id-{n}",
            rev="r",
            created_at="",
            updated_at="",
            body={"title": f"Case number {n}: " + "a long title that wraps " * 4, "summary": "s"},
            note="",
        )
        for n in range(1, 71)
    )
    document = ExportDocument("Many", "", DAY, cases, sources=source_groups(cases))
    path = exporters.write_document(document, "pdf", tmp_path / "many.pdf").path
    pages = [squash(p.extract_text()) for p in PdfReader(path).pages]
    first = next(i for i, text in enumerate(pages) if text.startswith("1. Case number 1:"))
    assert first >= 3  # the contents took more than one page
    numbers = re.findall(r"Case number (\d+):.*?wraps (\d+)", " ".join(pages[1:first]))
    assert [int(n) for n, _ in numbers] == list(range(1, 71))
    for n, page in numbers:
        assert pages[int(page) - 1].startswith(f"{n}. Case number {n}:")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_control_characters_are_dropped(fmt: str, tmp_path: Path) -> None:
    # XML (DOCX) refuses them and a PDF would draw boxes; they carry no meaning in an entry.
    body = {
        "title": "Bell\x07 and null\x00",
        "summary": "tab\tand\x1bescape",
        "description": "a\x0bb",
    }
    case = Case(1, "id", "r", "", "", body, note="note\x08")
    document = ExportDocument("Controls\x01", "", DAY, (case,), sources=source_groups([case]))
    path = exporters.write_document(document, fmt, tmp_path / f"c.{fmt}").path
    if fmt == "pdf":
        text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    else:
        text = path.read_text("utf-8")
    assert "Bell and null" in text
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
