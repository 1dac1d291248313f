"""Labels, radio buttons and tick boxes whose text wraps to the width they are given.

Qt's buttons never wrap: an aid's long option title ("Surgery where a nerve root is pressed
(discectomy)") at 200 % text is wider than the page, and the whole page is then cut off at
the right. These keep everything Qt's buttons do (groups, keys, the accessible role, the
style and its focus ring) and only break the text into lines when it needs them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)

TARGET = 24  # pixels: the smallest target WCAG 2.2 (2.5.8) allows; the whole button is one


def shown(text: str) -> str:
    """A button's text as shown: a single "&" marks a keyboard shortcut, "&&" is an "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widest_word(texts: Iterable[str], metrics: QFontMetrics) -> int:
    """The width of the widest word in ``texts``: how narrow their lines can wrap."""
    words = {word for text in texts for word in text.split()}
    # Measure only the longest few: the widest word is almost always among them.
    candidates = sorted(words, key=len)[-8:]
    return max((metrics.horizontalAdvance(word) for word in candidates), default=0)


def wrap_words(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` with line breaks where it must wrap to fit ``room`` pixels.

    An ampersand that marks a keyboard shortcut takes no room; a word longer than the
    room keeps a line of its own.
    """

    def width(words: list[str]) -> int:
        return metrics.horizontalAdvance(shown(" ".join(words)))

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
        self._texts: dict[int, str] = {}
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

    def _indicator_width(self) -> int:
        """The box or circle, and the gap after it."""
        if self._indicator is None:
            self._indicator = self._size_of("").width()
        return self._indicator

    def _wrapped(self, width: int) -> str:
        text = self._texts.get(width)
        if text is None:
            room = width - self._indicator_width()
            text = self._texts[width] = wrap_words(self.text(), self.fontMetrics(), room)
        return text

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
            wrapped_height = self._size_of(self._wrapped(width)).height()
            height = self._heights[width] = max(TARGET, wrapped_height)
        return height

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word; as tall as one line."""
        if self._narrowest is None:
            longest = widest_word([shown(self.text())], self.fontMetrics())
            self._narrowest = QSize(self._indicator_width() + longest, self.sizeHint().height())
        return self._narrowest

    def sizeHint(self) -> QSize:
        """Qt's, at least :data:`TARGET` pixels tall (and so every height derived from it)."""
        hint = super().sizeHint()  # type: ignore[misc]
        return QSize(hint.width(), max(TARGET, hint.height()))

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


class TextLabel(QLabel):
    """A word-wrapped rich-text label that lays its text out as few times as it can.

    Qt's layouts ask a wrapped label for its height at many widths while fitting a page
    (over a hundred times for the options cards), and QLabel lays its text out afresh every
    time; its size hints try several widths more. The text of these labels is set once, so
    heights are kept per width until the text or the font changes, and the hints are
    worked out without laying the text out: building the options page takes a fraction
    of the time.
    """

    def __init__(self, text: str = ""):
        super().__init__(text)
        self._heights: dict[int, int] = {}
        self._narrowest: int | None = None
        self._words: str | None = None

    def setText(self, text: str) -> None:
        self._forget()
        super().setText(text)

    def _forget(self) -> None:
        self._heights.clear()
        self._narrowest = None
        self._words: str | None = None

    def _plain(self) -> str:
        """The label's words without markup (kept: size hints are asked for often)."""
        if self._words is None:
            if self.textFormat() == Qt.TextFormat.PlainText:
                self._words = self.text()
            else:
                self._words = html.unescape(re.sub(r"<[^>]*>", " ", self.text()))
        return self._words

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:
        """About 40 characters wide, and about as tall as that takes.

        Only a hint: layouts give the label its width and ask ``heightForWidth`` for the
        height, so the text need not be laid out at a width it will never have.
        """
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 40
        height = self._heights.get(width)
        if height is None:
            height = (len(self._plain()) // 40 + 1) * metrics.lineSpacing()
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word, measured as if bold and heading-sized."""
        if self._narrowest is None:
            font = QFont(self.font())
            font.setBold(True)
            longest = widest_word([self._plain()], QFontMetrics(font))
            self._narrowest = longest * 3 // 2 + 2 * self.margin()
        return QSize(self._narrowest, self.fontMetrics().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)


def wrapped(text: str = "", rich: bool = False) -> TextLabel:
    """A label whose text wraps to the width it is given.

    Plain text unless ``rich``: text from a file is shown as written, never as markup.
    Rich text is for HTML built here, with every value from a file escaped, or for aid
    HTML passed through :func:`sdm_aid.ui.support.safe_text.safe_html`.
    """
    label = TextLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label
