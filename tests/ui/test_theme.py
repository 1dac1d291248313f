"""Looks that must hold at every text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle

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
