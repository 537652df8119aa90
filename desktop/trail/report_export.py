"""File → Export learning trail…: the transfer report (`casebook report transfers`, the same
`transfer_report` and `write_report`) written on the db worker with progress and Cancel,
after a dialog that asks for the format, the project, the partner, the language and the
file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from catalogue import presentation
from catalogue.jobs import Cancelled
from catalogue.trail_matrix import TrailMatrix

from ..backend import Backend, Core
from ..i18n import NATIVE_NAMES, language, translate
from ..operations import ReadOp
from ..protocols import StatusMessages
from ..questions import ask
from .trail_model import NO_PRACTICES

if TYPE_CHECKING:
    from catalogue.exporters import ReportResult

# The report's formats (catalogue.exporters.REPORT_FORMATS) as a file dialog names them.
FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("LearningTrail", "PDF document"),
    "docx": QT_TRANSLATE_NOOP("LearningTrail", "Word document"),
    "xlsx": QT_TRANSLATE_NOOP("LearningTrail", "Excel workbook"),
    "md": QT_TRANSLATE_NOOP("LearningTrail", "Markdown text"),
    "html": QT_TRANSLATE_NOOP("LearningTrail", "Web page"),
}


def _tr(text: str) -> str:
    return translate("LearningTrail", text)


class ReportHost(StatusMessages, Protocol):
    """What exporting the report needs: the status bar, and where to say a file was written."""

    def export_written(self, path: Path) -> None: ...


@dataclass(frozen=True)
class ReportRequest:
    """What the dialog asked for."""

    fmt: str
    path: Path
    project: str | None = None
    partner: str | None = None
    lang: str = "en"


class ReportDialog(QDialog):
    """The format, project, partner, language and file of a transfer report."""

    def __init__(self, matrix: TrailMatrix, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Export learning trail"))
        form = QFormLayout(self)
        self.format_box = QComboBox(self)
        for name, label in FORMAT_LABELS.items():
            self.format_box.addItem(_tr(str(label)), name)
        self.project_box = self._choices(self.tr("All projects"), matrix.projects)
        self.partner_box = self._choices(self.tr("All partners"), matrix.partners)
        self.language_box = QComboBox(self)
        for code, name in NATIVE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language()), 0))
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        title = presentation.labels(language()).text("report.title")  # the report's own
        self.path_edit.setText(str(folder / f"{title}.pdf"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(choose)
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Project:"), self.project_box)
        form.addRow(self.tr("P&artner:"), self.partner_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("F&ile:"), where)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format_box.currentIndexChanged.connect(lambda _: self._follow_format())
        self.path_edit.textChanged.connect(self._check)
        self.replace = False  # the user agreed to replace an existing file
        self.resize(560, self.sizeHint().height())

    def _choices(self, everything: str, names: tuple[str, ...]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, None)
        for name in names:
            box.addItem(name, name)
        return box

    def fmt(self) -> str:
        return str(self.format_box.currentData())

    def _follow_format(self) -> None:
        """The file's extension follows the format chosen."""
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.fmt()}")))

    def _check(self) -> None:
        self.replace = False  # another file: ask again before replacing it
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path_edit.text().strip()))

    def _choose_file(self) -> None:
        label = _tr(str(FORMAT_LABELS[self.fmt()]))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export learning trail"),
            self.path_edit.text(),
            f"{label} (*.{self.fmt()})",
        )
        if path:
            self.path_edit.setText(path)
            self.replace = True  # the file dialog asked before replacing

    def request(self) -> ReportRequest:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() != f".{self.fmt()}":
            path = path.with_name(f"{path.name}.{self.fmt()}")
        return ReportRequest(
            self.fmt(),
            path,
            self.project_box.currentData(),
            self.partner_box.currentData(),
            str(self.language_box.currentData()),
        )

    def _accept(self) -> None:
        path = self.request().path
        if path.is_file() and not self.replace:
            self.replace = ask(
                self,
                self.tr("Replace file"),
                self.tr("{name} exists. Replace it?").format(name=path.name),
            )
            if not self.replace:
                return
        self.settings.setValue("export/folder", str(path.parent))
        self.accept()


class TrailReport:
    """File → Export learning trail…"""

    def __init__(
        self, backend: Backend, settings: QSettings, host: ReportHost, parent: QWidget
    ) -> None:
        self.backend = backend
        self.settings = settings
        self.host = host
        self.parent = parent
        self.dialog: ReportDialog | None = None  # the dialog on screen (tests reach it)

    def ask(self) -> None:
        """Read the projects and partners, then ask what to write (and write it)."""
        ReadOp(self.backend, lambda core: core.catalogue.trail_matrix()).success(self._ask).run(
            self.parent
        )

    def _ask(self, matrix: TrailMatrix) -> None:
        if not matrix.practices:
            self.host.show_status(_tr(str(NO_PRACTICES)), 10000)
            return
        self.dialog = ReportDialog(matrix, self.settings, self.parent)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and result == QDialog.DialogCode.Accepted:
            self.export(dialog.request(), overwrite=dialog.replace)
        if dialog is not None:
            dialog.deleteLater()

    def export(self, request: ReportRequest, overwrite: bool = False) -> None:
        """Write the report on the db worker (progress, Cancel); say what was written."""

        def run(core: Core) -> ReportResult:
            from catalogue.exporters import transfer_report, write_report

            job = core.job
            built = transfer_report(
                core.catalogue,
                project=request.project,
                partner=request.partner,
                lang=request.lang,
                job=job,
            )
            return write_report(built, request.fmt, request.path, overwrite=overwrite, job=job)

        def done(result: ReportResult) -> None:
            self.host.show_status(
                translate("LearningTrail", "Wrote the transfer report to {path}").format(
                    path=result.path
                ),
                15000,
            )
            self.host.export_written(result.path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.host.show_status(
                    translate("LearningTrail", "Export cancelled; no file was written"), 8000
                )
            else:
                self.backend.report_failure(exc)

        ReadOp(self.backend, run).with_progress().success(done).failure(failed).run(self.parent)
