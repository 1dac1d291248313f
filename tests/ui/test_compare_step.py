"""Compare: a grid when the columns fit, one card per option when not; a one-page handout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from sdm_aid.drawing.compare_pdf import page_count
from sdm_aid.ui import theme
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import CompareStep
from sdm_aid.ui.support.screenshot import settle


def _compare(window: MainWindow, open_decision, width: int, height: int) -> CompareStep:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    decision = open_decision("knee-osteoarthritis")
    decision.go_to("compare")
    page = decision.pages["compare"]
    assert isinstance(page, CompareStep)
    settle(QApplication.instance())  # type: ignore[arg-type]
    return page


def test_a_grid_on_a_wide_window_and_cards_when_the_columns_do_not_fit(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    page = _compare(window, open_decision, 1280, 860)
    assert page.table is not None and page.table.isVisible() and not page.cards.isVisible()
    assert page.table.verticalScrollBar().maximum() == 0  # as tall as its rows
    window.scale = theme.clamp_scale(2.0)
    window.apply_look()
    settle(app)  # type: ignore[arg-type]
    assert page.cards.isVisible() and not page.table.isVisible()
    shown = [card for card in page.option_cards if card.isVisible()]
    assert len(shown) == 6
    page.checks["carry-on"].setChecked(False)  # a hidden column is a hidden card
    assert sum(card.isVisible() for card in page.option_cards) == 5
    assert page.widget().width() <= page.viewport().width()


def test_presentation_mode_shows_compare_without_sideways_scrolling(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    page = _compare(window, open_decision, 1024, 640)
    window.present_action.trigger()  # F11: larger text, full screen
    settle(QApplication.instance())  # type: ignore[arg-type]
    try:
        assert page.widget().width() <= page.viewport().width()
        assert page.table is not None
        if page.table.isVisible():
            assert page.table.horizontalScrollBar().maximum() == 0
    finally:
        window.present_action.trigger()


def test_the_handout_button_saves_the_options_shown_on_one_page(
    qtbot, window: MainWindow, open_decision, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = _compare(window, open_decision, 1280, 860)
    page.checks["weight-loss"].setChecked(False)
    out = tmp_path / "grid.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.save_handout()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) == 1
