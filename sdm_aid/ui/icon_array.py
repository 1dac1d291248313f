"""An icon array: 100 (or 1,000) figures, the people affected in colour, drawn with QPainter.

Figures fill from the top-left, row by row, so arrays for different options compare at a
glance. Meaning never rests on colour alone:

* affected figures are solid in a strong colour (dark against the light grey of the rest);
* figures inside an uncertainty range are a light tint with a solid outline;
* with no reliable figure, every figure is neutral under a diagonal hatch and a dashed frame,
  with "No reliable figure" written across the middle.

Every shape is an antialiased vector stroke, so the array is crisp at any size. Cells at least
``PERSON_MIN_CELL`` pixels wide show a little person (round head, rounded shoulders); smaller
cells show a filled circle.

The figures are painted in a few batched calls (``drawPoints``/``drawLines`` with round-capped
pens), not one call per figure. That is fast, and it also works around the PySide6 6.12 wheels
in this environment: on Python 3.11 every Qt method that returns nothing leaks a reference
to ``None``. One call per figure would abort a 1,000-figure paint with "deallocating None".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from sdm_aid.core import svg_icons
from sdm_aid.core.model import OutcomeValue
from sdm_aid.core.risk_words import frequency_sentence, value_range
from sdm_aid.core.svg_icons import grid_shape  # one grid for the app and the exports
from sdm_aid.drawing.figures import stroke_figures
from sdm_aid.drawing.fill import fill_rect
from sdm_aid.ui.support.safe_text import plain_tooltip

DEFAULT_GOOD = QColor(svg_icons.GOOD)  # the exports' colours
DEFAULT_BAD = QColor(svg_icons.BAD)
DEFAULT_NEUTRAL = QColor(svg_icons.NEUTRAL)
PERSON_MIN_CELL = 18.0  # pixels; below this a cell shows a circle, not a person
NO_FIGURE_TEXT = "No reliable figure"


def tint(colour: QColor, amount: float = 0.55) -> QColor:
    """The colour mixed with white; ``amount`` is the share of white (0..1)."""
    return QColor(svg_icons.tint(colour.name(), amount))


class IconArray(QWidget):
    """Shows one frequency, such as 40 out of 100 people, as an array of figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: OutcomeValue | None = None
        self._denominator = 100
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] = ()
        self._desirable = True
        self._description = ""
        self._good = QColor(DEFAULT_GOOD)
        self._bad = QColor(DEFAULT_BAD)
        self._neutral = QColor(DEFAULT_NEUTRAL)
        self._background: QColor | None = None
        self._columns: int | None = None  # None: the shared grid (grid_shape)
        self._min_cell = 0  # pixels: the array is never drawn with smaller figures
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- public API -------------------------------------------------------------------------

    def set_value(
        self,
        value: OutcomeValue,
        denominator: int,
        desirable: bool,
        label: str,
        timeframe: str = "",
    ) -> None:
        """Show ``value`` out of ``denominator``; ``desirable`` picks the affected colour."""
        shape_changed = denominator != self._denominator
        self._value = value
        self._denominator = denominator
        self._desirable = desirable
        text = frequency_sentence(value, denominator, label, timeframe)
        if value_range(value, denominator) is not None:
            text = f"{text} {svg_icons.RANGE_NOTE}"
        self._description = text
        self.setAccessibleName(label)
        self.setAccessibleDescription(text)
        self.setToolTip(plain_tooltip(text))  # the outcome's label is the aid's text
        if shape_changed:
            self._fit_minimum()
        self.update()

    def set_colours(
        self,
        affected_good: QColor,
        affected_bad: QColor,
        neutral: QColor,
        background: QColor | None = None,
    ) -> None:
        """Set the colours; a missing or invalid ``background`` uses the palette's window."""
        self._good = QColor(affected_good)
        self._bad = QColor(affected_bad)
        self._neutral = QColor(neutral)
        self._background = (
            QColor(background) if background is not None and background.isValid() else None
        )
        self.update()

    def set_columns(self, columns: int | None) -> None:
        """Draw ``columns`` figures a row instead of the shared grid (a narrow page)."""
        self._columns = columns
        self._fit_minimum()

    def set_min_cell(self, pixels: int) -> None:
        """Never draw a figure smaller than ``pixels`` square: the array keeps at least the
        width that takes."""
        self._min_cell = pixels
        self._fit_minimum()

    def _fit_minimum(self) -> None:
        columns, _ = self.grid_shape()
        self.setMinimumWidth(columns * self._min_cell)
        self.updateGeometry()
        self.update()

    def description(self) -> str:
        """The text alternative: the same sentence as the accessible description and tooltip."""
        return self._description

    def denominator(self) -> int:
        return self._denominator

    def grid_shape(self) -> tuple[int, int]:
        """(columns, rows) of the current array."""
        if self._columns:
            return self._columns, math.ceil(self._denominator / self._columns)
        return grid_shape(self._denominator)

    def is_unknown(self) -> bool:
        """True when the value has no reliable figure (count None)."""
        return self._value is not None and self._value.count is None

    def affected_cells(self) -> int:
        """How many figures are drawn solid as affected (the low end of a range, if any)."""
        return self._bands()[0]

    def range_cells(self) -> int:
        """How many figures are drawn as a light tint: the width of the uncertainty range."""
        solid, ranged = self._bands()
        return ranged - solid

    def affected_colour(self) -> QColor:
        return QColor(self._good if self._desirable else self._bad)

    def range_colour(self) -> QColor:
        return tint(self.affected_colour())

    def neutral_colour(self) -> QColor:
        return QColor(self._neutral)

    def background_colour(self) -> QColor:
        if self._background is not None:
            return QColor(self._background)
        return self.palette().color(QPalette.ColorRole.Window)

    def cell_size(self) -> float:
        """The side of one square cell, in pixels, at the widget's current size."""
        columns, rows = self.grid_shape()
        return max(0.0, min(self.width() / columns, self.height() / rows))

    def grid_rect(self) -> QRectF:
        """The area the figures take, centred in the widget."""
        columns, rows = self.grid_shape()
        side = self.cell_size()
        w, h = side * columns, side * rows
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def cell_rect(self, index: int) -> QRectF:
        """The square cell of figure ``index`` (0 is top-left; filled row by row)."""
        if not 0 <= index < self._denominator:
            raise IndexError(f"cell {index} is outside 0..{self._denominator - 1}")
        columns, _ = self.grid_shape()
        side = self.cell_size()
        grid = self.grid_rect()
        row, column = divmod(index, columns)
        return QRectF(grid.left() + column * side, grid.top() + row * side, side, side)

    def uses_person_shape(self) -> bool:
        return self.cell_size() >= PERSON_MIN_CELL

    # --- sizing -----------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as the figures are at ``width``, or at the widest the array may be: a
        layout may offer a wider cell than that, and the array is then no taller."""
        columns, rows = self.grid_shape()
        return max(1, round(min(width, self.maximumWidth()) * rows / columns))

    def sizeHint(self) -> QSize:
        columns, rows = self.grid_shape()
        side = self._min_cell or (22 if self._denominator <= 100 else 10)
        return QSize(columns * side, rows * side)

    def minimumSizeHint(self) -> QSize:
        columns, rows = self.grid_shape()
        side = max(12 if self._denominator <= 100 else 5, self._min_cell)
        return QSize(columns * side, rows * side)

    # --- events -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Let the picture go while the array is off screen (another step is shown): a page
        of arrays holds megabytes of them, and one is redrawn in a few milliseconds."""
        self._cache = None
        super().hideEvent(event)

    def prerender(self) -> None:
        """Draw the cached picture now (at the current size), before the array is shown."""
        self._picture()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint from a cached picture; redraw the figures only when something changed.

        Scrolling past a page of arrays repaints them often; drawing a thousand figures
        each time would make the page sluggish.
        """
        painter = QPainter(self)
        try:
            painter.drawPixmap(0, 0, self._picture())
        finally:
            painter.end()

    def _picture(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            ratio,
            self._denominator,
            self.grid_shape(),
            self._bands(),
            self.is_unknown(),
            self.affected_colour().rgba(),
            self.neutral_colour().rgba(),
            self.background_colour().rgba(),
            self.font().key(),
        )
        if key != self._cache_key or self._cache is None:
            pixmap = QPixmap(
                max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio))
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                fill_rect(painter, QRectF(self.rect()), self.background_colour())
                if self.cell_size() > 0:
                    self._paint_cells(painter)
                    if self.is_unknown():
                        self._paint_unknown(painter)
            finally:
                painter.end()
            self._cache, self._cache_key = pixmap, key
        return self._cache

    # --- drawing ----------------------------------------------------------------------------

    def _bands(self) -> tuple[int, int]:
        """(solid, solid + tinted): figures [0, solid) are affected, [solid, end) the range."""
        value = self._value
        if value is None or value.count is None:
            return 0, 0
        span = value_range(value, self._denominator)
        if span is not None:
            return span
        count = max(0, min(value.count, self._denominator))
        return count, count

    def _paint_cells(self, painter: QPainter) -> None:
        """Draw the figures in a fixed handful of batched calls, however many there are.

        Each figure is built from pen strokes: a round-capped point for the head (or the whole
        circle), a wide round-capped line for the shoulders and a flat-capped one for the base.
        The number of Qt calls per paint stays small and constant (see the module docstring).
        """
        solid, end = self._bands()
        side = self.cell_size()
        affected = self.affected_colour()
        bands = [
            (range(0, solid), affected),
            (range(end, self._denominator), self.neutral_colour()),
        ]
        for cells, colour in bands:
            self._stroke_figures(painter, cells, colour, 0.0)
        if end > solid:  # the range: a solid outline, then a light fill inside it
            outline = max(1.0, side * 0.06)
            self._stroke_figures(painter, range(solid, end), affected, 0.0)
            self._stroke_figures(painter, range(solid, end), self.range_colour(), 2 * outline)

    def _stroke_figures(
        self, painter: QPainter, cells: range, colour: QColor, shrink: float
    ) -> None:
        """Stroke the figures of ``cells`` in ``colour``, ``shrink`` pixels narrower."""
        side = self.cell_size()
        columns, _ = self.grid_shape()
        grid = self.grid_rect()
        stroke_figures(
            painter, cells, grid.topLeft(), columns, side, colour, self.uses_person_shape(), shrink
        )

    def _paint_unknown(self, painter: QPainter) -> None:
        grid = self.grid_rect()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        line = QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 115)

        # A diagonal hatch over the figures, so "unknown" does not look like "none".
        step = max(8.0, grid.width() / 14)
        count = math.ceil((grid.width() + grid.height()) / step) + 1
        hatch = [
            QLineF(x, grid.bottom(), x + grid.height(), grid.top())
            for x in (grid.left() - grid.height() + k * step for k in range(count))
        ]
        painter.save()
        painter.setClipRect(grid)
        painter.setPen(QPen(line, max(1.0, grid.width() / 200)))
        painter.drawLines(hatch)
        painter.restore()

        # A dashed frame round the whole array.
        width = max(1.5, grid.width() / 150)
        painter.setPen(QPen(QBrush(text_colour), width, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid.adjusted(width / 2, width / 2, -width / 2, -width / 2))

        # "No reliable figure" on a plain box in the middle, sized to fit.
        font = QFont(self.font())
        font.setBold(True)
        size = max(9, min(32, round(grid.width() / 13)))
        font.setPixelSize(size)
        text_w = QFontMetricsF(font).horizontalAdvance(NO_FIGURE_TEXT)
        if text_w + size * 1.2 > grid.width() * 0.92:  # too wide: scale down to fit
            size = max(7, math.floor(size * grid.width() * 0.92 / (text_w + size * 1.2)))
            font.setPixelSize(size)
        metrics = QFontMetricsF(font)
        pad = size * 0.6
        box_w = metrics.horizontalAdvance(NO_FIGURE_TEXT) + 2 * pad
        box_h = metrics.height() + pad
        centre = grid.center()
        box = QRectF(centre.x() - box_w / 2, centre.y() - box_h / 2, box_w, box_h)
        painter.setFont(font)
        painter.setPen(QPen(QBrush(text_colour), 1.0))
        painter.setBrush(QBrush(self.background_colour()))
        painter.drawRoundedRect(box, pad / 2, pad / 2)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), NO_FIGURE_TEXT)
