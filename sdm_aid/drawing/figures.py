"""The figures of an icon array as pen strokes: one drawing for the app and the PDF.

A round-capped point for a head (or a whole dot), a wide round-capped line for the
shoulders and a flat-capped one to square off their base, each batched into one Qt call
per colour, however many figures there are. (QtGui only: the PDF is made without widgets.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
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


def _places(
    cells: range, origin: QPointF, columns: int, side: float, marks: list[tuple[float, float]]
) -> QPolygonF:
    """The points ``marks`` (offsets within a cell, in cells) of every cell in ``cells``,
    cell by cell, filled from ``origin`` row by row.

    A whole row is made once and moved down for each row (one call into Qt a row, not a
    point): an array of 1,000 dots makes 40 points, not 1,000, in Python.
    """
    places = QPolygonF()
    if not cells:
        return places
    x0, y0 = origin.x(), origin.y()

    def row_of(first: int, end: int, row: int) -> QPolygonF:
        y = y0 + row * side
        return QPolygonF(
            [
                QPointF(x0 + c * side + dx * side, y + dy * side)
                for c in range(first, end)
                for dx, dy in marks
            ]
        )

    top, first_column = divmod(cells.start, columns)
    bottom, last_column = divmod(cells.stop - 1, columns)
    whole = None
    for row in range(top, bottom + 1):
        first = first_column if row == top else 0
        end = last_column + 1 if row == bottom else columns
        if first == 0 and end == columns:
            if whole is None:
                whole = row_of(0, columns, row)
                whole_row = row
            places.append(whole.translated(0, (row - whole_row) * side))
        else:
            places.append(row_of(first, end, row))
    return places


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
    if people:
        inset = shrink / 2 / side if side else 0.0
        base_y = 0.795
        painter.setPen(round_pen(colour, side * 0.34 - shrink, thinnest=thinnest))
        painter.drawPoints(_places(cells, origin, columns, side, [(0.5, 0.25)]))
        painter.setPen(round_pen(colour, side * 0.42 - shrink, thinnest=thinnest))
        painter.drawLines(_places(cells, origin, columns, side, [(0.39, 0.69), (0.61, 0.69)]))
        flat = Qt.PenCapStyle.FlatCap
        painter.setPen(round_pen(colour, side * 0.21 - shrink, flat, thinnest))
        base = [(0.18 + inset, base_y), (0.82 - inset, base_y)]
        painter.drawLines(_places(cells, origin, columns, side, base))
    else:
        dots = _places(cells, origin, columns, side, [(0.5, 0.5)])
        # A dot is 0.8 of its cell, but never under 8 pixels where the cell has room:
        # an 8-pixel cell (a picture of 1,000 at 100 % text) is filled edge to edge.
        diameter = max(side * 0.80, min(side, MIN_DOT))
        painter.setPen(round_pen(colour, diameter - shrink, thinnest=thinnest))
        painter.drawPoints(dots)
