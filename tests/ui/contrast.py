"""WCAG 1.4.11 measured on rendered pixels: a control's edge against the background by it."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    rect = rect.intersected(image.rect())
    return [
        QColor(image.pixel(x, y))
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def commonest(colours: list[QColor]) -> QColor:
    return QColor(Counter(c.rgb() for c in colours).most_common(1)[0][0])


def band(image: QImage, rect: QRect, width: int) -> list[QColor]:
    """The pixels of a ``width``-pixel band just inside ``rect``'s edges."""
    return [
        c
        for side in (
            QRect(rect.left(), rect.top(), rect.width(), width),
            QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width),
            QRect(rect.left(), rect.top(), width, rect.height()),
            QRect(rect.right() - width + 1, rect.top(), width, rect.height()),
        )
        for c in pixels(image, side)
    ]


def edge_contrast(image: QImage, rect: QRect) -> float:
    """The best contrast between a control's edge (a 3-pixel band inside ``rect``) and
    the background next to it (the commonest colour of a 3-pixel band outside)."""
    background = commonest(band(image, rect.adjusted(-3, -3, 3, 3), 3))
    return max(ratio(c, background) for c in band(image, rect, 3))


def in_window(widget: QWidget, rect: QRect) -> QRect:
    """``rect`` (in ``widget``'s coordinates) in its window's."""
    return QRect(widget.mapTo(widget.window(), rect.topLeft()), rect.size())


def focus_ring_contrast(widget: QWidget) -> float:
    """The contrast of the focus ring: the pixels that change when ``widget`` takes
    keyboard focus, against the background of the widget around them."""
    widget.clearFocus()
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    # The ring is for keyboard focus: as if the person had pressed Tab.
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    assert widget.hasFocus(), "the window must be active"
    after = widget.grab().toImage()
    changed, unchanged = [], []
    for x in range(before.width()):
        for y in range(before.height()):
            colour = QColor(after.pixel(x, y))
            (changed if before.pixel(x, y) != after.pixel(x, y) else unchanged).append(colour)
    assert changed, f"{widget.accessibleName()!r} shows no focus"
    # The ring's colour against the widget's own background (what did not change).
    return ratio(commonest(changed), commonest(unchanged))


__all__ = ["QPoint", "edge_contrast", "focus_ring_contrast", "in_window", "ratio"]
