"""The responses editor: the authors' decision and reply to the comment chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QItemSelection,
    Qt,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.collate_window.comments_table import CommentsModel
from sdm_aid.ui.collate_window.common import DECLINED, _banner, _cut, status_label

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedComment,
    )


class ResponsesEditor:
    """Part of :class:`CollateWindow` (a mixin: it uses the window's attributes)."""

    def _build_editor(self) -> QWidget:
        self.editor = QGroupBox(self.tr("Your response"))
        layout = QVBoxLayout(self.editor)
        self.decision_box = QComboBox()
        for status in self.STATUSES:
            self.decision_box.addItem(status_label(status), status)
        self.decision_box.setAccessibleName(self.tr("Decision"))
        self.decision_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setAccessibleDescription(
            self.tr("Why: needed when the comment is declined.")
        )
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName(self.tr("Reply to the reviewer"))
        self.reply_edit.setAccessibleDescription(
            self.tr("Shown to the panel in 'You said, we did'.")
        )
        for edit in (self.reason_edit, self.reply_edit):
            edit.setTabChangesFocus(True)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_editors()
        self.reason_edit.setPlaceholderText(self.tr("Needed when declined"))
        self.reply_edit.setPlaceholderText(self.tr("What you tell the reviewer"))
        decision_label = QLabel(self.tr("&Decision:"))
        decision_label.setBuddy(self.decision_box)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason_edit)
        reply_label = QLabel(self.tr("Rep&ly:"))
        reply_label.setBuddy(self.reply_edit)
        # decision, reason and reply side by side, or one above the other when narrow
        self.fields = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.fields.setSpacing(12)
        for label, field, stretch in (
            (decision_label, self.decision_box, 0),
            (reason_label, self.reason_edit, 1),
            (reply_label, self.reply_edit, 1),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(label)
            box.addWidget(field)
            box.addStretch(1)
            self.fields.addLayout(box, stretch)
        layout.addLayout(self.fields)
        self.editor_message = QLabel()
        self.editor_message.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_message.setWordWrap(True)
        self.editor_message.setAccessibleName(self.tr("Response not saved"))
        _banner(self.editor_message)
        warn = self.editor_message.font()
        warn.setBold(True)
        self.editor_message.setFont(warn)
        self.editor_message.hide()
        layout.addWidget(self.editor_message)
        layout.addStretch(1)
        self.decision_box.currentIndexChanged.connect(self._editor_changed)
        self.reason_edit.textChanged.connect(self._editor_changed)
        self.reply_edit.textChanged.connect(self._editor_changed)
        self._set_editor(None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        return scroll

    def _fit_editors(self) -> None:
        """Two lines for the reason and three for the reply, at the current text size."""
        for edit, rows in ((self.reason_edit, 2), (self.reply_edit, 3)):
            margins = edit.contentsMargins()
            frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
            document = int(edit.document().documentMargin() * 2)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + frame + document + 2)

    def current_comment(self) -> CollatedComment | None:
        index = self.comments_view.currentIndex()
        if not index.isValid():
            return None
        comment = self.comments_model.data(index, CommentsModel.COMMENT_ROLE)
        return comment if comment is not None else None

    def _comment_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            if not self.comments_view.selectionModel().hasSelection():
                self._set_editor(None)
            return
        row = min(rows)
        comment = self.comments_model.comments[row]
        self._comment_id = comment.id
        self._set_editor(comment)

    def _set_editor(self, comment: CollatedComment | None) -> None:
        self._loading_editor = True
        try:
            self.editor_message.hide()
            responses = self.outcome.responses if self.outcome else None
            read_only = self.outcome is not None and self.outcome.read_only
            if comment is None:
                self.editor.setTitle(self.tr("Your response (select a comment first)"))
                self.decision_box.setAccessibleDescription("")
                self.decision_box.setCurrentIndex(0)
                self.reason_edit.setPlainText("")
                self.reply_edit.setPlainText("")
                for widget in (self.decision_box, self.reason_edit, self.reply_edit):
                    widget.setEnabled(False)
                return
            who = CommentsModel.who(comment)
            self.editor.setTitle(
                self.tr("Your response to {who}").format(who=who.replace("&", "&&"))
            )
            self.decision_box.setAccessibleDescription(
                self.tr("Your decision on the comment by {who}: {text}").format(
                    who=who, text=_cut(comment.text, 300)
                )
            )
            response = responses.get(comment.id) if responses else None
            status = response.status if response else None
            self.decision_box.setCurrentIndex(self.STATUSES.index(status))
            self.reason_edit.setPlainText(response.reason if response else "")
            self.reply_edit.setPlainText(response.reply if response else "")
            for widget in (self.decision_box, self.reason_edit, self.reply_edit):
                widget.setEnabled(not read_only)
            if read_only and self.outcome is not None:
                self._say(self.outcome.responses_note)
        finally:
            self._loading_editor = False

    def _say(self, message: str) -> None:
        self.editor_message.setText(message)
        self.editor_message.setVisible(bool(message))

    def _editor_changed(self, *_args: object) -> None:
        if self._loading_editor or self.outcome is None or self.outcome.read_only:
            return
        comment = self.current_comment()
        if comment is None:
            return
        responses = self.outcome.responses
        status = self.decision_box.currentData()
        reason = self.reason_edit.toPlainText().strip()
        reply = self.reply_edit.toPlainText().strip()
        existing = responses.get(comment.id)
        if status is None:
            if reason or reply:
                self._say(
                    self.tr(
                        "Choose a decision (accepted, declined or to discuss) to save the reason "
                        "and reply. Not saved yet."
                    )
                )
                return
            if existing is None:
                self._say("")
                return
            responses.remove(comment.id)
        elif status == DECLINED and not reason:
            self._say(
                self.tr(
                    "A declined comment needs a reason: write why under Reason. Not saved "
                    "until you do."
                )
            )
            return
        else:
            if existing is not None and (existing.status, existing.reason, existing.reply) == (
                status,
                reason,
                reply,
            ):
                self._say("")
                return
            try:
                responses.set(comment.id, status, reason, reply)
            except ValueError as exc:
                self._say(self.tr("Not saved: {reason}.").format(reason=exc))
                return
        self._say("")
        self.comments_model.comment_changed(comment.id)
        row = self.comments_model.row_of(comment.id)
        if row >= 0:
            self.comments_view.resizeRowToContents(row)
        self._update_summary()
        self.saver.changed()

    # -- saving the responses ------------------------------------------------------------

    @property
    def responses_path(self) -> Path | None:
        return self.saver.path

    def _responses_written(self, _path: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.statusBar().showMessage(self.tr("Responses saved"), 5000)
        self.responses_saved.emit()

    def _save_failed(self, _error: str) -> None:
        if not shiboken6.isValid(self):
            return
        path = self.saver.path or self.aid_path
        message = self.tr(
            "Could not save the responses to {name}: {reason}. Your decisions are kept in "
            "this window; check that you can write to {folder}, then make a change to try again."
        ).format(name=path.name, reason=self.saver.reason, folder=path.parent)
        self.statusBar().showMessage(message)
        self._show_error(message)

    def flush(self) -> None:
        """Write any change not yet saved, now (in this thread)."""
        self.saver.flush()

    # -- reports -----------------------------------------------------------------------------
