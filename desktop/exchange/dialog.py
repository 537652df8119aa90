"""The Exchange view: this installation's identity and fingerprint, the partners with their
trust, export and import of bundles, conflicts, and the sync folder. It only shows and
asks; `Exchange` (exchange.py) does the work on the db worker."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalogue.errors import CasebookError

from .. import theme
from ..backend import Backend, Core
from ..i18n import counted
from ..operations import ReadOp
from ..protocols import ProgressControl
from .sync_folder import SyncFolder
from .texts import status_label

if TYPE_CHECKING:
    import sync


class ExchangeActions(Protocol):
    """What the view asks of `exchange.Exchange`: the work behind its buttons."""

    backend: Backend
    progress: ProgressControl
    host_widget: QWidget
    folder: SyncFolder
    state_changed: SignalInstance

    def ask_create_identity(self) -> None: ...
    def ask_export_identity(self) -> None: ...
    def ask_add_partner(self) -> None: ...
    def ask_export(self, partner: sync.Partner | None) -> None: ...
    def ask_import(self) -> None: ...
    def ask_sync_folder(self) -> None: ...
    def resolve_any(self) -> None: ...
    def confirm_trust(self, partner: sync.Partner) -> None: ...
    def revoke(self, partner: sync.Partner) -> None: ...


@dataclass
class State:
    """What the Exchange view shows, read on the worker."""

    org: str | None = None
    fingerprint: str | None = None  # grouped
    key_problem: str | None = None
    partners: list[sync.Partner] = field(default_factory=list)
    conflicts: int = 0
    # {origin: revisions held aside}: of installations not trusted (yet), kept unseen.
    held_aside: dict[str, int] = field(default_factory=dict)
    # {origin: counters signed twice}: a copied home (both revisions kept).
    forked: dict[str, list[int]] = field(default_factory=dict)


def read_state(core: Core) -> State:
    """The identity, the partners and the number of conflicts (on the db worker)."""
    import sync

    catalogue = core.catalogue
    state = State()
    if sync.has_identity(catalogue):
        try:
            me = sync.load_identity(catalogue)
            state.org, state.fingerprint = me.org, me.grouped_fingerprint
        except CasebookError as exc:
            state.key_problem = exc.message
    state.partners = sync.list_partners(catalogue)
    state.conflicts = catalogue.count_matching([("conflict", "yes")])
    state.held_aside = sync.held_aside(catalogue)
    state.forked = catalogue.forked_counters()
    return state


def origin_name(origin: str, partners: list[sync.Partner]) -> str:
    """Who an origin (an installation id, `fingerprint:epoch`) belongs to, as people know
    them: the partner whose key it names, or the start of the id."""
    key = origin.split(":", 1)[0]
    for partner in partners:
        if partner.fingerprint == key or any(
            i.installation == origin for i in partner.installations
        ):
            return partner.org
    return origin[:16] + ("…" if len(origin) > 16 else "")


class ExchangeDialog(QDialog):
    """The Exchange view: identity, partners, bundles, conflicts, sync folder."""

    def __init__(self, exchange: ExchangeActions) -> None:
        super().__init__(exchange.host_widget)
        self.exchange = exchange
        self.state = State()
        self.busy = False
        self._before = ("", "")  # the message shown before "Working…"
        self.setWindowTitle(self.tr("Exchange with partners"))
        self.setAccessibleName(self.tr("Exchange with partners"))
        self.resize(900, 700)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)

        mine = QGroupBox(self.tr("This installation"), self)
        mine_layout = QVBoxLayout(mine)
        self.identity_label = QLabel(self)
        self.identity_label.setAccessibleName(self.tr("This installation's identity"))
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_label.setWordWrap(True)
        mine_layout.addWidget(self.identity_label)
        row = QHBoxLayout()
        self.create_button = self._button(self.tr("Create identity…"), exchange.ask_create_identity)
        self.export_identity_button = self._button(
            self.tr("Export identity file…"), exchange.ask_export_identity
        )
        row.addWidget(self.create_button)
        row.addWidget(self.export_identity_button)
        row.addStretch(1)
        mine_layout.addLayout(row)
        layout.addWidget(mine)

        partners = QGroupBox(self.tr("Partners"), self)
        partners_layout = QVBoxLayout(partners)
        self.partners = QTreeWidget(self)
        self.partners.setAccessibleName(self.tr("Partners and their trust"))
        self.partners.setRootIsDecorated(False)
        self.partners.setHeaderLabels(
            [self.tr("Organisation"), self.tr("Trust"), self.tr("Fingerprint")]
        )
        header = self.partners.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.partners.itemSelectionChanged.connect(self._update_buttons)
        partners_layout.addWidget(self.partners)
        # Revisions held aside and installations flagged (a copied home): SYNC.md, amendments.
        self.trust_notes = QLabel(self)
        self.trust_notes.setObjectName("trust_notes")
        self.trust_notes.setWordWrap(True)
        self.trust_notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_notes.setAccessibleName(self.tr("Held aside and flagged installations"))
        partners_layout.addWidget(self.trust_notes)
        row = QHBoxLayout()
        self.add_button = self._button(self.tr("Add partner…"), exchange.ask_add_partner)
        self.trust_button = self._button(self.tr("Trust…"), self._trust)
        self.revoke_button = self._button(self.tr("Revoke…"), self._revoke)
        self.export_partner_button = self._button(
            self.tr("Export for this partner…"), lambda: exchange.ask_export(self.partner())
        )
        for button in (
            self.add_button,
            self.trust_button,
            self.revoke_button,
            self.export_partner_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        partners_layout.addLayout(row)
        layout.addWidget(partners, 1)

        bundles = QGroupBox(self.tr("Bundles and conflicts"), self)
        bundles_layout = QHBoxLayout(bundles)
        self.export_all_button = self._button(
            self.tr("Export everything…"), lambda: exchange.ask_export(None)
        )
        self.import_button = self._button(self.tr("Import a bundle…"), exchange.ask_import)
        self.conflicts_button = self._button(self.tr("Resolve conflicts…"), exchange.resolve_any)
        for button in (self.export_all_button, self.import_button, self.conflicts_button):
            bundles_layout.addWidget(button)
        hint = QLabel(self.tr("or drop a .casebook file here or on the main window"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        bundles_layout.addWidget(hint)
        bundles_layout.addStretch(1)
        layout.addWidget(bundles)

        folder = QGroupBox(self.tr("Sync folder"), self)
        folder_layout = QVBoxLayout(folder)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Sync folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.choose_folder_button = self._button(
            self.tr("Choose folder…"), exchange.ask_sync_folder
        )
        self.stop_folder_button = self._button(
            self.tr("Stop syncing"), lambda: exchange.folder.set_folder(None)
        )
        self.sync_now_button = self._button(self.tr("Sync now"), exchange.folder.sync_now)
        for button in (self.choose_folder_button, self.stop_folder_button, self.sync_now_button):
            row.addWidget(button)
        row.addStretch(1)
        folder_layout.addLayout(row)
        layout.addWidget(folder)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumHeight(40)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = self._button(self.tr("Cancel"), self._cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the work in progress"))
        self.cancel_button.hide()
        close = self._button(self.tr("Close"), self.close)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        row.addWidget(close)
        layout.addLayout(row)

        exchange.state_changed.connect(self.refresh)
        exchange.backend.progress.connect(self._progress)
        self.show_state(self.state)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the identity, partners and conflicts again (on the db worker)."""
        if self.isVisible():
            ReadOp(self.exchange.backend, read_state).success(self.show_state).failure(
                lambda exc: None
            ).run(self)

    def show_state(self, state: State) -> None:
        self.state = state
        if state.key_problem:
            self.identity_label.setText(
                self.tr("The identity cannot be used: {problem}").format(
                    problem=html.escape(state.key_problem)
                )
            )
        elif state.org is None:
            self.identity_label.setText(
                self.tr(
                    "This installation has no identity yet. Create one to sign what you "
                    "export; partners trust it by its fingerprint."
                )
            )
        else:
            self.identity_label.setText(
                self.tr(
                    "<b>{org}</b><br>Fingerprint, to read aloud to partners:<br>"
                    "<span style='font-family:monospace; font-size:14pt'>{fp}</span>"
                ).format(org=html.escape(state.org), fp=html.escape(state.fingerprint or ""))
            )
        selected = self.partner()
        self.partners.clear()
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for partner in state.partners:
            item = QTreeWidgetItem(
                [partner.org, status_label(partner.status), partner.grouped_fingerprint]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, partner.fingerprint)
            item.setFont(2, fixed)
            if partner.status == "revoked":
                item.setForeground(1, Qt.GlobalColor.darkRed)
            elif partner.status == "untrusted":
                item.setForeground(1, Qt.GlobalColor.darkYellow)
            self.partners.addTopLevelItem(item)
            if selected is not None and selected.fingerprint == partner.fingerprint:
                item.setSelected(True)
        self.trust_notes.setText(self.trust_text(state))
        self.trust_notes.setVisible(bool(state.held_aside or state.forked))
        n = state.conflicts
        self.conflicts_button.setText(
            self.tr("Resolve conflicts ({n})…").format(n=n) if n else self.tr("No conflicts")
        )
        self.show_folder()

    def trust_text(self, state: State) -> str:
        """Revisions held aside, by whom, and installations that forked (HTML)."""
        lines = []
        if state.held_aside:
            who = ", ".join(
                f"{html.escape(origin_name(origin, state.partners))} ({n})"
                for origin, n in sorted(state.held_aside.items())
            )
            held = sum(state.held_aside.values())
            lines.append(
                counted(
                    self.tr(
                        "<b>Held aside: %n revision(s)</b> of installations you do not trust "
                        "(yet): kept, not shown, passed on to partners, and applied when you "
                        "trust their key.",
                        "",
                        held,
                    ),
                    held,
                )
                + " "
                + who
            )
        for origin, counters in sorted(state.forked.items()):
            lines.append(
                self.tr(
                    "<b>Flagged: {who}</b> signed two different revisions with the same "
                    "number (a Casebook folder copied to another computer and used on both). "
                    "Both are kept; a case edited on both shows as a conflict."
                ).format(who=html.escape(origin_name(origin, state.partners)))
                + f" ({', '.join(map(str, counters[:5]))}{' …' if len(counters) > 5 else ''})"
            )
        return "<br>".join(lines)

    def show_folder(self) -> None:
        """The sync folder, and what its last pass did."""
        folder = self.exchange.folder
        where = folder.folder()
        if where is None:
            text = self.tr(
                "Off. Choose a folder your partners already share (Nextcloud, SharePoint, "
                "Syncthing): new bundles found there are imported, and what is new here is "
                "written there."
            )
        else:
            text = self.tr(
                "On: <b>{folder}</b><br>Checked when a file arrives there, every five minutes, "
                "and with Sync now."
            ).format(folder=html.escape(str(where)))
            if folder.last_status:
                text += "<br>" + html.escape(folder.last_status)
        self.folder_label.setText(text)
        self._update_buttons()

    def partner(self) -> sync.Partner | None:
        items = self.partners.selectedItems()
        if not items:
            return None
        fingerprint = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.state.partners if p.fingerprint == fingerprint), None)

    def select_partner(self, fingerprint: str) -> None:
        for i in range(self.partners.topLevelItemCount()):
            item = self.partners.topLevelItem(i)
            if item is not None:
                item.setSelected(item.data(0, Qt.ItemDataRole.UserRole) == fingerprint)

    def _update_buttons(self) -> None:
        state, partner = self.state, self.partner()
        has_identity = state.org is not None and not state.key_problem
        busy = self.busy
        self.create_button.setVisible(state.org is None and not state.key_problem)
        self.export_identity_button.setEnabled(has_identity and not busy)
        self.trust_button.setEnabled(
            partner is not None and partner.status == "untrusted" and not busy
        )
        self.revoke_button.setEnabled(
            partner is not None and partner.status != "revoked" and not busy
        )
        self.export_partner_button.setEnabled(
            has_identity and partner is not None and partner.status == "trusted" and not busy
        )
        self.export_all_button.setEnabled(has_identity and not busy)
        self.import_button.setEnabled(not busy)
        self.conflicts_button.setEnabled(bool(state.conflicts))
        watching = self.exchange.folder.folder() is not None
        self.choose_folder_button.setEnabled(has_identity)
        self.stop_folder_button.setEnabled(watching)
        self.sync_now_button.setEnabled(watching and has_identity and not busy)

    def show_message(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("" if ok else theme.text_style("error"))
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        """Show progress and Cancel while work runs; after work that reported nothing (a
        sync folder pass that found nothing new), the message before it comes back."""
        working = self.tr("Working…")
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(True)
        if busy:
            if self.message.text() != working:
                self._before = (self.message.text(), self.message.styleSheet())
            self.progress.setRange(0, 0)  # until the work reports how far it is
            self.message.setStyleSheet("")
            self.message.setText(working)
        elif self.message.text() == working:
            text, style = self._before
            self.message.setText(text)
            self.message.setStyleSheet(style)
        self._update_buttons()

    def _progress(self, fraction: float, message: str) -> None:
        if self.busy:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
            self.progress.setFormat(message)
            self.progress.setTextVisible(True)

    def _cancel(self) -> None:
        self.exchange.progress.cancel()
        self.cancel_button.setEnabled(False)

    # -- actions -----------------------------------------------------------------------------

    def _trust(self) -> None:
        partner = self.partner()
        if partner is not None:
            self.exchange.confirm_trust(partner)

    def _revoke(self) -> None:
        partner = self.partner()
        if partner is not None:
            self.exchange.revoke(partner)
