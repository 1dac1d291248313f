"""UI test setup: an app with isolated settings, windows that never touch real user data."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from sdm_aid.ui.app import make_app
from sdm_aid.ui.decision_page import DecisionPage
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.workers import wait_for_workers

# A modal dialog open this long means the test's answering callback failed (for example an
# assertion inside a QTimer.singleShot). Without the watchdog, exec() would wait for ever and
# the whole run would hang; with it, the dialog is closed and that test fails.
MODAL_LIMIT_S = 30.0


@pytest.fixture(autouse=True)
def _no_modal_left_open() -> Iterator[None]:
    make_app()
    stuck: list[str] = []
    opened: dict[int, float] = {}

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            opened.clear()
            return
        since = opened.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since > MODAL_LIMIT_S:
            stuck.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
            opened.pop(id(modal), None)
            modal.reject() if isinstance(modal, QDialog) else modal.close()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left open; the watchdog closed it: {stuck}"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    win = MainWindow(use_threads=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.autosaver.flush()
    wait_for_workers()


@pytest.fixture
def open_decision(window: MainWindow) -> Callable[[str], DecisionPage]:
    """Open a bundled aid in the window, together in a consultation, with no names."""

    def open_aid(aid_id: str) -> DecisionPage:
        entry = window.library.find(aid_id)
        assert entry is not None, aid_id
        window.start_decision(entry, patient="", clinician="", setting="consultation")
        assert window.decision is not None
        return window.decision

    return open_aid
