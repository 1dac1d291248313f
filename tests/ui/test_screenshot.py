"""`sdm-aid screenshot`: the window size, the whole page, and how tall the outcomes step is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from sdm_aid.cli import main
from sdm_aid.paths import bundled_aids_dir
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps.outcomes import OutcomesStep
from sdm_aid.ui.support.screenshot import grow_to_content, settle

AIDS = sorted(path.stem for path in bundled_aids_dir().glob("*.md"))  # file name = aid id
TALLEST = 1720  # pixels: twice the 860 of the usual window


@pytest.mark.parametrize("aid_id", AIDS)
def test_every_outcome_fits_1720_pixels_as_a_full_page(
    qtbot, window: MainWindow, open_decision, aid_id: str
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    decision = open_decision(aid_id)
    decision.go_to("outcomes")
    page = decision.pages["outcomes"]
    assert isinstance(page, OutcomesStep) and page.outcomes
    heights = {}
    for outcome in page.outcomes:
        window.resize(1280, 860)
        settle(app)
        page.show_outcome(outcome.id)
        settle(app)
        grow_to_content(app, window, page)
        assert page.verticalScrollBar().maximum() == 0, outcome.id  # the whole page shows
        assert window.width() == 1280, outcome.id  # nothing needed a wider window
        heights[outcome.id] = window.grab().height()
    assert max(heights.values()) <= TALLEST, heights


def test_screenshot_size_full_page_and_outcome(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    args = ["screenshot", "--aid", "knee-osteoarthritis", "--step", "outcomes", "--out", str(out)]
    assert main([*args, "--size", "1024x640"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert main([*args, "--size", "1024x640", "--full-page"]) == 0
    full = QImage(str(out))
    assert full.width() >= 1024 and full.height() > 640  # the knee's first outcome scrolls
    assert main([*args, "--size", "1024x640", "--outcome", "no-such-outcome"]) == 2
    assert main([*args, "--size", "big"]) == 2
    assert main(["screenshot", "--aid", "knee-osteoarthritis", "--step", "about",
                 "--out", str(out), "--outcome", "x"]) == 2  # fmt: skip


def test_a_full_page_shows_whole_tables_and_text_views(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    decision = open_decision("knee-osteoarthritis")
    for step in ("summary",):  # the compare grid never scrolls: see test_no_sideways.py
        window.resize(1280, 860)
        decision.go_to(step)
        settle(app)
        page = decision.pages[step]
        view = page.view  # type: ignore[attr-defined]
        assert view.verticalScrollBar().maximum() > 0  # it scrolls in a usual window
        grow_to_content(app, window, page)
        assert view.verticalScrollBar().maximum() == 0, step
        assert view.horizontalScrollBar().maximum() == 0, step
        assert page.verticalScrollBar().maximum() == 0, step
