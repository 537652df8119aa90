"""Exporting from the window: a menu of the export formats, the save dialog, and the export
itself on the db worker with progress and Cancel. A collection and a few selected cases
are exported the same way (`catalogue.exporters.export_collection` / `export_entries`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from catalogue.jobs import Cancelled, Job

from ..backend import Backend, Core
from ..i18n import translate
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


def ask_export_path(
    parent: QWidget, settings: QSettings, caption: str, title: str, fmt: str
) -> Path | None:
    """Ask where to save an export of `title` as `fmt` (the folder is remembered); None
    when the user cancels. The dialog itself asks before replacing a file."""
    from catalogue.exporters import FORMATS, file_name

    suggested = settings.value("export/folder", str(Path.home()))
    path, _ = QFileDialog.getSaveFileName(
        parent, caption, str(Path(str(suggested)) / file_name(title, fmt)), FORMATS[fmt].file_filter
    )
    if not path:
        return None
    settings.setValue("export/folder", str(Path(path).parent))
    return Path(path)


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
        path = ask_export_path(
            self.parent,
            self.settings,
            translate("Export", "Export {count} selected case(s)").format(count=len(ids)),
            str(title or "case"),
            fmt,
        )
        if path is not None:
            self.export(ids, fmt, path, overwrite=True)

    def export(
        self, entry_ids: Sequence[str], fmt: str, path: Path, overwrite: bool = False
    ) -> None:
        """Export `entry_ids` to `path` on the db worker (progress, Cancel)."""
        from catalogue.exporters import export_entries

        ids = list(entry_ids)
        run_export(
            self.backend,
            self.host,
            lambda core, job: export_entries(
                core.catalogue, ids, fmt, path, overwrite=overwrite, job=job
            ),
        )
