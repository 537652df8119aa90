"""What a format reader produces: records, row problems and row notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Called by readers after each row: (rows done, rows expected or None). It raises
# `catalogue.jobs.Cancelled` when the import's job was cancelled.
Tick = Callable[[int, int | None], None]


@dataclass(frozen=True)
class RowProblem:
    """Why a row cannot be imported: its row number as the file shows it, the entry field
    (or column) and what to fix."""

    row: int
    field: str
    message: str
    column: str = ""  # the file's column for `field`, when the format names one

    def __str__(self) -> str:
        where = f"row {self.row}"
        what = (
            f"{self.column} ({self.field})" if self.column not in ("", self.field) else self.field
        )
        return f"{where}: {what}: {self.message}" if what else f"{where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"row": self.row, "field": self.field, "problem": self.message}
        if self.column:
            data["column"] = self.column
        return data


@dataclass(frozen=True)
class RowNote:
    """A row that was merged into another, skipped on purpose, or read with a change the
    user should know about (`action`: merged, skipped, renamed, adjusted, similar)."""

    row: int
    source_id: str
    action: str
    reason: str

    def __str__(self) -> str:
        ident = f" ({self.source_id})" if self.source_id else ""
        return f"row {self.row}{ident}: {self.action}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "source_id": self.source_id,
            "action": self.action,
            "reason": self.reason,
        }


@dataclass
class Record:
    """One row mapped to an entry body (not yet validated); `raw` is the row as read,
    keyed by normalised column name."""

    row: int
    source_id: str | None
    body: dict[str, Any]
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass
class ParsedFile:
    """Everything a reader found in a file."""

    format: str
    dataset: str | None
    records: list[Record] = field(default_factory=list)
    notes: list[RowNote] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_read: int = 0
    # entry field -> the column it came from, as the file names it (for problem messages)
    columns: dict[str, str] = field(default_factory=dict)
