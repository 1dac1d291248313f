"""The collate window's tables fit its width at 1024x640, at 100 % and at 200 % text: no
sideways scrolling, and every column heading shown whole (wrapped, never cut short)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTableView

from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.review import new_review, save_review
from sdm_aid.ui import theme
from sdm_aid.ui.app import make_app
from sdm_aid.ui.collate_window import CollateWindow
from sdm_aid.ui.support.workers import wait_for_workers
from support import REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"
COLLATE_MS = 20_000


@pytest.fixture
def reviews(tmp_path: Path) -> tuple[Path, Path]:
    aid_path = tmp_path / "hip-osteoarthritis.md"
    aid_path.write_text(HIP.read_text(encoding="utf-8"), encoding="utf-8")
    hip = load_aid_or_raise(aid_path)
    folder = tmp_path / "reviews"
    ann = new_review(hip, "Ann", "patient")
    ann.rate("options", "understand", 2)
    ann.rate("options", "balanced", 5)
    ann.add_comment("options", "The list of risks is long and I lost track of the revisions.")
    ann.add_comment("options", "Clear and kind.", quote="You do not need to decide today.")
    save_review(ann, folder / "ann.review.json")
    cal = new_review(hip, "Cal", "clinician")
    cal.rate("options", "understand", 4)
    cal.add_comment("options", "Give the source for the revision rate.")
    save_review(cal, folder / "cal.review.json")
    return aid_path, folder


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def scaled(request: pytest.FixtureRequest) -> Iterator[float]:
    app = make_app()
    theme.apply(app, "system", request.param)
    yield request.param
    theme.apply(app, "system", 1.0)


def heading_cut(header: QHeaderView) -> list[str]:
    """Headings that do not show whole: a word wider than its section, or more wrapped
    lines than the header is tall. Measured in bold where the header shows the current
    row or column in bold."""
    model = header.model()
    font = QFont(header.font())
    font.setBold(header.highlightSections())
    metrics = QFontMetrics(font)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        width = (header.sectionSize(section) if horizontal else header.width()) - 2 * margin
        height = (header.height() if horizontal else header.sectionSize(section)) - 2 * margin
        wrapped = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        widest = max(metrics.horizontalAdvance(word) for word in text.split())
        if widest > width or wrapped.height() > height:
            cut.append(f"{text!r}: {widest}/{width} wide, {wrapped.height()}/{height} high")
    return cut


def fits(view: QTableView) -> list[str]:
    problems = []
    if view.horizontalScrollBar().maximum() != 0:
        problems.append(f"{view.accessibleName()} scrolls sideways")
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    needed = (rows.width() if rows.isVisible() else 0) + columns.length() + 2 * view.frameWidth()
    if needed > view.width():
        problems.append(f"{view.accessibleName()}: {needed} px of cells in {view.width()} px")
    problems += heading_cut(columns)
    if rows.isVisible():
        problems += heading_cut(rows)
    return problems


def test_the_tables_fit_the_width(qtbot, reviews: tuple[Path, Path], scaled: float) -> None:  # type: ignore[no-untyped-def]
    aid_path, folder = reviews
    win = CollateWindow.open(aid_path, [folder])
    try:
        win.resize(1024, 640)
        win.show()
        qtbot.waitUntil(lambda: win.outcome is not None, timeout=COLLATE_MS)
        win.sections_view.setCurrentIndex(
            win.sections_model.index(win.sections_model.row_of("options"))
        )
        assert win.detail_area.compact == (scaled == 2.0)  # on tabs at 200 %
        problems = {}
        for pane, view in (
            (win.info_scroll, win.ratings_view),
            (win.comments_pane, win.comments_view),
        ):
            win.detail_area.reveal(pane)
            QApplication.processEvents()
            try:
                qtbot.waitUntil(lambda v=view: v.isVisible() and not fits(v), timeout=3000)
            except qtbot.TimeoutError:
                problems[view.accessibleName()] = fits(view)
            if view is win.ratings_view:  # the figures' pane does not scroll sideways either
                scroll = win.info_scroll
                corner = view.mapTo(scroll.viewport(), view.rect().topRight())
                if scroll.horizontalScrollBar().maximum() or corner.x() > scroll.viewport().width():
                    problems.setdefault("Ratings", []).append("its pane scrolls sideways")
        assert problems == {}
    finally:
        if shiboken6.isValid(win):
            win.close()
        wait_for_workers()


def test_narrow_the_comments_show_as_cards_and_the_ratings_turn(  # type: ignore[no-untyped-def]
    qtbot, reviews: tuple[Path, Path]
) -> None:
    """When the columns cannot fit side by side, each comment is one card of named lines and
    the ratings turn: the same models, read the same way by keyboard and screen reader."""
    aid_path, folder = reviews
    app = make_app()
    theme.apply(app, "system", 2.0)
    win = CollateWindow.open(aid_path, [folder])
    try:
        win.resize(1024, 640)
        win.show()
        qtbot.waitUntil(lambda: win.outcome is not None, timeout=COLLATE_MS)
        win.sections_view.setCurrentIndex(
            win.sections_model.index(win.sections_model.row_of("options"))
        )
        view, model = win.comments_view, win.comments_model
        win.detail_area.reveal(win.comments_pane)
        qtbot.waitUntil(lambda: view.isVisible() and view.cards, timeout=3000)
        header = view.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        assert shown == [model.CARD]
        first = view.currentIndex()
        assert first.column() == model.CARD  # the keyboard is on a column that shows
        card = str(first.data(Qt.ItemDataRole.AccessibleTextRole))
        comment = win.current_comment()
        assert comment is not None
        assert card.splitlines()[0] == model.who(comment)
        assert f"Comment: {comment.text}" in card and "Decision: No decision yet" in card
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        second = win.current_comment()
        assert second is not None and second.id != comment.id
        assert win.comments_view.currentIndex().column() == model.CARD

        ratings = win.ratings_view
        win.detail_area.reveal(win.info_scroll)
        qtbot.waitUntil(lambda: ratings.isVisible() and ratings.is_turned, timeout=3000)
        criteria = ratings.horizontalHeader()
        assert criteria.model().headerData(0, Qt.Orientation.Horizontal) == "Easy to understand"
        assert criteria.count() == 3
        cell = ratings.model().index(7, 0)  # the average of "easy to understand"
        assert cell.data() == "3.0"
        assert "Easy to understand" in str(cell.data(Qt.ItemDataRole.AccessibleTextRole))

        theme.apply(app, "system", 1.0)  # back to 100 %: six columns, the table not turned
        qtbot.waitUntil(lambda: not win.detail_area.compact, timeout=3000)
        qtbot.waitUntil(lambda: not view.cards and not ratings.is_turned, timeout=3000)
        assert header.isSectionHidden(model.CARD)
        assert not any(header.isSectionHidden(c) for c in range(model.CARD))
    finally:
        theme.apply(app, "system", 1.0)
        if shiboken6.isValid(win):
            win.close()
        wait_for_workers()
