"""Opening size for the app's secondary windows (preview, review, collate)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_text(window: QWidget, chars: tuple[int, int], least: tuple[int, int]) -> int:
    """Size ``window`` to ``chars`` (columns, rows) of its text, at least ``least`` pixels,
    and no larger than a real screen's free area. Returns the width chosen."""
    char = window.fontMetrics().averageCharWidth()
    width, height = max(least[0], char * chars[0]), max(least[1], char * chars[1])
    screen = window.screen()
    if screen is not None:
        available = screen.availableGeometry()
        if available.width() >= 1024:  # a real screen, not a tiny virtual one
            width, height = min(width, available.width()), min(height, available.height())
    window.resize(width, height)
    return width
