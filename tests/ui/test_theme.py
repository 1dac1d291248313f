"""Looks that must hold at every text size."""

from __future__ import annotations

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
