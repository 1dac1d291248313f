"""The main window: the library page and the guided decision, with the window's state.

The work behind the menus is done by components that hold a reference to the window:
``ui/main_menus.py`` (the menu bar), ``ui/library_actions.py`` (the library, and the
author's windows opened from it), ``ui/session_actions.py`` (starting, opening, saving and
locking sessions), ``ui/view_actions.py`` (text size, high contrast, presentation mode) and
``ui/export_actions.py`` (export, print, copy). The window keeps what they share: the
library, the open aid and session, the decision page and the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from sdm_aid.ui import theme
from sdm_aid.ui.library_actions import LibraryActions
from sdm_aid.ui.library_page import LibraryPage
from sdm_aid.ui.main_menus import MainMenus
from sdm_aid.ui.session_actions import SessionActions
from sdm_aid.ui.support.workers import run_in_thread
from sdm_aid.ui.view_actions import ViewActions

if TYPE_CHECKING:  # loaded when first needed (the library in its worker thread), to start quickly
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMessageBox

    from sdm_aid.core.library import AidLibrary
    from sdm_aid.core.model import Aid
    from sdm_aid.core.session import Session, SessionStore
    from sdm_aid.ui.about_dialog import AboutDialog
    from sdm_aid.ui.decision_page import DecisionPage
    from sdm_aid.ui.export_actions import ExportActions
    from sdm_aid.ui.settings_dialog import SettingsDialog
    from sdm_aid.ui.start_dialog import StartDialog
    from sdm_aid.ui.support.autosave import Autosaver


class MainWindow(QMainWindow):
    # The menu bar's actions (ui/main_menus.py sets them).
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    print_action: QAction
    export_action: QAction
    folder_action: QAction
    preview_action: QAction
    review_action: QAction
    collate_action: QAction
    library_action: QAction
    copy_record_action: QAction
    preferences_action: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    contrast_action: QAction
    present_action: QAction
    about_action: QAction
    authoring_menu: QMenu
    preferences: SettingsDialog  # the last Preferences dialog
    about: AboutDialog  # the last About dialog

    def __init__(self, extra_aids: list[Path] | None = None, use_threads: bool = True):
        super().__init__()
        self.settings = QSettings()
        self.use_threads = use_threads  # tests and screenshots run synchronously
        self.setWindowTitle(self.tr("SDM Aid: shared decision making"))
        folders = [Path(p) for p in (self.settings.value("library/folders", []) or [])]
        self._library_folders = [*folders, *(extra_aids or [])]
        self._library: AidLibrary | None = None
        self._store: SessionStore | None = None
        self._autosaver: Autosaver | None = None
        self._exports: ExportActions | None = None
        self.session: Session | None = None
        self.aid: Aid | None = None
        self.decision: DecisionPage | None = None
        self.notice: QMessageBox | None = None  # the last "the aid has changed" message
        self.who: StartDialog | None = None  # the last "who is taking part now?" question
        self._previews: list[QMainWindow] = []  # open live previews (kept from the GC)
        self.keep_sessions = True  # False: nothing is saved or locked (screenshots)
        self.lock_notice: QMessageBox | None = None  # "opened read-only" (no lock possible)
        self.sessions = SessionActions(self)
        self.library_actions = LibraryActions(self)
        self.view = ViewActions(self)
        self.menus = MainMenus(self)
        # The window's own calls, done by its components (the library page, the command
        # line, screenshots and tests use them).
        self.apply_look = self.view.apply_look
        self.refresh_library = self.library_actions.refresh_library
        self.add_folder_path = self.library_actions.add_folder_path
        self.start_decision = self.sessions.start_decision
        self.open_session_path = self.sessions.open_session_path
        self.save_as_path = self.sessions.save_as_path

        self.pages = QStackedWidget()
        self.library_page = LibraryPage()
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(self.pages)
        self.library_page.open_aid.connect(self.start_decision)
        self.library_page.resume_session.connect(self.sessions.resume)
        self.library_page.delete_session.connect(self.sessions.delete_session)
        self.library_page.set_show_names(
            str(self.settings.value("privacy/show_names", "false")).lower() in ("true", "1")
        )
        self.library_page.open_folder.connect(self.library_actions.add_folder)
        self.theme_name = str(self.settings.value("view/theme", "system"))
        self.scale = theme.clamp_scale(float(self.settings.value("view/scale", 1.0)))
        self.menus.build()
        self.apply_look()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 820)
        self.statusBar().showMessage(self.tr("Loading the library…"))
        if use_threads:  # paint the window first, then read the library
            self._load_after_paint = True
        else:
            self.refresh_library()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if getattr(self, "_load_after_paint", False):
            # Reading the library in a thread while the first frame is drawn would compete
            # with it for the interpreter; start once the window is on screen.
            self._load_after_paint = False
            QTimer.singleShot(0, self.refresh_library)

    @property
    def library(self) -> AidLibrary:
        """The library, created on first use (off the UI thread when threads are on)."""
        if self._library is None:
            from sdm_aid.core.library import AidLibrary

            self._library = AidLibrary.default(extra=self._library_folders)
        return self._library

    @property
    def autosaver(self) -> Autosaver:
        """Created when first needed: it brings in the session model."""
        if self._autosaver is None:
            from sdm_aid.ui.support.autosave import Autosaver

            self._autosaver = Autosaver(self)
            self._autosaver.failed.connect(self._save_failed)
        return self._autosaver

    @property
    def exports(self) -> ExportActions:
        """Export, print and copy the summary; created when first needed."""
        if self._exports is None:
            from sdm_aid.ui.export_actions import ExportActions

            self._exports = ExportActions(self)
        return self._exports

    @property
    def store(self) -> SessionStore:
        if self._store is None:
            from sdm_aid import paths
            from sdm_aid.core.session import SessionStore

            self._store = SessionStore(paths.user_data_dir() / "sessions")
        return self._store

    # -- what the command line and the components ask of the window ---------------------
    def open_paths(self, paths: list[Path]) -> None:
        """Open session and review files handed to the app (ui/support/file_opener.py)."""
        from sdm_aid.ui.support.file_opener import open_paths

        open_paths(self, paths)

    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn`` in a worker thread, or directly when threads are off (tests)."""
        run_in_thread(fn, done, failed, threaded=self.use_threads)

    # -- the pages -----------------------------------------------------------------------
    def show_library(self) -> None:
        self.autosaver.flush()
        self.sessions.release_lock()  # the session is no longer open here: another window may
        self.pages.setCurrentWidget(self.library_page)
        self.menus.session_actions(False)
        self.refresh_library()
        self.library_page.list.setFocus()

    def show_decision(self) -> None:
        assert self.aid is not None and self.session is not None
        if self.decision is not None:
            self.pages.removeWidget(self.decision)
            self.decision.deleteLater()
        from sdm_aid.ui.decision_page import DecisionPage

        self.decision = DecisionPage(self.aid, self.session, self.theme_name)
        self.decision.changed.connect(self.autosaver.changed)
        self.decision.back_to_library.connect(self.show_library)
        self._watch_summary(self.decision)
        self.pages.addWidget(self.decision)
        self.pages.setCurrentWidget(self.decision)
        title = self.tr("{title} – SDM Aid").format(title=self.aid.meta.title)
        if self.keep_sessions and self.autosaver.read_only:
            title = self.tr("{title} (read-only: changes are not saved)").format(title=title)
            self.statusBar().showMessage(self.tr("Read-only: changes are not saved"))
        self.setWindowTitle(title)
        self.decision.step_list.setFocus()

    def _watch_summary(self, page: DecisionPage) -> None:
        """Connect the Summary step's Copy, Save as PDF and Print, now or once the step is
        built. The export code (and its dialogs) loads when one of them is first used: a
        consultation that never exports does not hold it."""

        def connect(_step: object = None) -> None:
            step: Any = page.pages.get("summary")
            if step is None or getattr(step, "export_connected", False):
                return
            step.copy_requested.connect(lambda: self.exports.copy_record())
            step.save_pdf_requested.connect(lambda: self.exports.save_pdf())
            step.print_requested.connect(lambda: self.exports.print_summary())
            step.export_connected = True

        page.step_shown.connect(connect)
        connect()

    # -- errors and closing --------------------------------------------------------------
    def _show_error(self, error: object) -> None:
        from PySide6.QtCore import Qt  # not at import: see library_page.DISPLAY_ROLE
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(str(error), 10000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("SDM Aid"),
            str(error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and problems as written
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()

    def _save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not save: {m}").format(m=message))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._autosaver is not None and self.session is not None:
            from sdm_aid.ui.support.close_guard import may_close

            sessions = self.sessions
            if not may_close(self, self.autosaver, sessions.ask_session_path, sessions.write_copy):
                event.ignore()  # the person kept the window open to deal with it
                return
        self.sessions.release_lock()
        self.settings.setValue("window/geometry", self.saveGeometry())
        from sdm_aid.ui.support.private_settings import protect

        protect(self.settings)  # the settings file: readable by its owner only
        super().closeEvent(event)
