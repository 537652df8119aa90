"""`workshop`: the intake spreadsheet a facilitator fills in, one row per practice.

`write_template(path)` writes it: a sheet "Practices" whose header row names the entry
fields in plain words, and a sheet "Instructions" that explains each column and lists the
allowed values, which the Practices sheet offers as drop-down lists (data validation).
`read(path)` imports a filled-in copy; each row is validated on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import vocab
from ..errors import InvalidInput
from . import cells
from .generic import rows_to_records
from .reading import workbook_table
from .records import ParsedFile, Record, RowNote, Tick

DATASET = "workshop"
TRANSFER = "interreg.transfers"  # the Transfer … columns give one transfer per row
SHEET = "Practices"
INSTRUCTIONS = "Instructions"
WHAT = "a Casebook workshop spreadsheet (`casebook template workshop` writes one)"
ATTRIBUTION = "Recorded at a workshop with the Casebook intake spreadsheet"
MAX_ROWS = 1000  # rows the drop-downs cover


@dataclass(frozen=True)
class Column:
    """One column of the template: its header, the entry field, help, allowed values."""

    header: str
    field: str
    help: str
    allowed: tuple[str, ...] = ()
    strict: bool = True  # refuse other values in the drop-down (False: lists, free text)
    required: bool = False


COLUMNS = (
    Column(
        "Title", "title", "A short name for the practice (at most 200 characters).", required=True
    ),
    Column(
        "Summary",
        "summary",
        "What it does and for whom, in one paragraph (at most 1,000 characters).",
        required=True,
    ),
    Column(
        "Organisation", "organisation.name", "Who runs it, e.g. City of Tampere.", required=True
    ),
    Column(
        "Organisation type", "organisation.type", "Choose from the list.", vocab.ORGANISATION_TYPES
    ),
    Column(
        "Country",
        "location.country",
        "Two-letter ISO code, e.g. FI, NL, IT, RO, LV.",
        tuple(sorted(vocab.COUNTRIES)),
        required=True,
    ),
    Column("City", "location.city", "The city or region, if any."),
    Column(
        "Language",
        "language",
        "The language the text is written in: en, fi, nl, it, ro, lv, …",
        ("en", "fi", "nl", "it", "ro", "lv", "sv", "de", "fr", "es"),
        strict=False,
        required=True,
    ),
    Column("Kind", "kind", "Choose from the list.", vocab.KINDS),
    Column("Status", "status", "Choose from the list.", vocab.STATUSES),
    Column("Description", "description", "As long as you like; Markdown is fine."),
    Column("Purpose", "purpose", "Why the organisation does it."),
    Column("Problem addressed", "problem", "The problem it solves."),
    Column("Start", "dates.start", "Year or date: 2024, 2024-03 or 2024-03-01."),
    Column("End", "dates.end", "Year or date, if it ended."),
    Column(
        "Policy areas",
        "policy_areas",
        "COFOG codes from the list; several separated by ;",
        tuple(f"{k} {v}" for k, v in vocab.COFOG.items()),
        strict=False,
    ),
    Column(
        "AI techniques",
        "ai_techniques",
        "From the list; several separated by ;",
        vocab.AI_TECHNIQUES,
        strict=False,
    ),
    Column(
        "Governance themes",
        "governance_themes",
        "From the list; several separated by ;",
        vocab.GOVERNANCE_THEMES,
        strict=False,
    ),
    Column("AI Act risk tier", "ai_act.risk_tier", "Choose from the list.", vocab.RISK_TIERS),
    Column("Legal basis", "ai_act.legal_basis", "The law or mandate it relies on."),
    Column("Human oversight", "ai_act.human_oversight", "Who checks the system's output, and how."),
    Column(
        "DPIA",
        "ai_act.dpia",
        "Data protection impact assessment: choose from the list.",
        vocab.ASSESSMENT_STATES,
    ),
    Column(
        "FRIA",
        "ai_act.fria",
        "Fundamental rights impact assessment: choose from the list.",
        vocab.ASSESSMENT_STATES,
    ),
    Column("Data sources", "data_sources", "The data the system uses."),
    Column("Risks and mitigations", "risks", "What could go wrong and what is done about it."),
    Column("Provider", "provider", "The vendor or the team that built it."),
    Column("Budget", "resources.budget", "e.g. EUR 120,000 over two years."),
    Column("Staff", "resources.staff", "e.g. 2 FTE."),
    Column("Evidence of success", "evidence", "Results, figures, evaluations."),
    Column(
        "Transfer potential",
        "transfer_potential",
        "Could another city take it up? What would it need?",
    ),
    Column("Lessons learned", "lessons", "Difficulties met and lessons learned."),
    Column("Interreg project", "interreg.project", "e.g. AI4Citizens."),
    Column(
        "Policy instrument", "interreg.policy_instrument", "The policy instrument it relates to."
    ),
    Column(
        "Validation",
        "interreg.validation",
        "How far the practice is validated: draft, partner_approved (approved by the partner) "
        "or expert_validated (by the Policy Learning Platform's experts).",
        vocab.VALIDATION_STATES,
    ),
    Column("Expert opinion", "interreg.expert_opinion", "The experts' opinion, if there is one."),
    Column(
        "Transfer partner",
        f"{TRANSFER}.partner",
        "The partner that took the practice up. One transfer per row: for another transfer, "
        "add a row with the same title and only the transfer columns filled in.",
    ),
    Column("Transfer action plan", f"{TRANSFER}.action_plan", "The action plan it went into."),
    Column("Transfer date", f"{TRANSFER}.date", "When: 2026, 2026-05 or 2026-05-14."),
    Column("Transfer note", f"{TRANSFER}.note", "What was taken up, what was adapted."),
    Column("Contact name", "contact.name", "Who to ask."),
    Column("Contact email", "contact.email", "name@example.org"),
    Column("Contact web page", "contact.url", "https://…"),
    Column("Links", "links", "Web addresses (https://…); several separated by ;"),
    Column("Tags", "tags", "Free keywords; several separated by ;", strict=False),
    Column(
        "Reference",
        "source.id",
        "Optional: your own id for the row (e.g. WS-01). "
        "With it, importing a corrected sheet updates the entry instead of adding another.",
    ),
)

_BY_HEADER = {cells.name(c.header): c for c in COLUMNS} | {cells.name(c.field): c for c in COLUMNS}


def write_template(path: Path) -> None:
    """Write the empty workshop spreadsheet to `path` (overwriting it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    help_sheet = book.create_sheet(INSTRUCTIONS)
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    help_sheet.append(["Column", "What to write", "Required"])
    for cell in help_sheet[1]:
        cell.font = bold
    intro = (
        "One row per practice on the sheet 'Practices'. Yellow columns are required. "
        "Columns with a drop-down take a value from the list on this sheet; for the "
        "columns marked 'several', separate values with a semicolon (;). Import the "
        "filled-in file with: casebook import workshop FILE.xlsx"
    )
    list_column = 5  # allowed values start in column E of the instructions sheet
    for index, column in enumerate(COLUMNS, 1):
        letter = get_column_letter(index)
        header = sheet.cell(row=1, column=index, value=column.header)
        header.font = bold
        header.alignment = Alignment(wrap_text=True, vertical="top")
        if column.required:
            header.fill = required_fill
        sheet.column_dimensions[letter].width = max(14, min(40, len(column.header) + 6))
        help_sheet.append([column.header, column.help, "yes" if column.required else ""])
        if not column.allowed:
            continue
        values_letter = get_column_letter(list_column)
        help_sheet.cell(row=1, column=list_column, value=column.header).font = bold
        for offset, value in enumerate(column.allowed, 2):
            help_sheet.cell(row=offset, column=list_column, value=value)
        last = len(column.allowed) + 1
        validation = DataValidation(
            type="list",
            formula1=f"{INSTRUCTIONS}!${values_letter}$2:${values_letter}${last}",
            allow_blank=True,
            showDropDown=False,
        )
        validation.promptTitle = column.header
        validation.prompt = column.help[:250]
        validation.showInputMessage = True
        validation.errorTitle = column.header
        validation.error = (
            f"Choose a value from the list (sheet {INSTRUCTIONS}, column {values_letter})."
        )
        validation.showErrorMessage = column.strict
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
        help_sheet.column_dimensions[values_letter].width = 24
        list_column += 1
    help_sheet.cell(row=len(COLUMNS) + 3, column=1, value="How to fill it in").font = bold
    help_sheet.cell(row=len(COLUMNS) + 4, column=1, value=intro)
    help_sheet.column_dimensions["A"].width = 24
    help_sheet.column_dimensions["B"].width = 70
    sheet.freeze_panes = "B2"
    book.save(path)


def read(path: Path, tick: Tick) -> ParsedFile:
    """Read a filled-in workshop spreadsheet; every row is checked on its own."""
    table = workbook_table(path, WHAT, (SHEET,), data_only=False)
    unknown = [
        c for c, k in zip(table.columns, table.keys, strict=True) if k and k not in _BY_HEADER
    ]
    if unknown:
        raise InvalidInput(
            f"{table.source}: {', '.join(repr(u) for u in unknown)} "
            f"{'is not a column' if len(unknown) == 1 else 'are not columns'} of the workshop "
            "template; rename or remove them (the header row must stay as the template wrote it)"
        )
    present = {_BY_HEADER[k].field for k in table.keys if k}
    missing = [c.header for c in COLUMNS if c.required and c.field not in present]
    if missing:
        raise InvalidInput(
            f"{table.source} lacks the required {'column' if len(missing) == 1 else 'columns'} "
            f"{', '.join(repr(m) for m in missing)}; "
            "use the sheet that `casebook template workshop` writes"
        )
    columns = {
        k: _BY_HEADER[k].field for k in table.keys if k and _BY_HEADER[k].field != "source.id"
    }
    id_key = next((k for k in table.keys if k and _BY_HEADER[k].field == "source.id"), None)
    parsed = ParsedFile("workshop", DATASET)
    optional_id = _OptionalId(id_key)
    source = {"dataset": DATASET, "attribution": ATTRIBUTION}
    rows_to_records(table, parsed, columns, {}, None, tick, source)
    optional_id.apply(parsed)
    _merge_transfer_rows(parsed)
    return parsed


def _merge_transfer_rows(parsed: ParsedFile) -> None:
    """Rows with the title of an earlier row and nothing that differs from it but their
    transfer are more transfers of that practice: they are added to it, and noted."""
    bad = {p.row for p in parsed.problems}
    first: dict[str, Record] = {}
    kept: list[Record] = []
    for record in parsed.records:
        key = cells.one_line(record.body.get("title", "")).casefold()
        earlier = first.get(key)
        if not key or record.row in bad:
            kept.append(record)
            continue
        if earlier is None:
            first[key] = record
            kept.append(record)
            continue
        transfers = record.body.get("interreg", {}).get("transfers", [])
        if not transfers or not _only_adds_transfers(earlier.body, record.body):
            kept.append(record)
            continue
        earlier.body.setdefault("interreg", {}).setdefault("transfers", []).extend(transfers)
        parsed.notes.append(
            RowNote(
                record.row,
                record.source_id or "",
                "merged",
                f"a transfer of the practice on row {earlier.row} ({transfers[0]['partner']})",
            )
        )
    parsed.records = kept


def _only_adds_transfers(first: dict[str, Any], other: dict[str, Any]) -> bool:
    """Every field of `other` but its transfers is empty or as in `first`."""
    for key, value in other.items():
        if value in (None, "", [], {}):
            continue
        if key == "interreg":
            rest = {k: v for k, v in value.items() if k != "transfers"}
            mine = {k: v for k, v in first.get("interreg", {}).items() if k != "transfers"}
            if any(mine.get(k) != v for k, v in rest.items()):
                return False
        elif key not in ("source", "title") and first.get(key) != value:
            return False
    return True


class _OptionalId:
    """The Reference column is optional per row: rows with one are matched on re-import,
    rows without are matched only when identical."""

    def __init__(self, key: str | None) -> None:
        self.key = key

    def apply(self, parsed: ParsedFile) -> None:
        from .records import RowProblem

        if self.key is None:
            return
        first: dict[str, int] = {}
        kept = []
        for record in parsed.records:
            ref = cells.one_line(record.raw.get(self.key))
            if ref and ref in first:
                parsed.problems.append(
                    RowProblem(record.row, "Reference", f"{ref!r} is also on row {first[ref]}")
                )
                continue
            if ref:
                first[ref] = record.row
                record.source_id = ref
                record.body["source"]["id"] = ref
            kept.append(record)
        parsed.records = kept
