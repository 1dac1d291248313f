"""Scroll areas whose viewport Python made, so that PySide6 never has to work out its type.

When Qt hands PySide6 a widget that Python did not make (a scroll area's viewport, from
``viewport()`` or as the ``widget`` a style is given to paint), PySide6 finds its most
derived type by setting up every widget class it could be: their methods and enums, about
0.4 MB and 1,100 interned names (enough, in a consultation, for Python to double its table
of them). A viewport made here is the same as Qt's own (name, background, flags: checked by
tests/ui/test_viewport.py) but is known already.
"""

from __future__ import annotations

import sys
from typing import TypeVar

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScrollArea, QWidget

Area = TypeVar("Area", bound=QAbstractScrollArea)


def with_own_viewport(area: Area, *, pan: bool = True) -> Area:
    """Give ``area`` (before anything is put in it) a viewport made in Python; returns it.

    ``pan=False`` leaves touch panning to :func:`grab_pan`, for an area made before the
    first frame: asking for it builds all of the Qt namespace's enums (about 40 ms).
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    # As Qt's: filled with the Base colour, except in a QScrollArea (its widget paints).
    plain = isinstance(area, QScrollArea) and not isinstance(area, QAbstractItemView)
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole if plain else QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    if pan:
        grab_pan(viewport)
    area.setViewport(viewport)
    return area


def grab_pan(viewport: QWidget) -> None:
    """Let touch screens pan the area, as Qt's own viewport does (not on macOS)."""
    from PySide6.QtCore import Qt

    if sys.platform != "darwin":
        viewport.grabGesture(Qt.GestureType.PanGesture)
