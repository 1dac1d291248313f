"""The decision as people make it: a plan of several options, not decided yet with leaning
towards, and the kind question after a SURE score below 4, driven as a person would."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt

from sdm_aid.core.session import MORE_TIME, RECORD_NOW
from sdm_aid.ui.decision_page import DecisionPage
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import DecisionStep, SummaryStep, SureStep


def _sure(page: DecisionPage, yes: int) -> None:
    page.go_to("sure")
    sure = page.pages["sure"]
    assert isinstance(sure, SureStep)
    for n, group in enumerate(sure.groups.values()):
        group.button(1 if n < yes else 0).click()


def _decision(page: DecisionPage) -> DecisionStep:
    page.go_to("decision")
    step = page.pages["decision"]
    assert isinstance(step, DecisionStep)
    return step


def _saved(window: MainWindow) -> dict:  # type: ignore[type-arg]
    window.autosaver.flush()
    assert window.session is not None
    path = window.store.path_for(window.session)
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_two_ticks_make_a_combined_plan(
    qtbot, window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:  # type: ignore[no-untyped-def]
    page = open_decision("knee-osteoarthritis")
    step = _decision(page)
    choice = step.choice
    assert choice.status.checkedButton() is None  # nothing chosen for the person
    qtbot.mouseClick(choice.option_boxes["exercise"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(choice.option_boxes["weight-loss"], Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.session.decision.chosen == ["exercise", "weight-loss"]
    assert choice.status_buttons["decided"].isChecked()
    assert "combines" in choice.plan.text() and "Losing weight" in choice.plan.text()
    assert not choice.sure_box.isVisible()  # no SURE score yet: nothing to ask
    data = _saved(window)
    assert data["schema_version"] == 2
    assert data["decision"]["status"] == "decided"
    assert data["decision"]["options"] == ["exercise", "weight-loss"]
    page.go_to("summary")
    summary = page.pages["summary"]
    assert isinstance(summary, SummaryStep)
    assert "together with losing weight" in summary.view.toPlainText()


def test_not_decided_yet_with_leaning_towards(
    window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:
    page = open_decision("knee-osteoarthritis")
    choice = _decision(page).choice
    choice.status_buttons["not-decided"].click()
    choice.option_boxes["injection"].click()
    assert window.session is not None
    d = window.session.decision
    assert d.leaning == ["injection"] and d.chosen == [] and not d.decided
    assert "leaning towards" in choice.plan.text()
    data = _saved(window)
    assert data["decision"]["status"] == "not-decided"
    assert data["decision"]["options"] == ["injection"]
    page.go_to("summary")
    text = page.pages["summary"].view.toPlainText()  # type: ignore[attr-defined]
    assert "Leaning towards steroid injection" in text


def test_a_sure_score_below_4_asks_and_recording_now_is_said(
    window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:
    page = open_decision("knee-osteoarthritis")
    _sure(page, yes=2)
    choice = _decision(page).choice
    choice.option_boxes["exercise"].click()
    assert choice.sure_box.isVisible()
    assert "2 out of 4" in choice.sure_text.text() and "Either is fine" in choice.sure_text.text()
    choice.record_now.click()
    assert window.session is not None
    assert window.session.decision.after_sure == RECORD_NOW
    assert window.session.decision.decided
    assert "record the decision now" in choice.sure_answer.text()
    page.go_to("summary")
    text = page.pages["summary"].view.toPlainText()  # type: ignore[attr-defined]
    assert "chose to record the decision now" in text


def test_taking_more_time_keeps_the_options_as_leaning(
    window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:
    page = open_decision("knee-osteoarthritis")
    _sure(page, yes=3)
    choice = _decision(page).choice
    choice.option_boxes["surgery"].click()
    choice.take_time.click()
    assert window.session is not None
    d = window.session.decision
    assert (d.kind, d.leaning, d.after_sure) == (MORE_TIME, ["surgery"], MORE_TIME)
    assert choice.status_buttons["more-time"].isChecked()
    assert choice.option_boxes["surgery"].isChecked()  # still ticked, now as leaning
    page.go_to("summary")
    text = page.pages["summary"].view.toPlainText()  # type: ignore[attr-defined]
    assert "take more time" in text and "Not decided yet" in text


def test_a_full_sure_score_asks_nothing(
    window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:
    page = open_decision("knee-osteoarthritis")
    _sure(page, yes=4)
    choice = _decision(page).choice
    choice.option_boxes["exercise"].click()
    assert not choice.sure_box.isVisible()


def test_the_plan_can_be_made_by_keyboard(
    qtbot, window: MainWindow, open_decision: Callable[[str], DecisionPage]
) -> None:  # type: ignore[no-untyped-def]
    page = open_decision("knee-osteoarthritis")
    choice = _decision(page).choice
    first = choice.option_boxes["exercise"]
    window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=2000)  # focus can arrive late on a busy machine
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = choice.option_boxes["weight-loss"]
    qtbot.waitUntil(second.hasFocus, timeout=2000)
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert window.session is not None
    assert window.session.decision.chosen == ["exercise", "weight-loss"]
