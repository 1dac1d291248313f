"""Every control a patient uses is a target of at least 24x24 px at 100 % text (WCAG 2.5.8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QSlider

from sdm_aid.core.session import ALL_STEPS
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.screenshot import settle

TARGET = 24


@pytest.mark.parametrize("aid_id", ["knee-osteoarthritis", "low-back-pain-sciatica"])
def test_radio_buttons_tick_boxes_and_sliders_are_24_pixels_or_more(
    qtbot, window: MainWindow, open_decision, aid_id: str
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1024, 640)
    decision = open_decision(aid_id)
    small, counted = [], 0
    for step in ALL_STEPS:
        decision.go_to(step)
        settle(app)
        page = decision.pages[step]
        controls = [
            c
            for kind in (QRadioButton, QCheckBox, QSlider)
            for c in page.widget().findChildren(kind)
        ]
        for control in controls:
            if not control.isVisibleTo(page):
                continue
            counted += 1
            width, height = control.width(), control.height()
            if isinstance(control, QSlider):
                side = control.handle_size()  # type: ignore[attr-defined]
                width, height = min(width, side), min(height, side)
            corners = [QPoint(0, 0), QPoint(width - 1, height - 1)]
            whole = not isinstance(control, QAbstractButton) or all(
                control.hitButton(p) for p in corners
            )
            if width < TARGET or height < TARGET or not whole:
                small.append(f"{step}: {control.accessibleName()} {width}x{height}")
    assert counted > 10
    assert not small, small
