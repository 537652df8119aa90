"""Light and dark palettes: every colour the app draws itself reads on both."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from catalogue.catalogue import EntryRecord
from desktop import theme
from desktop.detail import DetailPane
from tests.conftest import sample_entry


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.palette()
    yield qapp
    qapp.setPalette(before)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_reads_on_its_palette(qapp: QApplication, scheme: str) -> None:
    palette = qapp.style().standardPalette() if scheme == "light" else theme.dark_palette()
    assert theme.is_dark(palette) == (scheme == "dark")
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for name in ("error", "success", "warning", "dim"):
        shade = theme.colour(name, palette)
        assert theme.contrast(shade, window) >= 4.5, (name, scheme)
        assert theme.contrast(shade, base) >= 4.5, (name, scheme)
    note = theme.colour("note_fg", palette), theme.colour("note_bg", palette)
    assert theme.contrast(*note) >= 4.5
    backgrounds = ("differs_bg", "edited_bg", "match_bg")
    for background in (
        *backgrounds,
        "trail_moved_bg",
        "trail_own_bg",
        "trail_seen_bg",
    ):  # the palette's text on them
        assert theme.contrast(text, theme.colour(background, palette)) >= 4.5, background


def test_the_detail_pane_draws_again_when_the_system_turns_dark(
    qtbot: Any, app_palette: QApplication
) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    record = EntryRecord("0123456789abcdef", "rev", sample_entry(), "2026-01-01", "2026-01-02", 2)
    pane.show_entry(record)
    light_dim, dark_dim = theme.COLOURS["dim"]
    assert light_dim in pane.toHtml()
    app_palette.setPalette(theme.dark_palette())
    qtbot.waitUntil(lambda: dark_dim in pane.toHtml())
    html = pane.toHtml()
    assert theme.COLOURS["warning"][1] in html  # the conflict warning (two live versions)
    assert light_dim not in html
    assert "Chatbot for building permit questions" in pane.toPlainText()


def test_appearance_in_settings_applies_at_once(
    qtbot: Any, app_palette: QApplication, tmp_path: Any
) -> None:
    from desktop.settings_dialog import SettingsDialog, appearance

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert appearance(settings) == "system"
    theme.apply_appearance("system")
    system = app_palette.palette().color(QPalette.ColorRole.Window).name()
    dialog = SettingsDialog(settings, tmp_path)
    qtbot.addWidget(dialog)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.accept()
    assert appearance(settings) == "dark"
    assert theme.is_dark()
    dialog = SettingsDialog(settings, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.appearance.currentData() == "dark"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("system"))
    dialog.accept()
    assert app_palette.palette().color(QPalette.ColorRole.Window).name() == system
