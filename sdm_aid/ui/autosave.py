"""Save the session shortly after every change, off the UI thread, atomically."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from sdm_aid.core.fileio import atomic_write_text
from sdm_aid.core.session import FILE_MODE, Session, to_json

DELAY_MS = 300  # well under the one second a crash may lose


class _Write(QRunnable):
    lock = threading.Lock()  # one write at a time, in order

    def __init__(self, path: Path, text: str, saver: Autosaver):
        super().__init__()
        self.path, self.text, self.saver = path, text, saver

    def run(self) -> None:
        with self.lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                atomic_write_text(self.path, self.text, mode=FILE_MODE)
            except OSError as exc:
                self.saver.failed.emit(f"{self.path}: {exc.strerror or exc}")
            else:
                self.saver.saved.emit(str(self.path))


class Autosaver(QObject):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.session: Session | None = None
        self.path: Path | None = None

    def track(self, session: Session, path: Path) -> None:
        self.flush()
        self.session, self.path = session, path

    def changed(self) -> None:
        """Call after every change: saves once the person pauses."""
        if self.session is not None:
            self.session.touch()
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self.session is not None and self.path is not None:
            # Serialising is quick and must see a consistent session: do it here.
            QThreadPool.globalInstance().start(_Write(self.path, to_json(self.session), self))

    def flush(self) -> None:
        """Save any pending change and wait for it (closing the window)."""
        if self._timer.isActive():
            self.save_now()
        QThreadPool.globalInstance().waitForDone(5000)
