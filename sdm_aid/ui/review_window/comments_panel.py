"""Comments on a section: the list, the editor, quoting a passage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QTableView,
    QTextBrowser,
    QWidget,
)

from sdm_aid.core.review import (
    MAX_QUOTE,
    Comment,
    Review,
)
from sdm_aid.ui.review_window.common import OVERALL, Index, _esc
from sdm_aid.ui.support.safe_text import (
    plain_box,
)

if TYPE_CHECKING:
    pass


class CommentListModel(QAbstractListModel):
    """The reviewer's comments on one section, oldest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.review: Review | None = None
        self.section_id = ""
        self.comments: list[Comment] = []

    def show(self, review: Review | None, section_id: str) -> None:
        self.beginResetModel()
        self.review, self.section_id = review, section_id
        self.comments = review.comments_on(section_id) if review else []
        self.endResetModel()

    def reload(self) -> None:
        self.show(self.review, self.section_id)

    def comment(self, row: int) -> Comment:
        return self.comments[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment = self.comments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if comment.quote:
                return self.tr("On “{quote}”:\n{text}").format(
                    quote=comment.quote, text=comment.text
                )
            return comment.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("Comment {n} of {total}: {text}").format(
                n=index.row() + 1, total=len(self.comments), text=comment.text
            )
            if comment.quote:
                text += " " + self.tr("Quoting: {quote}").format(quote=comment.quote)
            return text
        return None


# -- the window --------------------------------------------------------------------------------


class CommentsPanel:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    def _comment_buttons(self, *_args: object) -> None:
        count = self.comment_model.rowCount()
        title = self.tr("Your comments on this section")
        self.comments_heading.setText(
            f"<b>{_esc(title)}</b> "
            + _esc(self.tr("({n})").format(n=count) if count else self.tr("(none yet)"))
        )
        self.comment_list.setVisible(count > 0)
        self.comment_buttons.setVisible(count > 0)
        self._fit_comment_list()
        chosen = self.comment_list.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _fit_comment_list(self) -> None:
        """As tall as the comments (a few lines at least, about seven at most)."""
        line = self.fontMetrics().height()
        view = self.comment_list
        rows = sum(max(0, view.sizeHintForRow(r)) for r in range(self.comment_model.rowCount()))
        height = rows + 2 * view.frameWidth() + line // 2
        view.setFixedHeight(max(line * 2, min(line * 7, height)))

    def selected_text(self) -> str:
        """The text selected in the section on screen (or in its reading-level text)."""
        page = self.content.currentWidget()
        views: list[QWidget] = []
        if page is not None:
            views.append(page)
            views += page.findChildren(QLabel)
            views += page.findChildren(QTableView)
        if self.reading_body.isVisible():
            views.append(self.reading_text)
        focus = QApplication.focusWidget()
        views.sort(key=lambda w: w is not focus)  # the one with the focus first
        for view in views:
            text = ""
            if isinstance(view, QTextBrowser):
                text = view.textCursor().selectedText()
            elif isinstance(view, QLabel) and view.hasSelectedText():
                text = view.selectedText()
            elif isinstance(view, QTableView) and view.selectionModel() is not None:
                cells = sorted(
                    view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
                )
                text = " ".join(str(i.data() or "") for i in cells)
            text = " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())
            if text:
                return text
        return ""

    def quote_selection(self) -> None:
        if self.review is None or self.current == OVERALL:
            return
        text = self.selected_text()
        if not text:
            self.comment_message.setText(
                self.tr(
                    "Nothing is selected. Select some words in the section above (drag over "
                    "them with the mouse), then choose Quote selected text again."
                )
            )
            return
        if len(text) > MAX_QUOTE:
            text = text[: MAX_QUOTE - 1].rstrip() + "…"
            self.comment_message.setText(
                self.tr("The passage is long: only its first {n:,} characters are quoted.").format(
                    n=MAX_QUOTE
                )
            )
        else:
            self.comment_message.setText("")
        self.quote_edit.setText(text)
        self.comment_edit.setFocus()

    def add_comment(self) -> None:
        """Add the comment in the box (or save the one being edited)."""
        if self.review is None or self.current == OVERALL:
            return
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.comment_message.setText(self.tr("Type your comment first."))
            self.comment_edit.setFocus()
            return
        try:
            if self.editing is not None:
                self.review.edit_comment(self.editing, text, self.quote_edit.text())
                done = self.tr("Comment changed.")
            else:
                self.review.add_comment(self.current, text, self.quote_edit.text())
                done = self.tr("Comment added.")
        except (ValueError, KeyError) as exc:
            self.comment_message.setText(str(exc))
            return
        self.editing = None
        self.comment_edit.clear()
        self.quote_edit.clear()
        self._edit_mode(False)
        self.comment_model.reload()
        self._comment_buttons()
        self.comment_message.setText(done)
        self._changed()
        self.comment_edit.setFocus()

    def edit_comment(self) -> None:
        index = self.comment_list.currentIndex()
        if not index.isValid():
            return
        comment = self.comment_model.comment(index.row())
        self.editing = comment.id
        self.comment_edit.setPlainText(comment.text)
        self.quote_edit.setText(comment.quote)
        self._edit_mode(True)
        self.comment_edit.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        self.comment_edit.clear()
        self.quote_edit.clear()
        self._edit_mode(False)

    def _edit_mode(self, editing: bool) -> None:
        self.comment_label.setText(
            self.tr("Change your &comment:") if editing else self.tr("New &comment:")
        )
        self.add_button.setText(self.tr("S&ave changes") if editing else self.tr("&Add comment"))
        self.add_button.setAccessibleName(
            self.tr("Save the changed comment")
            if editing
            else self.tr("Add the comment to this section")
        )
        self.cancel_edit_button.setVisible(editing)

    def remove_comment(self, confirm: bool = True) -> None:
        index = self.comment_list.currentIndex()
        if self.review is None or not index.isValid():
            return
        comment = self.comment_model.comment(index.row())
        if confirm:
            ask = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Remove comment"),
                self.tr("Remove this comment?\n\n{text}").format(text=comment.text[:300]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            answer = plain_box(ask).exec()
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.editing == comment.id:
            self.cancel_edit()
        self.review.remove_comment(comment.id)
        self.comment_model.reload()
        self._comment_buttons()
        self.comment_message.setText(self.tr("Comment removed."))
        self._changed()
        self.comment_list.setFocus()

    # -- reading level ---------------------------------------------------------------------
