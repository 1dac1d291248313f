"""Render any step of the guided decision offscreen to a PNG (``sdm-aid screenshot``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from sdm_aid.core.session import STEPS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def screenshot(
    aid_id: str,
    step: str,
    out: Path,
    extra_aids: list[Path],
    scale: float = 1.0,
    theme_name: str = "system",
    width: int = 1280,
    height: int = 860,
) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sdm_aid.ui.app import make_app

    app = make_app()
    from sdm_aid.ui import theme
    from sdm_aid.ui.main_window import MainWindow

    if step not in STEPS and step != "library":
        raise ValueError(f"unknown step {step!r}; use library or one of {', '.join(STEPS)}")
    window = MainWindow(extra_aids, use_threads=False)
    window.keep_sessions = False  # a screenshot never writes (or locks) a session
    window.theme_name, window.scale = theme_name, theme.clamp_scale(scale)
    window.apply_look()
    window.resize(width, height)
    window.show()
    settle(app)  # the new text size reaches every widget in a posted event
    if step != "library":
        entry = window.library.find(aid_id)
        if entry is None:
            raise LookupError(f"no usable aid with id {aid_id!r} in the library")
        window.start_decision(entry, patient="", clinician="", setting="consultation")
        assert window.decision is not None
        window.decision.go_to(step)
    settle(app)  # and what a page adds just after it is first painted
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    window.hide()  # not close(): that would store this window's size in the user's settings
    window.deleteLater()
    return out


def settle(app: QApplication, rounds: int = 5) -> None:
    """Handle events until the work they start in turn is done too (a few rounds)."""
    for _ in range(rounds):
        app.processEvents()
