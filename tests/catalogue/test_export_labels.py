"""Exports show labels, never codes, and speak the language asked for (`lang`): headings,
field labels, coded values, dates, cover, contents and sources page; the texts of the
cases stay as written. The label tables themselves are complete in every language."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from catalogue import presentation, vocab
from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.exporters import export_collection, export_entries
from catalogue.exporters.markdown_export import label
from catalogue.labels import EN, TABLES
from tests.catalogue.export_data import FULL, PARTNER_CASES, TRANSFER_PARTNERS

DAY = dt.date(2026, 5, 12)
NAME = "Interreg visit"
# The formats people read (JSON is for machines and keeps the codes of the schema).
READABLE = ("pdf", "html", "md", "docx")
# Codes of coded fields that no reader should meet (their labels differ from them).
RAW_CODES = sorted(
    {
        code
        for codes in (
            vocab.KINDS,
            vocab.STATUSES,
            vocab.RISK_TIERS,
            vocab.VALIDATION_STATES,
            vocab.DATASETS,
        )
        for code in codes
        if "_" in code or "-" in code
    }
    | {"gpai"}
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(path: Path) -> str:
    """The text a reader sees in an export, whitespace collapsed."""
    if path.suffix == ".pdf":
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    elif path.suffix == ".html":
        parser = _Text()
        parser.feed(path.read_text("utf-8"))
        text = " ".join(parser.parts)
    elif path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path, read_only=True)
        text = " ".join(
            str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
        )
    elif path.suffix == ".md":
        text = re.sub(r"\\(.)", r"\1", path.read_text("utf-8")).replace("**", "")
    else:
        body = docx.Document(str(path)).element.body
        text = " ".join(  # every paragraph, in or out of a table, in reading order
            "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))
        )
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Partner cases and the full entry, exported in English, Finnish and Romanian."""
    root = tmp_path_factory.mktemp("labels")
    catalogue = Catalogue.open(root / "home", author="tester")
    ids = catalogue.add_entries([*PARTNER_CASES, FULL]).added
    catalogue.create_collection(NAME, "Esittely / Prezentare")
    catalogue.add_to_collection(NAME, ids[:1], "Huomio: kysy kustannuksista.")
    catalogue.add_to_collection(NAME, ids[1:])
    texts = {
        (lang, fmt): text_of(
            export_collection(
                catalogue, NAME, fmt, root / f"{lang}.{fmt}", date=DAY, lang=lang
            ).path
        )
        for lang in ("en", "fi", "ro")
        for fmt in READABLE
    }
    yield {"catalogue": catalogue, "ids": ids, "texts": texts, "root": root}
    catalogue.close()


def _row(field: str, value: str) -> str:
    """A label followed by its value, in any format's table or list."""
    return rf"{re.escape(field)}\W{{0,3}}{re.escape(value)}"


# -- labels, never codes (issue 16) --------------------------------------------------------


@pytest.mark.parametrize("fmt", READABLE)
def test_interreg_block_has_labelled_fields_and_a_row_per_transfer(
    made: dict[str, Any], fmt: str
) -> None:
    text = made["texts"]["en", fmt]
    interreg = FULL["interreg"]
    assert "Interregional learning" in text
    assert re.search(_row("Project", interreg["project"]), text)
    assert re.search(_row("Policy instrument", interreg["policy_instrument"]), text)
    assert re.search(_row("Validation", "Approved by the partner"), text)
    assert re.search(_row("Expert opinion", interreg["expert_opinion"]), text)
    first, second = interreg["transfers"]
    for n, (transfer, date) in enumerate([(first, "June 2025"), (second, "15 September 2025")], 1):
        after = text[text.index(f"Transfer {n}") :]
        assert re.match(rf"Transfer {n}\W{{0,3}}" + _row("Partner", transfer["partner"]), after)
        assert re.search(_row("Action plan", transfer["action_plan"]), after)
        assert re.search(_row("Date", date), after)
    assert re.search(_row("Note", first["note"]), text)
    assert TRANSFER_PARTNERS[1] in text


@pytest.mark.parametrize("fmt", READABLE)
def test_no_export_shows_a_raw_code(made: dict[str, Any], fmt: str) -> None:
    for lang in ("en", "fi", "ro"):
        text = made["texts"][lang, fmt]
        assert [code for code in RAW_CODES if re.search(rf"\b{re.escape(code)}\b", text)] == []
    english = made["texts"]["en", fmt]
    for field, value in [
        ("Kind", "Good practice"),
        ("Status", "In use"),
        ("Organisation", "Rīgas valstspilsētas pašvaldība (municipality)"),
        ("Language", "Latvian"),
        ("Dates", "March 2024 – 30 November 2025"),
        ("AI techniques", "natural language processing, generative AI"),
        ("Risk tier", "General-purpose AI model"),
        ("DPIA", "Done"),
        ("FRIA", "Planned"),
        ("Dataset", "Partner contribution RIX-7"),
        ("Retrieved", "12 October 2026"),
    ]:
        assert re.search(_row(field, value), english), (field, value)


def test_show_on_the_terminal_labels_the_transfers(catalogue: Catalogue) -> None:
    from casebook.text import entry_text

    entry_id = catalogue.add_entries([FULL]).added[0]
    text = entry_text(catalogue.get_entry(entry_id))
    assert "validation         Approved by the partner" in text
    assert "  Transfer 2\n    partner          Consiliul Județean Bacău\n" in text
    assert "    date             June 2025\n" in text
    assert not [code for code in RAW_CODES if code in text]


def test_every_coded_value_has_a_label() -> None:
    for prefix, codes in [
        ("kind", vocab.KINDS),
        ("status", vocab.STATUSES),
        ("organisation_type", vocab.ORGANISATION_TYPES),
        ("risk", vocab.RISK_TIERS),
        ("assessment", vocab.ASSESSMENT_STATES),
        ("validation", vocab.VALIDATION_STATES),
        ("dataset", vocab.DATASETS),
        ("technique", vocab.AI_TECHNIQUES),
        ("theme", vocab.GOVERNANCE_THEMES),
    ]:
        assert [c for c in codes if f"{prefix}.{c}" not in EN] == [], prefix
    keys = [f"section.{k}" for k in presentation.SECTION_KEYS]
    keys += [f"group.{g}" for g in presentation.GROUP_FIELDS]
    keys += [f"{g}.{f}" for g, fields in presentation.GROUP_FIELDS.items() for f in fields]
    keys += [f"transfer.{f}" for f in presentation.TRANSFER_FIELDS]
    keys += [f"month.{m}" for m in range(1, 13)]
    assert [k for k in keys if k not in EN] == []


# -- the label tables ----------------------------------------------------------------------


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", [lang for lang in TABLES if lang != "en"])
def test_every_label_has_a_translation(lang: str) -> None:
    table = TABLES[lang]
    missing = sorted(set(EN) - set(table))
    assert missing == [], f"{lang} lacks a translation of {missing}"
    plural = re.compile(r"count\.\w+\.(zero|one|few|other)")
    unknown = sorted(k for k in set(table) - set(EN) if not plural.fullmatch(k))
    assert unknown == [], f"{lang} has keys English does not: {unknown}"
    for key, english in EN.items():
        assert table[key].strip(), key
        if key.startswith("date."):
            assert _placeholders(table[key]) <= {"day", "month", "month_number", "year"}, key
        else:
            assert _placeholders(table[key]) == _placeholders(english), key


@pytest.mark.parametrize("lang", list(TABLES))
def test_every_plural_form_a_language_needs_is_there(lang: str) -> None:
    words = presentation.labels(lang)
    for n in range(0, 250):
        form = presentation.plural_form(lang, n)
        assert f"count.cases.{form}" in TABLES[lang], (lang, n, form)
        assert str(n) in words.count("cases", n)


def test_counts_dates_and_names_in_each_language() -> None:
    assert presentation.labels("ro").count("cases", 20) == "20 de cazuri"
    assert presentation.labels("ro").count("cases", 3) == "3 cazuri"
    assert presentation.labels("lv").count("cases", 21) == "21 gadījums"
    assert presentation.labels("lv").count("cases", 10) == "10 gadījumu"
    assert presentation.labels("fi").count("cases", 1) == "1 tapaus"
    day = dt.date(2026, 3, 1)
    expected = {
        "en": "1 March 2026",
        "fi": "1.3.2026",
        "nl": "1 maart 2026",
        "it": "1 marzo 2026",
        "ro": "1 martie 2026",
        "lv": "2026. gada 1. marts",
    }
    assert {lang: presentation.labels(lang).date(day) for lang in TABLES} == expected
    assert presentation.labels("fi").partial_date("2025-06") == "kesäkuu 2025"
    assert presentation.labels("lv").partial_date("2025") == "2025"
    assert presentation.labels("it").partial_date("not a date") == "not a date"
    assert presentation.labels("nl").language_name("fi") == "Fins"
    assert presentation.labels("nl").language_name("eu") == "eu"  # no name: the tag
    with pytest.raises(InvalidInput, match="choose one of en, fi, nl, it, ro, lv"):
        presentation.labels("de")


# -- exports in a chosen language (issue 19) -----------------------------------------------

# English words of the document and its tables: headings, field labels, the sources page.
_ENGLISH_KEYS = [
    k
    for k in EN
    if k.split(".")[0]
    in {"section", "group", "heading", "sources", "field", "interreg", "transfer", "source"}
    or k.startswith(("ai_act.", "resources.", "contact."))
]


def _english_words(lang: str) -> list[str]:
    """The English labels an export in `lang` must not contain: each as a reader sees it,
    except those that are also words of the language (`partner`, `Date de contact`)."""
    words = []
    theirs = " ".join(TABLES[lang].values())
    for key in _ENGLISH_KEYS:
        english = label(EN[key].format(n=1))
        if not re.search(rf"\b{re.escape(english)}\b", theirs, re.IGNORECASE):
            words.append(english)
    return words


@pytest.mark.parametrize("fmt", READABLE)
@pytest.mark.parametrize("lang", ["fi", "ro"])
def test_export_in_a_language_has_its_headings_and_no_english_ones(
    made: dict[str, Any], lang: str, fmt: str
) -> None:
    text = made["texts"][lang, fmt]
    words = presentation.labels(lang)
    for key in (
        "heading.contents",
        "heading.sources",
        "heading.note",
        "heading.links",
        "heading.source",
        "section.summary",
        "section.description",
        "section.lessons",
        "group.ai_act",
        "group.interreg",
        "group.contact",
        "validation.partner_approved",
        "kind.good_practice",
        "dataset.partner",
    ):
        assert words.text(key) in text, key
    for key in ("heading.transfer", "sources.case"):
        assert label(words.text(key, n=1)) in text, key
    for key in ("field.organisation", "interreg.policy_instrument", "transfer.action_plan"):
        assert label(words.text(key)) in text, key
    assert words.count("cases", 5) in text  # the cover
    assert words.date(DAY) in text  # the export date as the language writes it
    assert words.partial_date("2025-06") in text  # a transfer's date too
    found = [w for w in _english_words(lang) if re.search(rf"\b{re.escape(w)}\b", text)]
    assert found == [], f"English in the {lang} {fmt}: {found}"
    assert "Esittely / Prezentare" in text  # the texts stay as written
    assert FULL["interreg"]["expert_opinion"] in text


def test_the_english_export_is_as_before(made: dict[str, Any]) -> None:
    text = made["texts"]["en", "pdf"]
    assert "5 cases · exported from Casebook on 12 May 2026" in text
    assert "Contents" in text
    assert "Sources and licences" in text


def test_entries_export_in_a_language(made: dict[str, Any]) -> None:
    result = export_entries(
        made["catalogue"], made["ids"][-1:], "md", made["root"] / "one.md", date=DAY, lang="lv"
    )
    text = text_of(result.path)
    assert "1 gadījums · eksportēts no Casebook 2026. gada 12. maijs" in text
    assert "Validācija: Partnera apstiprināts" in text


def test_an_unknown_language_is_refused_before_anything_is_written(
    made: dict[str, Any], tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="unknown language 'xx'"):
        export_collection(made["catalogue"], NAME, "pdf", tmp_path / "x.pdf", lang="xx")
    assert list(tmp_path.iterdir()) == []
