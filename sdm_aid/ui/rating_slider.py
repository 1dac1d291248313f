"""A 0-10 slider that can be unanswered: no handle until it is first touched.

A plain QSlider always shows its handle somewhere, so "not answered" looked the same as
"0: doesn't matter". This one draws itself: a thick track with a tick for every step, and a
large handle (at least 24 px, WCAG 2.5.8) only once the person has answered, at the point
they first clicked or with the first arrow key. Track, ticks and handle are drawn in the
text and highlight colours, so they stand out 3:1 from the page in every theme.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QSlider, QStyle, QStyleOptionFocusRect, QWidget

HANDLE = 24  # pixels at 100 % text: the smallest target WCAG 2.2 allows
_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class RatingSlider(QSlider):
    """``rated`` fires with the value each time the person sets it, the first time too."""

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(0, 10)
        self.setPageStep(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.answered = False
        self._dragging = False
        self.valueChanged.connect(self._changed)

    def set_answer(self, value: int | None) -> None:
        """Show a stored answer, or none (no signal)."""
        self.blockSignals(True)
        self.answered = value is not None
        self.setValue(value or 0)
        self.blockSignals(False)
        self.update()

    def handle_size(self) -> int:
        return max(HANDLE, round(self.fontMetrics().height() * 1.3))

    def sizeHint(self) -> QSize:
        side = self.handle_size()
        return QSize(20 * side, side + side // 2 + 8)

    def minimumSizeHint(self) -> QSize:
        side = self.handle_size()
        return QSize(6 * side, side + side // 2 + 8)

    def _track(self) -> QRectF:
        """Where the handle's centre can go: the track, inset by half a handle."""
        side = self.handle_size()
        return QRectF(side / 2 + 4, 4 + side / 2, self.width() - side - 8, 0)

    def track_rect(self) -> QRect:
        """The track line, as drawn (4 px thick)."""
        track = self._track()
        return QRect(round(track.left()), round(track.top()) - 2, round(track.width()), 5)

    def handle_rect(self) -> QRect:
        side = self.handle_size()
        x, y = self._x_of(self.value()), self._track().top()
        return QRect(round(x - side / 2), round(y - side / 2), side, side)

    def _value_at(self, x: float) -> int:
        track = self._track()
        share = (x - track.left()) / max(1.0, track.width())
        return round(self.minimum() + min(1.0, max(0.0, share)) * (self.maximum() - self.minimum()))

    def _x_of(self, value: int) -> float:
        track = self._track()
        share = (value - self.minimum()) / max(1, self.maximum() - self.minimum())
        return track.left() + share * track.width()

    def _answer(self, value: int) -> None:
        first = not self.answered
        self.answered = True
        if value != self.value():
            self.setValue(value)  # _changed sends ``rated``
        elif first:
            self.rated.emit(value)
        self.update()

    def _changed(self, value: int) -> None:
        self.answered = True
        self.rated.emit(value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._dragging = True
            self._answer(self._value_at(event.position().x()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._answer(self._value_at(event.position().x()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.answered and event.key() in _KEYS:
            before = self.value()
            super().keyPressEvent(event)
            if self.value() == before:  # e.g. Left at 0: answered, at 0
                self._answer(before)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        side = self.handle_size()
        track = self._track()
        y = track.top()
        pen = QPen(ink, 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(track.left(), y), QPointF(track.right(), y))
        painter.setPen(QPen(ink, 2))
        for value in range(self.minimum(), self.maximum() + 1):
            x = self._x_of(value)
            painter.drawLine(QPointF(x, y + side / 2 + 2), QPointF(x, y + side / 2 + side / 3))
        if self.answered:
            centre = QPointF(self._x_of(self.value()), y)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawEllipse(centre, side / 2 - 1, side / 2 - 1)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()
