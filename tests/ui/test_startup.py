"""Start-up: the window paints first, then loads the library; nothing slow runs before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from sdm_aid.ui import library_page, theme
from sdm_aid.ui.app import make_app
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.workers import wait_for_workers


def test_role_numbers_are_qts() -> None:
    roles = Qt.ItemDataRole
    assert roles.DisplayRole.value == library_page.DISPLAY_ROLE
    assert roles.ToolTipRole.value == library_page.TOOLTIP_ROLE
    assert roles.AccessibleTextRole.value == library_page.ACCESSIBLE_TEXT_ROLE
    assert roles.UserRole.value == library_page.USER_ROLE


def test_library_loads_in_a_thread_after_the_first_paint(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    win = MainWindow(use_threads=True)
    qtbot.addWidget(win)
    assert win.library_page.model.rowCount() == 0  # nothing read before the window shows
    win.show()
    qtbot.waitUntil(lambda: win.library_page.model.rowCount() >= 4, timeout=5000)
    assert win.statusBar().currentMessage() != win.tr("Loading the library…")
    wait_for_workers()


def test_system_dark_mode_is_read_from_the_platform_palette() -> None:
    app = make_app()
    assert isinstance(app, QApplication)
    saved_palette, saved_system = app.palette(), theme._system_palette
    try:
        dark = QPalette()
        dark.setColor(QPalette.ColorRole.Window, QColor("#101010"))
        dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
        app.setPalette(dark)
        theme._system_palette = None
        assert theme.system_is_dark(app)
        theme.apply(app, "system", 1.0)  # our dark palette replaces the platform's …
        assert app.palette().color(QPalette.ColorRole.Window) == QColor("#202124")
        assert theme.system_is_dark(app)  # … and the platform's is still what counts

        light = QPalette()
        light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
        light.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
        app.setPalette(light)
        theme._system_palette = None
        assert not theme.system_is_dark(app)
    finally:
        theme._system_palette = saved_system
        app.setPalette(saved_palette)


# Enums that exist only in the Qt namespace: building any of them builds all ~90 (≈40 ms).
PROBE = r"""
import enum, sys
made = []
original = enum.EnumType._create_
def record(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return original(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = record
from PySide6.QtCore import QEvent, QObject, QTimer
from sdm_aid.ui.app import make_app
app = make_app()
from sdm_aid.ui.main_window import MainWindow
win = MainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("before-paint", " ".join(made), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
win.installEventFilter(Painted(win))
win.show()
app.exec()
"""


@pytest.mark.slow
def test_the_first_paint_does_not_wait_for_the_qt_namespace(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("before-paint"))
    made = set(line.split()[1:])
    assert "PrimitiveElement" in made  # the probe sees enums being made …
    assert not made & {"ItemDataRole", "AlignmentFlag", "Key", "ColorScheme"}  # … not these


LEAN = r"""
import linecache, sys
import sdm_aid.ui  # sets the process up
import hashlib
import sdm_aid.core.parser  # imported after PySide6: PySide6's hook looks at its source
feature = sys.modules["shibokensupport.feature"]
print("hook", getattr(feature._mod_uses_pyside, "_sdm_aid", False))
print("openssl", sys.modules.get("_hashlib") is not None)
print("sha256", hashlib.sha256(b"abc").hexdigest())
print("cached", any(name.endswith("parser.py") for name in linecache.cache))
print("lines kept", sorted(n for n, e in linecache.cache.items() if len(e) == 4 and e[1]))
from sdm_aid.core.render import Renderer
html = Renderer().render("Before\n\n```\nplain text, kept as it is\n```\n").html
print("pre", "<pre><code>plain text, kept as it is" in html)
print("pygments", sys.modules.get("pygments") is not None)
import sdm_aid.ui.main_window
flags = feature.pyside_feature_dict
print("flags", flags.get("sdm_aid.core.render"), flags.get("sdm_aid.ui.library_page"))
"""


def test_process_setup_keeps_memory_lean_and_hashes_right() -> None:
    out = subprocess.run(
        [sys.executable, "-c", LEAN],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        check=True,
    ).stdout.split("\n")
    assert "hook True" in out
    assert "openssl False" in out  # CPython's own SHA-256 …
    # … gives the standard digest (FIPS 180-2 test vector for "abc")
    assert "sha256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" in out
    assert "cached False" in out  # no module source kept in memory
    assert "lines kept []" in out  # not even what PySide6 read before the hook was replaced
    assert "pygments False" in out  # no highlighter loaded …
    assert "pre True" in out  # … and preformatted text still shows as such
    # PySide6 still learns which modules use it: the core does not (-1), the UI does (0)
    assert "flags -1 0" in out
