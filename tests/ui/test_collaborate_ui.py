"""CollaboRATE after the decision: three optional questions about the appointment, answered
by mouse or keyboard, saved with the session and shown again when it is reopened."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from test_consultation import open_aid, saved

from sdm_aid.core.session import COLLABORATE_ITEMS, COLLABORATE_QUESTIONS, COLLABORATE_SCALE
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import NO_ANSWER, DecisionStep


def to_decision_step(qtbot, window: MainWindow) -> DecisionStep:  # type: ignore[no-untyped-def]
    """Press Next until the decision step, as a person would; in a consultation, hand over
    to the patient (CollaboRATE is asked on the hand-over screen only)."""
    page = window.decision
    assert page is not None and window.session is not None
    while window.session.current_step != "decision":
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    step = page.pages["decision"]
    assert isinstance(step, DecisionStep)
    if window.session.setting == "consultation":
        assert not step.collaborate_box.isVisible()  # never beside the clinician's notes
        qtbot.mouseClick(step.hand_over, Qt.MouseButton.LeftButton)
    return step


def answer(qtbot, step: DecisionStep, item: str, score: int) -> None:  # type: ignore[no-untyped-def]
    button = step.collaborate_groups[item].button(score)
    assert isinstance(button, QRadioButton)
    step.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def test_answers_by_mouse_are_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)
    assert step.collaborate_box.isVisible()
    assert window.session is not None and window.session.collaborate == {}
    answer(qtbot, step, "understand", 4)
    answer(qtbot, step, "listen", 3)
    answer(qtbot, step, "include", 4)
    assert window.session.collaborate == {"understand": 4, "listen": 3, "include": 4}
    assert window.session.collaborate_top_score() is False
    answer(qtbot, step, "listen", 4)
    assert window.session.collaborate_top_score() is True
    assert saved(window)["collaborate"] == {"understand": 4, "listen": 4, "include": 4}


def test_prefer_not_to_say_clears_an_answer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)
    answer(qtbot, step, "understand", 2)
    answer(qtbot, step, "include", 1)
    assert saved(window)["collaborate"] == {"understand": 2, "include": 1}
    answer(qtbot, step, "understand", NO_ANSWER)
    assert window.session is not None and window.session.collaborate == {"include": 1}
    assert saved(window)["collaborate"] == {"include": 1}
    assert step.collaborate_groups["understand"].checkedId() == NO_ANSWER


def test_tab_into_each_question_and_arrow_along_the_scale(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(step.hand_back, Qt.MouseButton.LeftButton)  # back to the clinician
    assert step.hand_over.hasFocus()
    qtbot.keyClick(step.hand_over, Qt.Key.Key_Space)  # hand over by keyboard
    focus = QApplication.focusWidget()  # the first answer of the first question
    first = COLLABORATE_QUESTIONS["understand"]
    assert isinstance(focus, QRadioButton)
    assert focus.accessibleName() == f"{first}: {COLLABORATE_SCALE[0]}"
    qtbot.keyClick(focus, Qt.Key.Key_Space)  # choose "No effort was made"
    assert window.session is not None and window.session.collaborate == {"understand": 0}
    for _ in range(6):  # along the scale in order, whatever the layout; stops at the end
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.session.collaborate == {}  # the last answer is "Prefer not to say"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert window.session.collaborate == {"understand": 4}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert window.session.collaborate == {"understand": 3}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # one Tab stop per question
    focus = QApplication.focusWidget()
    assert isinstance(focus, QRadioButton)
    assert focus.accessibleName().startswith(COLLABORATE_QUESTIONS["listen"])
    qtbot.keyClick(focus, Qt.Key.Key_Down)  # nothing chosen yet: focus moves, no answer
    assert "listen" not in window.session.collaborate
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.session.collaborate == {"understand": 3, "listen": 1}
    assert saved(window)["collaborate"] == {"understand": 3, "listen": 1}
    # Tab back in: focus lands on the chosen answer.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    focus = QApplication.focusWidget()
    assert isinstance(focus, QRadioButton) and focus.isChecked()
    assert focus.accessibleName() == f"{first}: {COLLABORATE_SCALE[3]}"


def test_every_answer_is_named_with_its_question(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)
    for item in COLLABORATE_ITEMS:
        names = [b.accessibleName() for b in step.collaborate_groups[item].buttons()]
        question = COLLABORATE_QUESTIONS[item]
        assert names == [f"{question}: {words}" for words in COLLABORATE_SCALE.values()] + [
            f"{question}: Prefer not to say"
        ]


def test_not_shown_at_home(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis", setting="home")
    step = to_decision_step(qtbot, window)
    assert not step.collaborate_box.isVisibleTo(window)
    assert not any(
        b.isVisibleTo(window) for g in step.collaborate_groups.values() for b in g.buttons()
    )
    assert not step.notes.isVisibleTo(window)  # like the clinician's notes
    assert not step.hand_over.isVisibleTo(window)
    # The same session continued in a consultation hands over to the patient for them.
    assert window.session is not None
    window.session.setting = "consultation"
    step.refresh()
    assert step.hand_over.isVisibleTo(window) and not step.collaborate_box.isVisibleTo(window)
    qtbot.mouseClick(step.hand_over, Qt.MouseButton.LeftButton)
    assert step.collaborate_box.isVisibleTo(window)


def test_the_hand_over_screen_is_for_the_patient_alone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """CollaboRATE only after the clinician has finished, never beside their notes; Done
    goes back to the decision with the notes as they were."""
    open_aid(qtbot, window, "knee-osteoarthritis")
    page = window.decision
    assert page is not None
    page.go_to("decision")
    step = page.pages["decision"]
    assert isinstance(step, DecisionStep)
    qtbot.keyClicks(step.notes, "BMI 31")
    assert step.notes.isVisible() and not step.collaborate_box.isVisible()
    qtbot.mouseClick(step.hand_over, Qt.MouseButton.LeftButton)
    assert step.collaborate_box.isVisible() and step.hand_over_note.isVisible()
    for widget in (step.notes, step.notes_label, step.choice, step.hand_over, step.own):
        assert not widget.isVisible()
    first = step.collaborate_groups["understand"].buttons()[0]
    assert first.hasFocus() or not window.isActiveWindow()
    answer(qtbot, step, "understand", 4)
    qtbot.mouseClick(step.hand_back, Qt.MouseButton.LeftButton)
    assert step.notes.isVisible() and step.notes.toPlainText() == "BMI 31"
    assert not step.collaborate_box.isVisible()
    assert window.session is not None and window.session.collaborate == {"understand": 4}


def test_reopening_shows_the_saved_answers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)
    answer(qtbot, step, "understand", 1)
    answer(qtbot, step, "include", 4)
    saved(window)
    path = window.autosaver.path
    assert path is not None
    window.show_library()

    again = MainWindow(use_threads=False)
    qtbot.addWidget(again)
    again.open_session_path(path)
    assert again.session is not None and again.decision is not None
    assert again.session.current_step == "decision"
    reopened = again.decision.pages["decision"]
    assert isinstance(reopened, DecisionStep)
    groups = reopened.collaborate_groups
    assert groups["understand"].checkedId() == 1
    assert groups["listen"].checkedId() == -1  # not answered: nothing chosen
    assert groups["include"].checkedId() == 4


def test_answers_reflow_and_fit_at_double_text_size(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis")
    step = to_decision_step(qtbot, window)

    def fits() -> bool:
        inner = step.widget()
        for group in step.collaborate_groups.values():
            for button in group.buttons():
                right = button.mapTo(inner, QPoint(button.sizeHint().width(), 0)).x()
                if right > step.viewport().width():
                    return False
        return True

    qtbot.waitUntil(fits)
    columns = step._collaborate_columns
    for _ in range(10):
        window.zoom_in.trigger()
    assert window.scale == 2.0
    qtbot.waitUntil(lambda: step._collaborate_columns < columns)
    qtbot.waitUntil(fits)
    window.resize(900, 800)  # nothing on the page is wider than a narrow window
    qtbot.waitUntil(lambda: step.widget().width() <= step.viewport().width())
    qtbot.waitUntil(fits)
    window.zoom_reset.trigger()
