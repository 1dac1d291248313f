"""WCAG 1.4.11 on rendered screens: every control's edge, slider track and handle, scroll bar
and focus ring stands out at least 3:1 from the background next to it, in both themes."""

from __future__ import annotations

import pytest
from contrast import edge_contrast, focus_ring_contrast, in_window
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QWidget,
)

from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import PreferencesStep, Step
from sdm_aid.ui.support.screenshot import settle

ENOUGH = 3.0


def _indicator(button: QRadioButton | QCheckBox) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(button, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return button.style().subElementRect(element, option, button)


def _shown(window: MainWindow, widget: QWidget) -> QRect:
    """Scroll ``widget`` into view; its rect in the window's coordinates."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = widget.parentWidget()
    while page is not None and not isinstance(page, Step):
        page = page.parentWidget()
    if page is not None:
        page.ensureWidgetVisible(widget, 0, 40)
    settle(app)
    return in_window(widget, widget.rect())


@pytest.mark.parametrize("theme_name", ["system", "high-contrast"])
def test_controls_scroll_bars_and_focus_rings_stand_out_3_to_1(
    qtbot, window: MainWindow, open_decision, theme_name: str
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.theme_name = theme_name
    window.apply_look()
    window.resize(1024, 640)
    decision = open_decision("knee-osteoarthritis")
    found: dict[str, float] = {}

    def measure(name: str, widget: QWidget, rect: QRect | None = None) -> None:
        box = _shown(window, widget)
        if rect is not None:
            box = in_window(widget, rect)
        found[name] = edge_contrast(window.grab().toImage(), box)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        found[name + " focus"] = focus_ring_contrast(widget)

    decision.go_to("quiz")
    settle(app)
    radio = decision.pages["quiz"].findChildren(QRadioButton)[0]
    measure("radio button", radio, _indicator(radio))
    decision.go_to("compare")
    settle(app)
    check = decision.pages["compare"].findChildren(QCheckBox)[0]
    check.setChecked(False)  # an empty box shows only its edge
    measure("tick box", check, _indicator(check))
    bar = decision.pages["compare"].verticalScrollBar()
    assert bar.isVisible()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    image = window.grab().toImage()
    found["scroll bar handle"] = edge_contrast(image, in_window(bar, handle.adjusted(2, 2, -2, -2)))
    found["scroll bar"] = edge_contrast(image, in_window(bar, bar.rect()))
    button = decision.findChildren(QPushButton)[0]
    measure("push button", button)
    decision.go_to("preferences")
    settle(app)
    page = decision.pages["preferences"]
    assert isinstance(page, PreferencesStep)
    slider = next(iter(page.sliders.values()))
    measure("slider track", slider, slider.track_rect())
    slider._answer(5)
    measure("slider handle", slider, slider.handle_rect())
    box = page.findChildren(QPlainTextEdit)[0]
    measure("text box", box)
    weak = {name: round(value, 2) for name, value in found.items() if value < ENOUGH}
    assert not weak, weak
