"""Drive the app as a clinician and a patient would, and check what was saved."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sdm_aid.core.session import STEPS, load_session
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.start_dialog import StartDialog
from sdm_aid.ui.steps import (
    CompareStep,
    DecisionStep,
    OutcomesStep,
    PreferencesStep,
    QuizStep,
    SummaryStep,
    SureStep,
)
from sdm_aid.ui.support.workers import wait_for_workers


def saved(window: MainWindow) -> dict:  # type: ignore[type-arg]
    window.autosaver.flush()
    wait_for_workers()
    assert window.autosaver.path is not None
    return json.loads(window.autosaver.path.read_text(encoding="utf-8"))


def open_aid(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, aid_id: str, setting: str = "consultation", route: str = "full"
) -> None:
    """Pick the aid in the library list, press Enter, fill in the start dialog (the full
    route unless ``route`` is "short")."""
    page = window.library_page
    qtbot.keyClicks(page.search, aid_id.split("-")[0])
    assert page.filter.rowCount() >= 1
    page.list.setFocus()
    page.list.setCurrentIndex(page.filter.index(0, 0))

    def fill_dialog() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, StartDialog) and w.isVisible()
        )
        dialog.patient.setText("Ann Example")
        dialog.clinician.setText("Dr Rao")
        (dialog.together if setting == "consultation" else dialog.alone).setChecked(True)
        dialog.short_route.setChecked(route == "short")
        dialog.accept()

    qtbot.waitUntil(lambda: True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, fill_dialog)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.decision is not None


def test_whole_consultation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "carpal-tunnel-syndrome")
    page = window.decision
    assert page is not None and window.aid is not None
    assert window.aid.id == "carpal-tunnel-syndrome"
    visited = []
    for _ in STEPS:
        visited.append(window.session.current_step)  # type: ignore[union-attr]
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton) if page.next.isEnabled() else None
    assert visited == list(STEPS)

    page.go_to("compare")
    compare = page.pages["compare"]
    assert isinstance(compare, CompareStep)
    compare.checks["wait"].setChecked(False)
    assert compare.table is not None and compare.table.isColumnHidden(4)

    page.go_to("outcomes")
    outcomes = page.pages["outcomes"]
    assert isinstance(outcomes, OutcomesStep)
    # One outcome at a time, only for the options still shown.
    assert outcomes.arrays and "out of 100" in outcomes.arrays[0].accessibleDescription()
    assert not any(a.accessibleName().startswith("Waiting") for a in outcomes.arrays)

    page.go_to("preferences")
    prefs = page.pages["preferences"]
    assert isinstance(prefs, PreferencesStep)
    first, second = list(prefs.sliders)[:2]
    prefs.sliders[first].setFocus()
    for _ in range(8):
        qtbot.keyClick(prefs.sliders[first], Qt.Key.Key_Right)
    prefs.sliders[second].setValue(3)
    qtbot.keyClicks(prefs.other, "I care for my mother")
    assert "not a recommendation" in prefs.alignment.text()

    page.go_to("quiz")
    quiz = page.pages["quiz"]
    assert isinstance(quiz, QuizStep)
    right = window.aid.quiz[0].answer
    quiz.groups[0].button(right).click()
    assert quiz.feedback[0].text().startswith("✓ Right.")  # a symbol and a word, not colour
    wrong = (window.aid.quiz[1].answer + 1) % len(window.aid.quiz[1].choices)
    quiz.groups[1].button(wrong).click()
    assert quiz.feedback[1].text().startswith("✗ Not quite")

    page.go_to("sure")
    sure = page.pages["sure"]
    assert isinstance(sure, SureStep)
    for item, group in sure.groups.items():
        group.button(0 if item == "support" else 1).click()
    assert "3 out of 4" in sure.result.text() and "Talking to someone" in sure.result.text()
    assert sure.result.text().startswith("? Not sure yet")  # a sign and words, not colour

    page.go_to("decision")
    decision = page.pages["decision"]
    assert isinstance(decision, DecisionStep)
    decision.choice.option_boxes["splint"].click()  # the first option: wrist splint
    next(iter(decision.question_ticks.values())).click()  # the first question to ask
    qtbot.keyClicks(decision.own, "Can I still play the piano?")
    qtbot.keyClick(decision.own, Qt.Key.Key_Return)
    qtbot.keyClicks(decision.notes, "Review in 6 weeks.")
    assert decision.notes.isVisible()

    page.go_to("summary")
    summary = page.pages["summary"]
    assert isinstance(summary, SummaryStep)
    text = summary.view.toPlainText()
    assert "Wrist splint" in text and "Can I still play the piano?" in text

    data = saved(window)
    assert data["patient_name"] == "Ann Example" and data["clinician_name"] == "Dr Rao"
    assert data["setting"] == "consultation"
    assert data["compare_options"] == ["splint", "injection", "surgery"]
    assert data["ratings"][first] == 8 and data["ratings"][second] == 3
    assert data["other_matters"] == "I care for my mother"
    assert data["quiz_answers"] == {"0": right, "1": wrong}
    assert data["sure"] == {"sure": True, "understand": True, "values": True, "support": False}
    assert data["decision"]["status"] == "decided"
    assert data["decision"]["options"] == ["splint"]
    assert data["decision"]["own_questions"] == ["Can I still play the piano?"]
    assert data["decision"]["clinician_notes"] == "Review in 6 weeks."
    assert data["decision"]["questions_ticked"] == [window.aid.questions[0]]
    assert data["current_step"] == "summary"


def test_prepared_at_home_then_continued_in_clinic(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    open_aid(qtbot, window, "knee-osteoarthritis", setting="home")
    page = window.decision
    assert page is not None
    page.go_to("preferences")
    prefs = page.pages["preferences"]
    assert isinstance(prefs, PreferencesStep)
    first = next(iter(prefs.sliders))
    prefs.sliders[first].setValue(9)
    decision_page = page.page("decision")
    decision_page.refresh()
    assert not decision_page.notes.isVisible()  # type: ignore[attr-defined]
    carried = tmp_path / "usb" / "my-knee.sdm.json"
    window.save_as_path(carried)
    page.go_to("quiz")
    window.show_library()

    # In the clinic, File > Open session file…: who is taking part now?
    clinic = MainWindow(use_threads=False)
    qtbot.addWidget(clinic)
    clinic.show()
    clinic.open_session_path(carried)
    assert clinic.session is not None and clinic.decision is not None  # open behind it
    assert clinic.session.current_step == "quiz"
    assert clinic.session.ratings[first] == 9
    who = clinic.who
    assert who is not None and who.isVisible() and who.isModal()
    assert "prepared at home" in who.note.text() and who.note.isVisibleTo(who)
    assert who.patient.text() == "Ann Example" and who.clinician.text() == "Dr Rao"
    assert who.alone.isChecked()  # as it was prepared
    who.together.click()
    who.clinician.setText("Dr Okafor")
    who.accept()
    assert clinic.session.setting == "consultation"
    assert clinic.session.clinician_name == "Dr Okafor"
    # The short route, from what the patient already did: the brief (read at home as
    # "About") is done, Compare is not; what matters most was rated at home.
    assert clinic.session.ratings[first] == 9 and clinic.session.route == "short"
    assert clinic.session.current_step == "compare"
    page = clinic.decision
    assert page is not None
    rows = {
        page.steps_model.step_at(r): page.steps_model.index(r).data(
            Qt.ItemDataRole.AccessibleTextRole
        )
        for r in range(page.steps_model.rowCount())
    }
    assert rows["brief"].endswith("done") and rows["matters"].endswith("done")
    assert rows["sure"].endswith("not started")
    assert page is not None and page.session is clinic.session
    page.go_to("decision")
    decision = page.pages["decision"]
    assert isinstance(decision, DecisionStep)
    assert decision.notes.isVisible() and decision.hand_over.isVisible()
    data = saved(clinic)
    assert clinic.autosaver.path == carried
    assert data["setting"] == "consultation" and data["clinician_name"] == "Dr Okafor"
    assert load_session(carried).patient_name == "Ann Example"


def test_cancel_keeps_a_session_prepared_at_home_as_it_was(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    open_aid(qtbot, window, "knee-osteoarthritis", setting="home")
    carried = tmp_path / "my-knee.sdm.json"
    window.save_as_path(carried)
    window.show_library()

    clinic = MainWindow(use_threads=False)
    qtbot.addWidget(clinic)
    clinic.show()
    clinic.open_session_path(carried)
    assert clinic.who is not None and clinic.who.isVisible()
    clinic.who.together.click()
    clinic.who.reject()
    assert clinic.session is not None and clinic.decision is not None  # it still opens
    assert clinic.session.setting == "home" and clinic.session.clinician_name == "Dr Rao"
    decision = clinic.decision.page("decision")
    assert isinstance(decision, DecisionStep)
    decision.refresh()
    assert not decision.notes.isVisibleTo(clinic)
    assert not decision.collaborate_box.isVisibleTo(clinic)
    clinic.autosaver.flush()
    wait_for_workers()
    assert load_session(carried).setting == "home"


def test_resuming_at_home_does_not_ask_again(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "knee-osteoarthritis", setting="home")
    window.show_library()
    model = window.library_page.sessions_model
    assert model.rowCount() == 1
    window.library_page.sessions.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.library_page.sessions, Qt.Key.Key_Return)
    assert window.session is not None and window.session.setting == "home"
    assert window.who is None


def test_unfinished_sessions_are_listed_and_resumed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "hip-osteoarthritis")
    assert window.decision is not None
    window.decision.go_to("outcomes")
    window.show_library()
    model = window.library_page.sessions_model
    assert model.rowCount() == 1
    assert "Ann Example" not in model.data(model.index(0, 0))  # no names on a shared PC
    window.library_page.sessions.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(window.library_page.sessions, Qt.Key.Key_Return)
    assert window.session is not None and window.session.current_step == "outcomes"


def test_damaged_session_file_is_reported_and_kept(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.sdm.json"
    bad.write_text("{ not json", encoding="utf-8")
    window.open_session_path(bad)
    assert window.session is None
    assert bad.exists() and not list(tmp_path.glob("*.corrupt"))  # left where it was
    assert "damaged" in window.statusBar().currentMessage()


def test_window_knows_the_session_file_suffix() -> None:
    from sdm_aid.core.session import SUFFIX
    from sdm_aid.ui.session_actions import SESSION_SUFFIX

    assert SESSION_SUFFIX == SUFFIX


def test_reopening_with_an_updated_aid_says_what_changed(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from support import EXAMPLE

    aids = tmp_path / "aids"
    aids.mkdir()
    aid_file = aids / "example-aid.md"
    aid_file.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    home = MainWindow(extra_aids=[aids], use_threads=False)
    qtbot.addWidget(home)
    entry = home.library.find("example-aid")
    assert entry is not None and entry.version == "1.2.0"
    home.start_decision(entry, patient="Ann Example", setting="home")
    carried = tmp_path / "elbow.sdm.json"
    home.save_as_path(carried)
    home.autosaver.flush()
    wait_for_workers()
    home.show_library()  # done with it at home (an open session is locked to its window)

    # The authors publish 1.3.0: the exercise option now says something different.
    text = aid_file.read_text(encoding="utf-8")
    text = text.replace("version: 1.2.0", "version: 1.3.0").replace(
        "You see a physiotherapist a few times.", "You see a physiotherapist six times."
    )
    aid_file.write_text(text, encoding="utf-8")

    clinic = MainWindow(extra_aids=[aids], use_threads=False)
    qtbot.addWidget(clinic)
    clinic.show()
    clinic.open_session_path(carried)
    assert clinic.notice is not None and clinic.notice.isVisible()
    assert clinic.who is None  # one message at a time: what changed comes first
    message = clinic.notice.text()
    assert "1.2.0" in message and "1.3.0" in message
    assert "“Exercises with a physiotherapist”" in message  # the part that changed, by name
    assert "injection" not in message.lower()  # and only that part
    assert clinic.session is not None and clinic.decision is not None  # it opened behind
    assert clinic.session.aid_version == "1.3.0"  # the session now follows the new version
    clinic.notice.accept()
    # It was prepared at home: then who is taking part now.
    assert clinic.who is not None and clinic.who.isVisible()
    assert clinic.who.patient.text() == "Ann Example" and clinic.who.alone.isChecked()
    clinic.who.together.click()
    clinic.who.accept()
    assert clinic.session.setting == "consultation"
    clinic.autosaver.flush()
    wait_for_workers()
    reopened = load_session(carried)
    assert reopened.aid_version == "1.3.0" and reopened.setting == "consultation"
