"""The whole flow works by keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from sdm_aid.core.session import STEPS
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.start_dialog import StartDialog


def test_keyboard_only_through_every_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.library_page
    qtbot.keyClicks(page.search, "knee")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter in the search box moves to the list
    assert page.list.hasFocus() or QApplication.focusWidget() is page.list

    failures: list[BaseException] = []

    def answer_dialog() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StartDialog) and w.isVisible()
        )
        try:
            walk_dialog(dialog)
        except BaseException as exc:  # a failed check must not leave the modal dialog open
            failures.append(exc)
            dialog.reject()

    def walk_dialog(dialog: StartDialog) -> None:
        qtbot.keyClicks(dialog.patient, "Kay")
        qtbot.keyClick(dialog.patient, Qt.Key.Key_Return)  # no answer to "where?": stays open
        assert dialog.isVisible() and not dialog.ok.isEnabled()
        dialog.together.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(dialog.together, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.together, Qt.Key.Key_Tab)
        qtbot.waitUntil(dialog.short_route.hasFocus, timeout=2000)
        assert dialog.short_route.isChecked()
        qtbot.keyClick(dialog.short_route, Qt.Key.Key_Space)  # the full route, for this walk
        qtbot.keyClick(dialog.short_route, Qt.Key.Key_Return)  # Enter accepts the dialog

    QTimer.singleShot(50, answer_dialog)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    if failures:
        raise failures[0]
    decision = window.decision
    assert decision is not None and window.session is not None
    assert window.session.patient_name == "Kay"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    forward, back = decision.next_action.shortcut()[0], decision.back_action.shortcut()[0]
    assert QKeySequence(forward) == QKeySequence(QKeySequence.StandardKey.Forward)
    for step in STEPS[1:]:
        target = QApplication.focusWidget() or decision
        qtbot.keyClick(target, forward.key(), forward.keyboardModifiers())
        assert window.session.current_step == step
    qtbot.keyClick(QApplication.focusWidget() or decision, back.key(), back.keyboardModifiers())
    assert window.session.current_step == "decision"

    # The step list: arrow keys and Enter jump to any step.
    decision.step_list.setFocus()
    decision.step_list.setCurrentIndex(decision.steps_model.index(0))
    for _ in range(4):
        qtbot.keyClick(decision.step_list, Qt.Key.Key_Down)
    qtbot.keyClick(decision.step_list, Qt.Key.Key_Return)
    assert window.session.current_step == "preferences"

    # Tab reaches the sliders, and arrow keys set them.
    prefs = decision.pages["preferences"]
    first_id, slider = next(iter(prefs.sliders.items()))  # type: ignore[attr-defined]
    focus: QWidget | None = decision.step_list
    for _ in range(40):
        if focus is slider:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
    assert focus is slider
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.session.ratings[first_id] == 2


def test_every_control_has_an_accessible_name(qtbot, window: MainWindow, open_decision) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    decision = open_decision("knee-osteoarthritis")
    for step in STEPS:
        decision.go_to(step)
    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSlider,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )
    unnamed = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, controls) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip() and widget.isVisibleTo(window):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_text_size_zooms_and_is_remembered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    base = QApplication.font().pointSizeF()
    for _ in range(20):
        window.zoom_in.trigger()
    assert window.scale == 2.0
    assert abs(QApplication.font().pointSizeF() - 2 * base) < 0.5
    window.zoom_reset.trigger()
    assert window.scale == 1.0
    window.zoom_in.trigger()
    assert float(window.settings.value("view/scale")) == 1.1
    window.contrast_action.trigger()
    assert window.settings.value("view/theme") == "high-contrast"
    assert QApplication.palette().window().color().name() == "#000000"
    window.contrast_action.trigger()
