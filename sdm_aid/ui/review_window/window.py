"""Reviewing an aid in the app ("Review this aid…"): one reader's ratings and comments.

A reviewer (a patient, carer, clinician or someone else on the panel) reads the aid section
by section, as a patient sees it: the app's own pages (options, comparison table, icon
arrays, preferences, quiz) over a throwaway in-memory session that is never saved, and the
other sections as text. Below each section they rate it (easy to understand, balanced,
enough information: 1 to 5 or skip), comment on it (optionally quoting a passage they
selected) and can open a "Reading level" panel with the same figures the authors see. The
last page is the overall questionnaire.

Every change is saved to the reviewer's review file (``.review.json``, see
:mod:`sdm_aid.core.review`) in the user data folder, shortly after the change, atomically
and off the UI thread. "Save a copy to send…" writes the file wherever the reviewer wants,
to send to the authors. The Qt-free rules live in the core; this module only shows them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sdm_aid import paths
from sdm_aid.core.review import (
    Review,
    ReviewSection,
    ReviewStore,
    review_sections,
)
from sdm_aid.core.session import Session, new_session
from sdm_aid.ui.review_labels import role_labels
from sdm_aid.ui.review_window.comments_panel import CommentsPanel
from sdm_aid.ui.review_window.common import OVERALL, _first_focusable
from sdm_aid.ui.review_window.opening import ReviewOpening
from sdm_aid.ui.review_window.overall_page import OverallPage
from sdm_aid.ui.review_window.rating_panel import RatingPanel
from sdm_aid.ui.review_window.reading_panel import ReadingPanel
from sdm_aid.ui.review_window.reviewer_dialog import ReviewerDialog
from sdm_aid.ui.review_window.saving import ReviewSaver, ReviewSaving
from sdm_aid.ui.review_window.section_list import SectionListModel
from sdm_aid.ui.review_window.section_pages import SectionPages
from sdm_aid.ui.split_or_tabs import SplitOrTabs
from sdm_aid.ui.support.actions import make_action
from sdm_aid.ui.support.window_size import fit_to_text
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.core.section_readability import SectionReadability


SPLIT_LINES = 34  # lines of text from which the section and the review fit one above the other


class ReviewWindow(
    ReviewOpening,
    SectionPages,
    RatingPanel,
    CommentsPanel,
    ReadingPanel,
    OverallPage,
    ReviewSaving,
    QMainWindow,
):
    """Reviewing one aid. ``started`` fires once the reviewer has said who they are and
    their review (new or resumed) is on screen; ``saved`` after each save; ``closed``."""

    started = Signal()
    saved = Signal(str)
    closed = Signal()

    def __init__(
        self,
        aid: Aid,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.aid = aid
        self.theme_name = theme_name
        self.settings = QSettings()
        self.store = store or ReviewStore(paths.user_data_dir() / "reviews")
        self.sections = review_sections(aid)
        self.review: Review | None = None
        self.path: Path | None = None
        self.figures: dict[str, SectionReadability] | None = None
        self.notice: QMessageBox | None = None  # the last message shown in a box
        self.current = ""  # the section id on screen (or OVERALL)
        self.editing: str | None = None  # the id of the comment being edited
        self._session: Session = new_session(aid, "home")  # for the step pages; never saved
        self._pages: dict[str, QWidget] = {}
        self._closing = False
        self._asked = False
        self._loading = False  # filling controls from the review: not a change

        self.saver = ReviewSaver(self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)

        self.setWindowTitle(self.tr("Review: {title} – SDM Aid").format(title=aid.meta.title))
        if aid.path is not None:
            self.setWindowFilePath(str(aid.path))
        self._build()
        self._build_actions()
        self._initial_size()
        self.who = ReviewerDialog(aid.meta.title, self)
        self.who.setWindowModality(Qt.WindowModality.WindowModal)
        self.who.accepted.connect(self._who_answered)
        self.who.rejected.connect(self._who_cancelled)
        self._set_enabled(False)
        self.show_section(0)
        run_in_thread(self._measure, self._measured, self._measure_failed)

    # -- opening ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.section_model = SectionListModel(self.sections, self)
        self.section_list = QListView()
        self.section_list.setModel(self.section_model)
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setAccessibleDescription(
            self.tr("Move with the arrow keys: each section is shown beside the list")
        )
        self.section_list.setWordWrap(True)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideNone)  # narrow: wrap, not cut
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when resized
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setSpacing(2)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.selectionModel().currentChanged.connect(
            lambda now, _before: self.show_section(now.row()) if now.isValid() else None
        )
        self._fit_section_list()

        # What the reviewer reads, above their review of it.
        self.content = QStackedWidget()
        self.content.setAccessibleName(self.tr("The section as a patient sees it"))
        self.review_panel = self._build_review_panel()
        self.review_scroll = QScrollArea()
        self.review_scroll.setWidgetResizable(True)
        self.review_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.review_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_scroll.setWidget(self.review_panel)
        self.review_scroll.viewport().installEventFilter(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.content)
        self.splitter.addWidget(self.review_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # Short (1024x640, large text): the section and the review on two tabs instead.
        self.section_area = SplitOrTabs(
            self.splitter,
            [(self.content, self.tr("The section")), (self.review_scroll, self.tr("Your review"))],
            SPLIT_LINES,
            self.tr("The section and your review"),
        )

        self.overall_page = self._build_overall_page()
        self.right = QStackedWidget()
        self.right.addWidget(self.section_area)
        self.right.addWidget(self.overall_page)

        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.position.setWordWrap(False)  # "3 of 11" is short; wrapped, it was squeezed
        self.position.setAccessibleName(self.tr("Where you are"))
        self.previous_button = QPushButton(self.tr("< &Previous section"))
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.next_button = QPushButton(self.tr("&Next section >"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.previous_button.clicked.connect(lambda: self.go_by(-1))
        self.next_button.clicked.connect(lambda: self.go_by(1))
        nav = QHBoxLayout()
        nav.addWidget(self.position, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.right, 1)
        right.addLayout(nav)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.section_list, 2)  # 2/7 of the width, 27 characters at most
        layout.addLayout(right, 5)
        self.setCentralWidget(central)

        self.reviewer_label = QLabel()
        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewer_label.setAccessibleName(self.tr("Reviewer"))
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.statusBar().addPermanentWidget(self.reviewer_label)
        self.statusBar().addPermanentWidget(self.progress_label)

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.save_action = self._action(self.tr("&Save now"), self.save_now, keys.Save)
        self.copy_action = self._action(
            self.tr("Save a &copy to send…"), self.save_copy, keys.SaveAs
        )
        self.who_action = self._action(self.tr("Change your &name or role…"), self.change_reviewer)
        close_action = self._action(self.tr("&Close"), self.close, keys.Close)
        for action in (self.save_action, self.copy_action, self.who_action, close_action):
            file_menu.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.previous_action = self._action(
            self.tr("&Previous section"), lambda: self.go_by(-1), keys.Back
        )
        self.next_action = self._action(
            self.tr("&Next section"), lambda: self.go_by(1), keys.Forward
        )
        self.pane_action = self._action(
            self.tr("Next &area (list, section, your review)"), lambda: self.next_pane(1), "F6"
        )
        self.pane_back_action = self._action(
            self.tr("Previous a&rea"), lambda: self.next_pane(-1), "Shift+F6"
        )
        self.quote_action = self._action(
            self.tr("&Quote selected text"), self.quote_selection, "Ctrl+Shift+Q"
        )
        for action in (
            self.previous_action,
            self.next_action,
            self.pane_action,
            self.pane_back_action,
            self.quote_action,
        ):
            go.addAction(action)
        for button, action in (
            (self.previous_button, self.previous_action),
            (self.next_button, self.next_action),
            (self.quote_button, self.quote_action),
        ):
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        return make_action(self, text, slot, shortcut)

    def _initial_size(self) -> None:
        fit_to_text(self, (130, 85), (1200, 820))

    def _fit_section_list(self) -> None:
        chars = self.fontMetrics().averageCharWidth()
        self.section_list.setMinimumWidth(chars * 12)
        self.section_list.setMaximumWidth(chars * 27)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.section_area.fit(self.right.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "section_list"):
            self._fit_section_list()
            self.section_area.fit(self.right.height())
            self._fit_heights()
            self._ratings_wide = None
            self._reflow_ratings()

    def _set_enabled(self, enabled: bool) -> None:
        self.review_panel.setEnabled(enabled)
        self.overall_page.setEnabled(enabled)
        for action in (self.save_action, self.copy_action, self.who_action):
            action.setEnabled(enabled)

    # -- the sections ----------------------------------------------------------------------
    def section(self, section_id: str) -> ReviewSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def go_by(self, delta: int) -> None:
        row = self.section_list.currentIndex().row() + delta
        if 0 <= row < self.section_model.rowCount():
            self.section_list.setCurrentIndex(self.section_model.index(row))

    def go_to(self, section_id: str) -> None:
        ids = self.section_model.ids()
        if section_id in ids:
            self.section_list.setCurrentIndex(self.section_model.index(ids.index(section_id)))

    def show_section(self, row: int) -> None:
        ids = self.section_model.ids()
        row = max(0, min(row, len(ids) - 1))
        index = self.section_model.index(row)
        if self.section_list.currentIndex() != index:
            self.section_list.setCurrentIndex(index)  # comes back here
            return
        section_id = ids[row]
        if self.editing is not None and section_id != self.current:
            self.cancel_edit()
        self.current = section_id
        self.position.setText(
            self.tr("{n} of {total}").format(n=row + 1, total=len(ids))
            if section_id != OVERALL
            else self.tr("{n} of {total}: the last page").format(n=row + 1, total=len(ids))
        )
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(ids) - 1)
        self.previous_action.setEnabled(row > 0)
        self.next_action.setEnabled(row < len(ids) - 1)
        if section_id == OVERALL:
            self.right.setCurrentWidget(self.overall_page)
            self._fill_overall()
            self._show_progress()
            return
        self.right.setCurrentWidget(self.section_area)
        page = self.page(section_id)
        self.content.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self._fill_panel(section_id)
        self._show_progress()

    def _show_reviewer(self) -> None:
        if self.review is None:
            self.reviewer_label.setText("")
            return
        role = role_labels().get(self.review.reviewer.role, self.review.reviewer.role)
        self.reviewer_label.setText(
            self.tr("Reviewer: {name} ({role})").format(
                name=self.review.reviewer.name, role=role.split(" (")[0]
            )
        )

    def _show_progress(self) -> None:
        if self.review is None:
            self.progress_label.setText("")
            return
        done, total = self.review.progress()
        self.progress_label.setText(
            self.tr("{done} of {total} answered").format(done=done, total=total)
        )

    def _tell(self, title: str, text: str, warning: bool = False) -> None:
        if self.notice is not None:
            self.notice.deleteLater()
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.notice = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.notice.setAccessibleName(title)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.open()

    # -- keyboard --------------------------------------------------------------------------
    def next_pane(self, delta: int) -> None:
        """F6 / Shift+F6: the section list, the section, your review (or the questions)."""
        if self.current == OVERALL:
            panes: list[QWidget] = [self.section_list, self.overall_page]
        else:
            panes = [self.section_list, self.content, self.review_scroll]
        focus = QApplication.focusWidget()
        here = next(
            (n for n, p in enumerate(panes) if focus is p or (focus and p.isAncestorOf(focus))),
            0,
        )
        target = panes[(here + delta) % len(panes)]
        self.section_area.reveal(target)
        if target is self.section_list:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return
        inner = self.content.currentWidget() if target is self.content else target
        if inner is None:
            return
        first = _first_focusable(inner)
        (first or inner).setFocus(Qt.FocusReason.TabFocusReason)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.saver.flush()
        self.closed.emit()
        super().closeEvent(event)
