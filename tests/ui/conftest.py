"""UI test setup: an app with isolated settings, windows that never touch real user data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sdm_aid.ui.app import make_app
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.workers import wait_for_workers


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
