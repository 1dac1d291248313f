"""The table of every reviewer's comments on a section, with the authors' responses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFontMetrics,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sdm_aid.ui.collate_window.common import Index, _cut, status_label
from sdm_aid.ui.review_labels import question_label, role_label
from sdm_aid.ui.wrapping import widest_word
from sdm_aid.ui.wrapping_header import WrappingHeader, share_width

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedComment,
    )
    from sdm_aid.core.responses import Responses


class CommentsModel(QAbstractTableModel):
    """The comments on one section: who, the quote (or question), the comment, notes, the
    decision and the reply; and all of these again in one last column (``CARD``), which
    the view shows instead of the six when they do not fit side by side."""

    COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
    WHO, QUOTE, TEXT, NOTES, DECISION, REPLY, CARD = range(7)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comments: list[CollatedComment] = []
        self.responses: Responses | None = None
        self.aid_version = ""

    def set_comments(
        self, comments: Sequence[CollatedComment], responses: Responses | None, aid_version: str
    ) -> None:
        self.beginResetModel()
        self.comments = list(comments)
        self.responses = responses
        self.aid_version = aid_version
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            translate("CollateWindow", "Who"),
            translate("CollateWindow", "Quote or question"),
            translate("CollateWindow", "Comment"),
            translate("CollateWindow", "Notes"),
            translate("CollateWindow", "Decision"),
            translate("CollateWindow", "Reply"),
            translate("CollateWindow", "Comment and response"),
        ]

    def row_of(self, comment_id: str) -> int:
        return next((i for i, c in enumerate(self.comments) if c.id == comment_id), -1)

    def comment_changed(self, comment_id: str) -> None:
        row = self.row_of(comment_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @staticmethod
    def who(comment: CollatedComment) -> str:
        return translate("CollateWindow", "{name} ({role})").format(
            name=comment.reviewer, role=role_label(comment.role)
        )

    def notes(self, comment: CollatedComment) -> list[str]:
        out = []
        if comment.possibly_addressed:
            out.append(translate("CollateWindow", "Possibly addressed"))
        elif comment.section_changed:
            out.append(translate("CollateWindow", "Section differs from what they read"))
        if comment.reviewed_version and comment.reviewed_version != self.aid_version:
            out.append(
                translate("CollateWindow", "Reviewed version {v}").format(
                    v=comment.reviewed_version
                )
            )
        return out

    def notes_tip(self, comment: CollatedComment) -> str:
        if comment.possibly_addressed:
            return translate(
                "CollateWindow",
                "This reviewer read version {v}; the section has changed since, so the "
                "comment may have been addressed already.",
            ).format(v=comment.reviewed_version)
        if comment.section_changed:
            return translate(
                "CollateWindow",
                "The section differs from the text this reviewer read (version {v}).",
            ).format(v=comment.reviewed_version)
        return ""

    def quote(self, comment: CollatedComment) -> str:
        if comment.prompt:
            key = comment.id.rsplit(":", 1)[-1]
            return question_label(key, comment.prompt)
        return f"“{comment.quote}”" if comment.quote else ""

    def decision(self, comment: CollatedComment) -> str:
        response = self.responses.get(comment.id) if self.responses else None
        if response is None:
            return status_label(None)
        if response.reason:
            return translate("CollateWindow", "{decision}: {reason}").format(
                decision=status_label(response.status), reason=response.reason
            )
        return status_label(response.status)

    def reply(self, comment: CollatedComment) -> str:
        response = self.responses.get(comment.id) if self.responses else None
        return response.reply if response else ""

    def cell(self, comment: CollatedComment, column: int) -> str:
        if column == self.WHO:
            return self.who(comment)
        if column == self.QUOTE:
            return self.quote(comment)
        if column == self.TEXT:
            return comment.text
        if column == self.NOTES:
            return "\n".join(self.notes(comment))
        if column == self.DECISION:
            return self.decision(comment)
        if column == self.CARD:
            return self.card(comment)
        return self.reply(comment)

    def card(self, comment: CollatedComment) -> str:
        """Who, then each column that has something to say, named, on lines of its own."""
        headers = self.headers()
        lines = [self.who(comment)]
        for column in (self.QUOTE, self.TEXT, self.NOTES, self.DECISION, self.REPLY):
            notes = column == self.NOTES  # on one line here, not one a note
            text = _cut("; ".join(self.notes(comment)) if notes else self.cell(comment, column))
            if text:
                lines.append(
                    translate("CollateWindow", "{column}: {text}").format(
                        column=headers[column], text=text
                    )
                )
        return "\n".join(lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment, column = self.comments[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.card(comment) if column == self.CARD else _cut(self.cell(comment, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.CARD:
                return self.card(comment)
            cell = self.cell(comment, column) or translate("CollateWindow", "none")
            return f"{self.headers()[column]}: {cell}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.NOTES, self.CARD):
                return self.notes_tip(comment) or None
            text = self.cell(comment, column)
            return text if len(text) > 60 else None
        if role == self.COMMENT_ROLE:
            return comment
        return None


class CommentsView(QTableView):
    """The comments table: its columns share the width (the comment gets the most), their
    headings wrap, and rows grow to show the wrapped text. When the six columns' longest
    words do not fit side by side (200 % text at 1024x640), one column shows each comment
    whole, a card of named lines, so the table never scrolls sideways."""

    SHARES = (12, 17, 31, 12, 13, 15)  # who, quote, comment, notes, decision, reply
    WORD_CHARS = 12  # a longer word (a web address) may be cut in a narrow column

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, self))
        self.cards = False

    def viewportEvent(self, event: QEvent) -> bool:
        """Fit the columns whenever the room for them changes: the table's width, or a
        vertical scroll bar that comes or goes."""
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the words are wider or narrower now
            QTimer.singleShot(0, self, self.fit_columns)

    def least_widths(self) -> list[int]:
        """How narrow each of the six columns can be: its heading's and its cells' longest
        words (up to ``WORD_CHARS`` characters), so "(patient)" is never cut to "(pat…"."""
        model = self.model()
        header = self.horizontalHeader()
        assert isinstance(header, WrappingHeader)
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        least = []
        for column in range(len(self.SHARES)):
            rows = range(model.rowCount())
            cells = [str(model.index(row, column).data() or "") for row in rows]
            word = min(widest_word(cells, metrics), char * self.WORD_CHARS)
            least.append(max(header.least_width(column), word + 2 * margin + 6, char * 5))
        return least

    def fit_columns(self) -> None:
        """Share the width among the six columns, none narrower than its longest words;
        or, when they do not fit (even beside a vertical scroll bar), show the cards."""
        model = self.model()
        if model is None or model.columnCount() != len(self.SHARES) + 1:
            return
        header = self.horizontalHeader()
        least = self.least_widths()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.cards = sum(least) > self.width() - 2 * self.frameWidth() - bar
        card = len(self.SHARES)
        for column in range(card + 1):
            hidden = (column != card) == self.cards
            if header.isSectionHidden(column) != hidden:
                header.setSectionHidden(column, hidden)
        width = self.viewport().width()
        sizes = [width] if self.cards else share_width(width, self.SHARES, least)
        for column, size in zip([card] if self.cards else range(card), sizes, strict=True):
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
        current = self.currentIndex()
        if current.isValid() and header.isSectionHidden(current.column()):
            self.selectionModel().setCurrentIndex(
                model.index(current.row(), card if self.cards else 0),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )


class WrappingDelegate(QStyledItemDelegate):
    """Items tall enough for their wrapped text, in a table (the column's width) or a list
    (the view's width). The default size hint measures a table cell against the whole
    column, and a list item against no width at all, so the last line of a long item
    could be cut off or elided, above all at large text sizes."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(view, QAbstractItemView) or not text:
            return hint
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        if isinstance(view, QTableView):
            available = view.columnWidth(index.column())
        else:
            available = view.viewport().width() - 2 * (
                view.spacing() if isinstance(view, QListView) else 0
            )
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                icon = view.iconSize()
                small = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
                available -= (icon.width() if icon.isValid() else small) + 2 * margin
        width = max(20, available - 2 * margin - 6)
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(
            QRect(0, 0, width, 1 << 24), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        if isinstance(view, QTableView):
            return QSize(hint.width(), max(hint.height(), rect.height() + 2 * margin + 4))
        vertical = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, view) + 1
        return QSize(hint.width(), max(hint.height(), rect.height() + 2 * vertical))


# -- the window ----------------------------------------------------------------------------------
