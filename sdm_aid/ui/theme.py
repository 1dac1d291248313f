"""Looks: text size (100–200 %), the system theme (light or dark) and a high-contrast theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from sdm_aid.drawing.fill import fill_rect

THEMES = ("system", "high-contrast")
MIN_SCALE, MAX_SCALE, STEP = 1.0, 2.0, 0.1
BASE_POINT_SIZE = 12.0  # large enough to read across a desk


class FocusStyle(QProxyStyle):
    """Fusion, with a bold focus ring that is easy to see (an app style sheet would do the
    same but makes every new page several times slower to build).

    Radio buttons and tick boxes get an outline and mark in the text colour: Fusion draws
    their outline from the window colour (light grey on light grey, black on black in high
    contrast). Push buttons get an edge in ``bar`` (the text colour in high contrast).

    Scroll bars get a handle in ``bar`` and, in high contrast, an outline in the text
    colour: Fusion's light grey handle on a lighter groove (and black on black in high
    contrast) is under the 3:1 that WCAG 1.4.11 asks of a control.
    """

    _RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
    _CHECK = QStyle.PrimitiveElement.PE_IndicatorCheckBox
    # Text boxes and framed panels: Fusion draws their edges from the window colour,
    # which in high contrast is the black of the background.
    _FRAMES = (
        QStyle.PrimitiveElement.PE_PanelLineEdit,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_Frame,
    )

    def __init__(self, colour: QColor, high_contrast: bool = False, bar: QColor | None = None):
        super().__init__(QStyleFactory.create("Fusion"))
        self.colour = colour
        self.high_contrast = high_contrast
        self.bar = bar if bar is not None else QColor("#767676")

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control != QStyle.ComplexControl.CC_ScrollBar:
            return
        handle = QRectF(
            self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)
        )
        if handle.isEmpty():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        ink = option.palette.color(QPalette.ColorRole.WindowText)
        if self.high_contrast:  # the groove's edge, so the bar shows where it can go
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QBrush())
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(QPen(QBrush(), 0))
        painter.setBrush(self.bar)
        painter.drawRoundedRect(handle.adjusted(2, 2, -2, -2), 3, 3)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(self.colour, 3))
            painter.setBrush(QBrush())  # no fill
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == self._RADIO or element == self._CHECK:
            _draw_indicator(element == self._RADIO, option, painter)
        elif element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            edge = (
                option.palette.color(QPalette.ColorRole.ButtonText)
                if self.high_contrast
                else self.bar
            )
            focus = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
            focused = (option.state & focus) == focus
            # Focused from the keyboard: the same bold ring as every other control.
            painter.setPen(QPen(self.colour, 3) if focused else QPen(edge, 1.5))
            painter.setBrush(QBrush())  # no fill
            inset = 1.5 if focused else 1.0
            painter.drawRoundedRect(
                QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2, 2
            )
            painter.restore()
        elif self.high_contrast and element in self._FRAMES:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(QBrush())  # no fill
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()


def _draw_indicator(radio: bool, option: QStyleOption, painter: QPainter) -> None:
    """Over Fusion's radio button or tick box: a 2 px outline inside ``option.rect`` and,
    when it is on, the dot or tick, all in the text colour."""
    colour = option.palette.color(QPalette.ColorRole.WindowText)
    rect = QRectF(option.rect)
    on = bool(option.state & QStyle.StateFlag.State_On)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour, 2))
    painter.setBrush(QBrush())  # no fill
    outline = rect.adjusted(1, 1, -1, -1)  # the 2 px pen stays inside the rect
    if radio:
        painter.drawEllipse(outline)
        if on:
            painter.setPen(QPen(QBrush(), 0))
            painter.setBrush(colour)
            radius = 0.22 * min(rect.width(), rect.height())
            painter.drawEllipse(rect.center(), radius, radius)
    else:
        painter.drawRoundedRect(outline, 2, 2)
        if on:  # Fusion's tick is a little see-through and grey: draw it again, in full
            inside = outline.adjusted(1, 1, -1, -1)
            fill_rect(painter, inside, option.palette.base())
            side = min(inside.width(), inside.height())
            painter.setPen(QPen(colour, max(2.0, 0.15 * side)))
            tick = QPainterPath(QPointF(0.2 * side, 0.5 * side))
            tick.lineTo(0.42 * side, 0.72 * side)
            tick.lineTo(0.8 * side, 0.28 * side)
            painter.drawPath(tick.translated(inside.topLeft()))
    painter.restore()


class LargeTextStyle(FocusStyle):
    """FocusStyle whose radio buttons, tick boxes and slider handles grow with the text, so
    they stay easy to see and to hit. Only used above 100 %: every size question Qt asks the
    style while laying out a page then goes through Python, which makes new pages slower to
    build."""

    def __init__(
        self, colour: QColor, scale: float, high_contrast: bool = False, bar: QColor | None = None
    ):
        super().__init__(colour, high_contrast, bar)
        self.scale = scale
        metric = QStyle.PixelMetric
        self._indicators = {
            metric.PM_IndicatorWidth,
            metric.PM_IndicatorHeight,
            metric.PM_ExclusiveIndicatorWidth,
            metric.PM_ExclusiveIndicatorHeight,
            metric.PM_SliderThickness,  # the preference sliders' handles grow too
            metric.PM_SliderControlThickness,
            metric.PM_SliderLength,
        }

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        return round(value * self.scale) if metric in self._indicators else value


_style: QProxyStyle | None = None


def clamp_scale(scale: float) -> float:
    return round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)


def _dark() -> QPalette:
    """A calm dark palette for when the system is in dark mode."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#26272b"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2f33"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.ToolTipBase, "#2d2f33"),
        (QPalette.ColorRole.ToolTipText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, yellow),
        (QPalette.ColorRole.LinkVisited, yellow),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#cccccc")),
    ):
        palette.setColor(role, colour)
    return palette


_system_palette: QPalette | None = None


def system_is_dark(app: QApplication) -> bool:
    """Whether the platform's own palette is dark (its window darker than its text).

    Read from the palette the platform gave the app, kept before ours replaces it. (Asking
    ``styleHints().colorScheme()`` would build every Python enum of the Qt namespace, about
    40 ms, before the first paint.)
    """
    global _system_palette
    if _system_palette is None:
        _system_palette = app.palette()  # a copy
    window = _system_palette.color(QPalette.ColorRole.Window)
    text = _system_palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def apply(app: QApplication, theme: str, scale: float) -> None:
    """Apply a theme and text size to the whole application."""
    if theme == "high-contrast":
        palette = _high_contrast()
        focus, bar = "#ffff00", "#ffffff"
    else:
        # The platform's palette, so the system's dark mode is followed.
        dark = system_is_dark(app)
        palette = _dark() if dark else QStyleFactory.create("Fusion").standardPalette()
        focus = "#ffbf47" if dark else "#1d70b8"
        bar = "#9aa0a6" if dark else "#6b6b6b"  # 3:1 and more against the groove
    global _style
    scale = clamp_scale(scale)
    # Keep the Python object alive: the application does not own it.
    contrast = theme == "high-contrast"
    _style = (
        LargeTextStyle(QColor(focus), scale, contrast, QColor(bar))
        if scale > 1
        else FocusStyle(QColor(focus), contrast, QColor(bar))
    )
    app.setStyle(_style)
    palette.setColor(QPalette.ColorRole.Highlight, QColor(focus))
    if theme != "high-contrast":
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * clamp_scale(scale))
    app.setFont(font)


def outcome_colours(theme: str) -> dict[str, QColor]:
    """Icon-array colours: colour-blind-safe, and stronger in high contrast."""
    from sdm_aid.core import svg_icons  # not at import: this module loads before first paint

    if theme == "high-contrast":
        return {
            "good": QColor("#00ffff"),
            "bad": QColor("#ffff00"),
            "neutral": QColor("#666666"),
            "background": QColor("#000000"),
        }
    return {
        "good": QColor(svg_icons.GOOD),  # the colours of the exports
        "bad": QColor(svg_icons.BAD),
        "neutral": QColor(svg_icons.NEUTRAL),
        "background": QColor(0, 0, 0, 0),
    }
