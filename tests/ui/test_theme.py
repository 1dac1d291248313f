"""Looks that must hold at every text size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QWidget

from sdm_aid.ui import theme
from sdm_aid.ui.app import make_app


def indicator(widget_type: type, metric: QStyle.PixelMetric) -> int:
    widget = widget_type("x")
    return widget.style().pixelMetric(metric, None, widget)


def test_tick_boxes_and_radio_buttons_grow_with_the_text() -> None:
    app = make_app()
    assert isinstance(app, QApplication)
    try:
        theme.apply(app, "system", 1.0)
        assert isinstance(app.style(), theme.FocusStyle)
        assert not isinstance(app.style(), theme.LargeTextStyle)  # no cost at 100 %
        box = indicator(QCheckBox, QStyle.PixelMetric.PM_IndicatorWidth)
        radio = indicator(QRadioButton, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
        theme.apply(app, "system", 2.0)
        assert indicator(QCheckBox, QStyle.PixelMetric.PM_IndicatorWidth) == 2 * box
        assert indicator(QRadioButton, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight) == 2 * radio
        # other sizes are left alone
        frame = app.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        theme.apply(app, "system", 1.0)
        assert app.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) == frame
    finally:
        theme.apply(app, "system", 1.0)


def test_text_labels_remember_heights_but_follow_text_and_font() -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    from sdm_aid.ui.wrapping import TextLabel

    make_app()
    text = "<p>" + "Some words that wrap across lines when the label is narrow. " * 8 + "</p>"
    cached, plain = TextLabel(text), QLabel(text)
    for label in (cached, plain):
        label.setWordWrap(True)
    for width in (200, 400, 200):
        assert cached.heightForWidth(width) == plain.heightForWidth(width)
    cached.setText(text * 2)
    plain.setText(text * 2)
    assert cached.heightForWidth(200) == plain.heightForWidth(200)
    big = QFont(cached.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    before = cached.heightForWidth(400)
    cached.setFont(big)
    plain.setFont(big)
    assert cached.heightForWidth(400) == plain.heightForWidth(400) > before


def indicator_lightness(widget: QCheckBox | QRadioButton) -> tuple[int, int]:
    """The lightest pixel of the indicator's edge (its outer 3 px, half way down the left
    and right sides, where the circle's outline is too) and of its middle (where the dot and
    the tick are)."""
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    widget.initStyleOption(option)
    sub = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(widget, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    rect = widget.style().subElementRect(sub, option, widget)
    assert rect.width() >= 10 and rect.height() >= 10
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()

    def lightest(xs: range, ys: range) -> int:
        return max(
            image.pixelColor(int(x * ratio), int(y * ratio)).lightness() for x in xs for y in ys
        )

    middle_y = range(rect.center().y() - 1, rect.center().y() + 2)
    edge = min(
        lightest(range(rect.left(), rect.left() + 3), middle_y),
        lightest(range(rect.right() - 2, rect.right() + 1), middle_y),
    )
    third = rect.width() // 3
    middle = range(rect.left() + third, rect.right() - third + 1)
    middle_rows = range(rect.top() + third, rect.bottom() - third + 1)
    return edge, lightest(middle, middle_rows)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_radio_buttons_and_tick_boxes_show_in_high_contrast(scale: float) -> None:
    # Fusion draws their outline from the window colour: black on black without help.
    app = make_app()
    assert isinstance(app, QApplication)
    try:
        theme.apply(app, "high-contrast", scale)
        style = app.style()
        assert isinstance(style, theme.FocusStyle) and style.high_contrast
        for kind in (QRadioButton, QCheckBox):
            for checked in (False, True):
                widget = kind("An answer")
                widget.setChecked(checked)
                widget.resize(widget.sizeHint())
                edge, inside = indicator_lightness(widget)
                assert edge > 200, f"{kind.__name__} outline not visible"
                if checked:
                    assert inside > 200, f"{kind.__name__} dot or tick not visible"
                else:
                    assert inside < 100, f"{kind.__name__} looks chosen but is not"
        theme.apply(app, "system", scale)
        style = app.style()
        assert isinstance(style, theme.FocusStyle) and not style.high_contrast
    finally:
        theme.apply(app, "system", 1.0)


def test_text_boxes_have_visible_edges_in_high_contrast() -> None:
    from PySide6.QtWidgets import QLineEdit

    app = make_app()
    assert isinstance(app, QApplication)
    try:
        theme.apply(app, "high-contrast", 1.0)
        box = QLineEdit()
        box.resize(200, 40)
        image = box.grab().toImage()
        edge = max(image.pixelColor(x, 0).lightness() for x in range(10, 190))
        middle = image.pixelColor(100, 20).lightness()
        assert edge > 200  # a white edge …
        assert middle < 60  # … around a black box
    finally:
        theme.apply(app, "system", 1.0)


def _near(image_colours: set[tuple[int, int, int]], colour: QColor) -> bool:
    return any(
        abs(r - colour.red()) + abs(g - colour.green()) + abs(b - colour.blue()) < 30
        for r, g, b in image_colours
    )


def _colours_of(widget: QWidget) -> set[tuple[int, int, int]]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).getRgb()[:3]
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def test_high_contrast_recolours_the_open_decision_in_place(  # type: ignore[no-untyped-def]
    qtbot, window, open_decision
) -> None:
    """Turning high contrast on keeps the page, the step and what was typed, and the icon
    arrays take the high-contrast colours (and the usual ones again when it goes off)."""
    decision = open_decision("knee-osteoarthritis")
    decision.go_to("outcomes")
    outcomes = decision.pages["outcomes"]
    array = next(a for a in outcomes.arrays if a.affected_cells() > 0)
    qtbot.waitUntil(lambda: array.height() > 50)
    kind = "good" if outcomes.outcomes[outcomes.current].desirable else "bad"
    usual = theme.outcome_colours("system")[kind]
    high = theme.outcome_colours("high-contrast")[kind]
    before = _colours_of(array)
    assert _near(before, usual) and not _near(before, high)
    decision.go_to("decision")
    step = decision.pages["decision"]
    step.own.setText("Can I wait until the summer?")  # typed, not added: only in the field
    assert window.session is not None
    assert "Can I wait until the summer?" not in window.session.decision.own_questions

    window.contrast_action.trigger()
    try:
        assert window.theme_name == "high-contrast"
        assert window.decision is decision and window.pages.currentWidget() is decision
        assert decision.stack.currentWidget() is step and window.session.current_step == "decision"
        assert step.own.text() == "Can I wait until the summer?"
        assert decision.pages["outcomes"] is outcomes and array in outcomes.arrays
        assert array.affected_colour() == high
        after = _colours_of(array)
        assert _near(after, high) and not _near(after, usual)
    finally:
        window.contrast_action.trigger()
    assert window.theme_name == "system" and window.decision is decision
    assert array.affected_colour() == usual and _near(_colours_of(array), usual)
    assert step.own.text() == "Can I wait until the summer?"
