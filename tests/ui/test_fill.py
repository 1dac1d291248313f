"""fill_rect (sdm_aid/drawing/fill.py) paints what QPainter.fillRect paints."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from sdm_aid.drawing.fill import fill_rect


def _painted(ratio: float, draw: Callable[[QPainter], None]) -> QImage:
    image = QImage(round(101 * ratio), round(57 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw(painter)
    painter.end()
    return image


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
@pytest.mark.parametrize("colour", ["#ffffff", "#123456", "#80141e28"])
@pytest.mark.parametrize("rect", [QRect(0, 0, 101, 57), QRectF(2.5, 3.25, 60.5, 30.75)])
def test_the_same_pixels_as_fill_rect(qapp, ratio: float, colour: str, rect) -> None:  # type: ignore[no-untyped-def]
    brush = QColor(colour)
    theirs = _painted(ratio, lambda p: p.fillRect(rect, brush))
    ours = _painted(ratio, lambda p: fill_rect(p, QRectF(rect), brush))
    assert ours == theirs
    assert ours != _painted(ratio, lambda p: None)  # something was painted


def test_the_painter_is_left_as_it_was(qapp) -> None:  # type: ignore[no-untyped-def]
    def check(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#ff0000"), 3))
        painter.setBrush(QBrush(QColor("#00ff00")))
        fill_rect(painter, QRectF(1, 1, 10, 10), QBrush(QColor("#0000ff")))
        assert painter.pen().color() == QColor("#ff0000") and painter.pen().widthF() == 3
        assert painter.brush().color() == QColor("#00ff00")

    _painted(1.0, check)
