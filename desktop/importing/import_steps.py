"""The import wizard's last two steps: the check (a dry run on the worker: the first rows
as they will be imported, the counts, every invalid row) and the import itself, with
progress and Cancel, then what it did with links to the new entries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from catalogue.jobs import Cancelled, Job

from .. import theme
from ..backend import Core, describe_error
from ..i18n import counted, number, translate
from .wizard_parts import ProgressRow, WizardHost, format_label, tr

if TYPE_CHECKING:
    from catalogue.importers import ImportReport

OUTCOMES = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "new"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "unchanged"),
    "conflict": QT_TRANSLATE_NOOP("ImportWizard", "conflict"),
    "kept": QT_TRANSLATE_NOOP("ImportWizard", "kept as edited here"),
    "invalid": QT_TRANSLATE_NOOP("ImportWizard", "invalid: not imported"),
}
PREVIEW_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("ImportWizard", "Title")),
    ("organisation.name", QT_TRANSLATE_NOOP("ImportWizard", "Organisation")),
    ("location.country", QT_TRANSLATE_NOOP("ImportWizard", "Country")),
    ("language", QT_TRANSLATE_NOOP("ImportWizard", "Language")),
    ("kind", QT_TRANSLATE_NOOP("ImportWizard", "Kind")),
    ("status", QT_TRANSLATE_NOOP("ImportWizard", "Status")),
    ("source.id", QT_TRANSLATE_NOOP("ImportWizard", "Source id")),
)


def dotted(body: dict[str, Any], key: str) -> str:
    value: Any = body
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return "" if value is None else str(value)


class CheckPage(QWizardPage):
    """A dry run on the worker: the first rows as they will be imported, the counts, and
    every invalid row (row, field, problem) with the choice to import only the valid ones."""

    def __init__(self, wizard: WizardHost, parent: QWizard) -> None:
        super().__init__(parent)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Check"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        layout = QVBoxLayout(self)
        self.progress = ProgressRow(wizard.cancel_work, self)
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS) + 2, self)
        self.preview.setAccessibleName(
            translate("ImportWizard", "The first rows as they will be imported")
        )
        self.preview.setHorizontalHeaderLabels(
            [translate("ImportWizard", "Row"), translate("ImportWizard", "What happens")]
            + [tr(label) for _, label in PREVIEW_COLUMNS]
        )
        _table_look(self.preview)
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.preview, 3)
        self.problems_label = QLabel(self)
        layout.addWidget(self.problems_label)
        self.problems = QTableWidget(0, 3, self)
        self.problems.setAccessibleName(translate("ImportWizard", "Invalid rows"))
        self.problems.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Field"),
                translate("ImportWizard", "Problem"),
            ]
        )
        _table_look(self.problems)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.problems, 2)
        self.skip_invalid = QCheckBox(self)
        self.skip_invalid.toggled.connect(lambda _: self.completeChanged.emit())
        layout.addWidget(self.skip_invalid)

    def initializePage(self) -> None:
        from catalogue.importers import import_file

        wizard = self.wizard_
        wizard.report = None
        fmt, path, mapping = wizard.format, wizard.path, wizard.mapping
        assert path is not None
        self.setSubTitle(
            translate("ImportWizard", "{file}, read as: {kind}").format(
                file=path.name, kind=format_label(fmt)
            )
        )
        for widget in (self.preview, self.problems, self.problems_label, self.skip_invalid):
            widget.hide()
        self.summary.setStyleSheet("")
        self.summary.setText(translate("ImportWizard", "Reading and checking every row…"))
        self.skip_invalid.setChecked(False)

        def check(core: Core, job: Job) -> ImportReport:
            return import_file(core.catalogue, fmt, path, mapping=mapping, dry_run=True, job=job)

        wizard.run_job(
            check, self._show, self._failed, self.progress, translate("ImportWizard", "Reading…")
        )

    def _show(self, report: ImportReport) -> None:
        self.wizard_.report = report
        self.summary.setText(
            translate(
                "ImportWizard",
                "{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, "
                "{invalid} invalid.",
            ).format(
                rows=number(report.rows_read),
                new=number(report.to_add),
                updated=number(report.to_update),
                unchanged=number(report.unchanged),
                invalid=number(report.invalid_rows),
            )
            + (
                "  " + translate("ImportWizard", "Nothing new to import.")
                if not (report.to_add or report.to_update)
                else ""
            )
        )
        self.preview.setRowCount(len(report.preview))
        for n, row in enumerate(report.preview):
            cells = [str(row.row), tr(OUTCOMES.get(row.outcome, row.outcome))]
            cells += [dotted(row.body, key) for key, _ in PREVIEW_COLUMNS]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.outcome == "invalid":
                    item.setForeground(QColor(theme.colour("error")))
                self.preview.setItem(n, column, item)
        self.preview.show()
        problems = report.invalid
        self.problems.setRowCount(len(problems))
        for n, problem in enumerate(problems):
            field = f"{problem.column} ({problem.field})" if problem.column else problem.field
            for column, text in enumerate((str(problem.row), field, problem.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(n, column, item)
        if problems:
            self.problems_label.setText(
                counted(
                    self.tr(
                        "%Ln invalid row(s). Nothing is imported unless you fix them in the file "
                        "(then go Back and Next to check again) or import only the valid rows:",
                        "",
                        report.invalid_rows,
                    ),
                    report.invalid_rows,
                )
            )
            self.skip_invalid.setText(
                translate(
                    "ImportWizard",
                    "Import the {valid} valid rows and skip the {invalid} invalid ones",
                ).format(
                    valid=number(report.rows_read - report.invalid_rows),
                    invalid=number(report.invalid_rows),
                )
            )
            for widget in (self.problems_label, self.problems, self.skip_invalid):
                widget.show()
        self.wizard_.checked.emit(report)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            text = translate(
                "ImportWizard", "Stopped. Go Back to choose another file, or Next to check again."
            )
        else:
            text = (
                translate(
                    "ImportWizard", "This file cannot be imported as {kind}: {reason}"
                ).format(kind=format_label(self.wizard_.format), reason=describe_error(exc))
                + "\n"
                + translate(
                    "ImportWizard",
                    "Nothing was imported. Go Back to choose another format or file.",
                )
            )
        self.summary.setText(text)
        self.summary.setStyleSheet(theme.text_style("error"))
        self.wizard_.checked.emit(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.wizard_.report
        if report is None or self.wizard_.busy:
            return False
        return not report.invalid or self.skip_invalid.isChecked()

    def cleanupPage(self) -> None:
        self.wizard_.abandon()


class RunPage(QWizardPage):
    """The import with progress and Cancel, then what it did and the new entries."""

    def __init__(self, wizard: WizardHost, parent: QWizard) -> None:
        super().__init__(parent)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Import"))
        self.setFinalPage(True)
        self.done_report: ImportReport | None = None
        layout = QVBoxLayout(self)
        self.progress = ProgressRow(wizard.cancel_work, self)
        layout.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.new_label = QLabel(self)
        layout.addWidget(self.new_label)
        self.new_list = QListWidget(self)
        self.new_list.setAccessibleName(translate("ImportWizard", "New entries"))
        self.new_list.itemActivated.connect(self._open)
        layout.addWidget(self.new_list, 1)
        self.show_button = QPushButton(
            translate("ImportWizard", "Show the new entries in the list"), self
        )
        self.show_button.clicked.connect(self.show_new)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        from catalogue.importers import import_file

        wizard = self.wizard_
        fmt, path, mapping = wizard.format, wizard.path, wizard.mapping
        skip = wizard.skip_invalid()
        assert path is not None
        self.done_report = None
        for widget in (self.new_label, self.new_list, self.show_button, self.notes):
            widget.hide()
        self.summary.setText(translate("ImportWizard", "Importing {file}…").format(file=path.name))

        def run(core: Core, job: Job) -> ImportReport:
            return import_file(
                core.catalogue, fmt, path, mapping=mapping, skip_invalid=skip, job=job
            )

        wizard.run_job(
            run,
            self._done,
            self._failed,
            self.progress,
            translate("ImportWizard", "Importing…"),
            changes=lambda report: report.changes,
        )

    def _done(self, report: ImportReport) -> None:
        self.done_report = report
        added, updated = report.changes.added, report.changes.updated
        self.summary.setText(
            translate(
                "ImportWizard",
                "Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{conflicts} conflicts, {skipped} skipped (invalid rows).",
            ).format(
                file=Path(report.file).name,
                new=number(len(added)),
                updated=number(len(updated)),
                unchanged=number(report.unchanged),
                conflicts=number(len(report.conflicts)),
                skipped=number(report.invalid_rows),
            )
        )
        titles = [body["title"] for _, body in report.new_bodies]
        self.new_list.clear()
        for entry_id, title in zip(added, titles, strict=False):
            item = QListWidgetItem(title, self.new_list)
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
        if added:
            self.new_label.setText(
                translate("ImportWizard", "New entries (double-click one to open it):")
            )
            for widget in (self.new_label, self.new_list, self.show_button):
                widget.show()
        lines = []
        if report.conflicts:
            lines.append(
                counted(
                    self.tr(
                        "%n conflict(s): changed here and in the file; both versions kept. "
                        "Resolve them under Conflicts in the sidebar.",
                        "",
                        len(report.conflicts),
                    ),
                    len(report.conflicts),
                )
            )
        similar = [n for n in report.notes if n.action == "similar"]
        if similar:
            lines.append(
                counted(
                    self.tr(
                        "%n possible duplicate(s) (same title as another entry):", "", len(similar)
                    ),
                    len(similar),
                )
            )
            lines += [f"  {note}" for note in similar[:5]]
        others = [n for n in report.notes if n.action in ("merged", "skipped")]
        if others:
            lines.append(
                counted(self.tr("%n row(s) merged or skipped:", "", len(others)), len(others))
            )
            lines += [f"  {note}" for note in others[:5]]
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))
        self.wizard_.imported.emit(report)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.summary.setText(
                translate("ImportWizard", "Import cancelled; nothing was imported.")
            )
        else:
            self.summary.setText(
                translate("ImportWizard", "Not imported: {reason}. Nothing was written.").format(
                    reason=describe_error(exc)
                )
            )
            self.summary.setStyleSheet(theme.text_style("error"))
        self.wizard_.imported.emit(None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.wizard_.busy

    def show_new(self) -> None:
        """Show the entries this import added in the main window's list."""
        if self.done_report is not None:
            added = len(self.done_report.changes.added)
            self.wizard_.host.show_ids(
                self.done_report.changes.added,
                counted(self.tr("%Ln entry(ies) added by the import", "", added), added),
            )

    def _open(self, item: QListWidgetItem) -> None:
        self.wizard_.host.open_entry(str(item.data(Qt.ItemDataRole.UserRole)))


def _table_look(table: QTableWidget) -> None:
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.setWordWrap(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
