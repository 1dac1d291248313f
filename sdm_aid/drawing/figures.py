"""The figures of an icon array as pen strokes: one drawing for the app and the PDF.

A round-capped point for a head (or a whole dot), a wide round-capped line for the
shoulders and a flat-capped one to square off their base, each batched into one Qt call
per colour, however many figures there are. (QtGui only: the PDF is made without widgets.)
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

MIN_DOT = 8.0  # pixels: the smallest dot a person is asked to see


def round_pen(
    colour: QColor,
    width: float,
    cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap,
    thinnest: float = 0.5,
) -> QPen:
    """A solid pen, round-capped by default: a point drawn with it is a circle ``width``
    across. Never thinner than ``thinnest`` (pixels on screen, points in a PDF)."""
    return QPen(
        QBrush(colour), max(thinnest, width), Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin
    )


def stroke_figures(
    painter: QPainter,
    cells: range,
    origin: QPointF,
    columns: int,
    side: float,
    colour: QColor,
    people: bool,
    shrink: float = 0.0,
    thinnest: float = 0.5,
) -> None:
    """Stroke the figures of ``cells`` (filled from ``origin``, row by row, ``columns`` a
    row, cells ``side`` wide) in ``colour``, ``shrink`` narrower; little people when
    ``people``, else dots."""
    if not cells:
        return
    corners = [
        (origin.x() + (i % columns) * side, origin.y() + (i // columns) * side) for i in cells
    ]
    if people:
        inset = shrink / 2
        heads = QPolygonF([QPointF(x + side * 0.5, y + side * 0.25) for x, y in corners])
        shoulders = [
            QLineF(x + side * 0.39, y + side * 0.69, x + side * 0.61, y + side * 0.69)
            for x, y in corners
        ]
        base_y = side * 0.795
        base = [
            QLineF(x + side * 0.18 + inset, y + base_y, x + side * 0.82 - inset, y + base_y)
            for x, y in corners
        ]
        painter.setPen(round_pen(colour, side * 0.34 - shrink, thinnest=thinnest))
        painter.drawPoints(heads)
        painter.setPen(round_pen(colour, side * 0.42 - shrink, thinnest=thinnest))
        painter.drawLines(shoulders)
        flat = Qt.PenCapStyle.FlatCap
        painter.setPen(round_pen(colour, side * 0.21 - shrink, flat, thinnest))
        painter.drawLines(base)
    else:
        half = side / 2
        dots = QPolygonF([QPointF(x + half, y + half) for x, y in corners])
        # A dot is 0.8 of its cell, but never under 8 pixels where the cell has room:
        # an 8-pixel cell (a picture of 1,000 at 100 % text) is filled edge to edge.
        diameter = max(side * 0.80, min(side, MIN_DOT))
        painter.setPen(round_pen(colour, diameter - shrink, thinnest=thinnest))
        painter.drawPoints(dots)
