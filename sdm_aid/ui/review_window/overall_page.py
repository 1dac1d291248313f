"""The last page: the overall questionnaire."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.review import (
    ANSWERS,
    CHOICE_QUESTIONS,
    RATING_MAX,
    RATING_MIN,
)
from sdm_aid.ui.review_labels import answer_labels, question_labels
from sdm_aid.ui.review_window.common import _esc, _titled, _uncheck

if TYPE_CHECKING:
    pass


class OverallPage:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    def _build_overall_page(self) -> QScrollArea:
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setAccessibleName(self.tr("Overall questions"))
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)
        heading = QLabel(f"<h1>{_esc(self.tr('Overall questions'))}</h1>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(self.tr("Last, a few questions about the aid as a whole."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        questions = question_labels()
        self.overall_edits: list[QPlainTextEdit] = []
        self.answer_groups: dict[str, QButtonGroup] = {}
        for key in CHOICE_QUESTIONS:
            box, row = _titled(questions[key], QHBoxLayout)
            group = QButtonGroup(box)
            for n, (answer, text) in enumerate(answer_labels().items()):
                button = QRadioButton(text)
                button.setAccessibleName(f"{questions[key]} {text}")
                button.setProperty("answer", answer)
                group.addButton(button, n)
                row.addWidget(button)
            row.addStretch()
            group.idClicked.connect(lambda n, k=key: self._answered(k, ANSWERS[n]))
            self.answer_groups[key] = group
            layout.addWidget(box)
        self.missing_edit = self._overall_text(layout, "missing", questions["missing"])
        box, row = _titled(questions["rating"], QHBoxLayout)
        self.overall_rating = QButtonGroup(box)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QRadioButton(str(value))
            words = {
                RATING_MIN: self.tr("{v} of 5, poor"),
                RATING_MAX: self.tr("{v} of 5, very good"),
            }.get(value, self.tr("{v} of 5"))
            button.setAccessibleName(f"{questions['rating']} {words.format(v=value)}")
            self.overall_rating.addButton(button, value)
            row.addWidget(button)
        row.addStretch()
        self.overall_rating.idClicked.connect(lambda v: self._answered("rating", v))
        layout.addWidget(box)
        self.more_edit = self._overall_text(layout, "comments", questions["comments"])

        send = QLabel(
            self.tr(
                "Your answers are saved as you go. When you have finished, save a copy of "
                "your review and send it to the authors of the aid (for example by email)."
            )
        )
        send.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(send)
        self.send_button = QPushButton(self.tr("Save a &copy to send…"))
        self.send_button.setAccessibleName(self.tr("Save a copy of your review to send"))
        self.send_button.clicked.connect(self.save_copy)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        page.setWidget(inner)
        return page

    def _overall_text(self, layout: QVBoxLayout, key: str, text: str) -> QPlainTextEdit:
        label = QLabel(f"<b>{_esc(text)}</b>")
        label.setWordWrap(True)
        edit = QPlainTextEdit()
        edit.setAccessibleName(text)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 3)
        edit.setMaximumHeight(self.fontMetrics().height() * 7)
        self.overall_edits.append(edit)
        label.setBuddy(edit)
        edit.textChanged.connect(lambda e=edit, k=key: self._answered(k, e.toPlainText()))
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def _fill_overall(self) -> None:
        if self.review is None:
            return
        self._loading = True
        try:
            overall = self.review.overall
            for key, group in self.answer_groups.items():
                value = getattr(overall, key)
                if value in ANSWERS:
                    group.button(ANSWERS.index(value)).setChecked(True)
                else:
                    _uncheck(group)
            if overall.rating is not None:
                self.overall_rating.button(overall.rating).setChecked(True)
            else:
                _uncheck(self.overall_rating)
            texts = ((self.missing_edit, overall.missing), (self.more_edit, overall.comments))
            for edit, text in texts:
                if edit.toPlainText().strip() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False

    def _answered(self, key: str, value: str | int | None) -> None:
        if self._loading or self.review is None:
            return
        try:
            self.review.answer(key, value)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return
        self._changed()

    def answer(self, key: str, value: str | int) -> None:
        """Answer an overall question as the controls do."""
        if key in self.answer_groups:
            self.answer_groups[key].button(ANSWERS.index(str(value))).click()
        elif key == "rating":
            self.overall_rating.button(int(value)).click()
        else:
            edit = self.missing_edit if key == "missing" else self.more_edit
            edit.setPlainText(str(value))

    # -- saving ----------------------------------------------------------------------------
