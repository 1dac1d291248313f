"""Opening files handed to the app: sessions in the main window, reviews in a review window.

Used for ``sdm-aid FILE...`` (and a double click in a file manager), for files handed over
by a second start (ui/support/single_instance.py) and by ``--smoke-test``. A file that is open
already is not opened again: its window comes to the front.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sdm_aid.core.file_kinds import file_kind

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.ui.main_window import MainWindow
    from sdm_aid.ui.review_window import ReviewWindow

# The main window's texts, in its context (window.tr() would be filed under "window").
translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


LIBRARY_WAIT_MS = 20_000


def bring_to_front(widget: QWidget) -> None:
    if widget.isMinimized():
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
    widget.show()
    if QApplication.platformName() != "offscreen":  # which has no window stack to raise in
        widget.raise_()
        widget.activateWindow()


def _same(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False


def open_session(window: MainWindow) -> Path | None:
    """The session file open in the main window, if any."""
    if window.session is None or window._autosaver is None:
        return None
    return window._autosaver.path


def review_window_for(path: Path) -> ReviewWindow | None:
    """The open review window saving to ``path``, if any."""
    if "sdm_aid.ui.review_window" not in sys.modules:
        return None
    from sdm_aid.ui.review_window import _open_windows

    return next((w for w in _open_windows if _same(w.path, path)), None)


def library_ready(window: MainWindow) -> bool:
    return window._library is not None and bool(window._library.entries)


def open_paths(window: MainWindow, paths: list[Path], waited_ms: int = 0) -> None:
    """Open each file in its window; with no files, just bring the app to the front.

    Files name their aid by id, so they wait until the window has read the library (it
    does so in a worker right after the first frame; the bundled aids are always there).
    """
    bring_to_front(window)
    if paths and not library_ready(window) and waited_ms < LIBRARY_WAIT_MS:
        QTimer.singleShot(50, lambda: open_paths(window, paths, waited_ms + 50))
        return
    for path in paths:
        kind = file_kind(path)
        if kind == "session":
            if _same(open_session(window), path):
                if window.decision is not None:
                    window.pages.setCurrentWidget(window.decision)
                continue  # already open: the window is at the front
            window.open_session_path(path)
        elif kind == "review":
            open_review(window, path)
        else:
            window._show_error(
                translate(
                    "MainWindow", "SDM Aid cannot open {name}: not a session or review file."
                ).format(name=path.name)
            )


def open_review(window: MainWindow, path: Path) -> None:
    """Open a review file in a review window, carrying on with it (saved back there)."""
    existing = review_window_for(path)
    if existing is not None:
        bring_to_front(existing)
        return
    from sdm_aid.core.review import ReviewError, load_review

    try:
        review = load_review(path)
    except ReviewError as exc:
        window._show_error(str(exc))
        return

    def opened(aid: Aid) -> None:
        if aid.meta.version != review.aid_version:
            window._show_error(
                translate(
                    "MainWindow",
                    "This review is of version {old} of “{title}”; the library has version "
                    "{new}. Collate it with File › Collate patient reviews… instead.",
                ).format(old=review.aid_version, new=aid.meta.version, title=aid.meta.title)
            )
            return
        from sdm_aid.ui.review_window import ReviewWindow

        reviewing = ReviewWindow.open_aid(aid, window.theme_name, show=False)
        reviewing.resume_file(review, path)
        bring_to_front(reviewing)

    missing = translate(
        "MainWindow",
        "This review is of the aid “{id}”, which is not in your library. "
        "Add the folder that holds it.",
    )
    cannot = translate("MainWindow", "This aid cannot be reviewed:\n")
    window.library_actions.open_aid_of(review, missing, cannot, opened)


class SmokeTest(QObject):
    """``sdm-aid --smoke-test FILE``: open the files in the window, say what was opened,
    quit. Status 0 when every file is open in its window, 1 otherwise."""

    TIMEOUT_MS = 30_000

    def __init__(self, window: MainWindow, paths: list[Path]):
        super().__init__(window)
        self.window, self.paths = window, paths
        self.status = 1
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._check)
        self._waited = 0

    def start(self) -> None:
        open_paths(self.window, self.paths)
        self._timer.start()

    def opened(self, path: Path) -> str | None:
        if file_kind(path) == "session":
            session = self.window.session
            if session is not None and _same(open_session(self.window), path):
                return f"session {path} (aid {session.aid_id}) in the main window"
        else:
            reviewing = review_window_for(path)
            if reviewing is not None and reviewing.review is not None:
                return f"review {path} (aid {reviewing.aid.id}) in a review window"
        return None

    def _check(self) -> None:
        self._waited += self._timer.interval()
        done = [self.opened(path) for path in self.paths]
        if all(done) or self._waited >= self.TIMEOUT_MS:
            self._timer.stop()
            for path, what in zip(self.paths, done, strict=True):
                print(f"opened {what}" if what else f"NOT opened: {path}", flush=True)
            if not all(done):
                message = self.window.statusBar().currentMessage()
                print(f"sdm-aid --smoke-test: {message or 'timed out'}", file=sys.stderr)
            self.status = 0 if all(done) else 1
            self.window.autosaver.flush()
            for path in self.paths:
                reviewing = review_window_for(path)
                if reviewing is not None:
                    reviewing.saver.flush()
            app = QApplication.instance()
            if app is not None:
                app.quit()
