"""The table of every reviewer's comments on a section, with the authors' responses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFontMetrics,
    QResizeEvent,
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

from sdm_aid.ui.collate_window.common import Index, _cut, _tr, status_label
from sdm_aid.ui.review_labels import question_label, role_label

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedComment,
    )
    from sdm_aid.core.responses import Responses


class CommentsModel(QAbstractTableModel):
    """The comments on one section: who, the quote (or question), the comment, notes, the
    decision and the reply."""

    COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
    WHO, QUOTE, TEXT, NOTES, DECISION, REPLY = range(6)

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
            _tr("Who"),
            _tr("Quote or question"),
            _tr("Comment"),
            _tr("Notes"),
            _tr("Decision"),
            _tr("Reply"),
        ]

    def row_of(self, comment_id: str) -> int:
        return next((i for i, c in enumerate(self.comments) if c.id == comment_id), -1)

    def comment_changed(self, comment_id: str) -> None:
        row = self.row_of(comment_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @staticmethod
    def who(comment: CollatedComment) -> str:
        return _tr("{name} ({role})").format(name=comment.reviewer, role=role_label(comment.role))

    def notes(self, comment: CollatedComment) -> list[str]:
        out = []
        if comment.possibly_addressed:
            out.append(_tr("Possibly addressed"))
        elif comment.section_changed:
            out.append(_tr("Section differs from what they read"))
        if comment.reviewed_version and comment.reviewed_version != self.aid_version:
            out.append(_tr("Reviewed version {v}").format(v=comment.reviewed_version))
        return out

    def notes_tip(self, comment: CollatedComment) -> str:
        if comment.possibly_addressed:
            return _tr(
                "This reviewer read version {v}; the section has changed since, so the "
                "comment may have been addressed already."
            ).format(v=comment.reviewed_version)
        if comment.section_changed:
            return _tr(
                "The section differs from the text this reviewer read (version {v})."
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
            return _tr("{decision}: {reason}").format(
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
        return self.reply(comment)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment, column = self.comments[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cut(self.cell(comment, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers()[column]}: {self.cell(comment, column) or _tr('none')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTES:
                return self.notes_tip(comment) or None
            text = self.cell(comment, column)
            return text if len(text) > 60 else None
        if role == self.COMMENT_ROLE:
            return comment
        return None


class CommentsView(QTableView):
    """The comments table: its columns share the width (the comment gets the most), and
    rows grow to show the wrapped text."""

    SHARES = (12, 17, 31, 12, 13, 15)  # who, quote, comment, notes, decision, reply

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width; no column narrower than its heading (then the table scrolls)."""
        model = self.model()
        if model is None or model.columnCount() != len(self.SHARES):
            return
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        least = [
            max(
                self.fontMetrics().averageCharWidth() * 7,
                metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                + pad,
            )
            for c in range(len(self.SHARES))
        ]
        width = self.viewport().width()
        total, used = sum(self.SHARES), 0
        for column, share in enumerate(self.SHARES[:-1]):
            size = max(least[column], width * share // total)
            header.resizeSection(column, size)
            used += size
        header.resizeSection(len(self.SHARES) - 1, max(least[-1], width - used))


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
