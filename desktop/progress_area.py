"""The progress area of the status bar: a bar and a Cancel button for long work in the
background (indexing, an import, an export, an exchange). Operations started with
`with_progress()` report to it through `backend.progress` and hide it when they end
(`backend.work_ended`); Cancel cancels every such job (`backend.cancel_jobs()`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressBar, QToolButton, QWidget

from .backend import Backend
from .i18n import translate


class ProgressArea(QObject):
    """`bar` and `cancel_button`, made on `parent` (the window adds them to its status bar)."""

    def __init__(self, backend: Backend, parent: QWidget) -> None:
        super().__init__(parent)
        self.backend = backend
        self.bar = QProgressBar(parent)
        self.bar.setMaximumWidth(220)
        self.bar.setRange(0, 1000)
        self.bar.hide()
        # Translated in the window's context, where these strings were first.
        self.cancel_button = QToolButton(parent)
        self.cancel_button.setText(translate("MainWindow", "Cancel"))
        self.cancel_button.setToolTip(translate("MainWindow", "Stop the work in the background"))
        self.cancel_button.setAccessibleName(translate("MainWindow", "Cancel background work"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        backend.progress.connect(self.show_progress)
        backend.work_ended.connect(self.hide)

    def widgets(self) -> tuple[QWidget, QWidget]:
        return self.bar, self.cancel_button

    def show_progress(self, fraction: float, message: str) -> None:
        self.bar.show()
        self.cancel_button.setVisible(fraction < 1.0)
        self.bar.setValue(int(fraction * 1000))
        self.bar.setFormat(message)
        self.bar.setTextVisible(True)
        if fraction >= 1.0:
            QTimer.singleShot(800, self.hide)

    def hide(self) -> None:
        """Hide the bar and Cancel once long work has ended, however it ended."""
        self.bar.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)

    def cancel(self) -> None:
        """Stop the work that shows progress (each job stops at its next step)."""
        self.backend.cancel_jobs()
        self.cancel_button.setEnabled(False)
