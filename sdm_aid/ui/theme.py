"""Looks: text size (100–200 %), the system theme (light or dark) and a high-contrast theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "high-contrast")
MIN_SCALE, MAX_SCALE, STEP = 1.0, 2.0, 0.1
BASE_POINT_SIZE = 12.0  # large enough to read across a desk

_FOCUS = """
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QPlainTextEdit:focus,
QTextBrowser:focus, QListView:focus, QTableView:focus, QSlider:focus, QRadioButton:focus,
QCheckBox:focus, QComboBox:focus, QLabel:focus {
    border: 3px solid %(focus)s; border-radius: 4px;
}
QRadioButton, QCheckBox { padding: 4px; }
QPushButton { padding: 6px 14px; }
QFrame#card { border: 1px solid %(line)s; border-radius: 8px; background: %(card)s; }
QLabel#badge { border: 1px solid %(line)s; border-radius: 6px; padding: 1px 6px; }
"""


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def _high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.LinkVisited, yellow),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#cccccc")),
    ):
        palette.setColor(role, colour)
    return palette


def apply(app: QApplication, theme: str, scale: float) -> None:
    """Apply a theme and text size to the whole application."""
    app.setStyle("Fusion")
    if theme == "high-contrast":
        palette = _high_contrast()
        colours = {"focus": "#ffff00", "line": "#ffffff", "card": "#000000"}
    else:
        palette = app.style().standardPalette()
        dark = app.styleHints().colorScheme().name == "Dark"
        colours = {
            "focus": "#ffbf47" if dark else "#1d70b8",
            "line": "#777777" if dark else "#b1b4b6",
            "card": palette.color(QPalette.ColorRole.Base).name(),
        }
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    app.setFont(font)
    app.setStyleSheet(_FOCUS % colours)


def outcome_colours(theme: str) -> dict[str, QColor]:
    """Icon-array colours: colour-blind-safe, and stronger in high contrast."""
    if theme == "high-contrast":
        return {
            "good": QColor("#00ffff"),
            "bad": QColor("#ffff00"),
            "neutral": QColor("#666666"),
            "background": QColor("#000000"),
        }
    return {
        "good": QColor("#1b7f79"),
        "bad": QColor("#b35806"),
        "neutral": QColor("#d9d9d9"),
        "background": QColor(0, 0, 0, 0),
    }
