"""The section list and what the reviewers said of the section chosen."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.collate_window.comments_table import WrappingDelegate
from sdm_aid.ui.collate_window.common import OVERALL, _plural, role_count
from sdm_aid.ui.collate_window.models import SectionsModel
from sdm_aid.ui.collate_window.work import CollateOutcome
from sdm_aid.ui.review_labels import answer_label, question_label
from sdm_aid.ui.support.safe_text import plain_tooltip

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedComment,
        CollatedSection,
        Problem,
    )


class SectionsPanel:
    """Part of :class:`CollateWindow` (a mixin: it uses the window's attributes)."""

    def _build_sections(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Sec&tions"))
        self.sections_model = SectionsModel(self)
        self.sections_view = QListView()
        self.sections_view.setModel(self.sections_model)
        self.sections_view.setItemDelegate(WrappingDelegate(self.sections_view))
        self.sections_view.setAccessibleName(self.tr("Sections"))
        self.sections_view.setAccessibleDescription(
            self.tr("The aid's sections in reading order, with how many comments and ratings.")
        )
        self.sections_view.setWordWrap(True)
        self.sections_view.setUniformItemSizes(False)
        self.sections_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections_view.setSpacing(2)
        self.sections_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_view.selectionModel().currentChanged.connect(self._section_chosen)
        label.setBuddy(self.sections_view)
        layout.addWidget(label)
        layout.addWidget(self.sections_view, 1)
        return panel

    def _update_summary(self) -> None:
        if self.outcome is None:
            return
        c = self.outcome.collation
        roles = ", ".join(role_count(role, n) for role, n in c.role_counts)
        responses = self.outcome.responses
        decided = sum(1 for x in c.comments if responses.get(x.id) is not None)
        reviews = _plural(len(c.reviews), self.tr("1 review"), self.tr("{n} reviews"))
        text = self.tr("{title}, version {version}: {reviews} collated").format(
            title=c.aid_title, version=c.aid_version, reviews=reviews
        )
        if roles:
            text += f" ({roles})"
        text += self.tr("; {comments}, {decided} with a decision.").format(
            comments=_plural(len(c.comments), self.tr("1 comment"), self.tr("{n} comments")),
            decided=decided,
        )
        if not c.reviews:
            text += " " + self.tr("No review could be collated: see the problems below.")
        self.summary.setText(text)

    # -- one section -----------------------------------------------------------------------

    def _show_problems(self, outcome: CollateOutcome) -> None:
        problems: list[Problem] = list(outcome.collation.problems)
        self.problems.clear()
        style = self.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for problem in problems:
            verb = self.tr("Not collated") if problem.skipped else self.tr("Note")
            text = self.tr("{verb}: {name}: {message}").format(
                verb=verb, name=problem.path.name, message=problem.message
            )
            item = QListWidgetItem(warning if problem.skipped else info, text)
            item.setToolTip(plain_tooltip(str(problem.path)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.problems.addItem(item)
        if outcome.responses_note:
            text = self.tr("Responses: {message}").format(message=outcome.responses_note)
            item = QListWidgetItem(warning, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.problems.addItem(item)
        skipped = sum(1 for p in problems if p.skipped)
        notes = len(problems) - skipped + (1 if outcome.responses_note else 0)
        parts = []
        if skipped:
            parts.append(
                _plural(
                    skipped,
                    self.tr("1 file could not be collated"),
                    self.tr("{n} files could not be collated"),
                )
            )
        if notes:
            parts.append(_plural(notes, self.tr("1 note"), self.tr("{n} notes")))
        self.problems_label.setText(
            self.tr("&Problems and notes: {what}").format(what=", ".join(parts))
        )
        self.problems_box.setVisible(bool(parts))
        if parts:
            QTimer.singleShot(0, self._fit_problems)

    def _fit_problems(self) -> None:
        """Room for every problem, up to about a quarter of the window; the rest scrolls."""
        if not self._alive() or not self.problems_box.isVisible():
            return
        rows = sum(self.problems.sizeHintForRow(i) for i in range(self.problems.count()))
        wanted = self.problems_label.sizeHint().height() + rows + 2 * self.problems.frameWidth() + 8
        total = sum(self.outer.sizes())
        top = min(wanted, max(total // 5, self.fontMetrics().lineSpacing() * 3))
        self.outer.setSizes([top, total - top])

    def problem_texts(self) -> list[str]:
        """The problems and notes as shown (for tests and screen readers)."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _section(self, section_id: str | None) -> CollatedSection | None:
        if self.outcome is None or section_id is None:
            return None
        return self.outcome.collation.section(section_id)

    def _section_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.outcome is None or not current.isValid():
            return
        row = self.sections_model.rows[current.row()]
        self._section_id = row.id
        c = self.outcome.collation
        self.section_title.setText(row.title)
        if row.id == OVERALL:
            self._show_overall()
            comments: Sequence[CollatedComment] = c.overall.comments
        else:
            section = c.section(row.id)
            assert section is not None
            self._show_section(section)
            comments = section.comments
        self.comments_label.setText(
            self.tr("Co&mments on {title} ({n})").format(
                title=row.title.replace("&", "&&"), n=len(comments)
            )
        )
        wanted = self._comment_id
        self.comments_model.set_comments(comments, self.outcome.responses, c.aid_version)
        self.comments_view.fit_columns()
        self._fit_rows()
        row_index = self.comments_model.row_of(wanted) if wanted else -1
        if row_index < 0 and comments:
            row_index = 0
        if row_index >= 0:
            self.comments_view.setCurrentIndex(self.comments_model.index(row_index, 0))
        else:
            self._set_editor(None)
        self.info_scroll.verticalScrollBar().setValue(0)

    def _show_section(self, section: CollatedSection) -> None:
        self.ratings_label.show()
        self.ratings_view.show()
        self.ratings_model.set_ratings(section.ratings)
        self.ratings_view.fit()
        earlier = max((r.earlier_text for r in section.ratings), default=0)
        rated = max((r.rated + r.skipped for r in section.ratings), default=0)
        note = ""
        if not rated:
            note = self.tr("Nobody rated this section.")
        elif earlier:
            note = _plural(
                earlier,
                self.tr("1 reviewer rated an earlier text of this section."),
                self.tr("{n} reviewers rated an earlier text of this section."),
            )
        self.ratings_note.setText(note)
        self.ratings_note.setVisible(bool(note))
        self.change_notice.setText(self._changes_html(section))
        self.change_notice.setVisible(bool(self.change_notice.text()))
        self.readability.setText(self._readability_html(section))
        self.readability.setVisible(bool(self.readability.text()))

    def _show_overall(self) -> None:
        assert self.outcome is not None
        overall = self.outcome.collation.overall
        self.ratings_label.show()
        self.ratings_view.show()
        self.ratings_model.set_ratings([overall.rating])
        self.ratings_view.fit()
        self.ratings_note.hide()
        self.change_notice.hide()
        parts = []
        for answers in (overall.helps_decide, overall.options_fair):
            counts = ", ".join(
                f"{answer_label(key, label)} {n}" for key, label, n in answers.counts
            )
            parts.append(
                f"<p><b>{escape(question_label(answers.question, answers.prompt))}</b><br>"
                f"{escape(counts)}</p>"
            )
        self.readability.setText("".join(parts))
        self.readability.show()
