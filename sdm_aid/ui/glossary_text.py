"""Aid text whose glossary words are marked with a dotted underline and explained next to
the word, in a box that stays until it is closed.

QLabel's rich text has no dotted underline, and glossary words drawn as links read as web
links. The label draws its anchors in the text colour with no decoration, then draws a
dotted line under each glossary word from a ``QTextDocument`` of the same text, whose
``QTextCharFormat`` for those words has ``DotLine`` underlining. The same document gives
each word's place, so the meaning opens beside it, whether the word was clicked or
reached with Tab and opened with Enter.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from sdm_aid.core.presentation import GLOSSARY_SCHEME
from sdm_aid.ui.wrapping import TARGET, TextLabel, wrapped

_GLOSSARY_ANCHOR = re.compile(r'<a class="glossary" ')


class GlossaryLabel(TextLabel):
    """Rich aid text (already made safe); ``explain`` sends a link and the word's place."""

    explain = Signal(str, QRect)

    def __init__(self, safe: str):
        super().__init__()
        self._safe = safe
        self._places: list[tuple[str, QRect, range]] | None = None  # kept, not the document
        self._laid_out_at = -1
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(False)
        self._restyle()
        self.linkActivated.connect(self._activated)
        self._pressed: QPoint | None = None

    def _restyle(self) -> None:
        """Glossary anchors in the text colour, not underlined (the dots are drawn here)."""
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        style = f'<a class="glossary" style="color:{colour}; text-decoration:none" '
        self.setText(_GLOSSARY_ANCHOR.sub(style, self._safe))
        self._places = None

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        kind = getattr(event, "type", lambda: None)()
        if kind in (event.Type.PaletteChange, event.Type.FontChange):  # type: ignore[attr-defined]
            if kind == event.Type.PaletteChange:  # type: ignore[attr-defined]
                self._restyle()
            self._places = None

    # -- where the glossary words are ---------------------------------------------------
    def document(self) -> QTextDocument:
        """The label's text laid out as the label lays it out, glossary words dotted (made
        afresh: only the words' places are kept, one document per label is a lot of memory)."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(self.text())
        document.setTextWidth(self.contentsRect().width())
        dotted = QTextCharFormat()
        dotted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        for start, end, href in _anchors(document):
            if href.startswith(GLOSSARY_SCHEME):
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(dotted)
        return document

    def word_rects(self) -> list[tuple[str, QRect]]:
        """Each glossary word (or source link): its link and its place in the label, one
        rect per line it is on."""
        return [(href, rect) for href, rect, _ in self._placed()]

    def _placed(self) -> list[tuple[str, QRect, range]]:
        width = self.contentsRect().width()
        if self._places is not None and self._laid_out_at == width:
            return self._places
        if "<a " not in self.text():  # most labels: no words to place
            self._places, self._laid_out_at = [], width
            return self._places
        document = self.document()
        layout = document.documentLayout()
        origin = self.contentsRect().topLeft()
        found = []
        for start, end, href in _anchors(document):
            block = document.findBlock(start)
            top = layout.blockBoundingRect(block).topLeft()
            text_layout = block.layout()
            position = start
            while position < end:
                line = text_layout.lineForTextPosition(position - block.position())
                if not line.isValid():
                    break
                line_end = min(end, block.position() + line.textStart() + line.textLength())
                x1 = _x(line.cursorToX(position - block.position()))
                x2 = _x(line.cursorToX(line_end - block.position()))
                box = QRectF(top.x() + x1, top.y() + line.y(), x2 - x1, line.height())
                found.append((href, box.toRect().translated(origin), range(start, end)))
                position = max(line_end, position + 1)
        self._places, self._laid_out_at = found, width
        return found

    def target(self, rect: QRect) -> QRect:
        """A word's rect grown to a 24 x 24 target around its centre (WCAG 2.5.8)."""
        grow_x = max(0, TARGET - rect.width() + 1) // 2 + 1
        grow_y = max(0, TARGET - rect.height() + 1) // 2 + 1
        return rect.adjusted(-grow_x, -grow_y, grow_x, grow_y)

    # -- opening a meaning --------------------------------------------------------------
    def _activated(self, link: str) -> None:
        """A click (at the pressed point) or Enter on a focused word (the selection)."""
        rects = [(h, r) for h, r in self.word_rects() if h == link]
        if not rects:
            self.explain.emit(link, self.rect())
            return
        where = self._pressed
        if where is None and self.hasSelectedText():
            start = self.selectionStart()  # Tab selects the focused word
            rects = [
                (h, r) for h, r, span in self._placed() if h == link and start in span
            ] or rects
        elif where is not None:
            rects = [(h, r) for h, r in rects if self.target(r).contains(where)] or rects
        self.explain.emit(link, rects[0][1])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        super().mouseReleaseEvent(event)
        # Near a word but not on it (within its 24 px target): open it too.
        for link, rect in self.word_rects():
            if not rect.contains(point) and self.target(rect).contains(point):
                self.explain.emit(link, rect)
                break
        self._pressed = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._pressed = None
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        descent = self.fontMetrics().descent()
        for link, rect in self.word_rects():
            if link.startswith(GLOSSARY_SCHEME):
                y = rect.bottom() - max(1, descent // 2)
                painter.drawLine(rect.left(), y, rect.right(), y)
        painter.end()


def _x(value: object) -> float:
    """``QTextLine.cursorToX`` gives a number or (number, position) by binding version."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]


def _anchors(document: QTextDocument) -> list[tuple[int, int, str]]:
    """(start, end, href) of each link in ``document``, in order."""
    found: list[tuple[int, int, str]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                if found and found[-1][2] == href and found[-1][1] == start:
                    found[-1] = (found[-1][0], end, href)  # one word in several fragments
                else:
                    found.append((start, end, href))
            iterator += 1
        block = block.next()
    return found


class MeaningBox(QFrame):
    """A word's meaning beside the word, over the page, until it is closed (Close, Esc)."""

    closed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        self.setPalette(self._colours())
        self.setAccessibleName(self.tr("Meaning of the word"))
        outer = QVBoxLayout(self)
        self.text = wrapped(rich=True)  # escaped by the caller: "<b>term</b>: meaning"
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        outer.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_box)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self._return_to: QWidget | None = None
        self.hide()

    def recolour(self) -> None:
        """Take the colours of the page again (after a theme change)."""
        self.setPalette(self._colours())

    def _colours(self) -> QPalette:
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        return palette

    def open_at(self, text: str, word: QRect, source: QWidget) -> None:
        """Show ``text`` (rich text, every value in it escaped) just below ``word`` (in
        ``source``'s coordinates), inside the window."""
        host = self.parentWidget()
        assert host is not None
        self.setPalette(self._colours())
        self.text.setText(text)
        self.setAccessibleDescription(re.sub(r"<[^>]*>", "", text))
        width = min(host.width() - 16, max(260, self.fontMetrics().averageCharWidth() * 44))
        self.setFixedWidth(width)
        self.adjustSize()
        height = (
            self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        )
        height = max(height, self.sizeHint().height())
        self.setFixedHeight(height)
        below = source.mapTo(host, word.bottomLeft()) + QPoint(0, 4)
        above = source.mapTo(host, word.topLeft()).y() - height - 4
        x = max(8, min(below.x(), host.width() - width - 8))
        y = below.y() if below.y() + height <= host.height() - 8 else max(8, above)
        self.move(x, y)
        self._return_to = source
        self.show()
        self.raise_()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_box(self) -> None:
        self.hide()
        if self._return_to is not None:
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_box()
            return
        super().keyPressEvent(event)


__all__ = ["GlossaryLabel", "MeaningBox"]
