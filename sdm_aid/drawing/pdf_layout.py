"""Page layout rules for the PDFs of :mod:`sdm_aid.drawing.pdf` (QtGui only, no widgets).

* Headings take the sizes their HTML's CSS gives (:func:`honour_heading_sizes`).
* What belongs together stays on one page (:func:`keep_together`): a table, such as a
  study's box in a summary, that a page's end would cut starts the next page with its
  heading; a heading never ends a page.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextFrame


def honour_heading_sizes(doc: QTextDocument) -> None:
    """Draw headings at the size the HTML's CSS gives them. Qt scales an ``<h1>``-``<h3>``
    up by its own step (h2 is 1.5 times the body) even over a CSS ``font-size``; where
    the CSS set a size, that size is meant."""
    adjustment = QTextFormat.Property.FontSizeAdjustment
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(QTextFormat.Property.FontPointSize) and fmt.intProperty(
                    adjustment
                ):
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    end = fragment.position() + fragment.length()
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    fmt.clearProperty(adjustment)
                    cursor.setCharFormat(fmt)
                it += 1
        block = block.next()


def _top_level(doc: QTextDocument) -> list[QTextBlock | QTextFrame]:
    """The blocks and frames (tables) of the document's body, in order."""
    items: list[QTextBlock | QTextFrame] = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        items.append(frame if frame is not None else it.currentBlock())
        it += 1
    return items


def _break_before(item: QTextBlock | QTextFrame) -> None:
    policy = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    if isinstance(item, QTextFrame):
        fmt = item.frameFormat()
        fmt.setPageBreakPolicy(policy)
        item.setFrameFormat(fmt)
    else:
        block_format = item.blockFormat()
        block_format.setPageBreakPolicy(policy)
        QTextCursor(item).setBlockFormat(block_format)


def _blocks_of(doc: QTextDocument, item: QTextBlock | QTextFrame) -> list[QTextBlock]:
    """The blocks an item is made of: a block itself, or every block inside a frame."""
    if not isinstance(item, QTextFrame):
        return [item]
    blocks = []
    block = doc.findBlock(item.firstPosition())
    while block.isValid() and block.position() <= item.lastPosition():
        blocks.append(block)
        block = block.next()
    return blocks


class _Window:
    """Shows Qt's layout the document up to a point, the rest hidden (made invisible).

    A page break makes Qt lay out again everything after it, and a table's cells are laid
    out afresh each time: with a break every other page, that is quadratic in the length.
    Hidden blocks take no room and no time, and what comes later never moves what comes
    earlier, so the items before the window's end are laid out exactly as in the whole
    document. The window grows a stretch of items at a time; :meth:`close` shows all.
    """

    STRETCH = 24  # items shown at a time

    def __init__(self, doc: QTextDocument, items: list[QTextBlock | QTextFrame]) -> None:
        self.doc, self.items = doc, items
        self.blocks = [_blocks_of(doc, item) for item in items]
        self.visible = [[b.isVisible() for b in blocks] for blocks in self.blocks]
        self.end = len(items)
        if len(items) > 2 * self.STRETCH:
            for blocks in self.blocks[self.STRETCH :]:
                for block in blocks:
                    block.setVisible(False)
            self.end = self.STRETCH
            self._refresh(0)

    def reach(self, n: int) -> None:
        """Make sure items up to ``n`` (and a few after it) are shown."""
        if n + 4 < self.end or self.end >= len(self.items):
            return
        first = self.end
        self.end = min(len(self.items), n + 4 + self.STRETCH)  # n + 4 >= first here
        self._show(first, self.end)

    def close(self) -> None:
        if self.end < len(self.items):
            first, self.end = self.end, len(self.items)
            self._show(first, self.end)

    def _show(self, first: int, end: int) -> None:
        for blocks, visible in zip(self.blocks[first:end], self.visible[first:end], strict=True):
            for block, was in zip(blocks, visible, strict=True):
                block.setVisible(was)
        self._refresh(self.blocks[first][0].position())

    def _refresh(self, position: int) -> None:
        self.doc.markContentsDirty(position, self.doc.characterCount() - position)


def keep_together(doc: QTextDocument, page_height: float) -> None:
    """Keep what belongs together on one page: a table (a study's frame) that would be cut
    by a page's end starts the next page, with the heading (and the lines under it) just
    before it; a heading at the foot of a page goes to the next with what follows it.
    Tables taller than a page are left to break. (Laid out through a :class:`_Window`, so
    the time it takes grows with the document's length, not with its square.)"""
    layout = doc.documentLayout()

    def span(item: QTextBlock | QTextFrame) -> tuple[float, float]:
        if isinstance(item, QTextFrame):
            rect = layout.frameBoundingRect(item)
        else:
            rect = layout.blockBoundingRect(item)
        return rect.top(), rect.bottom()

    def page(y: float) -> int:
        return int(y // page_height)

    items = _top_level(doc)
    window = _Window(doc, items)
    try:
        for n, item in enumerate(items):
            window.reach(n)
            top, bottom = span(item)
            heading = not isinstance(item, QTextFrame) and item.blockFormat().headingLevel() > 0
            if heading and n + 1 < len(items):
                if page(top) != page(span(items[n + 1])[0] + 1):
                    _break_before(item)
                continue
            if not isinstance(item, QTextFrame) or bottom - top >= page_height:
                continue
            if page(top) == page(bottom - 1):
                continue
            _break_before(_with_heading(items, n))
    finally:
        window.close()


def _with_heading(items: list[QTextBlock | QTextFrame], n: int) -> QTextBlock | QTextFrame:
    """The heading table ``n`` belongs to, if only a few short lines lie between them;
    else the table itself."""
    for back in range(n - 1, max(-1, n - 4), -1):
        before = items[back]
        if isinstance(before, QTextFrame):
            break
        if before.blockFormat().headingLevel() > 0:
            return before
    return items[n]
