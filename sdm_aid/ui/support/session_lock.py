"""One window at a time on a session file: a lock file beside it (``QLockFile``).

Without it, two windows on one session each save their own copy over the other's, and
one clinician's notes silently disappear. A second window (or program) that opens a
locked session is told it is in use and may look at it read-only or carry on with a copy.
Where no lock can be made (a read-only folder or medium), the session opens read-only.
A lock left by a program that has ended is taken over (``QLockFile`` checks the process).
"""

from __future__ import annotations

import contextlib
import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


class LockState(enum.Enum):
    LOCKED = "locked"  # ours: this window may save
    IN_USE = "in-use"  # another window or program has it
    NO_LOCK = "no-lock"  # no lock file can be made here: read-only


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".lock")


class SessionLock:
    """The lock on one session file, held until ``release``."""

    def __init__(self, session_path: Path):
        self.path = session_path
        self._lock = QLockFile(str(lock_path(session_path)))
        self._lock.setStaleLockTime(0)  # stale only when its program has ended
        self.state: LockState | None = None
        self.holder = ""  # who holds it, when in use

    def acquire(self) -> LockState:
        with contextlib.suppress(OSError):  # if it cannot be made, the lock says so
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self._lock.tryLock(0):
            self.state = LockState.LOCKED
        elif self._lock.error() == QLockFile.LockError.LockFailedError:
            self.state = LockState.IN_USE
            info = self._lock.getLockInfo()  # (pid, host, program) in PySide6
            if isinstance(info, tuple) and len(info) >= 2 and info[0]:
                self.holder = QCoreApplication.translate(
                    "SessionLock", "program {pid} on {host}"
                ).format(pid=info[0], host=info[1])
        else:
            self.state = LockState.NO_LOCK
        return self.state

    def release(self) -> None:
        if self.state is LockState.LOCKED:
            self._lock.unlock()
        self.state = None
