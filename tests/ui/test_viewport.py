"""A viewport made in Python (ui/support/viewport.py) is the same as Qt's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QListView, QScrollArea

from sdm_aid.ui.support.viewport import grab_pan, with_own_viewport


def _traits(area: QAbstractScrollArea) -> tuple[object, ...]:
    viewport = area.viewport()
    return (
        viewport.objectName(),
        viewport.backgroundRole(),
        viewport.autoFillBackground(),
        viewport.focusPolicy(),
        viewport.focusProxy() is area,
        viewport.parent() is area,
        viewport.sizePolicy() == area.viewport().sizePolicy(),
        viewport.palette() == area.palette(),
        [a.name for a in Qt.WidgetAttribute if viewport.testAttribute(a)],
    )


def _shown(area: QAbstractScrollArea, qtbot) -> QAbstractScrollArea:  # type: ignore[no-untyped-def]
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_a_scroll_area_viewport_is_the_same_as_qts(qtbot) -> None:  # type: ignore[no-untyped-def]
    ours, theirs = with_own_viewport(QScrollArea()), QScrollArea()
    for area in (ours, theirs):
        area.setWidget(QLabel("Some words in a scrolled page"))
        area.setWidgetResizable(True)
        _shown(area, qtbot)
    assert _traits(ours) == _traits(theirs)
    assert ours.viewport().width() == theirs.viewport().width() > 0
    assert ours.grab().toImage() == theirs.grab().toImage()


def test_an_item_view_viewport_is_the_same_as_qts(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    for word in ("one", "two", "three"):
        model.appendRow(QStandardItem(word))
    ours, theirs = with_own_viewport(QListView(), pan=False), QListView()
    grab_pan(ours.viewport())  # what the library page does once it is shown
    for view in (ours, theirs):
        view.setAlternatingRowColors(True)
        view.setSpacing(4)
        view.setModel(model)
        _shown(view, qtbot)
    assert _traits(ours) == _traits(theirs)
    assert ours.grab().toImage() == theirs.grab().toImage()


def test_touch_panning_is_asked_for_only_when_told(qtbot) -> None:  # type: ignore[no-untyped-def]
    now, late, theirs = (
        with_own_viewport(QListView()),
        with_own_viewport(QListView(), pan=False),
        QListView(),
    )
    for view in (now, late, theirs):
        qtbot.addWidget(view)
    assert _traits(now) == _traits(theirs)
    touch = Qt.WidgetAttribute.WA_AcceptTouchEvents
    assert theirs.viewport().testAttribute(touch) != late.viewport().testAttribute(touch)
