"""Exchanging entries with partners in the window (SYNC.md): this installation's identity,
the partners and their trust, bundles exported and imported (also by dropping a
`.casebook` file on the window), and the conflict resolver.

`Exchange` holds the actions and runs every piece of sync work on the db worker (never on
the GUI thread), reporting each outcome through `reported` (and the status bar). The view
is `dialog.ExchangeDialog`; the watched folder is `sync_folder.SyncFolder`. Writes are
`WriteOp`s: an import's or a merge's changes reach the window through `backend.changed`.
Methods that take paths (`import_bundle_from`, `export_bundle_to`, …) do the work; the
`ask_*` methods only ask for the path first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from catalogue.catalogue import Changes
from catalogue.errors import CasebookError
from catalogue.jobs import Cancelled

from ..backend import Backend, Core, describe_error
from ..drops import local_files
from ..i18n import counted
from ..operations import ReadOp, WriteOp
from ..protocols import ExchangeHost, ProgressControl
from ..questions import ask
from .sync_folder import SyncFolder
from .texts import (
    BUNDLE_FILTER,
    IDENTITY_FILTER,
    SUFFIX,
    import_text,
    refusal_text,
    status_label,
    translate,
)

if TYPE_CHECKING:
    import sync

    from .conflicts import ConflictResolver
    from .dialog import ExchangeDialog

T = TypeVar("T")


class Exchange(QObject):
    """The window's exchange actions, the drop of a bundle, the conflict resolvers and the
    sync folder. `reported(text, ok)` carries every outcome shown to the user;
    `state_changed` asks an open Exchange view to read the state again."""

    reported = Signal(str, bool)
    state_changed = Signal()

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        host: ExchangeHost,
        progress: ProgressControl,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.host = host
        self.progress = progress
        self.host_widget = parent  # parent of the dialogs and questions
        self.dialog: ExchangeDialog | None = None
        self.resolvers: list[ConflictResolver] = []
        self.open_action = QAction(self.tr("Exchange with partners…"), parent)
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.open_action.triggered.connect(self.open_dialog)
        self.resolve_action = QAction(self.tr("Resolve conflict…"), parent)
        self.resolve_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.resolve_action.triggered.connect(self.resolve_current)
        self.folder = SyncFolder(self, settings, self)

    # -- running and reporting ---------------------------------------------------------------

    def run(
        self,
        fn: Callable[[Core], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        changes: Callable[[T], Changes] | None = None,
        progress: bool = False,
    ) -> None:
        """Run `fn` on the db worker as a `WriteOp` (with `changes`, what it changed in the
        catalogue; with `progress`, a job in `core.job`, progress and Cancel); then
        `done(result)` or `failed(exc)` (default: report the error)."""
        if self.dialog is not None:
            self.dialog.set_busy(True)

        def finish(result: T) -> None:
            self._idle()
            done(result)

        def fail(exc: BaseException) -> None:
            self._idle()
            if failed is not None:
                failed(exc)
            else:
                self.report(describe_error(exc), False)

        op = WriteOp(self.backend, fn)
        if changes is not None:
            op.changes(changes)
        if progress:
            op.with_progress()
        op.success(finish).failure(fail).run(self)

    def _idle(self) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)

    def report(self, text: str, ok: bool = True, box: bool = False) -> None:
        """Show an outcome: in the status bar, in the Exchange view when it is open, else
        (`box`, for an import) in a message box that does not block."""
        self.host.show_status(text, 15000)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_message(text, ok)
        elif box:
            message = QMessageBox(
                QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
                self.tr("Import"),
                text,
                QMessageBox.StandardButton.Ok,
                self.host_widget,
            )
            message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            message.open()
        self.reported.emit(text, ok)
        self.state_changed.emit()

    # -- identity ----------------------------------------------------------------------------

    def create_identity(self, org: str) -> None:
        """Make this installation's key pair for `org` (refused if it has one)."""
        import sync

        def make(core: Core) -> sync.Identity:
            return sync.init_identity(core.catalogue, org)

        def done(me: sync.Identity) -> None:
            self.report(
                self.tr(
                    "Created the identity of {org}. Fingerprint: {fp}. Export the identity "
                    "file and hand it to your partners."
                ).format(org=me.org, fp=me.grouped_fingerprint)
            )

        self.run(make, done)

    def export_identity(self, path: Path) -> None:
        """Write the public identity file partners add."""
        import sync

        def write(core: Core) -> str:
            me = sync.load_identity(core.catalogue)
            try:
                path.write_bytes(me.public_file() + b"\n")
            except OSError as exc:
                raise CasebookError(
                    f"cannot write {path} ({exc.strerror}); choose another file"
                ) from None
            return me.grouped_fingerprint

        self.run(
            write,
            lambda fp: self.report(
                self.tr("Wrote {path} (fingerprint {fp}). Hand it to your partners.").format(
                    path=path, fp=fp
                )
            ),
        )

    # -- partners ----------------------------------------------------------------------------

    def add_partner_file(self, path: Path) -> None:
        """Add a partner from its identity file; then show its fingerprint and offer to
        trust it once the user has compared it with the partner."""
        import sync

        def add(core: Core) -> tuple[sync.Partner, bool]:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise CasebookError(f"cannot read {path} ({exc.strerror})") from None
            return sync.add_partner(core.catalogue, data)

        def added(result: tuple[sync.Partner, bool]) -> None:
            partner, new = result
            text = self.tr("Added {org} ({status}). Fingerprint: {fp}")
            if not new:
                text = self.tr("{org} was already a partner ({status}). Fingerprint: {fp}")
            self.report(
                text.format(
                    org=partner.org,
                    status=status_label(partner.status),
                    fp=partner.grouped_fingerprint,
                )
            )
            if partner.status == "untrusted":
                self.confirm_trust(partner)

        def failed(exc: BaseException) -> None:
            self.report(self.tr("Not added: {reason}").format(reason=describe_error(exc)), False)

        self.run(add, added, failed)

    def confirm_trust(self, partner: sync.Partner) -> None:
        """Ask the user to compare the fingerprint with the partner, then trust it."""
        text = self.tr(
            "Read this fingerprint aloud with {org} (by phone or in person) and check that "
            "theirs is the same:\n\n{fp}\n\nTrust {org}? Their bundles are accepted from now on."
        ).format(org=partner.org, fp=partner.grouped_fingerprint)
        if ask(self.parent_widget(), self.tr("Compare the fingerprint"), text):
            self.trust(partner.fingerprint)

    def trust(self, fingerprint: str) -> None:
        """Trust a partner's key (after `confirm_trust`)."""
        import sync

        def trust(core: Core) -> sync.Partner:
            return sync.trust_partner(core.catalogue, fingerprint)

        self.run(
            trust,
            lambda p: self.report(
                self.tr("Trusted {org} ({fp}).").format(org=p.org, fp=p.grouped_fingerprint)
            ),
        )

    def revoke(self, partner: sync.Partner) -> None:
        """Revoke a partner's key, after asking."""
        import sync

        if not ask(
            self.parent_widget(),
            self.tr("Revoke the key?"),
            self.tr(
                "Revoke the key of {org}? Entries already received from them stay; anything "
                "newer they sign is refused from now on, and a revoked key cannot be trusted "
                "again."
            ).format(org=partner.org),
        ):
            return
        fingerprint = partner.fingerprint

        def revoke(core: Core) -> sync.Partner:
            return sync.revoke_partner(core.catalogue, fingerprint)

        self.run(
            revoke,
            lambda p: self.report(self.tr("Revoked the key of {org}.").format(org=p.org)),
        )

    # -- bundles -----------------------------------------------------------------------------

    def export_bundle_to(self, path: Path, partner: str | None = None) -> None:
        """Write a bundle of everything (`partner=None`) or of what that partner (a
        fingerprint) has not acknowledged holding, in parts beside `path` when too large
        for one file; progress and Cancel (a cancelled export writes no file)."""
        import sync

        def export(core: Core) -> sync.ExportSummary:
            return sync.export_bundle(core.catalogue, path, partner=partner, job=core.job)

        def done(s: sync.ExportSummary) -> None:
            text = self.tr("Wrote {name}: {revisions}, {blobs}.").format(
                name=", ".join(p.name for p in s.parts) or path.name,  # parts, if split
                revisions=counted(self.tr("%Ln revision(s)", "", s.revisions), s.revisions),
                blobs=counted(self.tr("%Ln attachment(s)", "", s.blobs), s.blobs),
            )
            if s.revisions == 0 and partner is not None:
                text += " " + self.tr("Nothing new for this partner since the last bundle.")
            elif s.revisions == 0:
                text += " " + self.tr("The catalogue has no revisions to send yet.")
            self.report(text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.report(self.tr("Export cancelled; no file was written."), False)
            else:
                self.report(
                    self.tr("Not exported: {reason}").format(reason=describe_error(exc)), False
                )

        self.run(export, done, failed, progress=True)

    def import_bundle_from(self, path: Path) -> None:
        """Verify and import a bundle with progress and Cancel; report the summary or the
        refusal (a refused or cancelled import writes nothing)."""
        import sync

        def run(core: Core) -> sync.ImportSummary:
            return sync.import_bundle(core.catalogue, path, job=core.job)

        def done(s: sync.ImportSummary) -> None:
            self.report(import_text(s), True, box=True)

        def failed(exc: BaseException) -> None:
            self.report(refusal_text(exc), False, box=True)

        self.run(run, done, failed, changes=summary_changes, progress=True)

    # -- conflicts ---------------------------------------------------------------------------

    def resolve_current(self) -> None:
        """Open the resolver on the case in the detail pane."""
        entry_id = self.host.current_entry()
        if entry_id is None:
            self.resolve_any()
            return
        self.open_resolver(entry_id)

    def resolve_any(self) -> None:
        """Open the resolver on a case in conflict: the only one, or one the user picks."""

        def read(core: Core) -> list[tuple[str, str]]:
            listed = core.catalogue.list_entries([("conflict", "yes")])
            return [(s.id, s.title) for s in listed]

        def choose(conflicts: list[tuple[str, str]]) -> None:
            if not conflicts:
                self.report(self.tr("No case is in conflict."))
                return
            if len(conflicts) == 1:
                self.open_resolver(conflicts[0][0])
                return
            titles = [f"{title}  ({entry_id[:8]})" for entry_id, title in conflicts]
            chosen, ok = QInputDialog.getItem(
                self.parent_widget(),
                self.tr("Resolve a conflict"),
                self.tr("Cases in conflict:"),
                titles,
                0,
                False,
            )
            if ok and chosen in titles:
                self.open_resolver(conflicts[titles.index(chosen)][0])

        ReadOp(self.backend, read).success(choose).failure(self._report_error).run(self)

    def _report_error(self, exc: BaseException) -> None:
        self.report(describe_error(exc), False)

    def link_clicked(self, url: QUrl) -> None:
        """A link in the detail pane: "Resolve…" on an entry in conflict opens the resolver."""
        if url.scheme() == "casebook" and url.path().startswith("resolve/"):
            self.open_resolver(url.path().removeprefix("resolve/"))

    def open_resolver(self, entry_id: str) -> None:
        """Open the resolver on an entry in conflict (a message if it has none)."""
        import sync

        open_already = [r for r in self.resolvers if r.conflict.id == entry_id]
        if open_already:
            open_already[0].raise_()
            open_already[0].activateWindow()
            return

        def read(core: Core) -> sync.Conflict:
            return sync.conflict_of(core.catalogue, entry_id)

        def show(conflict: sync.Conflict) -> None:
            from .conflicts import ConflictResolver

            resolver = ConflictResolver(self.backend, conflict, self.host_widget)
            resolver.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            resolver.resolved.connect(lambda _: self._resolved(resolver))
            self.resolvers.append(resolver)
            resolver.finished.connect(lambda _: self.resolvers.remove(resolver))
            resolver.show()

        ReadOp(self.backend, read).success(show).failure(self._report_error).run(self)

    def _resolved(self, resolver: ConflictResolver) -> None:
        self.report(
            self.tr("Resolved “{title}”: the merged version is saved.").format(
                title=resolver.conflict.title
            )
        )

    # -- dialogs -----------------------------------------------------------------------------

    def parent_widget(self) -> QWidget:
        """The Exchange view when it is open, else the window (for questions and files)."""
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        return self.host_widget

    def open_dialog(self) -> ExchangeDialog:
        """Show the Exchange view (made on first use)."""
        from .dialog import ExchangeDialog

        if self.dialog is None:
            self.dialog = ExchangeDialog(self)
            self.dialog.installEventFilter(self)  # a bundle dropped there is imported too
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.refresh()
        return self.dialog

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget(),
            self.tr("Import a bundle"),
            self._folder(),
            translate(BUNDLE_FILTER),
        )
        if path:
            self._remember(path)
            self.import_bundle_from(Path(path))

    def ask_export(self, partner: sync.Partner | None) -> None:
        name = "casebook-all" if partner is None else _slug(partner.org)
        title = (
            self.tr("Export everything")
            if partner is None
            else self.tr("Export for {org}").format(org=partner.org)
        )
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget(),
            title,
            str(Path(self._folder()) / (name + SUFFIX)),
            translate(BUNDLE_FILTER),
        )
        if path:
            self._remember(path)
            target = Path(path) if path.endswith(SUFFIX) else Path(path + SUFFIX)
            self.export_bundle_to(target, None if partner is None else partner.fingerprint)

    def ask_export_identity(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget(),
            self.tr("Export the identity file"),
            str(Path(self._folder()) / "casebook-identity.id"),
            translate(IDENTITY_FILTER),
        )
        if path:
            self._remember(path)
            self.export_identity(Path(path))

    def ask_add_partner(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget(),
            self.tr("Add a partner from its identity file"),
            self._folder(),
            translate(IDENTITY_FILTER),
        )
        if path:
            self._remember(path)
            self.add_partner_file(Path(path))

    def ask_create_identity(self) -> None:
        org, ok = QInputDialog.getText(
            self.parent_widget(),
            self.tr("Create this installation's identity"),
            self.tr("Your organisation, as partners know it:"),
        )
        if ok and org.strip():
            self.create_identity(org.strip())

    def ask_sync_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget(), self.tr("Choose the shared sync folder"), self._folder()
        )
        if folder:
            self.folder.set_folder(Path(folder))

    def _folder(self) -> str:
        return str(self.settings.value("exchange/folder", str(Path.home())))

    def _remember(self, path: str) -> None:
        self.settings.setValue("exchange/folder", str(Path(path).parent))

    # -- dropping a bundle on the window (or on the Exchange view) -------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)  # QDragEnterEvent and QDragMoveEvent too
            bundles = local_files(event.mimeData(), (SUFFIX,))
            if not bundles:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                for path in bundles:
                    self.import_bundle_from(path)
            return True
        return False


def _slug(text: str) -> str:
    import re

    return "casebook-for-" + (re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "partner")


def summary_changes(s: sync.ImportSummary) -> Changes:
    """What an import of a bundle changed (an entry now in conflict is shown again with its
    flag); nothing when it wrote nothing."""
    if not s.wrote:
        return Changes()
    return Changes(s.added, sorted({*s.updated, *s.conflicts}), s.deleted)
