"""What matters to you: unanswered sliders look unanswered, and the fit view gives reasons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.rating_slider import HANDLE, RatingSlider
from sdm_aid.ui.steps import PreferencesStep
from sdm_aid.ui.support.screenshot import settle


def _page(window: MainWindow, open_decision) -> PreferencesStep:  # type: ignore[no-untyped-def]
    window.resize(1280, 860)
    decision = open_decision("knee-osteoarthritis")
    decision.go_to("preferences")
    page = decision.pages["preferences"]
    assert isinstance(page, PreferencesStep)
    settle(QApplication.instance())  # type: ignore[arg-type]
    return page


def _handle_pixels(slider: RatingSlider) -> int:
    """How many pixels of the highlight colour (the handle's fill) the slider shows."""
    image = slider.grab().toImage()
    fill = slider.palette().color(slider.palette().ColorRole.Highlight).rgb()
    return sum(
        image.pixel(x, y) == fill for x in range(image.width()) for y in range(image.height())
    )


def test_an_unanswered_slider_has_no_handle_until_first_touched(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, open_decision)
    first, second = list(page.sliders)[:2]
    slider = page.sliders[first]
    assert not slider.answered and page.values[first].text() == "Not answered yet"
    assert _handle_pixels(slider) == 0  # unlike "0: doesn't matter", which has a handle
    # A click near the right end answers 9 or 10 there, not one step from 0.
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 30, 10))
    assert page.session.ratings[first] >= 9 and slider.answered
    assert _handle_pixels(slider) > 100
    # From the keyboard, the first key answers too, even Left at 0.
    other = page.sliders[second]
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Left)
    assert page.session.ratings[second] == 0 and "Your answer: 0" in page.values[second].text()


def test_the_fit_view_names_reasons_for_and_against_beside_the_sliders(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, open_decision)
    page.sliders["avoid-operation"].setValue(9)
    page.sliders["do-it-myself"].setValue(8)
    text = page.alignment.text()
    surgery = text[text.index("Knee replacement") :].split("</p>")[0]
    assert "Against it: Avoiding an operation" in surgery
    exercise = text[text.index("Exercise and physiotherapy") :].split("</p>")[0]
    assert "For it: Avoiding an operation; Being in charge of my own treatment" in exercise
    assert "fits" not in text  # reasons, not a count
    # Beside the sliders, at the top of the page: seen without scrolling.
    top = page.fit.mapTo(page.widget(), QPoint(0, 0))
    assert top.x() > page.sliders["avoid-operation"].mapTo(page.widget(), QPoint(0, 0)).x()
    assert top.y() < page.viewport().height() // 3


def test_slider_handles_are_targets_of_24_pixels(qtbot) -> None:  # type: ignore[no-untyped-def]
    slider = RatingSlider()
    qtbot.addWidget(slider)
    assert slider.handle_size() >= HANDLE == 24
    assert slider.minimumSizeHint().height() >= 24
