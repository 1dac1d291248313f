"""The icon array: counts, text alternative, geometry and the pixels it paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from sdm_aid.core.model import OutcomeValue
from sdm_aid.core.risk_words import frequency_sentence
from sdm_aid.ui.icon_array import (
    DEFAULT_BAD,
    DEFAULT_GOOD,
    DEFAULT_NEUTRAL,
    IconArray,
    grid_shape,
    tint,
)


def make(qtbot: QtBot, width: int, *args: object, **kwargs: object) -> IconArray:
    widget = IconArray()
    qtbot.addWidget(widget)
    widget.set_value(*args, **kwargs)  # type: ignore[arg-type]
    widget.resize(width, widget.heightForWidth(width))
    return widget


def render(widget: IconArray) -> QImage:
    image = widget.grab().toImage()
    assert image.width() == widget.width()  # offscreen: one device pixel per pixel
    return image


def body_point(cell: QRectF) -> QPointF:
    """A point well inside the figure's body, whether a person or a circle."""
    return QPointF(cell.center().x(), cell.top() + cell.height() * 0.7)


def colour_at(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(int(point.x()), int(point.y()))


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


def test_grid_shapes() -> None:
    assert grid_shape(100) == (10, 10)
    assert grid_shape(1000) == (40, 25)
    with pytest.raises(ValueError):
        grid_shape(0)


def test_40_of_100(qtbot: QtBot) -> None:
    widget = make(qtbot, 300, OutcomeValue(40), 100, True, "Pain much better", "after 1 year")
    sentence = "After 1 year: 40 out of 100 people — pain much better. 60 out of 100 do not."
    assert widget.affected_cells() == 40
    assert widget.range_cells() == 0
    assert widget.accessibleName() == "Pain much better"
    assert widget.accessibleDescription() == sentence
    assert widget.toolTip() == sentence
    assert widget.description() == sentence
    assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus


@pytest.mark.parametrize(("count", "affected"), [(0, 0), (100, 100), (150, 100), (-5, 0)])
def test_none_all_and_clamped(qtbot: QtBot, count: int, affected: int) -> None:
    widget = make(qtbot, 300, OutcomeValue(count), 100, False, "Infection")
    assert widget.affected_cells() == affected


def test_7_of_1000(qtbot: QtBot) -> None:
    widget = make(qtbot, 400, OutcomeValue(7), 1000, False, "Re-do operation", "within 10 years")
    assert widget.affected_cells() == 7
    assert widget.grid_shape() == (40, 25)
    assert "7 out of 1,000 people" in widget.accessibleDescription()
    assert "993 out of 1,000 do not" in widget.accessibleDescription()


def test_range(qtbot: QtBot) -> None:
    value = OutcomeValue(40, low=30, high=50)
    widget = make(qtbot, 300, value, 100, True, "Feel recovered", "1 year later")
    assert widget.affected_cells() == 30
    assert widget.range_cells() == 20
    text = widget.accessibleDescription()
    assert text.startswith(frequency_sentence(value, 100, "Feel recovered", "1 year later"))
    assert "between 30 and 50 out of 100 people (best estimate 40)" in text
    assert "range" in text


def test_unknown(qtbot: QtBot) -> None:
    widget = make(qtbot, 300, OutcomeValue(None), 100, True, "Feel recovered", "1 year later")
    assert widget.is_unknown()
    assert widget.affected_cells() == 0
    assert widget.range_cells() == 0
    assert widget.accessibleDescription().endswith("No reliable figure for this option.")


@pytest.mark.parametrize("denominator", [100, 1000])
@pytest.mark.parametrize("width", [120, 301, 640])
def test_height_for_width_keeps_cells_square(qtbot: QtBot, denominator: int, width: int) -> None:
    widget = make(qtbot, width, OutcomeValue(1), denominator, True, "X")
    assert widget.hasHeightForWidth()
    columns, rows = widget.grid_shape()
    assert abs(widget.heightForWidth(width) - width * rows / columns) <= 0.5
    first, last = widget.cell_rect(0), widget.cell_rect(denominator - 1)
    assert first.width() == pytest.approx(first.height())
    assert first.width() == pytest.approx(width / columns, abs=0.05)
    grid = widget.grid_rect()
    assert last.bottom() == pytest.approx(grid.bottom())
    assert last.right() == pytest.approx(grid.right())
    assert grid.left() >= -0.01 and grid.right() <= width + 0.01
    assert grid.bottom() <= widget.height() + 0.01


def test_cells_fill_row_by_row_from_top_left(qtbot: QtBot) -> None:
    widget = make(qtbot, 300, OutcomeValue(1), 100, True, "X")
    assert widget.cell_rect(1).top() == widget.cell_rect(0).top()
    assert widget.cell_rect(1).left() > widget.cell_rect(0).left()
    assert widget.cell_rect(10).top() > widget.cell_rect(9).top()
    assert widget.cell_rect(10).left() == widget.cell_rect(0).left()
    with pytest.raises(IndexError):
        widget.cell_rect(100)


def test_size_hints(qtbot: QtBot) -> None:
    widget = make(qtbot, 300, OutcomeValue(1), 100, True, "X")
    assert widget.minimumSizeHint().width() >= 120
    hint = widget.sizeHint()
    assert hint.height() == widget.heightForWidth(hint.width())
    widget.set_value(OutcomeValue(1), 1000, True, "X")
    hint = widget.sizeHint()
    assert hint.height() == widget.heightForWidth(hint.width())
    assert widget.minimumSizeHint().width() >= 200


@pytest.mark.parametrize("width", [300, 600])
def test_pixels_40_of_100(qtbot: QtBot, width: int) -> None:
    widget = make(qtbot, width, OutcomeValue(40), 100, True, "Better")
    image = render(widget)
    assert close(colour_at(image, body_point(widget.cell_rect(0))), DEFAULT_GOOD)
    assert close(colour_at(image, body_point(widget.cell_rect(39))), DEFAULT_GOOD)
    assert close(colour_at(image, body_point(widget.cell_rect(40))), DEFAULT_NEUTRAL)
    assert close(colour_at(image, body_point(widget.cell_rect(99))), DEFAULT_NEUTRAL)
    # Between figures: the background shows through.
    corner = widget.cell_rect(0).topLeft() + QPointF(1, 1)
    assert close(colour_at(image, corner), widget.background_colour())


@pytest.mark.parametrize("width", [300, 600])
def test_pixels_7_of_1000_undesirable(qtbot: QtBot, width: int) -> None:
    widget = make(qtbot, width, OutcomeValue(7), 1000, False, "Re-do")
    image = render(widget)
    assert close(colour_at(image, widget.cell_rect(0).center()), DEFAULT_BAD)
    assert close(colour_at(image, widget.cell_rect(6).center()), DEFAULT_BAD)
    assert close(colour_at(image, widget.cell_rect(7).center()), DEFAULT_NEUTRAL)
    assert close(colour_at(image, widget.cell_rect(999).center()), DEFAULT_NEUTRAL)


@pytest.mark.parametrize("width", [300, 600])
def test_pixels_zero_and_all(qtbot: QtBot, width: int) -> None:
    none = render(make(qtbot, width, OutcomeValue(0), 100, True, "X"))
    everyone = make(qtbot, width, OutcomeValue(100), 100, True, "X")
    image = render(everyone)
    first, last = body_point(everyone.cell_rect(0)), body_point(everyone.cell_rect(99))
    assert close(colour_at(none, first), DEFAULT_NEUTRAL)
    assert close(colour_at(image, first), DEFAULT_GOOD)
    assert close(colour_at(image, last), DEFAULT_GOOD)


@pytest.mark.parametrize("width", [300, 600])
def test_pixels_range_are_a_lighter_tint(qtbot: QtBot, width: int) -> None:
    widget = make(qtbot, width, OutcomeValue(40, low=30, high=50), 100, True, "X")
    image = render(widget)
    light = tint(DEFAULT_GOOD)
    assert light.lightness() > DEFAULT_GOOD.lightness()
    assert close(colour_at(image, body_point(widget.cell_rect(29))), DEFAULT_GOOD)
    assert close(colour_at(image, body_point(widget.cell_rect(30))), light)
    assert close(colour_at(image, body_point(widget.cell_rect(49))), light)
    assert close(colour_at(image, body_point(widget.cell_rect(50))), DEFAULT_NEUTRAL)


@pytest.mark.parametrize("width", [300, 600])
def test_pixels_unknown_has_no_affected_colour_and_a_text_box(qtbot: QtBot, width: int) -> None:
    widget = make(qtbot, width, OutcomeValue(None), 100, True, "X")
    image = render(widget)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    assert all(not close(QColor.fromRgb(c), DEFAULT_GOOD, 20) for c in colours)
    # Dark text and hatch lines are drawn over the light figures.
    dark = [c for c in colours if QColor.fromRgb(c).lightness() < 100]
    assert dark


def test_custom_colours_and_background(qtbot: QtBot) -> None:
    widget = make(qtbot, 300, OutcomeValue(40), 100, False, "X")
    red, blue, grey, white = (
        QColor("#cc0000"),
        QColor("#0000cc"),
        QColor("#888888"),
        QColor("white"),
    )
    widget.set_colours(red, blue, grey, white)
    image = render(widget)
    assert close(colour_at(image, body_point(widget.cell_rect(0))), blue)  # undesirable
    assert close(colour_at(image, body_point(widget.cell_rect(99))), grey)
    assert close(colour_at(image, QPointF(1, 1)), white)
    widget.set_colours(red, blue, grey)  # no background: the palette's
    assert widget.background_colour() == widget.palette().color(widget.backgroundRole())
