"""The main window: the library, the guided decision, menus, shortcuts and saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from sdm_aid.ui import theme
from sdm_aid.ui.library_page import LibraryPage
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:  # loaded when first needed (the library in its worker thread), to start quickly
    from PySide6.QtWidgets import QMessageBox

    from sdm_aid.core.library import AidLibrary, IndexEntry
    from sdm_aid.core.model import Aid
    from sdm_aid.core.parser import ParseResult
    from sdm_aid.core.session import Session, SessionStore, SessionSummary
    from sdm_aid.ui.decision_page import DecisionPage
    from sdm_aid.ui.export_actions import ExportActions
    from sdm_aid.ui.start_dialog import StartDialog
    from sdm_aid.ui.support.autosave import Autosaver
    from sdm_aid.ui.support.session_lock import SessionLock


SESSION_SUFFIX = ".sdm.json"  # the same as sdm_aid.core.session.SUFFIX (a test checks)


def _prepare_summary() -> None:
    from sdm_aid.core.summary import prepare_screen_template  # loads jinja2

    prepare_screen_template()


class MainWindow(QMainWindow):
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
        self._summary_prepared = False
        self.keep_sessions = True  # False: nothing is saved or locked (screenshots)
        self._lock: SessionLock | None = None  # the lock on the open session's file
        self._tracked_lock: SessionLock | None = None  # the lock of the file being saved
        self.lock_notice: QMessageBox | None = None  # "opened read-only" (no lock possible)

        self.pages = QStackedWidget()
        self.library_page = LibraryPage()
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(self.pages)
        self.library_page.open_aid.connect(self.start_decision)
        self.library_page.resume_session.connect(self.resume)
        self.library_page.delete_session.connect(self.delete_session)
        self.library_page.set_show_names(
            str(self.settings.value("privacy/show_names", "false")).lower() in ("true", "1")
        )
        self.library_page.open_folder.connect(self.add_folder)
        self.theme_name = str(self.settings.value("view/theme", "system"))
        self.scale = theme.clamp_scale(float(self.settings.value("view/scale", 1.0)))
        self._build_actions()
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

    # -- actions -------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)  # (text, parent) would make PySide6 build QIcon's enums first
        action.setText(text)
        # setShortcuts, not setShortcut: it takes every key the platform binds to a standard
        # key, and it does not build the Qt namespace's enums (about 40 ms) at start-up.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open session file…"), self.open_session_file, keys.Open
        )
        self.save_action = self._action(self.tr("&Save"), self.save_now, keys.Save)
        self.save_as_action = self._action(self.tr("Save session &as…"), self.save_as, keys.SaveAs)
        self.print_action = self._action(self.tr("&Print summary…"), self.print_summary, keys.Print)
        self.export_action = self._action(
            self.tr("&Export summary…"), lambda: self.exports.export_summary(), "Ctrl+E"
        )
        self.folder_action = self._action(self.tr("Open &folder of aids…"), self.add_folder)
        self.preview_action = self._action(self.tr("Pre&view a file…"), self.preview_file)
        self.review_action = self._action(self.tr("&Review this aid…"), self.review_selected)
        self.library_page.review_button.clicked.connect(self.review_action.trigger)
        self.library_page.list.selectionModel().currentChanged.connect(self._can_review)
        self._can_review()
        self.collate_action = self._action(
            self.tr("&Collate patient reviews…"), self.collate_reviews
        )
        self.library_action = self._action(self.tr("&Library"), self.show_library)
        quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        for action in (
            self.open_action,
            self.save_action,
            self.save_as_action,
            self.print_action,
            self.export_action,
            self.folder_action,
            self.review_action,
            self.library_action,
            quit_action,
        ):
            file_menu.addAction(action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.copy_record_action = self._action(
            self.tr("&Copy for health record"), lambda: self.exports.copy_record()
        )
        edit.addAction(self.copy_record_action)
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence.StandardKey.Preferences
        )
        edit.addSeparator()
        edit.addAction(self.preferences_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        self.zoom_in = self._action(
            self.tr("&Larger text"), lambda: self.zoom(theme.STEP), keys.ZoomIn
        )
        self.zoom_out = self._action(
            self.tr("&Smaller text"), lambda: self.zoom(-theme.STEP), keys.ZoomOut
        )
        self.zoom_reset = self._action(
            self.tr("&Normal text size"), lambda: self.zoom(None), "Ctrl+0"
        )
        self.contrast_action = self._action(
            self.tr("&High contrast"), self.toggle_contrast, checkable=True
        )
        self.present_action = self._action(
            self.tr("&Presentation mode"),
            self.toggle_present,
            keys.FullScreen,
            checkable=True,
        )
        if self.present_action.shortcut().isEmpty():
            self.present_action.setShortcuts([QKeySequence("F11")])
        for action in (
            self.zoom_in,
            self.zoom_out,
            self.zoom_reset,
            self.contrast_action,
            self.present_action,
        ):
            view.addAction(action)
        # Author tools, apart from the patient's actions; shown when turned on in Preferences.
        self.authoring_menu = self.menuBar().addMenu(self.tr("&Authoring"))
        self.authoring_menu.addAction(self.preview_action)
        self.authoring_menu.addAction(self.collate_action)
        self._show_authoring()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # About: ui/about_dialog.py
        self.about_action = self._action(self.tr("&About SDM Aid"), self.show_about)
        help_menu.addAction(self.about_action)
        self._session_actions(False)

    def _show_authoring(self) -> None:
        # Not from settings_dialog: that module (and its widgets) loads only when asked for.
        on = str(self.settings.value("authoring/enabled", "false")).lower() in ("true", "1")
        self.authoring_menu.menuAction().setVisible(on)

    def edit_preferences(self) -> None:
        """Edit › Preferences: names on a shared PC, and the Authoring menu."""
        from sdm_aid.ui.settings_dialog import SHOW_NAMES, SettingsDialog, setting_on

        self.preferences = dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.library_page.set_show_names(setting_on(self.settings, SHOW_NAMES))
            self._show_authoring()

    def show_about(self) -> None:
        from sdm_aid.ui.about_dialog import AboutDialog

        entries = getattr(self._library, "entries", None) or []  # once the library is read
        self.about = AboutDialog(entries, self)
        self.about.open()

    def open_paths(self, paths: list[Path]) -> None:
        """Open session and review files handed to the app (ui/support/file_opener.py)."""
        from sdm_aid.ui.support.file_opener import open_paths

        open_paths(self, paths)

    def _session_actions(self, enabled: bool) -> None:
        for action in (
            self.save_action,
            self.save_as_action,
            self.print_action,
            self.export_action,
            self.copy_record_action,
            self.library_action,
        ):
            action.setEnabled(enabled)

    # -- look ----------------------------------------------------------------------------
    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            factor = 1.25 if self.present_action.isChecked() else 1.0
            theme.apply(app, self.theme_name, self.scale * factor)
        # The menu bar keeps its old height after a font or style change unless it is told
        # to measure again once the change has reached every widget.
        QTimer.singleShot(0, self._remeasure)

    def _remeasure(self) -> None:
        self.menuBar().updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        self.contrast_action.setChecked(self.theme_name == "high-contrast")

    def zoom(self, delta: float | None) -> None:
        self.scale = 1.0 if delta is None else theme.clamp_scale(self.scale + delta)
        self.settings.setValue("view/scale", self.scale)
        self.apply_look()
        self.statusBar().showMessage(self.tr("Text size {p} %").format(p=round(self.scale * 100)))

    def toggle_contrast(self) -> None:
        self.theme_name = "system" if self.theme_name == "high-contrast" else "high-contrast"
        self.settings.setValue("view/theme", self.theme_name)
        self.apply_look()
        if self.decision is not None and self.session is not None and self.aid is not None:
            self.show_decision()  # icon-array colours follow the theme

    def toggle_present(self) -> None:
        if self.present_action.isChecked():
            self.menuBar().hide()
            self.showFullScreen()
        else:
            self.menuBar().show()
            self.showNormal()
        self.apply_look()

    # -- library -------------------------------------------------------------------------
    def _run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn`` in a worker thread, or directly when threads are off (tests)."""
        run_in_thread(fn, done, failed, threaded=self.use_threads)

    def refresh_library(self) -> None:
        def work() -> tuple[list[IndexEntry], list[SessionSummary], int]:
            entries = self.library.scan()
            found, problems = self.store.summaries()  # damaged autosaves are moved aside
            moved = sum(1 for p in problems if p.moved_to is not None)
            return entries, [s for s in found if not s.finished], moved

        self._run(work, self._library_loaded, self._show_error)

    def _library_loaded(self, result: tuple[list[IndexEntry], list[SessionSummary], int]) -> None:
        entries, sessions, moved = result
        self.library_page.set_entries(entries)
        titles = {e.id: e.display_title for e in entries if e.id}
        self.library_page.set_sessions(sessions, titles)
        if moved:
            self.statusBar().showMessage(
                self.tr("{n} damaged session file(s) were set aside as .corrupt").format(n=moved)
            )
        elif self.statusBar().currentMessage() == self.tr("Loading the library…"):
            self.statusBar().showMessage(self.tr("Ready"), 3000)
        if self.use_threads and not self._summary_prepared:
            self._summary_prepared = True
            run_in_thread(_prepare_summary, lambda _: None)

    def add_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of decision aids"))
        if folder:
            self.add_folder_path(Path(folder))

    def add_folder_path(self, folder: Path) -> None:
        saved = [str(p) for p in (self.settings.value("library/folders", []) or [])]
        if str(folder) not in saved:
            saved.append(str(folder))
            self.settings.setValue("library/folders", saved)
            from sdm_aid.ui.support.private_settings import protect

            protect(self.settings)
        if all(f != folder for f, _ in self.library.folders):
            self.library.folders = [*self.library.folders, (folder, "folder")]
        self.refresh_library()

    def preview_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Preview a decision-aid file"),
            str(Path.home()),
            self.tr("Decision aids (*.md)"),
        )
        if path:
            self.preview_path(Path(path))

    def preview_path(self, path: Path) -> QMainWindow:
        """Open a live preview of one aid file in a window of its own (several may be open)."""
        from PySide6.QtCore import Qt

        from sdm_aid.ui.preview_window import PreviewWindow  # not at start-up

        preview = PreviewWindow(path, self.theme_name)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._previews.append(preview)
        preview.closed.connect(lambda p=preview: p in self._previews and self._previews.remove(p))
        preview.show()
        return preview

    def collate_reviews(self) -> None:
        """Ask for an aid and its review files; collate them in a window of their own."""
        from sdm_aid.ui.collate_window import CollateWindow  # not at start-up

        CollateWindow.ask_and_open(self)

    def review_selected(self) -> None:
        """Open the aid selected in the library for patient-panel review, in a window of
        its own (docs/review.md)."""
        entry = self.library_page.current_entry()
        if entry is None or entry.broken:
            return

        def opened(result: ParseResult) -> None:
            aid = result.usable_aid
            if aid is None:
                self._show_error(self.tr("This aid cannot be reviewed:\n") + result.problems())
                return
            from sdm_aid.ui.review_window import ReviewWindow  # not at start-up

            ReviewWindow.open_aid(aid, self.theme_name)

        self._run(lambda: self.library.load(entry), opened, self._show_error)

    def _can_review(self, *_args: object) -> None:
        entry = self.library_page.current_entry()
        usable = entry is not None and not entry.broken
        self.review_action.setEnabled(usable)
        self.library_page.review_button.setEnabled(usable)

    def show_library(self) -> None:
        self.autosaver.flush()
        self._release_lock()  # the session is no longer open here: another window may
        self.pages.setCurrentWidget(self.library_page)
        self._session_actions(False)
        self.refresh_library()
        self.library_page.list.setFocus()

    # -- sessions ------------------------------------------------------------------------
    def start_decision(
        self,
        entry: IndexEntry,
        patient: str | None = None,
        clinician: str = "",
        setting: str = "consultation",
        route: str = "full",
    ) -> None:
        """Start a decision with ``entry``; with no ``patient`` given, ask who and where
        (and, in a consultation, whether to take the short route)."""
        from sdm_aid.ui.start_dialog import StartDialog

        if patient is None:
            dialog = StartDialog(entry.display_title, self)
            if dialog.exec() != StartDialog.DialogCode.Accepted:
                return
            patient, clinician, setting, route = (
                dialog.patient.text(),
                dialog.clinician.text(),
                dialog.setting,
                dialog.route,
            )

        def opened(result: ParseResult) -> None:
            aid = result.usable_aid
            if aid is None:
                self._show_error(self.tr("This aid cannot be used:\n") + result.problems())
                return
            from sdm_aid.core.session import new_session

            session = new_session(aid, setting, patient or "", clinician)
            if route == "short":
                from sdm_aid.core.session import SHORT_ROUTE

                session.route, session.current_step = route, SHORT_ROUTE[0]
            self.open_decision(aid, session, self.store.path_for(session))

        self._run(lambda: self.library.load(entry), opened, self._show_error)

    def delete_session(self, summary: SessionSummary) -> None:
        """Remove an unfinished session (confirmed on the library page): the file and its
        lock file, for good."""
        try:
            self.store.delete(summary.path)
        except (OSError, ValueError) as exc:
            self._show_error(self.tr("The session could not be deleted: {e}").format(e=exc))
        self.refresh_library()

    def resume(self, summary: SessionSummary) -> None:
        # From the list of unfinished sessions: carrying on where it was left, as it was.
        self.open_session_path(summary.path, ask_who=False)

    def open_session_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a session file"),
            str(Path.home()),
            self.tr("SDM Aid sessions (*{suffix})").format(suffix=SESSION_SUFFIX),
        )
        if path:
            self.open_session_path(Path(path))

    def open_session_path(self, path: Path, ask_who: bool = True) -> None:
        """Open a session file. One prepared at home (brought to the clinic) asks who is
        taking part now, so it can be continued in the consultation (``ask_who``)."""
        from sdm_aid.core.session import SessionError, adopt_aid, changes_since, load_session

        try:
            session = load_session(path)
        except SessionError as exc:
            self._show_error(str(exc))
            self.refresh_library()
            return
        entry = self.library.find(session.aid_id, session.aid_language)
        if entry is None:
            self._show_error(
                self.tr(
                    "This session uses the aid “{id}”, which is not in your "
                    "library. Add the folder that holds it."
                ).format(id=session.aid_id)
            )
            return

        def opened(result: ParseResult) -> None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            aid = result.usable_aid
            if aid is None:
                self._show_error(self.tr("The aid for this session cannot be used."))
                return
            changes = changes_since(session, aid)
            notice: QMessageBox | None = None
            if changes.any:
                names = ", ".join(changes.part_names(aid)) or self.tr("none")
                self.notice = notice = QMessageBox(
                    QMessageBox.Icon.Information,
                    self.tr("This aid has been updated"),
                    self.tr(
                        "The session was made with version {old}; this is version {new}. Parts "
                        "that changed: {names}. Please look at them again."
                    ).format(old=changes.old_version, new=changes.new_version, names=names),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                self.notice.setTextFormat(Qt.TextFormat.PlainText)  # part names from the aid
                self.notice.setAccessibleName(self.tr("This aid has been updated"))
                self.notice.open()  # window-modal, so the session opens behind it
                adopt_aid(session, aid)
            self.open_decision(aid, session, path)
            if ask_who and session.setting == "home":
                title = aid.meta.title
                if notice is not None:  # one at a time: what changed first, then who
                    notice.finished.connect(lambda _: self._ask_who(session, title))
                else:
                    self._ask_who(session, title)

        self._run(lambda: self.library.load(entry), opened, self._show_error)

    def _ask_who(self, session: Session, title: str) -> None:
        """Ask who is taking part now in a session prepared at home (window-modal, so the
        session is open behind it). Cancel leaves the session as it was."""
        from sdm_aid.ui.start_dialog import StartDialog

        if self.session is not session:
            return  # another session has been opened since
        if self.who is not None:
            self.who.deleteLater()
        self.who = dialog = StartDialog(title, self, continuing=True)
        dialog.fill(session.patient_name, session.clinician_name, session.setting)
        dialog.accepted.connect(lambda: self._continue_with(session, dialog))
        dialog.open()

    def _continue_with(self, session: Session, dialog: StartDialog) -> None:
        if self.session is not session:
            return
        now = (dialog.setting, dialog.patient.text().strip(), dialog.clinician.text().strip())
        if now == (session.setting, session.patient_name, session.clinician_name):
            return  # nothing changed: nothing to save
        session.continue_in(*now)
        if dialog.route == "short" and self.aid is not None:
            # The consultation starts from what the patient already did at home.
            from sdm_aid.core.route import first_to_do

            session.route = "short"
            session.go_to(first_to_do(session, self.aid))
        self.autosaver.changed()
        self.show_decision()  # the clinician's notes and CollaboRATE appear in a consultation

    def open_decision(self, aid: Aid, session: Session, path: Path) -> None:
        read_only = True
        if self.keep_sessions:
            locked = self._lock_session(session, path)
            if locked is None:
                return  # the session is open elsewhere, and the person chose Cancel
            path, read_only = locked
        self.aid, self.session = aid, session
        self._track(session, path, read_only)
        if not read_only:
            self.autosaver.changed()
        self.show_decision()
        self._session_actions(True)

    def _track(self, session: Session, path: Path, read_only: bool) -> None:
        """Save ``session`` to ``path`` from now on (the lock on it is already ours)."""
        old = self._tracked_lock
        self.autosaver.track(session, path, read_only=read_only)  # the old one saved first
        if old is not None and old is not self._lock:
            old.release()
        self._tracked_lock = self._lock

    def _release_lock(self) -> None:
        for lock in (self._lock, self._tracked_lock):
            if lock is not None:
                lock.release()
        self._lock = self._tracked_lock = None

    def _lock_session(self, session: Session, path: Path) -> tuple[Path, bool] | None:
        """Lock the session's file: (path, read_only) to open, or None to stay as is.

        In use elsewhere: ask whether to open it read-only or carry on with a copy (a new
        session file in the user's sessions folder). No lock possible: read-only, said.
        """
        from sdm_aid.core.session import Session as SessionType
        from sdm_aid.ui.support.session_lock import (
            InUseDialog,
            LockState,
            SessionLock,
            read_only_notice,
        )

        if self._lock is not None and self._lock.path == path:
            return path, False  # this window has it already
        lock = SessionLock(path)
        state = lock.acquire()
        if state is LockState.LOCKED:
            self._lock = lock
            return path, False
        if state is LockState.NO_LOCK:
            self._lock = None
            self.lock_notice = read_only_notice(path, self)
            self.lock_notice.open()  # window-modal: the session opens behind it
            return path, True
        dialog = InUseDialog(path, lock.holder, self)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice == InUseDialog.READ_ONLY:
            self._lock = None
            return path, True
        if choice == InUseDialog.COPY:
            # A session of its own: a new id, so a new file in the user's sessions folder.
            session.id = SessionType(session.aid_id, session.aid_version, "").id
            copy = self.store.path_for(session)
            mine = SessionLock(copy)
            self._lock = mine if mine.acquire() is LockState.LOCKED else None
            return copy, self._lock is None
        return None

    def show_decision(self) -> None:
        assert self.aid is not None and self.session is not None
        if self.decision is not None:
            self.pages.removeWidget(self.decision)
            self.decision.deleteLater()
        from sdm_aid.ui.decision_page import DecisionPage

        self.decision = DecisionPage(self.aid, self.session, self.theme_name)
        self.decision.changed.connect(self.autosaver.changed)
        self.decision.back_to_library.connect(self.show_library)
        self.exports.watch(self.decision)  # the Summary step's Copy, Save as PDF and Print
        self.pages.addWidget(self.decision)
        self.pages.setCurrentWidget(self.decision)
        title = self.tr("{title} – SDM Aid").format(title=self.aid.meta.title)
        if self.keep_sessions and self.autosaver.read_only:
            title = self.tr("{title} (read-only: changes are not saved)").format(title=title)
            self.statusBar().showMessage(self.tr("Read-only: changes are not saved"))
        self.setWindowTitle(title)
        self.decision.step_list.setFocus()

    def save_now(self) -> None:
        self.autosaver.save_now()
        self.statusBar().showMessage(self.tr("Saved"), 2000)

    def save_as(self) -> None:
        if self.session is None:
            return
        path = self.ask_session_path()
        if path is not None:
            self.save_as_path(path)

    def ask_session_path(self) -> Path | None:
        """Ask where to save the session (None if the person cancels)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the session as"),
            str(Path.home() / f"decision{SESSION_SUFFIX}"),
            self.tr("SDM Aid sessions (*{suffix})").format(suffix=SESSION_SUFFIX),
        )
        if not path:
            return None
        return Path(path if path.endswith(SESSION_SUFFIX) else path + SESSION_SUFFIX)

    def _write_copy(self, path: Path) -> str | None:
        """Write the session to ``path``; the reason if it could not be written."""
        assert self.session is not None
        from sdm_aid.core.session import save_session

        try:
            save_session(self.session, path)
        except (OSError, ValueError) as exc:
            return self.tr("Could not save {p}: {e}").format(p=path, e=exc)
        return None

    def save_as_path(self, path: Path) -> None:
        assert self.session is not None
        from sdm_aid.ui.support.session_lock import LockState, SessionLock

        mine = SessionLock(path)
        if mine.acquire() is LockState.IN_USE:
            self._show_error(
                self.tr("{p} is open in another window. Save under another name.").format(p=path)
            )
            return
        problem = self._write_copy(path)
        if problem is not None:
            mine.release()
            self._show_error(problem)
            return
        self._lock = mine if mine.state is LockState.LOCKED else None
        self._track(self.session, path, read_only=self._lock is None)
        self.statusBar().showMessage(self.tr("Saved as {p}").format(p=path), 4000)
        self.show_decision()  # the title says whether changes are saved

    def print_summary(self) -> None:
        """Ask for a printer and print the summary (the patient copy unless asked)."""
        self.exports.print_summary()

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

            if not may_close(self, self.autosaver, self.ask_session_path, self._write_copy):
                event.ignore()  # the person kept the window open to deal with it
                return
        self._release_lock()
        self.settings.setValue("window/geometry", self.saveGeometry())
        from sdm_aid.ui.support.private_settings import protect

        protect(self.settings)  # the settings file: readable by its owner only
        super().closeEvent(event)
