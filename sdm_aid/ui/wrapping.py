"""Radio buttons and tick boxes whose text wraps to the width they are given.

Qt's own never wrap: an aid's long option title ("Surgery where a nerve root is pressed
(discectomy)") at 200 % text is wider than the page, and the whole page is then cut off at
the right. These keep everything Qt's buttons do (groups, keys, the accessible role, the
style and its focus ring) and only break the text into lines when it needs them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)


def wrap_words(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` with line breaks where it must wrap to fit ``room`` pixels.

    An ampersand that marks a keyboard shortcut takes no room; a word longer than the
    room keeps a line of its own.
    """

    def width(words: list[str]) -> int:
        shown = " ".join(words).replace("&&", "\0").replace("&", "").replace("\0", "&")
        return metrics.horizontalAdvance(shown)

    lines: list[list[str]] = []
    for word in text.split():
        if lines and width([*lines[-1], word]) <= room:
            lines[-1].append(word)
        else:
            lines.append([word])
    return "\n".join(" ".join(line) for line in lines)


class _Wrapping:
    """What the wrapping radio button and tick box share (the mixin goes first).

    Text that fits on one line is left to Qt; sizes worked out here are kept until the
    font or the style changes.
    """

    _contents_type: QStyle.ContentsType
    _control: QStyle.ControlElement

    def __init__(self, text: str = ""):
        super().__init__(text)  # the Qt button's
        self._forget()
        # Qt's buttons are never narrower than their text, nor taller than one line.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _forget(self) -> None:
        self._heights: dict[int, int] = {}
        self._indicator: int | None = None
        self._narrowest: QSize | None = None

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _size_of(self, text: str) -> QSize:
        """The button's size with ``text`` as its label (Qt's own sizing, text as given)."""
        style: QStyle = self.style()
        flags = Qt.TextFlag.TextShowMnemonic
        box = style.itemTextRect(self.fontMetrics(), QRect(), flags, True, text)
        return style.sizeFromContents(self._contents_type, self._option(), box.size(), self)

    def _fits(self, width: int) -> bool:
        return width >= self.sizeHint().width()

    def _wrapped(self, width: int) -> str:
        if self._indicator is None:
            self._indicator = self._size_of("").width()  # the box or circle, and the gap
        return wrap_words(self.text(), self.fontMetrics(), width - self._indicator)

    def setText(self, text: str) -> None:
        self._forget()
        super().setText(text)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._fits(width):
            return self.sizeHint().height()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._size_of(self._wrapped(width)).height()
        return height

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word; as tall as one line."""
        if self._narrowest is None:
            metrics = self.fontMetrics()
            longest = max(self.text().split() or [""], key=metrics.horizontalAdvance)
            self._narrowest = QSize(self._size_of(longest).width(), self.sizeHint().height())
        return self._narrowest

    def hitButton(self, pos: QPoint) -> bool:
        """Anywhere on the button, wrapped lines included, ticks it."""
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fits(self.width()):
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = self._option()
        option.text = self._wrapped(self.width())
        painter.drawControl(self._control, option)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)


class WrappingRadioButton(_Wrapping, QRadioButton):
    _contents_type = QStyle.ContentsType.CT_RadioButton
    _control = QStyle.ControlElement.CE_RadioButton


class WrappingCheckBox(_Wrapping, QCheckBox):
    _contents_type = QStyle.ContentsType.CT_CheckBox
    _control = QStyle.ControlElement.CE_CheckBox
