"""Panes one above the other when there is room, else on tabs, so that none is squeezed into
a sliver: the review and collate windows at 1024x640, or at 200 % text.

:class:`SplitOrTabs` shows ``normal`` (a splitter, perhaps holding further splitters, with
the panes in it) while it is at least ``lines`` lines of text high. Below that it moves each
pane onto a tab of its own, the full height; back above, it puts each pane back where it
was in its splitter, at the same size. Tabs switch with the tab bar or Ctrl+Tab, and
:meth:`reveal` brings a pane forward (F6 in the review window).
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QWidget


class SplitOrTabs(QStackedWidget):
    def __init__(
        self,
        normal: QWidget,
        panes: list[tuple[QWidget, str]],
        lines: int,
        name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.normal, self.lines = normal, lines
        self.panes: list[tuple[QWidget, str, QSplitter, int]] = []
        for pane, title in panes:
            splitter = pane.parentWidget()
            assert isinstance(splitter, QSplitter), "each pane starts in a splitter"
            self.panes.append((pane, title, splitter, splitter.indexOf(pane)))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(name)
        self.tabs.setDocumentMode(True)
        self.addWidget(normal)
        self.addWidget(self.tabs)
        self.compact = False
        self._sizes: list[tuple[QSplitter, list[int]]] = []

    def fit(self, height: int) -> bool:
        """Split or tabbed for ``height`` pixels at the current text size; True if changed."""
        compact = height < self.fontMetrics().height() * self.lines
        if compact == self.compact:
            return False
        self.compact = compact
        if compact:
            splitters = {id(s): s for _, _, s, _ in self.panes}.values()
            self._sizes = [(s, s.sizes()) for s in splitters]
            for pane, title, _splitter, _index in self.panes:
                self.tabs.addTab(pane, title)
            self.setCurrentWidget(self.tabs)
        else:
            self.tabs.clear()
            for pane, _title, splitter, index in sorted(self.panes, key=lambda p: p[3]):
                splitter.insertWidget(index, pane)
            for splitter, sizes in self._sizes:
                splitter.setSizes(sizes)
            self.setCurrentWidget(self.normal)
        # On tabs only the current pane is shown: a pane left visible on another tab would
        # be drawn over the current one (it was, in the collate window at 200 %).
        current = self.tabs.currentWidget() if compact else None
        for pane, *_ in self.panes:
            pane.setVisible(not compact or pane is current)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit again at the height it has: the windows fit it as they resize, but a window
        laid out while hidden decided on a provisional height and never resized again."""
        super().resizeEvent(event)
        self.fit(self.height())

    def reveal(self, pane: QWidget) -> None:
        """Bring ``pane`` into view: its tab, when tabbed."""
        if self.compact and self.tabs.indexOf(pane) >= 0:
            self.tabs.setCurrentWidget(pane)
