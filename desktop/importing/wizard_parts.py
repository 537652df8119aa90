"""What the import wizard's pages share: the page ids, the formats with their hints, the
file filters, the progress row, and `WizardHost`, what a page needs of the wizard (so the
pages do not import the wizard, and the wizard imports its pages at the top)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from catalogue.catalogue import Changes
from catalogue.jobs import Job

from ..backend import Core
from ..i18n import translate
from ..protocols import ImportHost

if TYPE_CHECKING:
    from catalogue.importers import ImportReport

T = TypeVar("T")
SOURCE, MAPPING, CHECK, RUN = range(4)  # the pages
GENERIC = ("csv", "xlsx", "json")
FORMATS = (  # (format, label, hint); translated where shown (context "ImportWizard")
    (
        "workshop",
        QT_TRANSLATE_NOOP("ImportWizard", "Workshop spreadsheet"),
        QT_TRANSLATE_NOOP(
            "ImportWizard",
            "The intake spreadsheet from File > Workshop template…, filled in: one row per "
            "practice.",
        ),
    ),
    (
        "pstw",
        QT_TRANSLATE_NOOP("ImportWizard", "EU Public Sector Tech Watch"),
        QT_TRANSLATE_NOOP(
            "ImportWizard", "pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0."
        ),
    ),
    (
        "algoritmeregister",
        QT_TRANSLATE_NOOP("ImportWizard", "Dutch algorithm register"),
        QT_TRANSLATE_NOOP(
            "ImportWizard", "algoritmes.json from algoritmes.overheid.nl; entries in Dutch."
        ),
    ),
    (
        "omb",
        QT_TRANSLATE_NOOP("ImportWizard", "US federal AI use case inventory"),
        QT_TRANSLATE_NOOP("ImportWizard", "The 2025 inventory as CSV or xlsx; public domain."),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("ImportWizard", "Other table: CSV"),
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Any CSV file (UTF-8) with a header row; you choose the columns."
        ),
    ),
    (
        "xlsx",
        QT_TRANSLATE_NOOP("ImportWizard", "Other table: Excel"),
        QT_TRANSLATE_NOOP(
            "ImportWizard", "Any .xlsx sheet with a header row; you choose the columns."
        ),
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("ImportWizard", "Other table: JSON"),
        QT_TRANSLATE_NOOP(
            "ImportWizard", "A JSON list of records (objects); you choose the fields."
        ),
    ),
)
FILE_FILTERS = {
    "workshop": "Excel workbook (*.xlsx)",
    "pstw": "Excel workbook (*.xlsx)",
    "xlsx": "Excel workbook (*.xlsx)",
    "algoritmeregister": "JSON (*.json)",
    "json": "JSON (*.json)",
    "omb": "CSV or Excel (*.csv *.xlsx)",
    "csv": "CSV (*.csv)",
}


def tr(text: object) -> str:
    """`text` (marked in context "ImportWizard") in the interface language."""
    return QCoreApplication.translate("ImportWizard", str(text))


class ProgressRow(QWidget):
    """A progress bar with its message and a Cancel button, shown while work runs."""

    def __init__(self, cancel: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(True)
        self.cancel = QPushButton(translate("ImportWizard", "Cancel"), self)
        self.cancel.setAccessibleName(translate("ImportWizard", "Cancel the import"))
        self.cancel.clicked.connect(cancel)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def start(self, message: str) -> None:
        self.bar.setValue(0)
        self.bar.setFormat(message)
        self.cancel.setEnabled(True)
        self.show()

    def set(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.bar.setFormat(message)


def format_label(fmt: str) -> str:
    return next((tr(label) for f, label, _ in FORMATS if f == fmt), fmt)


class WizardHost(Protocol):
    """What the pages use of the wizard (import_wizard.ImportWizard)."""

    format: str
    path: Path | None
    mapping: dict[str, Any] | None
    report: ImportReport | None
    busy: bool
    settings: QSettings
    host: ImportHost
    checked: SignalInstance
    imported: SignalInstance

    def is_generic(self) -> bool: ...
    def abandon(self) -> None: ...
    def cancel_work(self) -> None: ...
    def skip_invalid(self) -> bool: ...
    def run_job(
        self,
        fn: Callable[[Core, Job], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        progress: ProgressRow | None = None,
        message: str = "",
        changes: Callable[[T], Changes] | None = None,
    ) -> None: ...
