"""The watched sync folder in the window: any folder partners already share (Nextcloud,
SharePoint, Syncthing). A pass (`sync.sync_folder`, on the db worker) imports the new
bundles found there and writes one bundle of what is new here. Passes run soon after start,
when a `.casebook` file arrives or changes there (QFileSystemWatcher, after the file has
settled), every five minutes, and on Sync now.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer

from catalogue.catalogue import Changes
from catalogue.jobs import Cancelled

from ..backend import Core, describe_error
from ..i18n import counted

if TYPE_CHECKING:
    import sync

SETTING = "sync/folder"
INTERVAL_MS = 5 * 60 * 1000  # a pass every five minutes
FIRST_MS = 3000  # and one soon after start
SETTLE_MS = 2000  # a file that arrives is read once it has stopped changing this long
SUFFIX = ".casebook"

Listing = dict[str, tuple[int, int]]  # file name -> (size, mtime in ns)


def listing(folder: Path) -> Listing:
    """The `.casebook` files of `folder` with their size and time (empty if unreadable)."""
    found: Listing = {}
    try:
        for path in folder.glob(f"*{SUFFIX}"):
            stat = path.stat()
            found[path.name] = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        return {}
    return found


class FolderHost(Protocol):
    """What the sync folder needs of `Exchange`: running a write, and reporting."""

    def run(
        self,
        fn: Callable[[Core], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        changes: Callable[[Any], Changes] | None = None,
        progress: bool = False,
    ) -> None: ...
    def report(self, text: str, ok: bool = True, box: bool = False) -> None: ...


class SyncFolder(QObject):
    """The sync folder option: the setting, the watcher, the timer and the passes, run and
    reported through `exchange` (exchange.Exchange). `last_status` says what the last
    pass did."""

    def __init__(
        self, exchange: FolderHost, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.exchange = exchange
        self.settings = settings
        self.busy = False
        self.last_status = ""
        self._seen: set[str] = set()  # bundle ids the passes have handled
        self._known: Listing = {}  # the folder's bundles after the last pass
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(lambda: self.sync_now(only_if_new=True))
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _: self.settle.start())
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        folder = self.folder()
        if folder is not None:
            self._watch(folder)
            self.timer.start()
            QTimer.singleShot(FIRST_MS, self.sync_now)

    def folder(self) -> Path | None:
        """The folder chosen (None: the option is off)."""
        value = self.settings.value(SETTING, "")
        return Path(str(value)) if value else None

    def _watch(self, folder: Path | None) -> None:
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))

    def set_folder(self, folder: Path | None) -> None:
        """Watch `folder` (None: stop); a pass runs at once and then as files arrive."""
        report = self.exchange.report
        if folder is None:
            self.settings.remove(SETTING)
            self.timer.stop()
            self.settle.stop()
            self._watch(None)
            self.last_status = ""
            report(self.tr("Sync folder: off."))
            return
        if not folder.is_dir():
            report(
                self.tr("Sync folder: {folder} is not a folder; nothing changed.").format(
                    folder=folder
                ),
                False,
            )
            return
        self.settings.setValue(SETTING, str(folder))
        self._seen.clear()
        self._known = {}
        self.last_status = ""
        self._watch(folder)
        self.timer.start()
        self.sync_now()

    def sync_now(self, only_if_new: bool = False) -> None:
        """One pass over the folder on the db worker (skipped while one runs). With
        `only_if_new` (a change the watcher saw), the pass runs only if a bundle there is
        new or changed since the last pass, so the bundles a pass writes do not start
        another."""
        import sync

        folder = self.folder()
        if folder is None:
            return
        if self.busy:
            if only_if_new:
                self.settle.start()  # look again once this pass is over
            return
        if folder.is_dir() and not self.watcher.directories():
            self._watch(folder)  # it was unreachable (a network drive) and is back
        self.busy = True
        seen, known = self._seen, dict(self._known)

        def run(core: Core) -> tuple[sync.FolderSummary, Listing] | None:
            if not folder.is_dir():
                raise FolderMissing(folder)
            if only_if_new and listing(folder) == known:
                return None
            summary = sync.sync_folder(core.catalogue, folder, seen=seen, job=core.job)
            return summary, listing(folder)

        def done(result: tuple[sync.FolderSummary, Listing] | None) -> None:
            self.busy = False
            if result is None:
                return
            summary, self._known = result
            self._finished(self.summary_text(summary), not summary.refused)

        def failed(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, FolderMissing):
                text = self.tr(
                    "Sync folder: {folder} cannot be reached; trying again in five minutes."
                ).format(folder=exc.folder)
            elif isinstance(exc, Cancelled):
                text = self.tr("Sync folder: pass cancelled; what was imported before stays.")
            else:
                text = self.tr("Sync folder: {reason}").format(reason=describe_error(exc))
            self._finished(text, False)

        self.exchange.run(run, done, failed, changes=pass_changes, progress=True)

    def _finished(self, text: str, ok: bool) -> None:
        self.last_status = self.tr("Last pass at {time}: {what}").format(
            time=time.strftime("%H:%M"), what=text.removeprefix(self.tr("Sync folder: "))
        )
        self.exchange.report(text, ok)

    def summary_text(self, s: sync.FolderSummary) -> str:
        """What a pass did, in one sentence."""
        parts = []
        new = sum(r.new_revisions for _, r in s.imported)
        conflicts = sum(len(r.conflicts) for _, r in s.imported)
        if new:
            parts.append(
                self.tr("imported {revisions} from {bundles}, {conflicts}").format(
                    revisions=counted(self.tr("%Ln revision(s)", "", new), new),
                    bundles=counted(self.tr("%n bundle(s)", "", len(s.imported)), len(s.imported)),
                    conflicts=counted(self.tr("%n conflict(s)", "", conflicts), conflicts),
                )
            )
        for path, message in s.refused:
            parts.append(
                self.tr("refused {name} ({message})").format(name=path.name, message=message)
            )
        if s.exported is not None:
            parts.append(
                self.tr("wrote {name} ({revisions})").format(
                    name=", ".join(p.name for p in s.exported.parts),
                    revisions=counted(
                        self.tr("%Ln revision(s)", "", s.exported.revisions), s.exported.revisions
                    ),
                )
            )
        if not parts:
            parts.append(self.tr("nothing new in either direction"))
        return self.tr("Sync folder: {what}.").format(what="; ".join(parts))


class FolderMissing(Exception):
    """The sync folder cannot be reached (a network drive offline, a folder removed)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


def pass_changes(result: tuple[sync.FolderSummary, Listing] | None) -> Changes:
    """What a pass's imports changed in the catalogue (an entry now in conflict is shown
    again with its flag)."""
    changes = Changes()
    for _, imported in result[0].imported if result is not None else ():
        if imported.wrote:
            changes.merge(
                Changes(
                    imported.added,
                    sorted({*imported.updated, *imported.conflicts}),
                    imported.deleted,
                )
            )
    return changes
