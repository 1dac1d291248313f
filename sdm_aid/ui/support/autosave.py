"""Save shortly after every change, off the UI thread, atomically.

``BackgroundSaver`` is the one mechanism; ``Autosaver`` (sessions) and the review window's
saver say what to snapshot and how to write it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from sdm_aid.core.fileio import atomic_write_text
from sdm_aid.core.session import FILE_MODE, Session, to_json
from sdm_aid.ui.support.workers import run_in_thread

DELAY_MS = 300  # well under the one second a crash may lose


class BackgroundSaver(QObject):
    """Saves once the person pauses, in a worker thread, from a snapshot taken in the UI
    thread (so they can carry on while it is written). A write never replaces a newer one
    that finished first. Subclasses give ``_snapshot`` and ``_store``."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._lock = threading.Lock()
        self._started = 0  # snapshots handed out to be written
        self._written = 0  # the newest snapshot on disk
        self.path: Path | None = None
        self.error: str | None = None  # why the last write failed, until one succeeds
        self.read_only = False  # a session open for reading only is never written

    def _snapshot(self) -> Any | None:
        """What to write, taken now in the UI thread; None when nothing is tracked."""
        raise NotImplementedError

    def _store(self, snapshot: Any, path: Path) -> None:
        """Write a snapshot (in a worker thread, or in this one when flushing)."""
        raise NotImplementedError

    def changed(self) -> None:
        """Call after every change: saves once the person pauses."""
        if self.path is not None and not self.read_only:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        snapshot, path = self._snapshot(), self.path
        if snapshot is None or path is None or self.read_only:
            return
        self._started += 1
        generation = self._started
        run_in_thread(lambda: self._write(snapshot, path, generation), self._done, self._failed)

    def flush(self) -> bool:
        """Write any change not yet on disk now, in this thread, and wait for writes in
        progress (closing the window, "Save now", tests). A write that failed before is
        tried again. False if a change could not be written (``error`` says why)."""
        pending = self._timer.isActive() or self._started > self._written
        self._timer.stop()
        snapshot, path = self._snapshot(), self.path
        if not pending or snapshot is None or path is None or self.read_only:
            return True
        self._started += 1
        try:
            done = self._write(snapshot, path, self._started)
        except (OSError, ValueError) as exc:  # ValueError: text that cannot be encoded
            self._failed(exc)
            return False
        self._done(done)
        return True

    @property
    def unsaved(self) -> bool:
        """True while a change is not on disk (waiting, being written, or failed)."""
        return not self.read_only and (self._timer.isActive() or self._started > self._written)

    def forget_changes(self) -> None:
        """Give up the changes not yet written (the person chose to discard them)."""
        self._timer.stop()
        self._written = self._started

    def _write(self, snapshot: Any, path: Path, generation: int) -> str | None:
        with self._lock:
            if generation <= self._written:
                return None  # a newer version is already on disk
            self._store(snapshot, path)
            self._written = generation
        return str(path)

    def _done(self, path: str | None) -> None:
        if path is not None and shiboken6.isValid(self):
            self.error = None
            self.saved.emit(path)

    def _failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.error = f"{self.path}: {detail}"
            self.failed.emit(self.error)


class Autosaver(BackgroundSaver):
    """Saves the session being worked on to its file (mode 0600)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.session: Session | None = None

    def track(self, session: Session, path: Path, read_only: bool = False) -> None:
        self.flush()
        self.session, self.path, self.read_only = session, path, read_only
        self.error = None

    def changed(self) -> None:
        if self.session is not None and not self.read_only:
            self.session.touch()
            super().changed()

    def _snapshot(self) -> str | None:
        # Serialising is quick and must see a consistent session: done in the UI thread.
        return to_json(self.session) if self.session is not None else None

    def _store(self, snapshot: str, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(path, snapshot, mode=FILE_MODE)
