"""The import wizard (File > Import…, or a table dropped on the window): choose the format
and the file, map the columns of a generic table, check the file (a dry run: the first
rows as they will be imported and every invalid row), import with progress and Cancel,
and a summary that shows the new entries in the list.

Every read of the file and the import itself run on the db worker through
`catalogue.importers.import_file`, the same function as `casebook import`; a cancelled
import writes nothing. The mapping page is `column_mapping.MappingPage`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from catalogue.catalogue import Changes
from catalogue.jobs import Job

from .. import theme
from ..backend import Backend, Core, describe_error
from ..i18n import translate
from ..operations import ReadOp, WriteOp
from ..protocols import ImportHost
from .column_mapping import MappingPage
from .import_steps import CheckPage, RunPage
from .wizard_parts import (
    CHECK,
    FILE_FILTERS,
    FORMATS,
    GENERIC,
    MAPPING,
    RUN,
    SOURCE,
    ProgressRow,
    T,
    WizardHost,
    tr,
)

if TYPE_CHECKING:
    from catalogue.importers import ImportReport

__all__ = ["CHECK", "MAPPING", "RUN", "SOURCE", "ImportWizard", "SourcePage"]


class ImportWizard(QWizard):
    """The wizard, on `host` (protocols.ImportHost). `checked(report or None)` after each
    dry run (None: the file could not be read) and `imported(report or None)` when the
    import ended (None: it was cancelled or failed) tell tests and the window what
    happened."""

    checked = Signal(object)
    imported = Signal(object)

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        host: ImportHost,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.host = host
        self.format = ""
        self.path: Path | None = None
        self.mapping: dict[str, Any] | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self._generation = 0
        self._job: Job | None = None
        self._progress_row: ProgressRow | None = None
        self.setWindowTitle(translate("ImportWizard", "Import"))
        self.setObjectName("ImportWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(980, 700)
        self.source_page = SourcePage(self, self)
        self.mapping_page = MappingPage(self, self)
        self.check_page = CheckPage(self, self)
        self.run_page = RunPage(self, self)
        self.setPage(SOURCE, self.source_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(CHECK, self.check_page)
        self.setPage(RUN, self.run_page)
        self.backend.progress.connect(self._progress)
        if path is not None:
            self.source_page.take_file(path)

    # -- work on the db worker ---------------------------------------------------------------

    def run_job(
        self,
        fn: Callable[[Core, Job], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        progress: ProgressRow | None = None,
        message: str = "",
        changes: Callable[[T], Changes] | None = None,
    ) -> None:
        """Run `fn(core, job)` on the db worker; `done` or `failed` afterwards unless a
        newer job (or the wizard closing) made it stale. With `changes`, the work is a
        write (a `WriteOp`: what it changed reaches the window)."""
        self.abandon()
        self._generation += 1
        generation = self._generation
        # Cancelled by the wizard's own Cancel (or the wizard closing), by the status bar's
        # Cancel, or by the app closing.
        op = (
            ReadOp(self.backend, lambda core: fn(core, self._job_of(core)))
            if changes is None
            else WriteOp(self.backend, lambda core: fn(core, self._job_of(core))).changes(changes)
        ).with_progress()
        self._job = op.job
        self.busy = True
        self._progress_row = progress
        if progress is not None:
            progress.start(message)

        def finish(result: T) -> None:
            if generation == self._generation:
                self._end_job()
                done(result)

        def fail(exc: BaseException) -> None:
            if generation == self._generation:
                self._end_job()
                failed(exc)

        op.success(finish).failure(fail).run(self)

    @staticmethod
    def _job_of(core: Core) -> Job:
        assert core.job is not None
        return core.job

    def _end_job(self) -> None:
        self.busy = False
        self._job = None
        if self._progress_row is not None:
            self._progress_row.hide()
        self._progress_row = None
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def abandon(self) -> None:
        """Cancel the running job and forget it: its outcome is not shown (and the status
        bar's progress area hides now, not when the work has stopped)."""
        if self.busy:
            self.cancel_work()
            self._generation += 1
            self._end_job()
            self.backend.work_ended.emit()

    def _progress(self, fraction: float, message: str) -> None:
        if self.busy and self._progress_row is not None:
            self._progress_row.set(fraction, message)

    def cancel_work(self) -> None:
        """Stop the running check or import (nothing is written)."""
        if self.busy and self._job is not None:
            self._job.cancel()
            if self._progress_row is not None:
                self._progress_row.cancel.setEnabled(False)
                self._progress_row.bar.setFormat(translate("ImportWizard", "Cancelling…"))

    def reject(self) -> None:
        """Closing the wizard stops a check or an import that is running."""
        if self.busy:
            self.abandon()
            self.host.show_status(
                translate("ImportWizard", "Import cancelled; nothing was imported."), 8000
            )
        super().reject()

    def is_generic(self) -> bool:
        return self.format in GENERIC

    def skip_invalid(self) -> bool:
        """Whether the check page's "import only the valid rows" is ticked."""
        return self.check_page.skip_invalid.isChecked()


class SourcePage(QWizardPage):
    """Choose the format (each with a hint) and the file."""

    def __init__(self, wizard: WizardHost, parent: QWizard) -> None:
        super().__init__(parent)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "What to import"))
        self.setSubTitle(translate("ImportWizard", "Choose the kind of file, then the file."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for fmt, label, hint in FORMATS:
            button = QRadioButton(tr(label), self)
            button.setAccessibleName(tr(label))
            self.group.addButton(button)
            self.buttons[fmt] = button
            note = QLabel(tr(hint), self)
            note.setWordWrap(True)
            note.setStyleSheet("color:#666; margin-left:24px")
            layout.addWidget(button)
            layout.addWidget(note)
            button.toggled.connect(self._toggled(fmt))
        layout.addSpacing(12)
        row = QHBoxLayout()
        self.file_box = QLineEdit(self)
        self.file_box.setPlaceholderText(
            translate("ImportWizard", "The file to import (or drop it on the main window)")
        )
        self.file_box.setAccessibleName(translate("ImportWizard", "File to import"))
        self.file_box.textChanged.connect(lambda _: self.completeChanged.emit())
        self.file_box.editingFinished.connect(self._typed_file)
        self._guessed_for = ""
        choose = QPushButton(translate("ImportWizard", "Choose file…"), self)
        choose.clicked.connect(self._choose_file)
        row.addWidget(self.file_box, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _toggled(self, fmt: str) -> Callable[[bool], None]:
        def toggled(on: bool) -> None:
            if on:
                self.wizard_.format = fmt
                self.completeChanged.emit()

        return toggled

    def choose_format(self, fmt: str) -> None:
        self.buttons[fmt].setChecked(True)

    def _choose_file(self) -> None:
        settings = self.wizard_.settings
        folder = str(settings.value("import/folder", str(Path.home())))
        fmt = self.wizard_.format
        filters = (FILE_FILTERS[fmt] + ";;" if fmt else "") + translate(
            "ImportWizard", "Tables (*.xlsx *.csv *.json)"
        )
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import a file"), folder, filters
        )
        if path:
            settings.setValue("import/folder", str(Path(path).parent))
            self.take_file(Path(path))

    def _typed_file(self) -> None:
        text = self.file_box.text().strip()
        if text and text != self._guessed_for and Path(text).is_file():
            self.take_file(Path(text))

    def take_file(self, path: Path) -> None:
        """Use `path` and guess its format (on the worker: a register file takes a moment)."""
        from catalogue.importers.preview import guess_format

        self.file_box.setText(str(path))
        self._guessed_for = str(path)
        self.message.setText(translate("ImportWizard", "Looking at the file…"))
        self.message.setStyleSheet("")

        def guessed(fmt: str) -> None:
            self.choose_format(fmt)
            self.message.setText(
                translate(
                    "ImportWizard", "This looks like: {kind}. Change it above if it is not."
                ).format(kind=self.buttons[fmt].text())
            )

        def failed(exc: BaseException) -> None:
            self.message.setText(describe_error(exc))
            self.message.setStyleSheet(theme.text_style("error"))

        self.wizard_.run_job(lambda core, job: guess_format(path), guessed, failed)

    def isComplete(self) -> bool:
        text = self.file_box.text().strip()
        return bool(self.wizard_.format and text and Path(text).is_file() and not self.wizard_.busy)

    def validatePage(self) -> bool:
        self.wizard_.path = Path(self.file_box.text().strip())
        if not self.wizard_.is_generic():
            self.wizard_.mapping = None
        return True

    def nextId(self) -> int:
        return MAPPING if self.wizard_.is_generic() else CHECK
