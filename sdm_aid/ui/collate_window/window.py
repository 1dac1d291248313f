"""Collating patient-panel reviews in the app: File › Collate patient reviews…

The author chooses an aid's Markdown file and the review files (``*.review.json``, or a
folder of them). Reading and collating run in a worker thread (readability loads a
dictionary the first time, about a second); the window says "Reading the reviews…"
meanwhile. Then it shows:

* the files that could not be collated and why, and notes such as reviews of an older
  version, each with its file name;
* the sections in reading order with how many comments and ratings each has;
* for the selected section, the rating distributions, the readability figures, what
  changed since the versions reviewed, and every comment with who made it;
* an editor for the authors' response to the selected comment: accepted, declined (with
  a reason) or to discuss, and a reply. Each change is saved, shortly after and off the
  UI thread, to the responses file beside the aid (``….responses.json``).

The authors' report and "You said, we did" are saved as HTML, Markdown or PDF, as with
``sdm-aid review collate``. Review files are only read, never changed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.collate_window.comments_table import WrappingDelegate
from sdm_aid.ui.collate_window.common import (
    ACCEPTED,
    DECLINED,
    DISCUSS,
    _banner,
    _plural,
)
from sdm_aid.ui.collate_window.detail_panel import DetailPanel
from sdm_aid.ui.collate_window.reports import ReportSaving
from sdm_aid.ui.collate_window.responses_editor import ResponsesEditor
from sdm_aid.ui.collate_window.sections_panel import SectionsPanel
from sdm_aid.ui.collate_window.work import CollateOutcome, ResponsesSaver, collate_files
from sdm_aid.ui.support.actions import make_action
from sdm_aid.ui.support.file_dialogs import ask_open_file
from sdm_aid.ui.support.window_size import fit_to_text
from sdm_aid.ui.support.workers import run_in_thread

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    pass


_open_windows: set[CollateWindow] = set()  # kept from the garbage collector while open


class CollateWindow(SectionsPanel, DetailPanel, ResponsesEditor, ReportSaving, QMainWindow):
    """Collates the reviews of one aid and records the authors' responses.

    ``collated`` fires when a collation is on screen (or could not be made);
    ``responses_saved`` when the responses file has been written; ``report_saved`` with
    the path of each report written; ``closed`` when the window closes."""

    collated = Signal()
    responses_saved = Signal()
    report_saved = Signal(str)
    closed = Signal()

    STATUSES: ClassVar[tuple[str | None, ...]] = (None, ACCEPTED, DECLINED, DISCUSS)

    def __init__(self, aid_path: Path, review_paths: Sequence[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.aid_path = Path(os.path.abspath(aid_path))
        self.review_paths = [Path(p) for p in review_paths]
        self.outcome: CollateOutcome | None = None
        self.error = ""  # why the aid could not be collated, if it could not
        self.message_box: QMessageBox | None = None  # the last error shown
        self._busy = False
        self._closing = False
        self._loading_editor = False
        self.saver = ResponsesSaver(self)
        self.saver.saved.connect(self._responses_written)
        self.saver.failed.connect(self._save_failed)
        self._section_id: str | None = None
        self._comment_id: str | None = None
        self._keep_selection: tuple[str | None, str | None] = (None, None)

        self._build()
        self._build_actions()
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        self._arranged: tuple[object, ...] = ()  # the arrangement last made
        self._arrange_timer = QTimer(self)
        self._arrange_timer.setSingleShot(True)
        self._arrange_timer.setInterval(50)
        self._arrange_timer.timeout.connect(self._arrange)
        self.setWindowTitle(
            self.tr("{name} – Collate patient reviews – SDM Aid").format(name=self.aid_path.name)
        )
        self.setWindowFilePath(str(self.aid_path))
        self._initial_size()
        self.recollate()

    @classmethod
    def open(
        cls, aid_path: Path, review_paths: Sequence[Path], parent: QWidget | None = None
    ) -> CollateWindow:
        """Open a window collating ``review_paths`` (files or folders) for the aid at
        ``aid_path``; it stays open until closed."""
        window = cls(aid_path, review_paths, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.add(window)
        window.show()
        return window

    @classmethod
    def ask_and_open(cls, parent: QWidget | None = None) -> CollateWindow | None:
        """Ask for the aid's file, then for its review files or a folder of them."""
        aid = ask_open_file(
            parent,
            translate("CollateWindow", "Collate patient reviews: choose the decision aid"),
            translate("CollateWindow", "Decision aids (*.md)"),
        )
        if aid is None:
            return None
        paths = ask_review_paths(parent, aid)
        if not paths:
            return None
        return cls.open(aid, paths)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 8, 8, 4)
        column.setSpacing(6)

        self.banner = QLabel()  # "Reading the reviews…" over a collation already shown

        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # names and titles as written
        _banner(self.banner)
        self.banner.setAccessibleName(self.tr("Progress"))
        bold = self.banner.font()
        bold.setBold(True)
        self.banner.setFont(bold)
        self.banner.hide()
        column.addWidget(self.banner)

        self.summary = QLabel()

        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the reviews"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setAccessibleName(self.tr("Save the authors' report"))
        self.report_button.clicked.connect(lambda: self.save_report(you_said_we_did=False))
        self.yswd_button = QPushButton(self.tr("Save 'You said, &we did'…"))
        self.yswd_button.setAccessibleName(self.tr("Save the 'You said, we did' report"))
        self.yswd_button.clicked.connect(lambda: self.save_report(you_said_we_did=True))
        for button in (self.report_button, self.yswd_button):
            button.setEnabled(False)
            buttons.addWidget(button)

        self.problems_box = QWidget()
        problems = QVBoxLayout(self.problems_box)
        problems.setContentsMargins(0, 0, 0, 0)
        problems.setSpacing(2)
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        heading = self.problems_label.font()
        heading.setBold(True)
        self.problems_label.setFont(heading)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems with the review files"))
        self.problems.setAccessibleDescription(
            self.tr("Files that were not collated and why, and notes on the ones that were.")
        )
        self.problems.setWordWrap(True)
        self.problems.setItemDelegate(WrappingDelegate(self.problems))
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.problems_label.setBuddy(self.problems)
        problems.addWidget(self.problems_label)
        problems.addWidget(self.problems)
        self.problems_box.hide()
        # The problems above the collation; the line between them can be dragged.
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.setChildrenCollapsible(False)
        self.outer.addWidget(self.problems_box)

        self.placeholder = QLabel(self.tr("Reading the reviews…"))

        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setAccessibleName(self.tr("Collated reviews"))
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_sections())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.stack.addWidget(self.splitter)
        self.outer.addWidget(self.stack)
        self.outer.setStretchFactor(0, 0)
        self.outer.setStretchFactor(1, 1)
        column.addWidget(self.outer, 1)
        column.addLayout(buttons)
        self.setCentralWidget(central)

        self.status = QLabel()

        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        self.statusBar().addWidget(self.status, 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "reply_edit"):
            self._fit_editors()
            QTimer.singleShot(0, self._fit_rows)

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))

        def action(
            text: str, slot: Any, shortcut: QKeySequence.StandardKey | str | None
        ) -> QAction:
            return make_action(self, text, slot, shortcut, file_menu)

        self.report_action = action(
            self.tr("Save &report…"), lambda: self.save_report(False), keys.Save
        )
        self.yswd_action = action(
            self.tr("Save 'You said, &we did'…"), lambda: self.save_report(True), "Ctrl+Shift+S"
        )
        file_menu.addSeparator()
        self.add_files_action = action(self.tr("&Add review files…"), self.add_files, None)
        self.add_folder_action = action(self.tr("Add a &folder of reviews…"), self.add_folder, None)
        self.reload_action = action(self.tr("&Collate again"), self.recollate, keys.Refresh)
        if self.reload_action.shortcut().isEmpty():
            self.reload_action.setShortcuts([QKeySequence("F5")])
        file_menu.addSeparator()
        action(self.tr("&Close"), self.close, keys.Close)
        for made in (self.report_action, self.yswd_action):
            made.setEnabled(False)

    def _initial_size(self) -> None:
        width = fit_to_text(self, (140, 85), (1180, 820))
        char = self.fontMetrics().averageCharWidth()
        left = min(max(char * 20, width * 20 // 100), width * 30 // 100)
        self.splitter.setSizes([left, width - left])

    # -- collating ---------------------------------------------------------------------------
    def _alive(self) -> bool:
        return shiboken6.isValid(self) and not self._closing

    @property
    def busy(self) -> bool:
        return self._busy

    def recollate(self) -> None:
        """Read and collate every review file again, in a worker thread."""
        if self._closing or self._busy:
            return
        self.flush()
        self._busy = True
        self.editor.setEnabled(False)  # no changes while the responses are read again
        self._keep_selection = (self._section_id, self._comment_id)
        self.status.setText(self.tr("Reading the reviews…"))
        self.reload_action.setEnabled(False)
        if self.outcome is None:
            self.placeholder.setText(self.tr("Reading the reviews…"))
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self.banner.setText(self.tr("Reading the reviews…"))
            self.banner.show()
        aid_path, paths = self.aid_path, list(self.review_paths)
        run_in_thread(lambda: collate_files(aid_path, paths), self._collated, self._failed)

    def _collated(self, outcome: CollateOutcome) -> None:
        self._busy = False
        if not self._alive():
            return
        from sdm_aid.core.responses import responses_path

        self.reload_action.setEnabled(True)
        self.editor.setEnabled(True)
        first = self.outcome is None
        self.outcome, self.error = outcome, ""
        path = responses_path(self.aid_path)
        self.saver.track(outcome.responses, path)
        self.banner.hide()
        self._show_problems(outcome)
        self._update_summary()
        section_id, comment_id = self._keep_selection
        self.sections_model.set_collation(outcome.collation)
        self.stack.setCurrentWidget(self.splitter)
        row = self.sections_model.row_of(section_id) if section_id else -1
        if row < 0:  # the first section with comments, else the first
            row = next((i for i, r in enumerate(self.sections_model.rows) if r.comments), 0)
        self._comment_id = comment_id
        self.sections_view.setCurrentIndex(self.sections_model.index(row))
        for button in (self.report_button, self.yswd_button):
            button.setEnabled(True)
        self.report_action.setEnabled(True)
        self.yswd_action.setEnabled(True)
        c = outcome.collation
        self.status.setText(
            self.tr("Collated {reviews}; {skipped}").format(
                reviews=_plural(len(c.reviews), self.tr("1 review"), self.tr("{n} reviews")),
                skipped=_plural(
                    len(c.skipped), self.tr("1 file skipped"), self.tr("{n} files skipped")
                ),
            )
        )
        if self.focusWidget() is None:
            self.sections_view.setFocus()
        if first:
            QTimer.singleShot(0, self._arrange)
        self.collated.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if not self._alive():
            return
        from sdm_aid.core.findings import AidError

        self.reload_action.setEnabled(True)
        self.editor.setEnabled(True)
        if isinstance(exc, AidError):
            detail = "\n".join(str(f) for f in exc.findings[:8]) or str(exc)
            self.error = self.tr(
                "{name} cannot be collated: the aid has errors. Fix them (File › Preview a "
                "file… in the main window shows them as you edit), then choose Collate again "
                "(F5).\n\n{detail}"
            ).format(name=self.aid_path.name, detail=detail)
        elif isinstance(exc, OSError):
            self.error = self.tr(
                "{name} cannot be read: {reason}. Check that the file is there and that you "
                "can open it, then choose Collate again (F5)."
            ).format(name=self.aid_path.name, reason=exc.strerror or exc)
        else:
            self.error = self.tr("Could not collate the reviews of {name}: {reason}").format(
                name=self.aid_path.name, reason=exc
            )
        if self.outcome is not None:  # the last collation stays on screen
            self.banner.setText(self.error.split("\n")[0])
            self.banner.show()
        else:
            self.placeholder.setText(self.error)
            self.stack.setCurrentWidget(self.placeholder)
        self.status.setText(self.tr("Could not collate the reviews"))
        self.collated.emit()

    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add review files"),
            str(self.aid_path.parent),
            self.tr("Review files (*.review.json);;All files (*)"),
        )
        self.add_paths([Path(f) for f in files])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of review files"), str(self.aid_path.parent)
        )
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: Sequence[Path]) -> None:
        new = [p for p in paths if p not in self.review_paths]
        if new:
            self.review_paths += new
            self.recollate()

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self._closing = True
        _open_windows.discard(self)
        self.closed.emit()
        super().closeEvent(event)


def ask_review_paths(parent: QWidget | None, aid_path: Path) -> list[Path]:
    """Ask for the review files of the aid at ``aid_path``: some files, or a folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CollateWindow", "Collate patient reviews"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate("CollateWindow", "Where are the review files for {name}?").format(
            name=aid_path.name
        )
    )
    box.setInformativeText(
        translate(
            "CollateWindow",
            "Choose the review files (.review.json) the reviewers sent you, or a folder that "
            "holds them. More can be added later from the File menu.",
        )
    )
    files = box.addButton(
        translate("CollateWindow", "Choose &files…"), QMessageBox.ButtonRole.AcceptRole
    )
    folder = box.addButton(
        translate("CollateWindow", "Choose a f&older…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(files)
    box.exec()
    clicked = box.clickedButton()
    if clicked is files:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("CollateWindow", "Choose the review files"),
            str(aid_path.parent),
            translate("CollateWindow", "Review files (*.review.json);;All files (*)"),
        )
        return [Path(p) for p in chosen]
    if clicked is folder:
        where = QFileDialog.getExistingDirectory(
            parent,
            translate("CollateWindow", "Choose the folder of review files"),
            str(aid_path.parent),
        )
        return [Path(where)] if where else []
    return []
