"""No sideways scrolling: every bundled aid, every step (the consultation route's own steps
too), at 1024x640, at 100 % and 200 % text.

This is ``sdm-aid screenshot --size 1024x640 --full-page`` (with and without ``--scale 2``)
done in-process: the full page grows the window wider only when content would scroll
sideways, so the grown window must stay 1024 pixels wide.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPlainTextEdit, QTextEdit

from sdm_aid.core.session import ALL_STEPS
from sdm_aid.paths import bundled_aids_dir
from sdm_aid.ui import theme
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.screenshot import grow_to_content, settle

AIDS = sorted(path.stem for path in bundled_aids_dir().glob("*.md"))


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("aid_id", AIDS)
def test_no_step_is_wider_than_a_small_window(
    qtbot, window: MainWindow, open_decision, aid_id: str, scale: float
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.scale = theme.clamp_scale(scale)
    window.apply_look()
    decision = open_decision(aid_id)
    too_wide, nested = {}, []
    for step in ALL_STEPS:  # the consultation route's own steps too
        window.resize(1024, 640)
        settle(app)
        decision.go_to(step)
        page = decision.pages[step]
        settle(app)
        nested += [f"{step}: {view.accessibleName()}" for view in scrolling_views(page)]
        grow_to_content(app, window, page)
        if window.width() != 1024:
            too_wide[step] = window.width()
    assert not too_wide, too_wide
    assert not nested, nested


def scrolling_views(page: QAbstractScrollArea) -> list[QAbstractScrollArea]:
    """Lists, tables and grids on ``page`` that scroll inside it (free-text boxes may)."""
    return [
        view
        for view in page.widget().findChildren(QAbstractScrollArea)
        if view.isVisibleTo(page)
        and not isinstance(view, QTextEdit | QPlainTextEdit)
        and (view.verticalScrollBar().maximum() > 0 or view.horizontalScrollBar().maximum() > 0)
    ]
