"""The comparison grid: the options side by side, question by question."""

from __future__ import annotations

from PySide6.QtCore import (
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QStyle,
    QTableView,
)

from sdm_aid.core.presentation import (
    plain,
)
from sdm_aid.ui.steps.base import Step, _no_mnemonic
from sdm_aid.ui.wrapping import (
    WrappingCheckBox,
    widest_word,
    wrapped,
)


class CompareStep(Step):
    step_id = "compare"

    def build(self) -> None:
        self.heading(self.tr("Compare your options"))
        table = self.aid.compare
        if table is None:
            self.body.addWidget(
                wrapped(
                    self.tr(
                        "This aid has no comparison table. The options "
                        "are described one by one in 'Your options'."
                    )
                )
            )
            self.table = None
            return
        self.body.addWidget(wrapped(self.tr("Choose which options to show side by side:")))
        self.check_grid = QGridLayout()  # as many columns as fit: see reflow
        self._check_columns = 0
        self._words_measured = ""  # the font the grid's columns were last fitted to
        self.checks: dict[str, QCheckBox] = {}
        for option in self.aid.options:
            check = WrappingCheckBox(_no_mnemonic(option.title))
            check.setAccessibleName(self.tr("Show {o}").format(o=option.title))
            check.toggled.connect(self._toggled)
            self.checks[option.id] = check
        self.body.addLayout(self.check_grid)
        self.model = QStandardItemModel(len(table.rows), len(table.headers) + 1)
        self.model.setHorizontalHeaderLabels([self.tr("Question"), *table.headers])
        for r, table_row in enumerate(table.rows):
            question = QStandardItem(table_row.question)
            question.setEditable(False)
            font = question.font()
            font.setBold(True)
            question.setFont(font)
            self.model.setItem(r, 0, question)
            for c, cell in enumerate(table_row.cells):
                item = QStandardItem(plain(cell))
                item.setEditable(False)
                self.model.setItem(r, c + 1, item)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Option grid"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        header.sectionResized.connect(self._fit_header)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setMinimumHeight(300)
        self.body.addWidget(self.table, 1)
        self.reflow()

    def reflow(self) -> None:
        """Tick boxes in as many columns as fit; table rows as tall as their wrapped text."""
        if getattr(self, "table", None) is None:
            return
        widest = max(len(o.title) for o in self.aid.options) + 4  # the box and a gap
        columns = self.columns(widest, len(self.checks))
        if columns != self._check_columns:
            self._check_columns = columns
            for n, check in enumerate(self.checks.values()):
                self.check_grid.removeWidget(check)
                self.check_grid.addWidget(check, n // columns, n % columns)
        self._fit_words()
        self.table.resizeRowsToContents()

    def _fit_words(self) -> None:
        """Columns never narrower than their longest word: at large text sizes the grid
        scrolls sideways (or the person shows fewer options) rather than cutting words.
        Measured again only when the text size changes."""
        if self.table is None or self.aid.compare is None:
            return
        font = QFont(self.table.font())
        font.setBold(True)  # the questions are bold; measuring everything so is generous
        if font.key() == self._words_measured:
            return
        self._words_measured = font.key()
        table = self.aid.compare
        texts = [*table.headers, *(r.question for r in table.rows)]
        texts += [plain(cell) for row in table.rows for cell in row.cells]
        header = self.table.horizontalHeader()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        header.setMinimumSectionSize(widest_word(texts, QFontMetrics(font)) + 4 * margin)

    def _fit_header(self) -> None:
        """Make the header as tall as its most wrapped title: Qt sizes it for one line."""
        if self.table is None:
            return
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        tallest = metrics.height()
        for column in range(self.model.columnCount()):
            if header.isSectionHidden(column):
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            room = QRect(0, 0, max(1, header.sectionSize(column) - 2 * margin), 10_000)
            tallest = max(tallest, metrics.boundingRect(room, flags, title).height())
        header.setMinimumHeight(tallest + 2 * margin)

    def refresh(self) -> None:
        if self.table is None or self.aid.compare is None:
            return
        shown = {o.id for o in self.session.shown_options(self.aid)}
        for option_id, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(option_id in shown)
            check.blockSignals(False)
        for column, option_id in enumerate(self.aid.compare.option_ids, start=1):
            self.table.setColumnHidden(column, option_id is not None and option_id not in shown)
        self.table.resizeRowsToContents()

    def _toggled(self) -> None:
        chosen = [o for o, c in self.checks.items() if c.isChecked()]
        self.session.compare_options = chosen or None
        self.refresh()
        self.mark()
