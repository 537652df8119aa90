"""A yes/no question to the user (the one way the app asks before something destructive)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask `text`; True when the user answers Yes."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
