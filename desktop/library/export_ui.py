"""Exporting from the window: a menu of the export formats, the save dialog, and the export
itself on the db worker with progress and Cancel. A collection and a few selected cases
are exported the same way (`catalogue.exporters.export_collection` / `export_entries`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QMenu, QWidget

from catalogue import presentation
from catalogue.jobs import Cancelled, Job

from ..backend import Backend, Core
from ..i18n import NATIVE_NAMES, language, translate
from ..operations import ReadOp
from ..protocols import ExportHost

if TYPE_CHECKING:
    from catalogue.exporters import ExportResult

# The work of an export on the db worker: given the catalogue and the export's job.
ExportWork = Callable[[Core, Job], "ExportResult"]


def fill_format_menu(menu: QMenu, chosen: Callable[[str], None]) -> None:
    """One action per export format this build has; `chosen(format name)` when picked."""
    from catalogue.exporters import FORMATS

    for fmt in FORMATS.values():
        menu.addAction(f"{fmt.label}…", _picker(chosen, fmt.name))


def _picker(chosen: Callable[[str], None], name: str) -> Callable[[], None]:
    return lambda: chosen(name)


@dataclass(frozen=True)
class ExportTarget:
    """Where to write an export, and the language of its headings and labels."""

    path: Path
    lang: str


class ExportDialog(QFileDialog):
    """The save dialog of an export, with the language of its headings, labels and cover
    (`catalogue/labels/`; the cases' texts stay as written), the interface's by default.
    Qt's own dialog, not the system's: only that one takes an extra row."""

    def __init__(
        self, parent: QWidget | None, caption: str, suggested: str, file_filter: str
    ) -> None:
        super().__init__(parent, caption, suggested, file_filter)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the export"))
        for code in presentation.LANGUAGES:
            self.language.addItem(NATIVE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        layout = self.layout()
        if isinstance(layout, QGridLayout):
            row = layout.rowCount()
            layout.addWidget(label, row, 0)
            layout.addWidget(self.language, row, 1)

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def ask_export_path(
    parent: QWidget, settings: QSettings, caption: str, title: str, fmt: str
) -> ExportTarget | None:
    """Ask where to save an export of `title` as `fmt` (the folder is remembered) and in
    which language; None when the user cancels. The dialog asks before replacing a file."""
    from catalogue.exporters import FORMATS, file_name

    suggested = settings.value("export/folder", str(Path.home()))
    dialog = ExportDialog(
        parent, caption, str(Path(str(suggested)) / file_name(title, fmt)), FORMATS[fmt].file_filter
    )
    try:
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        lang = dialog.chosen_language()
    finally:
        dialog.deleteLater()
    settings.setValue("export/folder", str(path.parent))
    return ExportTarget(path, lang)


def run_export(backend: Backend, host: ExportHost, work: ExportWork) -> None:
    """Run `work` on the db worker with progress and Cancel; report the file written (and
    tell `host.export_written`), or that nothing was written."""

    def run(core: Core) -> ExportResult:
        assert core.job is not None
        return work(core, core.job)

    def done(result: ExportResult) -> None:
        left_out = (
            translate("Collections", "; {count} deleted cases left out").format(
                count=len(result.left_out)
            )
            if result.left_out
            else ""
        )
        host.show_status(
            translate("Collections", "Exported {count} cases to {path} ({size} KB)").format(
                count=result.cases, path=result.path, size=max(1, result.bytes // 1024)
            )
            + left_out,
            15000,
        )
        host.export_written(result.path)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            host.show_status(
                translate("Collections", "Export cancelled; no file was written"), 8000
            )
        else:
            backend.report_failure(exc)

    ReadOp(backend, run).with_progress().success(done).failure(failed).run(host)


class EntryExport:
    """ "Export selected…": the cases selected in the list, in any export format."""

    def __init__(
        self, backend: Backend, settings: QSettings, host: ExportHost, parent: QWidget
    ) -> None:
        self.backend = backend
        self.settings = settings
        self.host = host
        self.parent = parent

    def fill_menu(self, menu: QMenu) -> None:
        """The formats, or a hint when no case is selected (for a menu about to show)."""
        menu.clear()
        if self.host.selected_ids():
            fill_format_menu(menu, self.ask)
        else:
            hint = menu.addAction(translate("Export", "Select cases in the list first"))
            hint.setEnabled(False)

    def ask(self, fmt: str) -> None:
        """Ask where to save the selected cases as `fmt`, then export them."""
        ids = self.host.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            title = self.host.title_of(ids[0])
        else:
            title = translate("Export", "{count} cases").format(count=len(ids))
        target = ask_export_path(
            self.parent,
            self.settings,
            translate("Export", "Export {count} selected case(s)").format(count=len(ids)),
            str(title or "case"),
            fmt,
        )
        if target is not None:
            self.export(ids, fmt, target.path, overwrite=True, lang=target.lang)

    def export(
        self,
        entry_ids: Sequence[str],
        fmt: str,
        path: Path,
        overwrite: bool = False,
        lang: str = presentation.ENGLISH,
    ) -> None:
        """Export `entry_ids` to `path` on the db worker (progress, Cancel), its headings
        and labels in `lang`."""
        from catalogue.exporters import export_entries

        ids = list(entry_ids)
        run_export(
            self.backend,
            self.host,
            lambda core, job: export_entries(
                core.catalogue, ids, fmt, path, overwrite=overwrite, lang=lang, job=job
            ),
        )
