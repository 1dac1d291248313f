"""The detail of a section: ratings, changes since the reviews, reading level, comments."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.collate_window.comments_table import CommentsModel, CommentsView, WrappingDelegate
from sdm_aid.ui.collate_window.common import _banner, _compact, _cut, _plural
from sdm_aid.ui.collate_window.models import RatingsModel
from sdm_aid.ui.collate_window.ratings_view import RatingsView
from sdm_aid.ui.split_or_tabs import SplitOrTabs

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedSection,
    )


SPLIT_LINES = 24  # lines of text from which the figures, comments and response fit together


class DetailPanel:
    """Part of :class:`CollateWindow` (a mixin: it uses the window's attributes)."""

    def _build_detail(self) -> QWidget:
        self.detail = QSplitter(Qt.Orientation.Vertical)
        self.detail.setChildrenCollapsible(False)

        # what the section is like: ratings, readability, changes
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(4, 0, 4, 4)
        self.section_title = QLabel()
        self.section_title.setTextFormat(Qt.TextFormat.PlainText)
        self.section_title.setWordWrap(True)
        self.section_title.setAccessibleName(self.tr("Section"))
        title_font = self.section_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.section_title.setFont(title_font)
        info_layout.addWidget(self.section_title)
        self.change_notice = QLabel()
        _banner(self.change_notice)
        self.change_notice.setTextFormat(Qt.TextFormat.RichText)
        self.change_notice.setAccessibleName(self.tr("What changed since it was reviewed"))
        self.change_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_notice.hide()
        info_layout.addWidget(self.change_notice)
        self.ratings_label = QLabel(self.tr("Ratin&gs"))
        self.ratings_model = RatingsModel(self)
        self.ratings_view = RatingsView()
        self.ratings_view.set_source(self.ratings_model)
        self.ratings_view.setAccessibleName(self.tr("Ratings"))
        self.ratings_view.setAccessibleDescription(
            self.tr("How many reviewers gave each rating, for each question.")
        )
        self.ratings_label.setBuddy(self.ratings_view)
        # the ratings beside the readability figures, or above them when narrow
        self.figures = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.figures.setSpacing(16)
        ratings = QVBoxLayout()
        ratings.setSpacing(2)
        ratings.addWidget(self.ratings_label)
        ratings.addWidget(self.ratings_view, 0, Qt.AlignmentFlag.AlignLeft)
        self.ratings_note = QLabel()
        self.ratings_note.setTextFormat(Qt.TextFormat.PlainText)
        self.ratings_note.setWordWrap(True)
        self.ratings_note.setAccessibleName(self.tr("About the ratings"))
        ratings.addWidget(self.ratings_note)
        ratings.addStretch(1)
        self.figures.addLayout(ratings)
        self.readability = QLabel()
        self.readability.setWordWrap(True)
        self.readability.setTextFormat(Qt.TextFormat.RichText)
        self.readability.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.readability.setAccessibleName(self.tr("Readability"))
        self.readability.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readability.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.figures.addWidget(self.readability, 1)
        info_layout.addLayout(self.figures)
        info_layout.addStretch(1)
        self.info_scroll = QScrollArea()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setWidget(info)
        self.info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ratings_view.follow(self.info_scroll)  # no wider than the pane
        self.detail.addWidget(self.info_scroll)

        # the comments
        comments = QWidget()
        comments_layout = QVBoxLayout(comments)
        comments_layout.setContentsMargins(4, 0, 4, 0)
        self.comments_label = QLabel(self.tr("Co&mments"))
        self.comments_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comments_model = CommentsModel(self)
        self.comments_view = CommentsView()
        self.comments_view.setItemDelegate(WrappingDelegate(self.comments_view))
        self.comments_view.setModel(self.comments_model)
        self.comments_view.setAccessibleName(self.tr("Comments"))
        self.comments_view.setAccessibleDescription(
            self.tr(
                "Every comment on the section: who made it, the passage quoted, the comment, "
                "notes, the decision and the reply. Select one to respond to it."
            )
        )
        self.comments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comments_view.setWordWrap(True)
        self.comments_view.setAlternatingRowColors(True)
        self.comments_view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move
        self.comments_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comments_view.verticalHeader().hide()
        self.comments_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.comments_view.horizontalHeader()
        header.setHighlightSections(False)  # bold headers would not fit their columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.comments_view.selectionModel().selectionChanged.connect(self._comment_chosen)
        self.comments_label.setBuddy(self.comments_view)
        comments_layout.addWidget(self.comments_label)
        comments_layout.addWidget(self.comments_view, 1)
        # the editor beside the comments, or below them when narrow (large text)
        self.work = QSplitter(Qt.Orientation.Vertical)
        self.work.setChildrenCollapsible(False)
        self.work.addWidget(comments)
        self.work.addWidget(self._build_editor())
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 2)
        self.detail.addWidget(self.work)
        self.detail.setStretchFactor(0, 1)
        self.detail.setStretchFactor(1, 3)
        # Short (1024x640 at large text): the figures, the comments and the response on tabs.
        self.comments_pane = comments
        self.detail_area = SplitOrTabs(
            self.detail,
            [
                (self.info_scroll, self.tr("Ratings")),
                (comments, self.tr("Comments")),
                (self.work.widget(1), self.tr("Your response")),
            ],
            SPLIT_LINES,
            self.tr("The section's reviews"),
        )
        return self.detail_area

    def _changes_html(self, section: CollatedSection) -> str:
        if not section.changes:
            return ""
        out = []
        for change in section.changes:
            versions = ", ".join(change.from_versions)
            if change.status == "added":
                out.append(
                    "<p><b>"
                    + escape(self.tr("New since version {v}.").format(v=versions))
                    + "</b></p>"
                )
                continue
            if change.status == "removed":
                out.append(
                    "<p><b>"
                    + escape(
                        self.tr(
                            "No longer in the aid: it was in version {v}. Comments on it "
                            "may have been addressed."
                        ).format(v=versions)
                    )
                    + "</b></p>"
                )
                continue
            out.append(
                "<p><b>"
                + escape(
                    self.tr(
                        "Changed since version {v}: comments made on that version are marked "
                        "“possibly addressed”."
                    ).format(v=versions)
                )
                + "</b></p>"
            )
            lines = change.changed_lines
            items = []
            for line in lines[:6]:
                if line.kind == "removed":
                    items.append(
                        escape(self.tr("Taken out: ")) + f"<s>{escape(_cut(line.text, 300))}</s>"
                    )
                elif line.kind == "added":
                    items.append(escape(self.tr("Added: ")) + escape(_cut(line.text, 300)))
                else:
                    segments = _compact(line.segments)
                    before = "".join(
                        f"<s>{escape(w)}</s>" if k == "removed" else escape(w)
                        for k, w in segments
                        if k != "added"
                    )
                    now = "".join(
                        f"<u><b>{escape(w)}</b></u>" if k == "added" else escape(w)
                        for k, w in segments
                        if k != "removed"
                    )
                    items.append(
                        escape(self.tr("Before: "))
                        + before
                        + "<br>"
                        + escape(self.tr("Now: "))
                        + now
                    )
            if len(lines) > 6:
                items.append(
                    escape(
                        self.tr("…and {n} more changed lines (the report shows them all).").format(
                            n=len(lines) - 6
                        )
                    )
                )
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
        return "".join(out)

    def _readability_html(self, section: CollatedSection) -> str:
        from sdm_aid.core.section_readability import LONG_SENTENCE_WORDS, TARGET_GRADE

        r = section.readability
        if r is None:
            return ""
        head = "<b>" + escape(self.tr("Readability")) + "</b><br>"
        parts = []
        if r.graded and r.reading_ease is not None and r.grade is not None:
            parts.append(
                self.tr("Reading ease {ease:.0f} ({words})").format(
                    ease=r.reading_ease, words=r.ease_words
                )
            )
            grade = self.tr("grade {grade:.1f}, reading age about {age:.0f}").format(
                grade=r.grade, age=r.reading_age
            )
            if r.above_target:
                grade += " " + self.tr("(above the target of grade {target:g})").format(
                    target=TARGET_GRADE
                )
            parts.append(grade)
        elif r.note:
            parts.append(self.tr("Not graded: {why}").format(why=r.note))
        parts.append(
            _plural(
                len(r.long_sentences),
                self.tr("1 sentence over {words} words"),
                self.tr("{n} sentences over {words} words"),
                words=LONG_SENTENCE_WORDS,
            )
        )
        words = r.words_not_in_glossary
        parts.append(
            self.tr("words not in the glossary: {words}").format(words=", ".join(words))
            if words
            else self.tr("no words missing from the glossary")
        )
        return head + escape(" · ".join(parts))

    def _arrange(self) -> None:
        """Lay the detail out for the room there is at the current text size: the editor
        beside the comments when wide enough, else below them; its fields side by side
        when there is room; the ratings beside the readability figures likewise. The
        editor gets the height it needs, the comments at least a few lines, and the
        section's figures the rest, up to about a third; whatever does not fit scrolls."""
        if not self._alive():
            return
        char = self.fontMetrics().averageCharWidth()
        sizes = self.splitter.sizes()  # the section list: 30 % of the width at most
        if sum(sizes) and sizes[0] > sum(sizes) * 30 // 100:
            left = max(char * 16, sum(sizes) * 25 // 100)
            self.splitter.setSizes([left, sum(sizes) - left])
        if self.detail_area.fit(self.detail_area.height()):
            self._arranged = ()
        lines = self.fontMetrics().lineSpacing()
        width = self.detail_area.width()
        side = width >= char * 150
        editor_width = max(char * 36, width * 36 // 100) if side else width
        fields = (
            QBoxLayout.Direction.LeftToRight
            if editor_width >= char * 70
            else QBoxLayout.Direction.TopToBottom
        )
        if self.fields.direction() != fields:
            self.fields.setDirection(fields)
        table = self.ratings_view.wanted_width()
        figures = (
            QBoxLayout.Direction.LeftToRight
            if width >= table + char * 40
            else QBoxLayout.Direction.TopToBottom
        )
        if self.figures.direction() != figures:
            self.figures.setDirection(figures)
        if self._arranged == (side, fields, figures) or self.detail_area.compact:
            return
        self._arranged = (side, fields, figures)
        self.work.setOrientation(Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical)
        total = sum(self.detail.sizes())
        editor = self.editor.sizeHint().height() + 4
        info_widget = self.info_scroll.widget()
        info = info_widget.sizeHint().height() + 4 if info_widget is not None else 0
        if side:
            self.work.setSizes([width - editor_width, editor_width])
            top = min(info, total * 35 // 100)
        else:
            editor = min(editor, total * 45 // 100)
            top = max(lines * 3, min(info, total * 35 // 100, total - editor - lines * 8))
            rest = max(total - top, 0)
            self.work.setSizes([max(rest - editor, 0), editor])
        self.detail.setSizes([top, max(total - top, 0)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.outcome is not None:
            self._arrange_timer.start()

    def _fit_rows(self) -> None:
        self.comments_view.resizeRowsToContents()

    # -- responding --------------------------------------------------------------------------
