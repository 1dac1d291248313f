"""Authors' live preview: one aid file, re-rendered within a second of each save.

The window shows the aid with the same pages a session uses, over a throwaway in-memory
session that is never saved. A file watcher (no polling) notices saves; reading, parsing
and the full validation run in a worker thread, and the findings go to a side panel. A
save that breaks the file shows its findings and keeps the last rendering that worked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QFileSystemWatcher,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QListView,
    QMainWindow,
    QScrollBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.session import STEPS, Session, adopt_aid, new_session
from sdm_aid.ui.preview_window.checking import CheckOutcome, _signature, check_aid_file
from sdm_aid.ui.preview_window.findings import FindingDelegate, FindingsModel
from sdm_aid.ui.support.window_size import fit_to_text
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.ui.decision_page import DecisionPage


DEBOUNCE_MS = 150  # one re-render for a burst of change events (write, truncate, rename)


# -- checking, in a worker thread ---------------------------------------------------------


class PreviewWindow(QMainWindow):
    """Shows one aid file and follows every save. ``rendered`` fires when a new version is
    on screen; ``checked`` whenever the findings have been brought up to date."""

    rendered = Signal()
    checked = Signal()
    closed = Signal()

    def __init__(
        self,
        path: Path,
        theme_name: str = "system",
        step: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.path = Path(os.path.abspath(path))
        self.theme_name = theme_name
        self.aid: Aid | None = None
        self.session: Session | None = None  # in memory only: never saved
        self.decision: DecisionPage | None = None
        self.outcome: CheckOutcome | None = None
        self.missing = False
        self.last_render_ms: float | None = None  # first change event to new page shown
        self._first_step = step if step in STEPS else None
        self._busy = False  # a check is running in the worker thread
        self._again = False  # the file changed while it ran: check once more
        self._closing = False
        self._checked_signature: tuple[int, int, int] | None = None
        self._file_touched = False  # the watcher named the file itself, not just its folder
        self._change_started: float | None = None

        self.placeholder = QLabel(self.tr("Reading {name}…").format(name=self.path.name))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)  # file names as written
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setAccessibleName(self.tr("Preview"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        # Said above the page too, where it cannot be missed, while the file is broken.
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setMargin(8)
        self.banner.setFrameShape(QFrame.Shape.Box)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setAccessibleName(self.tr("Preview warning"))
        bold = self.banner.font()
        bold.setBold(True)
        self.banner.setFont(bold)
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_findings_panel()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status, 1)
        self._build_actions()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_event)
        self.watcher.directoryChanged.connect(self._file_event)
        self._update_title()
        self._initial_size()
        self._place_findings_panel()
        self.reload(force=True)

    # -- building ----------------------------------------------------------------------------
    def _build_findings_panel(self) -> None:
        self.dock = QDockWidget(self.tr("Findings"), self)
        self.dock.setObjectName("findings")
        self.dock.setAccessibleName(self.tr("Findings"))
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 4, 6, 6)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the findings"))
        layout.addWidget(self.summary)
        self.model = FindingsModel(self)
        self.findings_view = QListView()
        self.findings_view.setModel(self.model)
        self.findings_view.setItemDelegate(FindingDelegate(self.findings_view))
        self.findings_view.setAccessibleName(self.tr("Findings"))
        self.findings_view.setAccessibleDescription(
            self.tr(
                "What the validator found: severity, rule, line and message, errors first. "
                "Press Enter or double-click to copy the file and line."
            )
        )
        self.findings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings_view.setWordWrap(True)
        self.findings_view.setAlternatingRowColors(True)
        self.findings_view.setUniformItemSizes(False)
        self.findings_view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.findings_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.findings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_view.activated.connect(self._copy_location)
        layout.addWidget(self.findings_view, 1)
        self.dock.setWidget(panel)

    def _initial_size(self) -> None:
        """Room for the step list, the page and the findings at the current text size."""
        fit_to_text(self, (150, 90), (1280, 860))

    def _place_findings_panel(self) -> None:
        """Beside the page when the window is wide enough for the text size; below it
        otherwise, so that large text still has the page's full width."""
        if self.width() >= self.fontMetrics().averageCharWidth() * 130:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.resizeDocks([self.dock], [self._panel_width()], Qt.Orientation.Horizontal)
        else:
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.resizeDocks([self.dock], [self.height() * 30 // 100], Qt.Orientation.Vertical)

    def _make_room(self, *_args: object) -> None:
        """Narrow the findings panel when the page would otherwise be cut off on the right
        (wide content at large text sizes); never below about 20 characters."""
        if self.decision is None or self.dock.isFloating() or not self.dock.isVisible():
            return
        if self.dockWidgetArea(self.dock) not in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        ):
            return
        step = self.decision.page(self.decision.session.current_step)
        inner = step.widget()
        if inner is None:
            return
        need = inner.minimumSizeHint().width() - step.viewport().width()
        if need > 0:
            least = self.fontMetrics().averageCharWidth() * 20
            width = max(least, self.dock.width() - need)
            if width < self.dock.width():
                self.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def _panel_width(self) -> int:
        """About 42 characters wide, but leaving most of the window to the aid itself."""
        return min(self.fontMetrics().averageCharWidth() * 42, self.width() * 28 // 100)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.reload_action = QAction(self.tr("&Reload now"), self)
        self.reload_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        if self.reload_action.shortcut().isEmpty():
            self.reload_action.setShortcuts([QKeySequence("F5")])
        self.reload_action.triggered.connect(lambda: self.reload(force=True))
        self.copy_action = QAction(self.tr("&Copy the finding's file and line"), self)
        self.copy_action.setShortcuts([QKeySequence("Ctrl+Shift+C")])
        self.copy_action.triggered.connect(
            lambda: self._copy_location(self.findings_view.currentIndex())
        )
        close_action = QAction(self.tr("&Close preview"), self)
        close_action.setShortcuts(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        for action in (self.reload_action, self.copy_action, close_action):
            file_menu.addAction(action)
            self.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Findings panel"))
        view.addAction(toggle)
        self.findings_action = QAction(self.tr("&Go to the findings and back"), self)
        self.findings_action.setShortcuts([QKeySequence("F6")])
        self.findings_action.triggered.connect(self.focus_findings)
        view.addAction(self.findings_action)
        self.addAction(self.findings_action)

    def focus_findings(self) -> None:
        """F6: to the findings; from the findings, back to the steps."""
        if self.findings_view.hasFocus() and self.decision is not None:
            self.decision.step_list.setFocus()
            return
        self.dock.show()
        self.dock.raise_()
        self.findings_view.setFocus()
        if not self.findings_view.currentIndex().isValid() and self.model.rowCount():
            self.findings_view.setCurrentIndex(self.model.index(0, 0))

    # -- watching ----------------------------------------------------------------------------
    def _watch(self) -> None:
        """Watch the file and its folder. Editors that save by writing a new file and
        renaming it over the old one make the watcher drop the path: add it again."""
        wanted = []
        if self.path.exists():
            wanted.append(str(self.path))
        folder = self.path.parent
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent  # the folder went too: watch for it to come back
        wanted.append(str(folder))
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        stale = [p for p in watched if p not in wanted]
        if stale:
            self.watcher.removePaths(stale)
        new = [p for p in wanted if p not in watched]
        if new:
            self.watcher.addPaths(new)

    def _file_event(self, path: str) -> None:
        if self._closing:
            return
        if path == str(self.path):
            self._file_touched = True
        if self._change_started is None:
            self._change_started = time.perf_counter()
        self._debounce.start()  # restarts: one check per burst of events

    def reload(self, force: bool = False) -> None:
        """Check the file again in a worker thread if it changed (always when ``force``)."""
        if self._closing:
            return
        self._watch()
        signature = _signature(self.path)
        if signature is None:
            self._show_missing()
            return
        if self.missing:
            self.missing, force = False, True
        if not force and not self._file_touched and signature == self._checked_signature:
            self._change_started = None  # another file in the folder changed
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._file_touched = False
        self._checked_signature = signature
        if self._change_started is None:
            self._change_started = time.perf_counter()
        path = self.path
        run_in_thread(lambda: check_aid_file(path), self._checked, self._check_failed)

    # -- results -----------------------------------------------------------------------------
    def _alive(self) -> bool:
        return shiboken6.isValid(self) and not self._closing

    def _checked(self, outcome: CheckOutcome) -> None:
        self._busy = False
        if not self._alive():
            return
        self.outcome = outcome
        self.model.set_findings(outcome.findings)
        shown = False
        if outcome.usable:
            assert outcome.aid is not None
            self._show_aid(outcome.aid)
            shown = True
        elif self.decision is None:
            self.placeholder.setText(
                self.tr(
                    "{name} has errors, so it cannot be shown yet. The findings panel says "
                    "what to fix; the preview appears as soon as you save a version that works."
                ).format(name=self.path.name)
            )
            self.pages.setCurrentWidget(self.placeholder)
        if self._change_started is not None:
            self.last_render_ms = (time.perf_counter() - self._change_started) * 1000
            self._change_started = None
        self._update_status()
        self._update_title()
        self.checked.emit()
        if shown:
            self.rendered.emit()
        if self._again:
            self._again = False
            self.reload()

    def _check_failed(self, exc: Exception) -> None:
        self._busy = False
        if not self._alive():
            return
        self._change_started = None
        self.status.setText(self.tr("Could not check the file: {error}").format(error=exc))
        self.checked.emit()
        if self._again:
            self._again = False
            self.reload()

    def _show_aid(self, aid: Aid) -> None:
        """Show a new version of the aid on the step (and scroll place) of the last one."""
        from sdm_aid.ui.decision_page import DecisionPage

        if self.session is None:
            self.session = new_session(aid, "consultation")
            if self._first_step:
                self.session.current_step = self._first_step
        else:
            adopt_aid(self.session, aid)
        old = self.decision
        step = self.session.current_step
        scroll = 0
        focus_in_old = False
        outcome = None  # the outcome the outcomes step showed, to show it again
        if old is not None:
            scroll = old.page(step).verticalScrollBar().value()
            outcome = getattr(old.pages.get("outcomes"), "shown_outcome", lambda: None)()
            focus = QApplication.focusWidget()
            focus_in_old = focus is not None and old.isAncestorOf(focus)
        self.aid = aid
        page = DecisionPage(aid, self.session, self.theme_name)
        page.library_button.hide()  # a preview has no library to go back to
        # page.changed is left unconnected: nothing in a preview is ever saved.
        self.decision = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        if focus_in_old or old is None:
            page.step_list.setFocus()
        if outcome is not None and step == "outcomes":
            with contextlib.suppress(LookupError):  # unless the outcome has gone
                page.page("outcomes").show_outcome(outcome)  # type: ignore[attr-defined]
        if scroll:
            self._restore_scroll(page, step, scroll)
        page.step_shown.connect(lambda _step: QTimer.singleShot(0, self._make_room))
        QTimer.singleShot(0, self._make_room)

    def _restore_scroll(self, page: DecisionPage, step: str, value: int) -> None:
        layout = page.layout()
        if layout is not None:
            layout.activate()
        current = page.page(step)
        current.finish()  # all of the page, so the old scroll position exists on it
        body = current.widget()
        inner = body.layout() if body is not None else None
        if inner is not None:
            inner.activate()
        bar = current.verticalScrollBar()
        bar.setValue(value)
        if bar.value() != value:  # the new page is not laid out yet: once it is
            QTimer.singleShot(0, lambda: self._set_scroll(bar, value))

    @staticmethod
    def _set_scroll(bar: QScrollBar, value: int) -> None:
        if shiboken6.isValid(bar):
            bar.setValue(value)

    def _show_missing(self) -> None:
        if self._busy:
            self._again = True  # say so once the running check reports
            return
        self._change_started = None
        if not self.missing:
            self.missing = True
            self._checked_signature = None
        self._update_status()
        self._update_title()
        self.checked.emit()

    # -- telling the author ------------------------------------------------------------------
    def _count_text(self, outcome: CheckOutcome) -> str:
        errors, warnings = outcome.errors, outcome.warnings
        text = (self.tr("1 error") if errors == 1 else self.tr("{n} errors").format(n=errors)) + (
            self.tr(", 1 warning")
            if warnings == 1
            else self.tr(", {n} warnings").format(n=warnings)
        )
        if outcome.allowed:
            text += self.tr(", {n} allowed by the folder's allow-list").format(n=outcome.allowed)
        return text

    def _update_status(self) -> None:
        now = dt.datetime.now().strftime("%H:%M:%S")
        outcome = self.outcome
        broken = outcome is not None and not outcome.usable
        banner = ""
        if self.missing:
            text = self.tr("{time}: {name} is missing; waiting for it to come back").format(
                time=now, name=self.path.name
            )
            banner = (
                self.tr(
                    "{name} is not there any more (deleted or renamed). Showing the last "
                    "version; the preview carries on when the file comes back."
                )
                if self.decision is not None
                else self.tr(
                    "{name} is not there any more (deleted or renamed). The preview carries on "
                    "when the file comes back."
                )
            ).format(name=self.path.name)
        elif outcome is None:
            text = self.tr("Reading {name}…").format(name=self.path.name)
        elif not broken:
            text = self.tr("Updated {time} — {counts}").format(
                time=now, counts=self._count_text(outcome)
            )
        elif self.decision is not None:
            text = self.tr(
                "The file has errors; showing the last version that worked ({time})"
            ).format(time=now)
            key = self.findings_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            banner = self.tr(
                "The file has errors; showing the last version that worked. The findings "
                "panel ({key}) says what to fix."
            ).format(key=key)
        else:
            text = self.tr("The file has errors; nothing to show yet ({time})").format(time=now)
        if outcome is not None and outcome.note:
            text += " — " + outcome.note
        self.status.setText(text)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        if outcome is None:
            self.summary.setText("")
        elif not outcome.findings:
            self.summary.setText(self.tr("No problems found."))
        else:
            self.summary.setText(self._count_text(outcome) + ".")
        count = len(outcome.findings) if outcome else 0
        self.dock.setWindowTitle(
            self.tr("Findings ({n})").format(n=count) if count else self.tr("Findings")
        )

    def _update_title(self) -> None:
        name = self.path.name
        if self.missing:
            title = self.tr("{name} (missing) – Preview – SDM Aid")
        elif self.outcome is not None and not self.outcome.usable:
            title = self.tr("{name} (has errors) – Preview – SDM Aid")
        else:
            title = self.tr("{name} – Preview – SDM Aid")
        self.setWindowTitle(title.format(name=name))
        self.setWindowFilePath(str(self.path))

    def _copy_location(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        finding = self.model.finding(index.row())
        location = f"{self.path}:{finding.line}" if finding.line else str(self.path)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(location)
        self.statusBar().showMessage(self.tr("Copied {where}").format(where=location), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._debounce.stop()
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        self.closed.emit()
        super().closeEvent(event)
