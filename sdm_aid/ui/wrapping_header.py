"""A table header whose labels wrap onto more lines instead of being cut short, and sizes
for a table's columns that share out the width it has.

At 200 % text the collate window's tables were wider than their pane: a heading such as
"Quote or question" kept its section at least as wide as the heading on one line, so the
table scrolled sideways. With :class:`WrappingHeader` a section can be as narrow as the
heading's longest word; the heading then takes more lines and the header grows to show
them all (Qt sizes a header for one line).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

from sdm_aid.ui.wrapping import widest_word

_TALL = 1 << 20  # room for as many lines as the text needs


class WrappingHeader(QHeaderView):
    """A header whose labels wrap at spaces, never elided.

    Across the top (horizontal) the header is as tall as its most wrapped label. Down the
    side (vertical), :meth:`set_wrap_width` sets how wide the header may be; labels wrap to
    that width and their rows grow to show every line. Only for a table of a few dozen rows
    or columns: every section is measured.
    """

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        side = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        across = orientation == Qt.Orientation.Horizontal
        self.setDefaultAlignment(
            (Qt.AlignmentFlag.AlignCenter if across else side) | Qt.TextFlag.TextWordWrap
        )
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.wrap_width: int | None = None
        self._height = 0
        self.sectionResized.connect(self._resized)

    def _metrics(self) -> QFontMetrics:
        """The header's font: bold if the current row or column is shown in bold."""
        font = QFont(self.font())
        font.setBold(self.highlightSections())
        return QFontMetrics(font)

    def label(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(section, self.orientation()) or "")

    def _padding(self, section: int) -> QSize:
        """The room around the label: Qt's one-line size less the text's (Qt measures in
        bold)."""
        one_line = super().sectionSizeFromContents(section)
        font = QFont(self.font())
        font.setBold(True)
        text = QFontMetrics(font).size(0, self.label(section))
        return QSize(
            max(0, one_line.width() - text.width()), max(0, one_line.height() - text.height())
        )

    def least_width(self, section: int) -> int:
        """As narrow as the section can be: its longest word, and the room around it."""
        return widest_word([self.label(section)], self._metrics()) + self._padding(section).width()

    def natural_width(self, section: int) -> int:
        """The width of the label on one line, and the room around it."""
        return super().sectionSizeFromContents(section).width()

    def wrapped_height(self, section: int, width: int) -> int:
        """How tall the section must be to show its label whole in ``width`` pixels."""
        padding = self._padding(section)
        room = QRect(0, 0, max(1, width - padding.width()), _TALL)
        flags = int(Qt.TextFlag.TextWordWrap)
        text = self._metrics().boundingRect(room, flags, self.label(section))
        return text.height() + padding.height()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        one_line = super().sectionSizeFromContents(logicalIndex)
        if self.orientation() == Qt.Orientation.Horizontal:
            width = self.sectionSize(logicalIndex) or one_line.width()
            wrapped = self.wrapped_height(logicalIndex, width)
            return QSize(one_line.width(), max(one_line.height(), wrapped))
        if self.wrap_width is None:
            return one_line
        width = min(one_line.width(), self.wrap_width)
        return QSize(width, max(one_line.height(), self.wrapped_height(logicalIndex, width)))

    def sizeHint(self) -> QSize:
        """As tall as the most wrapped label (across the top), or as wide as allowed (down
        the side). Qt's own hint is measured once and kept, for one line."""
        hint = super().sizeHint()
        shown = [s for s in range(self.count()) if not self.isSectionHidden(s)]
        if not shown:
            return hint
        sizes = [self.sectionSizeFromContents(s) for s in shown]
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(hint.width(), max(size.height() for size in sizes))
        return QSize(max(size.width() for size in sizes), hint.height())

    def set_wrap_width(self, width: int | None) -> None:
        """Down the side: wrap the labels to ``width`` pixels (None: one line each)."""
        if width == self.wrap_width:
            return
        self.wrap_width = width
        self.updateGeometry()
        self.geometriesChanged.emit()  # the table lays its headers and cells out again

    def _resized(self) -> None:
        """A column narrower or wider: the header may need more lines, or fewer."""
        if self.orientation() != Qt.Orientation.Horizontal:
            return
        height = self.sizeHint().height()
        if height != self._height:
            self._height = height
            self.updateGeometry()
            self.geometriesChanged.emit()


def share_width(width: int, shares: Sequence[int], least: Sequence[int]) -> list[int]:
    """Sizes for columns that share ``width`` pixels in proportion to ``shares``, none
    narrower than its ``least``: a column that would be gets its least, and the others
    share what is left. When even the least sizes do not fit, the least sizes (and the
    table scrolls: nothing is cut)."""
    if sum(least) >= width:
        return list(least)
    pinned: dict[int, int] = {}
    while True:
        free = [i for i in range(len(shares)) if i not in pinned]
        room = width - sum(pinned.values())
        total = sum(shares[i] for i in free) or 1
        sizes = {i: room * shares[i] // total for i in free}
        short = [i for i in free if sizes[i] < least[i]]
        if not short:
            break
        pinned.update({i: least[i] for i in short})
    out = [pinned.get(i, sizes.get(i, 0)) for i in range(len(shares))]
    last = max(i for i in range(len(out)) if i not in pinned) if free else len(out) - 1
    out[last] += width - sum(out)  # the pixels lost in rounding
    return out


def fit_width(width: int, wanted: Sequence[int], least: Sequence[int]) -> list[int]:
    """Sizes for columns that want ``wanted`` pixels and need ``least``: what they want
    when it all fits in ``width``; else each its least and a part of the rest in proportion
    to how much more it wants; else the least sizes (and the table scrolls)."""
    wanted = [max(w, n) for w, n in zip(wanted, least, strict=True)]
    if sum(wanted) <= width:
        return wanted
    spare = width - sum(least)
    if spare <= 0:
        return list(least)
    more = [w - n for w, n in zip(wanted, least, strict=True)]
    total = sum(more) or 1
    return [n + spare * m // total for n, m in zip(least, more, strict=True)]
