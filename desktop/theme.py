"""Colours that read on light and on dark palettes.

Qt follows the system's light or dark scheme through the application palette; everything
the app draws itself (messages in red or green, the near-duplicate banner, the conflict
resolver's highlights, the detail pane's HTML) takes its colours from here, picked for the
palette in use, so that nothing is dark text on a dark window or light text on a light
highlight. tests/desktop/test_theme.py checks the contrast of each on both palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QGuiApplication, QPalette

APPEARANCE_KEY = "interface/appearance"
# (label, setting): the system's scheme, or light or dark whatever the system says.
APPEARANCES = (
    (QT_TRANSLATE_NOOP("Settings", "As the system"), "system"),
    (QT_TRANSLATE_NOOP("Settings", "Light"), "light"),
    (QT_TRANSLATE_NOOP("Settings", "Dark"), "dark"),
)
_system_palette: QPalette | None = None

# name -> (on a light palette, on a dark palette)
COLOURS = {
    "error": ("#b00020", "#ff8a80"),
    "success": ("#1e7b34", "#7ddc8a"),
    "warning": ("#9a4f00", "#ffb74d"),
    "dim": ("#5f6368", "#a8adb3"),  # secondary text: field names, notes
    "note_fg": ("#5c4400", "#ffe3a3"),  # the near-duplicate banner
    "note_bg": ("#fff4d6", "#45391a"),
    "differs_bg": ("#fff3d6", "#45391a"),  # conflict resolver: fields that differ
    "differs_border": ("#e0b050", "#b08a30"),
    "edited_bg": ("#e3f0ff", "#1d3652"),  # conflict resolver: a value edited by hand
    "edited_border": ("#6a9fd8", "#4f86c6"),
    "match_bg": ("#eef3fb", "#2a3442"),  # the detail pane's "Matched:" line
    # The learning trail's cells: transferred, the partner's own practice, studied.
    "trail_moved_bg": ("#d5f0dc", "#1f4a2b"),
    "trail_own_bg": ("#ececec", "#3c3c3c"),
    "trail_seen_bg": ("#e3f0ff", "#1d3652"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (the application's by default) draws light text on dark."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colour(name: str, palette: QPalette | None = None) -> str:
    """The colour `name` (a key of COLOURS) for `palette`, as #rrggbb."""
    light, dark = COLOURS[name]
    return dark if is_dark(palette) else light


def text_style(name: str) -> str:
    """A widget style sheet that colours its text `name` ("error", "success", …)."""
    return f"color:{colour(name)}"


def contrast(a: str | QColor, b: str | QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; body text wants 4.5 or more)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    first, second = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (first + 0.05) / (second + 0.05)


def dark_palette() -> QPalette:
    """A dark palette like the ones systems give dark schemes (for Appearance: Dark)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, shade in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#f0f0f0"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#f0f0f0"),
        (roles.Text, "#f0f0f0"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#f0f0f0"),
        (roles.BrightText, "#ff8a80"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
        (roles.Light, "#505050"),
        (roles.Midlight, "#404040"),
        (roles.Mid, "#303030"),
        (roles.Dark, "#202020"),
        (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(shade))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_appearance(appearance: str) -> None:
    """Use the system's palette ("system"), or a light or dark one whatever it says."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(QGuiApplication.palette())
    if appearance == "dark":
        QGuiApplication.setPalette(dark_palette())
    elif appearance == "light":
        from PySide6.QtWidgets import QApplication

        style = QApplication.style()
        QGuiApplication.setPalette(style.standardPalette() if style is not None else QPalette())
    else:
        QGuiApplication.setPalette(_system_palette)
