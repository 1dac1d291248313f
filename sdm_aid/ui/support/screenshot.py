"""Render any step of the guided decision offscreen to a PNG (``sdm-aid screenshot``)."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sdm_aid.core.session import ALL_STEPS, SHORT, STEPS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

# A PNG's "quality" in Qt is its zlib level (60: level 3). The pixels are the same at any
# level; for a window (large flat areas, text) level 3 writes a smaller file than Qt's
# default, in about two thirds of the time (19 ms against 26 ms at 1280 x 860).
PNG_QUALITY = 60


def screenshot(
    aid_id: str,
    step: str,
    out: Path,
    extra_aids: list[Path],
    scale: float = 1.0,
    theme_name: str = "system",
    width: int = 1280,
    height: int = 860,
    full_page: bool = False,
    outcome: str | None = None,
) -> Path:
    """Render ``step`` of an aid in a window ``width`` x ``height`` to ``out``.

    ``full_page`` grows the window until the step's page needs no scrolling: as tall as its
    content, and wider than the window only when the content needs more. ``outcome``
    picks the outcome the outcomes step shows (its id).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sdm_aid.ui.app import make_app

    app = make_app()
    from sdm_aid.ui import theme
    from sdm_aid.ui.main_window import MainWindow

    if step not in ALL_STEPS and step != "library":
        raise ValueError(f"unknown step {step!r}; use library or one of {', '.join(ALL_STEPS)}")
    window = MainWindow(extra_aids, use_threads=False)
    window.keep_sessions = False  # a screenshot never writes (or locks) a session
    window.theme_name, window.scale = theme_name, theme.clamp_scale(scale)
    window.apply_look()
    window.resize(width, height)
    settle(app)  # the new text size reaches every widget in a posted event
    window.show()
    if step == "library":
        settle(app)
    if step != "library":
        entry = window.library.find(aid_id)
        if entry is None:
            raise LookupError(f"no usable aid with id {aid_id!r} in the library")
        route = "full" if step in STEPS else SHORT  # the consultation route's own steps
        window.start_decision(
            entry, patient="", clinician="", setting="consultation", route=route
        )
        assert window.decision is not None
        window.decision.go_to(step)
        page = window.decision.pages[step]
        if outcome is not None:
            if step != "outcomes":
                raise ValueError("--outcome goes with --step outcomes")
            page.show_outcome(outcome)  # type: ignore[attr-defined]
        settle(app)  # and what a page adds just after it is first painted
        if full_page:
            grow_to_content(app, window, page)
    elif outcome is not None:
        raise ValueError("--outcome goes with --step outcomes")
    settle(app)
    out.parent.mkdir(parents=True, exist_ok=True)
    quality = PNG_QUALITY if out.suffix.lower() == ".png" else -1
    if not window.grab().save(str(out), None, quality):
        raise OSError(f"could not write {out}")
    window.hide()  # not close(): that would store this window's size in the user's settings
    window.deleteLater()
    return out


def grow_to_content(app: QApplication, window: QWidget, page: QScrollArea) -> None:
    """Resize ``window`` until ``page`` shows all of its content without scrolling, and
    so do the tables, lists and text views on it."""
    for _ in range(8):
        inner = page.widget()
        if _unfold(inner):
            settle(app)
        viewport = page.viewport()
        width = max(viewport.width(), inner.minimumSizeHint().width())
        layout = inner.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = inner.sizeHint().height()
        grow_w = width - viewport.width()
        grow_h = needed - viewport.height()
        if grow_w == 0 and grow_h == 0:
            return
        window.resize(window.width() + grow_w, window.height() + grow_h)
        settle(app)


def _unfold(inner: QWidget) -> bool:
    """Give every scrolling view on the page the room it scrolls over; True if any grew.

    Text views are sized from their document each time; tables and lists once, from how
    far they scroll (in pixels).
    """
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QTextEdit

    grew = False
    for area in inner.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(inner):
            continue
        frame = 2 * area.frameWidth()
        if isinstance(area, QTextEdit):
            document = area.document()
            document.setTextWidth(area.viewport().width())
            needed = math.ceil(document.size().height()) + frame
            if needed > area.height():
                area.setMinimumHeight(needed)
                grew = True
        elif isinstance(area, QAbstractItemView) and not area.property("unfolded"):
            area.setProperty("unfolded", True)
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.updateGeometries()  # the scroll bars' ranges, now in pixels
            down = area.verticalScrollBar().maximum()
            across = area.horizontalScrollBar().maximum()
            if down:
                area.setMinimumHeight(area.height() + down)
            if across:
                area.setMinimumWidth(area.width() + across)
            grew = grew or bool(down or across)
    return grew


def settle(app: QApplication, rounds: int = 5) -> None:
    """Handle events until the work they start in turn is done too (a few rounds)."""
    for _ in range(rounds):
        app.processEvents()
