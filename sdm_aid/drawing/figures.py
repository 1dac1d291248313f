"""The figures of an icon array as pen strokes: one drawing for the app and the PDF.

A round-capped point for a head (or a whole dot), a wide round-capped line for the
shoulders and a flat-capped one to square off their base, each batched into one Qt call
per colour, however many figures there are. (QtGui only: the PDF is made without widgets.)

The pens are made without naming PySide's ``Qt`` namespace: the first use of any of its
enums (a pen's cap, or even ``QBrush(colour)``, whose overloads take ``Qt.BrushStyle``)
makes PySide build all 93 of that namespace's Python enums, about 11 ms, which a PDF
export otherwise never needs (:func:`round_pen`).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

MIN_DOT = 8.0  # pixels: the smallest dot a person is asked to see
# Qt::PenStyle, Qt::PenCapStyle and Qt::PenJoinStyle values (qnamespace.h), which a pen
# keeps as one set of bits.
SOLID_LINE, FLAT_CAP, ROUND_CAP, ROUND_JOIN = 0x01, 0x00, 0x20, 0x80
_STYLED: dict[int, QPen] = {}


def styled_pen(bits: int) -> QPen:
    """A default pen (black, 1 wide) with Qt's style, cap and join set to ``bits``.

    Made by reading a pen back from a ``QDataStream`` (in Qt 6.0's format, which Qt keeps
    readable), which stores the three as one big-endian 16-bit word at the start: the
    same pen as ``QPen(Qt.black, 1, style, cap, join)``, without naming the ``Qt``
    namespace (tests/test_pdf_pens.py compares the two)."""
    pen = _STYLED.get(bits)
    if pen is None:
        version = QDataStream.Version.Qt_6_0
        data = QByteArray()
        out = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
        out.setVersion(version)
        out << QPen()
        del out
        raw = bytearray(data.data())
        raw[0:2] = bits.to_bytes(2, "big")
        pen = QPen()
        source = QDataStream(QByteArray(bytes(raw)))
        source.setVersion(version)
        source >> pen
        _STYLED[bits] = pen
    return copy.copy(pen)


def round_pen(
    colour: QColor,
    width: float,
    cap: int = ROUND_CAP,
    thinnest: float = 0.5,
) -> QPen:
    """A solid pen with round joins, round-capped by default (``cap``: :data:`ROUND_CAP`
    or :data:`FLAT_CAP`): a point drawn with it is a circle ``width`` across. Never
    thinner than ``thinnest`` (pixels on screen, points in a PDF)."""
    pen = styled_pen(SOLID_LINE | cap | ROUND_JOIN)
    pen.setColor(colour)  # a solid brush of that colour, as QPen(QBrush(colour), ...)
    pen.setWidthF(max(thinnest, width))
    return pen


POINT_TAIL = 0.001  # a point as a stroke, as Qt's PDF engine draws one: this long, down


def _places(
    cells: range,
    origin: QPointF,
    columns: int,
    side: float,
    marks: list[tuple[float, float]],
    path: bool = False,
) -> QPolygonF | QPainterPath:
    """The points ``marks`` (offsets within a cell, in cells) of every cell in ``cells``
    (not empty), cell by cell, filled from ``origin`` row by row.

    A whole row is made once and moved down for each row (one call into Qt a row, not a
    point): an array of 1,000 dots makes 40 points, not 1,000, in Python.

    With ``path``, the strokes as a path instead: a line from each pair of marks, or with
    one mark a cell, a point (a line :data:`POINT_TAIL` long), element for element the
    path Qt's PDF engine makes of ``drawLines`` and ``drawPoints``.
    """
    places: QPolygonF | QPainterPath = QPainterPath() if path else QPolygonF()
    x0, y0 = origin.x(), origin.y()

    def row_of(first: int, end: int, row: int) -> QPolygonF | QPainterPath:
        y = y0 + row * side
        points = [
            QPointF(x0 + c * side + dx * side, y + dy * side)
            for c in range(first, end)
            for dx, dy in marks
        ]
        if not path:
            return QPolygonF(points)
        strokes = QPainterPath()
        if len(marks) == 1:
            for point in points:
                strokes.moveTo(point)
                strokes.lineTo(point.x(), point.y() + POINT_TAIL)
        else:
            for start, end_point in zip(points[::2], points[1::2], strict=True):
                strokes.moveTo(start)
                strokes.lineTo(end_point)
        return strokes

    def add(part: QPolygonF | QPainterPath) -> None:
        if isinstance(places, QPainterPath):
            places.addPath(part)
        else:
            places.append(part)

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
            add(whole.translated(0, (row - whole_row) * side))
        else:
            add(row_of(first, end, row))
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
    *,
    as_paths: bool = False,
) -> None:
    """Stroke the figures of ``cells`` (filled from ``origin``, row by row, ``columns`` a
    row, cells ``side`` wide) in ``colour``, ``shrink`` narrower; little people when
    ``people``, else dots.

    ``as_paths`` (the PDF): each batch is stroked as a path (``QPainter.strokePath``)
    rather than set as the painter's pen and drawn as points or lines. On a PDF the two
    are the same drawing, but ``QPainter.setPen`` has overloads taking a colour or a pen
    style, and PySide, to tell them apart, builds its whole ``Qt`` namespace (see
    :func:`styled_pen`); ``strokePath`` has one signature."""
    if not cells:
        return

    def stroke(pen: QPen, marks: list[tuple[float, float]]) -> None:
        places = _places(cells, origin, columns, side, marks, as_paths)
        if isinstance(places, QPainterPath):
            painter.strokePath(places, pen)
            return
        painter.setPen(pen)
        if len(marks) == 1:
            painter.drawPoints(places)
        else:
            painter.drawLines(places)

    if people:
        inset = shrink / 2 / side if side else 0.0
        base_y = 0.795
        stroke(round_pen(colour, side * 0.34 - shrink, thinnest=thinnest), [(0.5, 0.25)])
        shoulders = [(0.39, 0.69), (0.61, 0.69)]
        stroke(round_pen(colour, side * 0.42 - shrink, thinnest=thinnest), shoulders)
        base = [(0.18 + inset, base_y), (0.82 - inset, base_y)]
        stroke(round_pen(colour, side * 0.21 - shrink, FLAT_CAP, thinnest), base)
    else:
        # A dot is 0.8 of its cell, but never under 8 pixels where the cell has room:
        # an 8-pixel cell (a picture of 1,000 at 100 % text) is filled edge to edge.
        diameter = max(side * 0.80, min(side, MIN_DOT))
        stroke(round_pen(colour, diameter - shrink, thinnest=thinnest), [(0.5, 0.5)])
