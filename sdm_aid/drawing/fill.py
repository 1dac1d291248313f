"""A rectangle filled without ``QPainter.fillRect``.

``fillRect`` has overloads for a brush, a colour, a pattern and a gradient preset; the first
time PySide6 weighs them it sets up QGradient's enums, about 170 names and 0.1 MB that a
consultation never uses otherwise. Drawing the rectangle with no pen gives the same pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPen


def fill_rect(painter: QPainter, rect: QRectF, brush: QBrush | QColor) -> None:
    """``painter.fillRect(rect, brush)``: the same pixels (tests/ui/test_fill.py), leaving the
    painter's pen and brush as they were."""
    painter.save()
    painter.setPen(QPen(QBrush(), 0))  # no outline
    painter.setBrush(brush)
    painter.drawRect(rect)
    painter.restore()
