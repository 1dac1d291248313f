"""Collating patient-panel reviews in the app: File › Collate patient reviews…"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sdm_aid.core.collate import CollatedComment
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.responses import load_responses, responses_path
from sdm_aid.core.review import new_review, save_review
from sdm_aid.ui import collate_window
from sdm_aid.ui.app import make_app
from sdm_aid.ui.collate_window import CollateWindow
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.workers import wait_for_workers
from support import REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"
KNEE = REPO / "decision_aids" / "knee-osteoarthritis.md"
OLD_SENTENCE = "It is a major operation, with real risks."
NEW_SENTENCE = "It is a big operation."
COLLATE_MS = 20_000  # a fresh process loads textstat's dictionary (about a second)
SAVE_MS = 5_000


@pytest.fixture
def panel(tmp_path: Path) -> tuple[Path, Path]:
    """The hip draft aid (copied) and a folder of review files: two of this version, one
    of an older version, a damaged file and a review of another aid."""
    aid_path = tmp_path / "aids" / "hip-osteoarthritis.md"
    aid_path.parent.mkdir()
    shutil.copy(HIP, aid_path)
    hip = load_aid_or_raise(aid_path)
    text = HIP.read_text(encoding="utf-8")
    assert NEW_SENTENCE in text
    old_path = tmp_path / "old" / "hip-osteoarthritis.md"
    old_path.parent.mkdir()
    old_path.write_text(
        text.replace("version: 0.11.0", "version: 0.8.0").replace(NEW_SENTENCE, OLD_SENTENCE),
        encoding="utf-8",
    )
    older = load_aid_or_raise(old_path)

    folder = tmp_path / "reviews"
    ann = new_review(hip, "Ann", "patient")
    ann.rate("about", "understand", 5)
    ann.rate("options", "understand", 2)
    ann.add_comment("options", "The list of risks is long.")
    ann.add_comment("about", "Clear and kind.", quote="You do not need to decide today.")
    ann.answer("missing", "What it costs to travel to physiotherapy.")
    save_review(ann, folder / "ann.review.json")
    cal = new_review(hip, "Cal", "clinician")
    cal.rate("options", "understand", 4)
    cal.add_comment("outcomes", "Give the source for the revision rate.")
    save_review(cal, folder / "cal.review.json")
    bob = new_review(older, "Bob", "carer")
    bob.rate("options", "balanced", 3)
    bob.add_comment("options", "Major sounds frightening.", quote=OLD_SENTENCE)
    save_review(bob, folder / "bob.review.json")
    (folder / "damaged.review.json").write_text(
        '{"schema": "sdm-aid/review", "schema_version": 1, "sections": 3}', encoding="utf-8"
    )
    knee = load_aid_or_raise(KNEE)
    save_review(new_review(knee, "Dee", "clinician"), folder / "knee.review.json")
    return aid_path, folder


@pytest.fixture
def win(qtbot, panel: tuple[Path, Path]) -> Iterator[CollateWindow]:  # type: ignore[no-untyped-def]
    make_app()
    aid_path, folder = panel
    window = CollateWindow.open(aid_path, [folder])  # deleted when closed
    assert window.busy and window.placeholder.text() == "Reading the reviews…"
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=COLLATE_MS)
    yield window
    if shiboken6.isValid(window):
        window.close()
    wait_for_workers()


def section_row(window: CollateWindow, section_id: str) -> int:
    row = window.sections_model.row_of(section_id)
    assert row >= 0
    return row


def choose_section(window: CollateWindow, section_id: str) -> None:
    index = window.sections_model.index(section_row(window, section_id))
    window.sections_view.setCurrentIndex(index)


def choose_comment(window: CollateWindow, text: str) -> CollatedComment:
    row = next(i for i, c in enumerate(window.comments_model.comments) if c.text == text)
    window.comments_view.setCurrentIndex(window.comments_model.index(row, 0))
    comment = window.current_comment()
    assert comment is not None and comment.text == text
    return comment


def test_collates_in_the_background_and_lists_the_problems(win: CollateWindow) -> None:
    assert not win.banner.isVisible()
    problems = win.problem_texts()
    assert win.problems_box.isVisible()
    damaged = [p for p in problems if "damaged.review.json" in p]
    assert len(damaged) == 1 and "Not collated" in damaged[0] and "is damaged" in damaged[0]
    knee = [p for p in problems if "knee.review.json" in p]
    assert len(knee) == 1 and "knee-osteoarthritis" in knee[0] and "Not collated" in knee[0]
    older = [p for p in problems if "bob.review.json" in p]
    assert len(older) == 1 and older[0].startswith("Note") and "version 0.8.0" in older[0]
    assert "2 files could not be collated" in win.problems_label.text()
    assert "3 reviews collated" in win.summary.text()
    assert "1 patient" in win.summary.text() and "1 carer" in win.summary.text()


def test_the_sections_list_counts_comments_and_ratings(win: CollateWindow) -> None:
    model = win.sections_model
    counts = {r.id: (r.comments, r.ratings) for r in model.rows}
    assert counts["options"] == (2, 3)
    assert counts["about"] == (1, 1)
    assert counts["outcomes"] == (1, 0)
    assert counts["_overall"] == (1, 0)
    assert counts["quiz"] == (0, 0)
    options = model.index(section_row(win, "options"))
    assert model.data(options).endswith("\n2 comments · 3 ratings · changed since 0.8.0")

    choose_section(win, "options")
    assert "Changed since version 0.8.0" in win.change_notice.text()
    assert "<s>major</s>" in win.change_notice.text()
    ratings = win.ratings_model
    assert [r.criterion for r in ratings.rows] == ["understand", "balanced", "enough"]
    assert ratings.data(ratings.index(0, 1)) == "1"  # one rated "understand" 2
    assert ratings.data(ratings.index(0, 3)) == "1"  # and one 4
    assert ratings.data(ratings.index(0, 7)) == "3.0"
    assert "Readability" in win.readability.text()
    rows = [
        (c.reviewer, win.comments_model.cell(c, win.comments_model.NOTES))
        for c in win.comments_model.comments
    ]
    assert rows == [("Ann", ""), ("Bob", "Possibly addressed\nReviewed version 0.8.0")]


def test_responding_saves_beside_the_aid(qtbot, win: CollateWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    aid_path = win.aid_path
    path = responses_path(aid_path)
    assert path == tmp_path / "aids" / "hip-osteoarthritis.responses.json"
    choose_section(win, "options")
    ann = choose_comment(win, "The list of risks is long.")
    assert win.decision_box.isEnabled()

    # declined without a reason: a clear message, and nothing saved
    win.decision_box.setCurrentIndex(win.decision_box.findData("declined"))
    assert win.editor_message.isVisible()
    assert "needs a reason" in win.editor_message.text()
    qtbot.wait(collate_window.SAVE_DELAY_MS + 200)
    wait_for_workers()
    assert not path.exists()

    # with a reason and a reply, it is saved (debounced, in the background)
    qtbot.keyClicks(win.reason_edit, "Every risk listed is one patients asked about.")
    assert not win.editor_message.isVisible()
    win.reply_edit.setPlainText("Thank you. We grouped the risks to make them easier to read.")
    with qtbot.waitSignal(win.responses_saved, timeout=SAVE_MS):
        pass
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "Responses saved")
    saved = load_responses(path, "hip-osteoarthritis").get(ann.id)
    assert saved is not None and saved.status == "declined"
    assert saved.reason == "Every risk listed is one patients asked about."
    assert saved.reply == "Thank you. We grouped the risks to make them easier to read."
    shown = win.comments_model.decision(ann)
    assert shown.startswith("Declined: Every risk")

    # another comment, accepted
    bob = choose_comment(win, "Major sounds frightening.")
    assert win.decision_box.currentData() is None and win.reason_edit.toPlainText() == ""
    win.decision_box.setCurrentIndex(win.decision_box.findData("accepted"))
    win.reply_edit.setPlainText("We now say 'a big operation'.")
    with qtbot.waitSignal(win.responses_saved, timeout=SAVE_MS):
        pass
    wait_for_workers()
    responses = load_responses(path, "hip-osteoarthritis")
    assert responses.get(bob.id) is not None
    assert responses.get(bob.id).status == "accepted"  # type: ignore[union-attr]
    assert responses.get(ann.id) is not None

    # back to the first: the editor shows what was saved
    choose_comment(win, "The list of risks is long.")
    assert win.decision_box.currentData() == "declined"
    assert win.reason_edit.toPlainText().startswith("Every risk listed")


def test_reports(qtbot, win: CollateWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose_section(win, "options")
    choose_comment(win, "The list of risks is long.")
    win.decision_box.setCurrentIndex(win.decision_box.findData("declined"))
    win.reason_edit.setPlainText("Patients asked for every risk.")
    win.reply_edit.setPlainText("We grouped them.")
    choose_comment(win, "Major sounds frightening.")
    win.decision_box.setCurrentIndex(win.decision_box.findData("accepted"))
    win.reply_edit.setPlainText("We changed the word.")
    win.flush()  # closing the window would do the same

    outcome = win.outcome
    assert outcome is not None
    out = tmp_path / "out" / "yswd.md"
    with qtbot.waitSignal(win.report_saved, timeout=SAVE_MS) as saved:
        win.save_report_to(out, you_said_we_did=True)
    assert saved.args == [str(out)]
    text = out.read_text(encoding="utf-8")
    for comment in outcome.collation.comments:
        assert comment.text.replace(".", "") in text.replace("\\", "").replace(".", "")
    assert text.count("we have not decided yet") == 3  # the other comments and Ann's answer
    assert "**What we did:** Declined" in text and "Patients asked for every risk." in text
    assert "We grouped them." in text
    assert "**What we did:** Accepted" in text and "We changed the word." in text
    assert "Ann" not in text  # the panel sees roles, not names

    report = tmp_path / "out" / "report.html"
    with qtbot.waitSignal(win.report_saved, timeout=SAVE_MS):
        win.save_report_to(report)
    html = report.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    for comment in outcome.collation.comments:
        assert comment.text.replace("'", "&#39;") in html
    for name in ("Patient", "Carer", "Clinician", "Ann", "Bob", "Cal"):
        assert name in html

    pdf = tmp_path / "out" / "yswd.pdf"  # drawn by Qt in the worker thread
    with qtbot.waitSignal(win.report_saved, timeout=SAVE_MS):
        win.save_report_to(pdf, you_said_we_did=True)
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_a_report_that_cannot_be_written_says_so(qtbot, win: CollateWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    win.save_report_to(blocker / "report.html")
    qtbot.waitUntil(lambda: win.message_box is not None, timeout=SAVE_MS)
    assert win.message_box is not None
    message = win.message_box.text()
    assert "report.html" in message and "Choose another folder" in message
    win.message_box.close()


def test_save_report_asks_for_a_name_and_adds_the_suffix(
    qtbot, win: CollateWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "chosen"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "Markdown (*.md)")),
    )
    with qtbot.waitSignal(win.report_saved, timeout=SAVE_MS) as saved:
        win.report_action.trigger()
    assert saved.args == [str(tmp_path / "chosen.md")]
    assert (tmp_path / "chosen.md").read_text(encoding="utf-8").startswith("# ")


def test_keyboard_and_accessible_names(qtbot, win: CollateWindow) -> None:  # type: ignore[no-untyped-def]
    choose_section(win, "options")
    controls = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in win.findChildren(QWidget)
        if isinstance(w, controls)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(win)
        and not (w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else ""))
    ]
    assert unnamed == []

    # Tab goes from the sections to the comments and on to the reply
    win.activateWindow()
    win.sections_view.setFocus()
    seen = []
    for _ in range(20):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        seen.append(focus)
        if focus is win.reply_edit:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert win.comments_view in seen and win.decision_box in seen and win.reply_edit in seen
    assert seen.index(win.comments_view) < seen.index(win.decision_box)

    # standard shortcuts
    assert not win.report_action.shortcut().isEmpty()
    assert not win.reload_action.shortcut().isEmpty()


def test_collate_again_keeps_the_place(qtbot, win: CollateWindow) -> None:  # type: ignore[no-untyped-def]
    choose_section(win, "options")
    choose_comment(win, "Major sounds frightening.")
    with qtbot.waitSignal(win.collated, timeout=COLLATE_MS):
        win.reload_action.trigger()
    comment = win.current_comment()
    assert comment is not None and comment.text == "Major sounds frightening."


def test_an_aid_with_errors_says_what_to_do(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_app()
    broken = tmp_path / "broken.md"
    broken.write_text("---\nid: broken\n---\nNot an aid.\n", encoding="utf-8")
    window = CollateWindow.open(broken, [tmp_path])
    try:
        qtbot.waitUntil(lambda: bool(window.error), timeout=COLLATE_MS)
        assert "broken.md cannot be collated" in window.placeholder.text()
        assert window.stack.currentWidget() is window.placeholder
        assert not window.report_button.isEnabled()
    finally:
        window.close()


def test_a_responses_file_for_another_aid_is_left_alone(qtbot, panel: tuple[Path, Path]) -> None:  # type: ignore[no-untyped-def]
    make_app()
    aid_path, folder = panel
    other = responses_path(aid_path)
    other.write_text(
        '{"schema": "sdm-aid/review-responses", "schema_version": 1, '
        '"aid_id": "knee-osteoarthritis", "responses": {}}',
        encoding="utf-8",
    )
    before = other.read_bytes()
    window = CollateWindow.open(aid_path, [folder])
    try:
        qtbot.waitUntil(lambda: window.outcome is not None, timeout=COLLATE_MS)
        assert any("hip-osteoarthritis.responses.json" in p for p in window.problem_texts())
        choose_section(window, "options")
        assert not window.decision_box.isEnabled()
        assert "knee-osteoarthritis" in window.editor_message.text()
    finally:
        window.close()
    assert other.read_bytes() == before


def test_file_menu_opens_the_window(
    qtbot, window: MainWindow, panel: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    aid_path, folder = panel
    texts = [a.text() for a in window.authoring_menu.actions()]  # the Authoring menu
    assert "&Collate patient reviews…" in texts
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *args, **kwargs: (str(aid_path), "")),
    )
    monkeypatch.setattr(collate_window.window, "ask_review_paths", lambda parent, aid: [folder])
    window.collate_action.trigger()
    [opened] = list(collate_window._open_windows)
    qtbot.waitUntil(lambda: opened.outcome is not None, timeout=COLLATE_MS)
    assert opened.aid_path == aid_path and len(opened.outcome.collation.reviews) == 3  # type: ignore[union-attr]
    opened.close()
    assert not collate_window._open_windows


def test_a_short_window_puts_figures_comments_and_response_on_tabs(
    qtbot, win: CollateWindow
) -> None:  # type: ignore[no-untyped-def]
    """Too short for the figures, the comments and the response one above the other (1024x640
    at large text): each goes on a tab of its own, and back when there is room."""
    win.resize(1200, 820)
    qtbot.waitUntil(lambda: not win.detail_area.compact)
    font = win.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    win.setFont(font)
    win.resize(1024, 640)
    qtbot.waitUntil(lambda: win.detail_area.compact, timeout=3000)
    assert win.detail_area.tabs.count() == 3
    assert win.detail_area.tabs.widget(0) is win.info_scroll
    win.setFont(QApplication.font())
    win.resize(1200, 820)
    qtbot.waitUntil(lambda: not win.detail_area.compact, timeout=3000)
    assert win.detail.indexOf(win.info_scroll) == 0


def test_on_tabs_only_the_current_pane_is_shown(qtbot, win: CollateWindow) -> None:  # type: ignore[no-untyped-def]
    """At 200 % the response pane stayed visible on the Comments tab and was drawn over the
    comments' heading: on tabs, only the current tab's pane may be visible."""
    font = win.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    win.setFont(font)
    win.resize(1024, 640)
    win.show()
    qtbot.waitUntil(lambda: win.detail_area.compact, timeout=3000)
    tabs = win.detail_area.tabs
    panes = [tabs.widget(i) for i in range(tabs.count())]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert [p.isVisible() for p in panes] == [i == index for i in range(len(panes))], index
    win.setFont(QApplication.font())
    win.resize(1200, 820)
    qtbot.waitUntil(lambda: not win.detail_area.compact, timeout=3000)
    assert all(p.isVisible() for p in panes)  # back in their splitters, all shown
