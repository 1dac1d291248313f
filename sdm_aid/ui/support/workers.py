"""Run slow work (file reading, parsing, saving) off the UI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI, which shows it
            outcome, signal_name = exc, "failed"
        else:
            outcome, signal_name = result, "done"
        # The window may have closed while the job ran; then nobody is listening.
        with contextlib.suppress(RuntimeError):
            getattr(self.relay, signal_name).emit(outcome)


_live: set[_Relay] = set()  # keep relays alive until their job reports


def run_in_thread(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
    threaded: bool = True,
) -> None:
    """Call ``fn`` in the thread pool; ``on_done``/``on_error`` run in the UI thread.

    They are skipped if ``owner`` (the window that asked) has been deleted meanwhile. With
    ``threaded`` false (tests and screenshots), everything runs here and now.
    """
    if not threaded:
        try:
            result = fn()
        except Exception as exc:
            if on_error:
                on_error(exc)
            return
        on_done(result)
        return
    relay = _Relay()
    _live.add(relay)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finish(result: Any) -> None:
        _live.discard(relay)
        if alive():
            on_done(result)

    def fail(exc: Exception) -> None:
        _live.discard(relay)
        if on_error and alive():
            on_error(exc)

    relay.done.connect(finish)
    relay.failed.connect(fail)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def wait_for_workers(msecs: int = 5000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
