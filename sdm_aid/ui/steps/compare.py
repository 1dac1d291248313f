"""The comparison grid: the options side by side, question by question.

The grid never scrolls on its own: it is as tall as its rows, inside the page that
scrolls. When its columns would not fit the window (a small screen, large text,
presentation mode) the same answers show as one card per option instead, so nothing
ever scrolls sideways.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.presentation import (
    plain,
)
from sdm_aid.ui.steps.base import Card, Step, _esc, _no_mnemonic
from sdm_aid.ui.support.safe_text import plain_box
from sdm_aid.ui.wrapping import (
    WrappingCheckBox,
    widest_word,
    wrapped,
)

NARROWEST_COLUMN = 14  # average characters: narrower columns read as a word per line
CARD_WIDTH = 30  # average characters: the narrowest card beside another


class FullTable(QTableView):
    """A table as tall as its rows: it never scrolls inside the scrolling page."""

    def __init__(self) -> None:
        super().__init__()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_height(self) -> None:
        """Rows as tall as their wrapped text, and the table as tall as its rows."""
        self.resizeRowsToContents()
        self.fit_to_rows()

    def fit_to_rows(self) -> None:
        """The table as tall as its rows and header as they are now."""
        rows = self.verticalHeader().length()
        header = self.horizontalHeader()
        head = max(header.height(), header.minimumHeight())
        self.setFixedHeight(rows + head + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()


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
        self.table = FullTable()
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
        self.body.addWidget(self.table)
        self.cards = QWidget()  # the same answers, one card per option (built when needed)
        self.cards.setAccessibleName(self.tr("Options one by one"))
        self.cards_layout = QGridLayout(self.cards)  # as many columns of cards as fit
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.option_cards: list[QFrame] = []
        self.cards.hide()
        self.body.addWidget(self.cards)
        handout = QPushButton(self.tr("Save handout (PDF)…"))
        handout.setAccessibleName(self.tr("Save the options shown as a one-page handout"))
        handout.clicked.connect(self.save_handout)
        row = QHBoxLayout()
        row.addWidget(handout)
        row.addStretch()
        self.body.addLayout(row)
        self.reflow()

    def save_handout(self) -> None:
        """The options shown, side by side on one A4 page, to print or give the patient."""
        # Here, not at the top: every consultation loads this step, few save a handout.
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save handout"), "options-side-by-side.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        from sdm_aid.drawing.compare_pdf import write_handout  # PDF code loads on first use

        shown = [o.id for o in self.session.shown_options(self.aid)]
        try:
            write_handout(self.aid, Path(name), shown)
        except OSError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save handout"), str(error))
            box.setParent(self, box.windowFlags())
            plain_box(box).exec()

    def _build_cards(self) -> None:
        """One card per column of the grid: the option's title, then each question's answer."""
        table = self.aid.compare
        if table is None or self.option_cards:
            return
        for c, title in enumerate(table.headers):
            card = Card()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setAccessibleName(title)
            layout = QVBoxLayout(card)
            layout.addWidget(wrapped(f"<h2>{_esc(title)}</h2>", rich=True))
            for row in table.rows:
                cell = row.cells[c] if c < len(row.cells) else ""
                question = wrapped(f"<b>{_esc(row.question)}</b>", rich=True)
                answer = wrapped(plain(cell))
                answer.setAccessibleName(f"{title}: {row.question}")
                layout.addWidget(question)
                layout.addWidget(answer)
            layout.addStretch()
            self.option_cards.append(card)

    def as_cards(self) -> bool:
        """True when the grid's shown columns would not fit the page side by side."""
        if self.table is None:
            return False
        columns = 1 + sum(
            not self.table.isColumnHidden(c) for c in range(1, self.model.columnCount())
        )
        narrowest = max(
            self.table.horizontalHeader().minimumSectionSize(),
            self.fontMetrics().averageCharWidth() * NARROWEST_COLUMN,
        )
        margins = self.body.contentsMargins()
        room = self.content_width() - margins.left() - margins.right() - 2 * self.table.frameWidth()
        return columns * narrowest > room

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._sized = True  # from now on the page's width means something
        super().resizeEvent(event)

    def _show_mode(self) -> None:
        if self.table is None or self.aid.compare is None or not getattr(self, "_sized", False):
            return  # not before the page has its width: cards for nothing otherwise
        cards = self.as_cards()
        if cards:
            self._build_cards()
            shown = [
                card
                for c, card in enumerate(self.option_cards, start=1)
                if not self.table.isColumnHidden(c)
            ]
            columns = self.columns(CARD_WIDTH, max(1, len(shown)))
            for card in self.option_cards:
                self.cards_layout.removeWidget(card)
                card.setVisible(card in shown)
            for n, card in enumerate(shown):
                self.cards_layout.addWidget(card, n // columns, n % columns)
            for column in range(self.cards_layout.columnCount()):
                self.cards_layout.setColumnStretch(column, 1 if column < columns else 0)
        self.cards.setVisible(cards)
        self.table.setVisible(not cards)

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
        self._show_mode()

    def _fit_words(self) -> None:
        """Columns never narrower than their longest word: at large text sizes the grid
        scrolls sideways (or the person shows fewer options) rather than cutting words.
        Measured again only when the text size changes (too narrow, the grid becomes cards)."""
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
        if header.minimumHeight() != tallest + 2 * margin:
            header.setMinimumHeight(tallest + 2 * margin)
            self.table.fit_to_rows()  # the rows are as they were

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
        self._show_mode()
        if self.table.isVisible():
            self.table.fit_height()

    def _toggled(self) -> None:
        chosen = [o for o, c in self.checks.items() if c.isChecked()]
        self.session.compare_options = chosen or None
        self.refresh()
        self.mark()
