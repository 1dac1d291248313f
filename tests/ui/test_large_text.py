"""At 200 % text, every step of every bundled aid fits the window: nothing is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from sdm_aid.core.session import STEPS
from sdm_aid.paths import bundled_aids_dir
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import CompareStep
from sdm_aid.ui.wrapping import WrappingRadioButton, wrap_words

AIDS = sorted(path.stem for path in bundled_aids_dir().glob("*.md"))  # file name = aid id


def at_double_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for _ in range(10):
        window.zoom_in.trigger()
    assert window.scale == 2.0
    # Widgets take the new font from a posted event, as they would before a person's next
    # click in the running app.
    qtbot.waitUntil(lambda: window.font().pointSizeF() == QApplication.font().pointSizeF())


def cut_off(page: QWidget) -> list[str]:
    """Text widgets that reach past the right edge of the visible page."""
    inner = page.widget()  # type: ignore[attr-defined]
    edge = page.viewport().width()  # type: ignore[attr-defined]
    found = []
    for widget in inner.findChildren(QWidget):
        if not widget.isVisibleTo(inner) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        right = widget.mapTo(inner, QPoint(widget.width(), 0)).x()
        needed = widget.minimumSizeHint().width()
        if right > edge or widget.width() < needed:
            found.append(f"{type(widget).__name__} {widget.text()[:50]!r}")
    return found


@pytest.mark.parametrize("aid_id", AIDS)
def test_every_step_fits_at_double_text_size(qtbot, window, open_decision, aid_id: str) -> None:  # type: ignore[no-untyped-def]
    at_double_size(qtbot, window)
    window.resize(1280, 860)
    decision = open_decision(aid_id)
    for step in STEPS:
        decision.go_to(step)
        page = decision.pages[step]
        qtbot.waitUntil(lambda p=page: p.widget().width() <= p.viewport().width())
        assert cut_off(page) == [], step


def test_compare_header_is_as_tall_as_its_wrapped_titles(qtbot, window, open_decision) -> None:  # type: ignore[no-untyped-def]
    at_double_size(qtbot, window)
    decision = open_decision("low-back-pain-sciatica")
    decision.go_to("compare")
    page = decision.pages["compare"]
    assert isinstance(page, CompareStep) and page.table is not None
    header = page.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(2) > 0)
    title = str(page.model.headerData(2, Qt.Orientation.Horizontal))  # the longest title
    lines = header.fontMetrics().height()
    # "Exercise programmes and physiotherapy" needs several lines in a column this narrow.
    assert header.fontMetrics().horizontalAdvance(title) > header.sectionSize(2)
    assert header.height() >= 3 * lines
    longest = header.fontMetrics().horizontalAdvance("physiotherapy")
    assert header.sectionSize(2) > longest  # no word is cut in two


def test_wrap_words_breaks_only_between_words() -> None:
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(QWidget().font())
    text = "Surgery where a nerve root is pressed (discectomy)"
    room = metrics.horizontalAdvance("Surgery where a nerve")
    wrapped = wrap_words(text, metrics, room)
    assert wrapped.replace("\n", " ") == text
    assert all(metrics.horizontalAdvance(line) <= room for line in wrapped.splitlines())
    assert len(wrapped.splitlines()) == 3
    assert wrap_words("Rest && splint", metrics, 10_000) == "Rest && splint"


def test_a_wrapping_button_grows_taller_and_answers_on_every_line(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = WrappingRadioButton("Surgery where a nerve root is pressed (discectomy)")
    qtbot.addWidget(button)
    one_line = button.heightForWidth(2000)
    narrow = button.minimumSizeHint().width() + 10
    assert button.heightForWidth(narrow) >= 3 * one_line // 2
    assert narrow < button.sizeHint().width()
    button.resize(narrow, button.heightForWidth(narrow))
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(narrow - 5, button.height() - 5))
    assert button.isChecked()
