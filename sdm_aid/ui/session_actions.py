"""The main window's sessions: starting, resuming, opening, saving and deleting them, and
the lock on the open session's file.

:class:`SessionActions` holds a reference to the window, which keeps the state (the aid,
the session, the decision page); this object does the work behind File › Open session
file…, Save, Save session as…, the library page's Resume and Delete, and starting a
decision. Texts are translated in the window's context ("MainWindow"), as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from sdm_aid.core.library import IndexEntry
    from sdm_aid.core.model import Aid
    from sdm_aid.core.session import Session, SessionSummary
    from sdm_aid.ui.main_window import MainWindow
    from sdm_aid.ui.start_dialog import StartDialog
    from sdm_aid.ui.support.session_lock import SessionLock

translate = QCoreApplication.translate  # texts in the window's context, which lupdate reads


SESSION_SUFFIX = ".sdm.json"  # the same as sdm_aid.core.session.SUFFIX (a test checks)


class SessionActions:
    """What the window does with session files (made with the window)."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.lock: SessionLock | None = None  # the lock on the open session's file
        self.tracked_lock: SessionLock | None = None  # the lock of the file being saved

    # -- starting and opening ------------------------------------------------------------
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

        window = self.window
        if patient is None:
            dialog = StartDialog(entry.display_title, window)
            if dialog.exec() != StartDialog.DialogCode.Accepted:
                return
            patient, clinician, setting, route = (
                dialog.patient.text(),
                dialog.clinician.text(),
                dialog.setting,
                dialog.route,
            )

        def opened(aid: Aid) -> None:
            from sdm_aid.core.session import new_session

            session = new_session(aid, setting, patient or "", clinician)
            if route == "short":
                from sdm_aid.core.session import SHORT_ROUTE

                session.route, session.current_step = route, SHORT_ROUTE[0]
            self.open_decision(aid, session, window.store.path_for(session))

        window.library_actions.with_aid(
            entry, translate("MainWindow", "This aid cannot be used:\n"), opened
        )

    def delete_session(self, summary: SessionSummary) -> None:
        """Remove an unfinished session (confirmed on the library page): the file and its
        lock file, for good."""
        window = self.window
        try:
            window.store.delete(summary.path)
        except (OSError, ValueError) as exc:
            window._show_error(
                translate("MainWindow", "The session could not be deleted: {e}").format(e=exc)
            )
        window.library_actions.refresh_library()

    def resume(self, summary: SessionSummary) -> None:
        # From the list of unfinished sessions: carrying on where it was left, as it was.
        self.open_session_path(summary.path, ask_who=False)

    def open_session_file(self) -> None:
        from sdm_aid.ui.support.file_dialogs import ask_open_file

        window = self.window
        kinds = translate("MainWindow", "SDM Aid sessions (*{suffix})").format(
            suffix=SESSION_SUFFIX
        )
        path = ask_open_file(window, translate("MainWindow", "Open a session file"), kinds)
        if path is not None:
            self.open_session_path(path)

    def open_session_path(self, path: Path, ask_who: bool = True) -> None:
        """Open a session file. One prepared at home (brought to the clinic) asks who is
        taking part now, so it can be continued in the consultation (``ask_who``)."""
        from sdm_aid.core.session import SessionError, adopt_aid, changes_since, load_session

        window = self.window
        try:
            session = load_session(path)
        except SessionError as exc:
            window._show_error(str(exc))
            window.library_actions.refresh_library()
            return

        def opened(aid: Aid) -> None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QMessageBox

            changes = changes_since(session, aid)
            notice: QMessageBox | None = None
            if changes.any:
                names = ", ".join(changes.part_names(aid)) or translate("MainWindow", "none")
                window.notice = notice = QMessageBox(
                    QMessageBox.Icon.Information,
                    translate("MainWindow", "This aid has been updated"),
                    translate(
                        "MainWindow",
                        "The session was made with version {old}; this is version {new}. Parts "
                        "that changed: {names}. Please look at them again.",
                    ).format(old=changes.old_version, new=changes.new_version, names=names),
                    QMessageBox.StandardButton.Ok,
                    window,
                )
                notice.setTextFormat(Qt.TextFormat.PlainText)  # part names from the aid
                notice.setAccessibleName(translate("MainWindow", "This aid has been updated"))
                notice.open()  # window-modal, so the session opens behind it
                adopt_aid(session, aid)
            self.open_decision(aid, session, path)
            if ask_who and session.setting == "home":
                title = aid.meta.title
                if notice is not None:  # one at a time: what changed first, then who
                    notice.finished.connect(lambda _: self._ask_who(session, title))
                else:
                    self._ask_who(session, title)

        window.library_actions.open_aid_of(
            session,
            translate(
                "MainWindow",
                "This session uses the aid “{id}”, which is not in your "
                "library. Add the folder that holds it.",
            ),
            translate("MainWindow", "The aid for this session cannot be used."),
            opened,
            with_problems=False,
        )

    def _ask_who(self, session: Session, title: str) -> None:
        """Ask who is taking part now in a session prepared at home (window-modal, so the
        session is open behind it). Cancel leaves the session as it was."""
        from sdm_aid.ui.start_dialog import StartDialog

        window = self.window
        if window.session is not session:
            return  # another session has been opened since
        if window.who is not None:
            window.who.deleteLater()
        window.who = dialog = StartDialog(title, window, continuing=True)
        dialog.fill(session.patient_name, session.clinician_name, session.setting)
        dialog.accepted.connect(lambda: self._continue_with(session, dialog))
        dialog.open()

    def _continue_with(self, session: Session, dialog: StartDialog) -> None:
        window = self.window
        if window.session is not session:
            return
        now = (dialog.setting, dialog.patient.text().strip(), dialog.clinician.text().strip())
        if now == (session.setting, session.patient_name, session.clinician_name):
            return  # nothing changed: nothing to save
        session.continue_in(*now)
        if dialog.route == "short" and window.aid is not None:
            # The consultation starts from what the patient already did at home.
            from sdm_aid.core.route import first_to_do

            session.route = "short"
            session.go_to(first_to_do(session, window.aid))
        window.autosaver.changed()
        window.show_decision()  # the clinician's notes and CollaboRATE appear in a consultation

    def open_decision(self, aid: Aid, session: Session, path: Path) -> None:
        window = self.window
        read_only = True
        if window.keep_sessions:
            locked = self._lock_session(session, path)
            if locked is None:
                return  # the session is open elsewhere, and the person chose Cancel
            path, read_only = locked
        window.aid, window.session = aid, session
        self._track(session, path, read_only)
        if not read_only:
            window.autosaver.changed()
        window.show_decision()
        window.menus.session_actions(True)

    # -- the lock on the session's file --------------------------------------------------
    def _track(self, session: Session, path: Path, read_only: bool) -> None:
        """Save ``session`` to ``path`` from now on (the lock on it is already ours)."""
        old = self.tracked_lock
        self.window.autosaver.track(session, path, read_only=read_only)  # the old one saved first
        if old is not None and old is not self.lock:
            old.release()
        self.tracked_lock = self.lock

    def release_lock(self) -> None:
        for lock in (self.lock, self.tracked_lock):
            if lock is not None:
                lock.release()
        self.lock = self.tracked_lock = None

    def _lock_session(self, session: Session, path: Path) -> tuple[Path, bool] | None:
        """Lock the session's file: (path, read_only) to open, or None to stay as is.

        In use elsewhere: ask whether to open it read-only or carry on with a copy (a new
        session file in the user's sessions folder). No lock possible: read-only, said.
        """
        from sdm_aid.core.session import Session as SessionType
        from sdm_aid.ui.support.session_lock import LockState, SessionLock

        window = self.window
        if self.lock is not None and self.lock.path == path:
            return path, False  # this window has it already
        lock = SessionLock(path)
        state = lock.acquire()
        if state is LockState.LOCKED:
            self.lock = lock
            return path, False
        # Not locked here: only now the message boxes (QMessageBox costs memory to load).
        from sdm_aid.ui.support.lock_dialogs import InUseDialog, read_only_notice

        if state is LockState.NO_LOCK:
            self.lock = None
            window.lock_notice = read_only_notice(path, window)
            window.lock_notice.open()  # window-modal: the session opens behind it
            return path, True
        dialog = InUseDialog(path, lock.holder, window)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice == InUseDialog.READ_ONLY:
            self.lock = None
            return path, True
        if choice == InUseDialog.COPY:
            # A session of its own: a new id, so a new file in the user's sessions folder.
            session.id = SessionType(session.aid_id, session.aid_version, "").id
            copy = window.store.path_for(session)
            mine = SessionLock(copy)
            self.lock = mine if mine.acquire() is LockState.LOCKED else None
            return copy, self.lock is None
        return None

    # -- saving --------------------------------------------------------------------------
    def save_now(self) -> None:
        self.window.autosaver.save_now()
        self.window.statusBar().showMessage(translate("MainWindow", "Saved"), 2000)

    def save_as(self) -> None:
        if self.window.session is None:
            return
        path = self.ask_session_path()
        if path is not None:
            self.save_as_path(path)

    def ask_session_path(self) -> Path | None:
        """Ask where to save the session (None if the person cancels)."""
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        path, _ = QFileDialog.getSaveFileName(
            window,
            translate("MainWindow", "Save the session as"),
            str(Path.home() / f"decision{SESSION_SUFFIX}"),
            translate("MainWindow", "SDM Aid sessions (*{suffix})").format(suffix=SESSION_SUFFIX),
        )
        if not path:
            return None
        return Path(path if path.endswith(SESSION_SUFFIX) else path + SESSION_SUFFIX)

    def write_copy(self, path: Path) -> str | None:
        """Write the session to ``path``; the reason if it could not be written."""
        assert self.window.session is not None
        from sdm_aid.core.session import save_session

        try:
            save_session(self.window.session, path)
        except (OSError, ValueError) as exc:
            return translate("MainWindow", "Could not save {p}: {e}").format(p=path, e=exc)
        return None

    def save_as_path(self, path: Path) -> None:
        window = self.window
        assert window.session is not None
        from sdm_aid.ui.support.session_lock import LockState, SessionLock

        mine = SessionLock(path)
        if mine.acquire() is LockState.IN_USE:
            window._show_error(
                translate(
                    "MainWindow", "{p} is open in another window. Save under another name."
                ).format(p=path)
            )
            return
        problem = self.write_copy(path)
        if problem is not None:
            mine.release()
            window._show_error(problem)
            return
        self.lock = mine if mine.state is LockState.LOCKED else None
        self._track(window.session, path, read_only=self.lock is None)
        window.statusBar().showMessage(translate("MainWindow", "Saved as {p}").format(p=path), 4000)
        window.show_decision()  # the title says whether changes are saved
