"""A whole consultation holds only what it uses (benchmarks/bench_app.py measures the memory).

Run in a fresh process, so that what is loaded is what the consultation loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import sys
from sdm_aid.ui.app import make_app
app = make_app()
from sdm_aid.core.session import STEPS
from sdm_aid.ui.main_window import MainWindow
win = MainWindow(use_threads=False); win.resize(1200, 800); win.show()
win.start_decision(win.library.find("low-back-pain-sciatica"), patient="A", clinician="B")
for step in STEPS:
    win.decision.go_to(step); app.processEvents()
from sdm_aid.core import long_dates
summary = win.decision.pages["summary"]
import datetime as dt
months = [dt.date(2026, m, 1).strftime("%B") for m in range(1, 13)]
print("dated", bool(long_dates._memory) and any(m in summary.view.toPlainText() for m in months))
print("longest kept", max(len(v) for v in vars(long_dates).values() if isinstance(v, (str, bytes))))
print("difflib", "difflib" in sys.modules)
import enum, gc
def set_up(names):
    made = {t.__qualname__.split(".")[0] for t in gc.get_objects() if isinstance(t, enum.EnumType)}
    return sorted(made & names)
print("dialogs set up", set_up({"QFileDialog", "QMessageBox"}))
print("export code", "sdm_aid.ui.export_actions" in sys.modules)
summary.copy_button.click()
print("export code", "sdm_aid.ui.export_actions" in sys.modules)
from PySide6.QtGui import QGuiApplication
print("copied", win.aid.meta.title in QGuiApplication.clipboard().text())
win.show_library(); app.processEvents()  # the library list drawn: the style is handed its rows
print("unused widget classes set up", set_up({"QCalendarWidget", "QLCDNumber", "QGradient"}))
"""


def test_a_consultation_holds_only_what_it_uses(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    lines = out.stdout.split("\n")
    assert "dated True" in lines, out.stderr[-2000:]  # the summary has the date in words …
    kept = next(int(x.split()[-1]) for x in lines if x.startswith("longest kept"))
    assert kept < 10_000  # … but the shipped table of every language's words is not kept
    assert "difflib False" in lines  # only a fence of an unknown kind needs "did you mean"
    # The export code loads when the summary is first copied, saved or printed, not before.
    assert lines.count("export code False") == 1 and "export code True" in lines
    assert "copied True" in lines
    # PySide6 sets up every widget class to find the type of a viewport that Qt made; the
    # app's own viewports (ui/support/viewport.py) spare a consultation that (about 0.7 MB).
    # QPainter.fillRect's overloads set up QGradient's enums: ticks are filled otherwise.
    assert "unused widget classes set up []" in lines
    # Message boxes and file dialogs are set up when one is first shown, not before.
    assert "dialogs set up []" in lines
