"""The consultation route, driven as a clinician and patient would, counting every click
and every key press from opening the knee aid in the library to the record copy on the
clipboard (issue 14: at most 25 clicks). Free text is not typed; CollaboRATE is not
counted (the patient answers it alone afterwards)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from sdm_aid.core.session import SHORT_ROUTE
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.start_dialog import StartDialog
from sdm_aid.ui.steps import DecisionStep, SummaryStep, SureStep
from sdm_aid.ui.steps.short_route import BriefStep, KeyFiguresStep, MattersStep

MOST_CLICKS = 25
KNEE_TITLE = "Knee osteoarthritis"


class Counter:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot, self.clicks, self.keys = qtbot, 0, 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.clicks += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.keys += 1
        target = QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClick(target, key, modifier)

    def tab_to(self, widget: QWidget, most: int = 60) -> None:
        for _ in range(most):
            if widget.hasFocus():
                return
            self.key(Qt.Key.Key_Tab)
        raise AssertionError(f"{widget} not reached by Tab")


def _knee_row(window: MainWindow) -> int:
    page = window.library_page
    for row in range(page.filter.rowCount()):
        if KNEE_TITLE in str(page.filter.index(row, 0).data()):
            return row
    raise AssertionError("the knee aid is not listed")


def _dialog() -> StartDialog:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, StartDialog) and w.isVisible()
    )


def test_a_consultation_on_the_short_route_takes_at_most_25_clicks(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    c = Counter(qtbot)
    page = window.library_page
    qtbot.waitUntil(lambda: page.filter.rowCount() > 0)
    index = page.filter.index(_knee_row(window), 0)
    page.list.scrollTo(index)
    c.click(page.list.viewport(), page.list.visualRect(index).center())

    def in_dialog() -> None:
        dialog = _dialog()
        assert not dialog.ok.isEnabled()  # where the patient is has no default
        c.click(dialog.together)
        assert dialog.short_route.isChecked()  # the short route is offered by default
        c.click(dialog.ok)

    QTimer.singleShot(50, in_dialog)
    c.click(page.open_button)
    decision = window.decision
    assert decision is not None and window.session is not None
    session = window.session
    assert session.route == "short" and session.current_step == "brief"
    assert isinstance(decision.pages["brief"], BriefStep)

    visited = [session.current_step]
    c.click(decision.next)  # brief -> compare
    c.click(decision.next)  # compare -> key figures
    assert isinstance(decision.pages["key-figures"], KeyFiguresStep)
    c.click(decision.next)  # key figures -> what matters most
    matters = decision.pages["matters"]
    assert isinstance(matters, MattersStep)
    for tick in list(matters.ticks.values())[:3]:
        c.click(tick)
    assert len(session.matters_most()) == 3
    c.click(decision.next)
    sure = decision.pages["sure"]
    assert isinstance(sure, SureStep)
    for group in sure.groups.values():
        c.click(group.button(1))
    c.click(decision.next)
    step = decision.pages["decision"]
    assert isinstance(step, DecisionStep)
    c.click(step.choice.option_boxes["exercise"])
    c.click(step.choice.option_boxes["weight-loss"])
    assert session.decision.chosen == ["exercise", "weight-loss"]
    visited += [session.current_step]
    c.click(decision.next)
    summary = decision.pages["summary"]
    assert isinstance(summary, SummaryStep)
    c.click(summary.copy_button)
    record = QGuiApplication.clipboard().text()
    assert "Exercise and physiotherapy, together with losing weight" in record
    assert [s for s in SHORT_ROUTE if s in (*session.visited, session.current_step)] == list(
        SHORT_ROUTE
    )
    print(f"short route: {c.clicks} clicks")
    assert c.clicks <= MOST_CLICKS
    assert c.clicks == 20  # the figure in the README


def test_the_same_consultation_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The same path with keys only; the count is in the README."""
    QGuiApplication.clipboard().clear()
    c = Counter(qtbot)
    window.activateWindow()
    page = window.library_page
    qtbot.waitUntil(lambda: page.filter.rowCount() > 0)
    page.list.setFocus()
    page.list.setCurrentIndex(page.filter.index(0, 0))
    for _ in range(_knee_row(window)):
        c.key(Qt.Key.Key_Down)

    def in_dialog() -> None:
        dialog = _dialog()
        c.tab_to(dialog.together)
        c.key(Qt.Key.Key_Space)
        c.key(Qt.Key.Key_Return)

    QTimer.singleShot(50, in_dialog)
    c.key(Qt.Key.Key_Return)
    decision = window.decision
    assert decision is not None and window.session is not None
    session = window.session
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert decision.step_list.hasFocus()  # where show_decision puts it

    def next_step() -> None:
        c.key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    for _ in range(3):
        next_step()
    assert session.current_step == "matters"
    matters = decision.pages["matters"]
    assert isinstance(matters, MattersStep)
    for tick in list(matters.ticks.values())[:3]:
        c.tab_to(tick)
        c.key(Qt.Key.Key_Space)
    assert len(session.matters_most()) == 3
    next_step()
    sure = decision.pages["sure"]
    assert isinstance(sure, SureStep)
    for group in sure.groups.values():
        yes = group.button(1)
        assert isinstance(yes, QAbstractButton)
        c.tab_to(yes)
        c.key(Qt.Key.Key_Space)
    assert session.sure_score() == 4
    next_step()
    step = decision.pages["decision"]
    assert isinstance(step, DecisionStep)
    for option in ("exercise", "weight-loss"):
        c.tab_to(step.choice.option_boxes[option])
        c.key(Qt.Key.Key_Space)
    assert session.decision.chosen == ["exercise", "weight-loss"]
    next_step()
    summary = decision.pages["summary"]
    assert isinstance(summary, SummaryStep)
    c.tab_to(summary.copy_button)
    c.key(Qt.Key.Key_Space)
    assert "together with losing weight" in QGuiApplication.clipboard().text()
    print(f"short route by keyboard: {c.keys} key presses")
    assert c.keys == 37  # the figure in the README


def test_key_figures_say_a_harm_cannot_happen_rather_than_no_figure(
    window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    """A harm the aid marks not-applicable for an option is said to be impossible with it,
    with the aid's reason; "no reliable figure" is kept for figures the aid does not know."""
    from PySide6.QtWidgets import QLabel

    decision = open_decision("knee-osteoarthritis")
    decision.go_to("key-figures")
    step = decision.pages["key-figures"]
    assert isinstance(step, KeyFiguresStep)

    def card(title: str) -> list[str]:
        box = next(
            w
            for i in range(step.cards.count())
            if (w := step.cards.itemAt(i).widget()) is not None and w.accessibleName() == title
        )
        return [
            label.accessibleName() for label in box.findChildren(QLabel) if label.accessibleName()
        ]

    exercise = " ".join(card("Exercise and physiotherapy"))
    assert "Harm: none of this aid's harms can happen with this option." in exercise
    assert "Infection deep inside the knee joint: nothing enters the joint." in exercise
    assert "Harm: this aid has no reliable figure" not in exercise
    assert "Benefit: this aid has no reliable figure." in exercise  # unknown, not impossible
    gels = " ".join(card("Painkillers and gels"))
    # The reason the aid gives for this option (the knee aid gives the same one to all four).
    assert "Infection deep inside the knee joint: nothing enters the joint." in gels
    assert "Died within 45 days of the operation: there is no operation." in gels
    surgery = " ".join(card("Knee replacement"))
    assert (
        "cannot happen" not in surgery and "Harm: Infection deep inside the knee joint" in surgery
    )


def test_key_figures_name_the_unknown_harm_beside_the_impossible_one(
    window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    decision = open_decision("low-back-pain-sciatica")
    decision.go_to("key-figures")
    step = decision.pages["key-figures"]
    assert isinstance(step, KeyFiguresStep)
    words = " ".join(
        label.accessibleName() for label in step.widget().findChildren(QLabel) if label.isVisible()
    )
    assert (
        "Harm: this aid has no reliable figure for “Had an operation on the back later”." in words
    )
    assert (
        "Cannot happen with this option: A bad headache from a leak of spinal fluid: no needle "
        "goes into the back." in words
    )
