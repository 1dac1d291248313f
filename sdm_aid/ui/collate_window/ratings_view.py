"""The ratings table: as large as its cells, so it never scrolls, and no wider than the pane
that holds it (at 200 % text it was wider, and the whole pane scrolled sideways)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer, QTransposeProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTableView, QWidget

from sdm_aid.ui.wrapping_header import WrappingHeader, fit_width


class RatingsView(QTableView):
    """Criteria down the side, ratings across the top. When the table on one line would be
    wider than its pane, the headings and the criteria wrap onto more lines, down to their
    longest words. When even that is too wide (200 % text beside the sections list), the
    table turns: the criteria across the top, the ratings down the side. The same model
    (through :class:`QTransposeProxyModel`), so every cell keeps its text for screen
    readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = WrappingHeader(Qt.Orientation.Horizontal, self)
        self.rows = WrappingHeader(Qt.Orientation.Vertical, self)
        self.setHorizontalHeader(self.columns)
        self.setVerticalHeader(self.rows)
        for header in (self.columns, self.rows):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pane: QScrollArea | None = None
        self.source: QAbstractItemModel | None = None
        self.turned = QTransposeProxyModel(self)
        self._straight: int | None = None  # the least width the table needs, not turned
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)

    def set_source(self, model: QAbstractItemModel) -> None:
        """Show ``model`` (not turned until it has to be)."""
        self.source = model
        self.turned.setSourceModel(model)
        model.modelReset.connect(self._forget)
        self._show(model)

    def _show(self, model: QAbstractItemModel) -> None:
        if self.model() is not model:
            old = self.selectionModel()
            self.setModel(model)
            if old is not None:
                old.deleteLater()  # setModel leaves the old selection model to its owner

    def _forget(self) -> None:
        self._straight = None

    @property
    def is_turned(self) -> bool:
        return self.model() is self.turned

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._forget()
            self._refit.start()

    def follow(self, pane: QScrollArea) -> None:
        """Fit the table to ``pane`` whenever the pane's width changes."""
        self.pane = pane
        pane.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.pane is not None
            and watched is self.pane.viewport()
            and event.type() == QEvent.Type.Resize
        ):
            self._refit.start()
        return False

    def room(self) -> int:
        """The width the table may take: its pane's, less the margins around it."""
        if self.pane is None:
            return 1 << 20
        width = self.pane.viewport().width()
        inner = self.pane.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            margins = layout.contentsMargins()
            width -= margins.left() + margins.right()
        return width

    def widths(self) -> tuple[list[int], list[int]]:
        """What the criteria and each column need at least (their longest words and
        figures) and would take on one line."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        space = self.fontMetrics().averageCharWidth()  # a figure does not touch the lines
        cells = [self.sizeHintForColumn(c) + space for c in range(count)]
        rows = range(self.rows.count())
        least = [max((self.rows.least_width(r) for r in rows), default=0)]
        wanted = [max((self.rows.natural_width(r) for r in rows), default=0)]
        least += [max(self.columns.least_width(c), cells[c]) for c in range(count)]
        wanted += [max(self.columns.natural_width(c), cells[c]) for c in range(count)]
        return least, wanted

    def wanted_width(self) -> int:
        """As wide as the table would be on one line."""
        return sum(self.widths()[1]) + 2 * self.frameWidth()

    def fit(self) -> None:
        """Size the columns, the criteria and the table itself for the room there is."""
        if self.source is None:
            return
        frame = 2 * self.frameWidth()
        if self._straight is None:  # measured again for new ratings or a new text size
            self._show(self.source)
            self._straight = sum(self.widths()[0])
        self._show(self.source if self._straight <= self.room() - frame else self.turned)
        least, wanted = self.widths()
        sizes = fit_width(self.room() - frame, wanted, least)
        self.rows.set_wrap_width(sizes[0])
        self.columns.setMinimumSectionSize(min(sizes[1:], default=1))  # "1" needs little
        for column, size in enumerate(sizes[1:]):
            if self.columns.sectionSize(column) != size:
                self.columns.resizeSection(column, size)
        self.resizeRowsToContents()
        width = self.rows.sizeHint().width() + self.columns.length() + frame
        height = self.columns.sizeHint().height() + self.rows.length() + frame
        if self.size().width() != width or self.size().height() != height:
            self.setFixedSize(width, height)
