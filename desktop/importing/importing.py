"""Getting practices into the window: File > Import… (the import wizard), a table dropped
on the window, File > Workshop mode… (the fast intake form) and File > Workshop
template… (the spreadsheet to fill in at a workshop, imported later through the wizard)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from ..backend import Backend, Core, describe_error
from ..drops import local_files
from ..i18n import counted, translate
from ..operations import ReadOp
from ..protocols import ImportHost

if TYPE_CHECKING:
    from catalogue.catalogue import Changes

    from .import_wizard import ImportWizard
    from .workshop_mode import WorkshopForm

TABLE_SUFFIXES = (".xlsx", ".csv", ".json")  # a dropped .casebook is a bundle (Exchange)


class Importing(QObject):
    """The import and workshop actions, and the drop of a table (the window installs this
    as an event filter). Works through `host` (status bar, opening a case, listing ids)."""

    def __init__(
        self, backend: Backend, settings: QSettings, host: ImportHost, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.host = host
        self.parent_widget = parent
        self.wizard: ImportWizard | None = None
        self.workshop: WorkshopForm | None = None
        self.recorded = 0  # practices saved in workshop mode since the app started
        self.import_action = QAction(translate("Importing", "Import…"), parent)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_wizard())
        self.workshop_action = QAction(translate("Importing", "Workshop mode…"), parent)
        self.workshop_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.workshop_action.triggered.connect(self.open_workshop)
        self.template_action = QAction(translate("Importing", "Workshop template…"), parent)
        self.template_action.triggered.connect(self.ask_template)

    # -- the wizard --------------------------------------------------------------------------

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        """Show the import wizard (on `path` when given: its format is guessed)."""
        from .import_wizard import ImportWizard

        if self.wizard is not None and self.wizard.isVisible() and path is None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        if self.wizard is not None:
            self.wizard.close()
            self.wizard.deleteLater()
        self.wizard = ImportWizard(self.backend, self.settings, self.host, self.parent_widget, path)
        self.wizard.show()
        return self.wizard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent too
            tables = local_files(event.mimeData(), TABLE_SUFFIXES)
            if not tables:
                return False  # not ours: a bundle, or nothing Casebook imports
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.open_wizard(tables[0])
            return True
        return False

    # -- workshop ----------------------------------------------------------------------------

    def open_workshop(self) -> WorkshopForm:
        """Show the workshop form (one at a time)."""
        from .workshop_mode import WorkshopForm

        if self.workshop is not None and self.workshop.isVisible():
            self.workshop.raise_()
            self.workshop.activateWindow()
            return self.workshop
        form = WorkshopForm(self.backend, lambda: self.recorded, self.parent_widget)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._recorded)
        form.open_requested.connect(self.host.open_entry)
        form.destroyed.connect(lambda: setattr(self, "workshop", None))
        self.workshop = form
        form.show()
        return form

    def _recorded(self, entry_id: str, changes: Changes) -> None:
        self.recorded += 1
        self.host.show_status(
            counted(
                self.tr("Recorded. %n practice(s) recorded this session.", "", self.recorded),
                self.recorded,
            ),
            5000,
        )

    def ask_template(self) -> None:
        """Ask where to save the workshop spreadsheet, then write it."""
        settings = self.settings
        folder = Path(str(settings.value("import/folder", str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("Importing", "Save the workshop spreadsheet"),
            str(folder / "workshop-intake.xlsx"),
            translate("Importing", "Excel workbook (*.xlsx)"),
        )
        if path:
            settings.setValue("import/folder", str(Path(path).parent))
            target = Path(path)
            self.write_template(
                target if target.suffix.lower() == ".xlsx" else Path(path + ".xlsx")
            )

    def write_template(self, path: Path) -> None:
        """Write the workshop spreadsheet to `path` (on the worker)."""
        from catalogue.errors import CasebookError
        from catalogue.importers import write_workshop_template

        def write(core: Core) -> Path:
            try:
                write_workshop_template(path)
            except OSError as exc:
                raise CasebookError(
                    f"cannot write {path} ({exc.strerror}); choose another folder"
                ) from None
            return path

        def done(written: Path) -> None:
            self.host.show_status(
                translate(
                    "Importing",
                    "Wrote {name}. Fill in one row per practice, then File > Import… it.",
                ).format(name=written.name),
                15000,
            )

        def failed(exc: BaseException) -> None:
            self.host.show_status(describe_error(exc), 15000)

        ReadOp(self.backend, write).success(done).failure(failed).run(self)
