"""Reviewing an aid in the app: "Review this aid…" (issue #6)."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from sdm_aid import paths
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.parser import load_aid
from sdm_aid.core.review import (
    SectionSnapshot,
    content_hash,
    new_review,
    read_review,
    review_sections,
    save_review,
)
from sdm_aid.ui.app import make_app
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.review_window import (
    OVERALL,
    OpenError,
    ReviewWindow,
    _open_windows,
    qt_highlight_html,
)
from sdm_aid.ui.support.private_settings import load_reviewer, reviewer_file
from sdm_aid.ui.support.workers import wait_for_workers

HIP = "hip-osteoarthritis"
QUOTE = "osteoarthritis of the hip"


@pytest.fixture
def hip_path() -> Path:
    entry = AidLibrary.default(include_user=False, cache=False)
    entry.scan()
    found = entry.find(HIP)
    assert found is not None
    return found.path


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    yield QSettings()
    for window in list(_open_windows):
        if shiboken6.isValid(window):
            window.close()
    wait_for_workers()


def open_review(qtbot, hip_path: Path) -> ReviewWindow:  # type: ignore[no-untyped-def]
    window = ReviewWindow.open_path(hip_path)
    window.resize(1200, 820)
    qtbot.waitExposed(window)
    return window


def answer_who(qtbot, window: ReviewWindow, name: str = "Ann", role: str = "carer") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(window.who.isVisible)
    assert not window.who.ok.isEnabled()  # a name is needed
    qtbot.keyClicks(window.who.name, name)
    window.who.role.setCurrentIndex(window.who.role.findData(role))
    with qtbot.waitSignal(window.started, timeout=5000):
        qtbot.mouseClick(window.who.ok, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def wait_for_figures(qtbot, window: ReviewWindow) -> None:  # type: ignore[no-untyped-def]
    # The first readability check in a process loads the syllable dictionary (about 1 s).
    qtbot.waitUntil(lambda: window.figures is not None, timeout=20000)


def plain_text(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def about_label(window: ReviewWindow) -> QLabel:
    """The label of the about page whose text holds QUOTE (glossary words are links)."""
    page = window.page("about")
    return next(label for label in page.findChildren(QLabel) if QUOTE in plain_text(label))


def test_a_full_review_is_saved_to_the_review_file(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    window = open_review(qtbot, hip_path)
    assert not window.review_panel.isEnabled()  # not until the reviewer says who they are
    answer_who(qtbot, window)
    assert window.review is not None and window.path is not None
    assert window.review.reviewer.name == "Ann" and window.review.reviewer.role == "carer"
    assert load_reviewer(settings) == ("Ann", "carer")  # remembered in a private file
    assert (reviewer_file().stat().st_mode & 0o777) == 0o600
    settings.sync()
    assert not settings.contains("review/name")  # not in the settings file
    assert window.path.parent == paths.user_data_dir() / "reviews"
    assert window.current == "about"
    assert "Hip osteoarthritis" in window.windowTitle()

    # Two sections rated, one of them with a skip.
    window.rate("understand", 4)
    window.go_to("outcomes")
    assert window.current == "outcomes"
    window.rating_groups["balanced"].button(0).click()  # Skip
    window.rate("enough", 2)
    assert window.section_model.index(3).data().startswith("◐")

    # A comment quoting a passage selected in the section, added with Ctrl+Enter.
    window.go_to("about")
    label = about_label(window)
    label.setSelection(plain_text(label).index(QUOTE), len(QUOTE))
    assert label.selectedText() == QUOTE
    qtbot.mouseClick(window.quote_button, Qt.MouseButton.LeftButton)
    assert window.quote_edit.text() == QUOTE
    assert window.comment_edit.hasFocus() or QApplication.focusWidget() is window.comment_edit
    qtbot.keyClicks(window.comment_edit, "Say which hip problems it is not for.")
    qtbot.keyClick(window.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.comment_model.rowCount() == 1
    assert QUOTE in window.comment_model.index(0).data()
    assert window.comment_edit.toPlainText() == "" and window.quote_edit.text() == ""
    assert window.section_model.index(0).data().startswith("✓")

    # The overall questions.
    window.go_to(OVERALL)
    assert window.right.currentWidget() is window.overall_page
    window.answer("helps_decide", "partly")
    window.answer("options_fair", "yes")
    window.answer("rating", 4)
    qtbot.keyClicks(window.missing_edit, "Costs of travel.")

    window.saver.flush()
    wait_for_workers()
    assert window.statusBar().currentMessage() == "Saved"
    assert stat.S_IMODE(window.path.stat().st_mode) == 0o600
    saved = read_review(window.path)
    aid = load_aid(hip_path).aid
    assert aid is not None
    assert saved.aid_id == HIP and saved.aid_version == aid.meta.version == "0.11.0"
    assert saved.content_hash == content_hash(review_sections(aid))
    assert saved.reviewer.name == "Ann" and saved.reviewer.role == "carer"
    assert saved.ratings == {
        "about": {"understand": 4},
        "outcomes": {"balanced": None, "enough": 2},
    }
    assert [(c.section, c.quote, c.text) for c in saved.comments] == [
        ("about", QUOTE, "Say which hip problems it is not for.")
    ]
    assert saved.overall.helps_decide == "partly" and saved.overall.options_fair == "yes"
    assert saved.overall.rating == 4 and saved.overall.missing == "Costs of travel."
    data = json.loads(window.path.read_text(encoding="utf-8"))
    assert data["schema"] == "sdm-aid/review" and data["schema_version"] == 1


def test_changes_are_saved_in_the_background_and_reopening_resumes(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window, "Bob", "patient")
    with qtbot.waitSignal(window.saved, timeout=3000):
        window.rate("understand", 5)  # saved about 300 ms later, in a worker thread
    assert window.path is not None
    assert read_review(window.path).ratings == {"about": {"understand": 5}}
    window.comment_edit.setPlainText("Clear.")
    window.add_comment()
    review_id, path = window.review.id, window.path  # type: ignore[union-attr]
    window.close()  # saves what is pending
    assert read_review(path).comments[0].text == "Clear."

    again = open_review(qtbot, hip_path)
    # Asked once: the name and role are remembered, and the review carries on.
    qtbot.waitUntil(lambda: again.review is not None, timeout=5000)
    assert not again.who.isVisible()
    assert again.review is not None and again.review.id == review_id
    assert again.rating_groups["understand"].checkedId() == 5
    assert again.comment_model.rowCount() == 1
    assert "Carrying on" in again.statusBar().currentMessage()
    assert again.section_model.index(0).data().startswith("✓")


def test_keyboard_moves_through_sections_and_rates(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    assert window.section_list.hasFocus()
    ids = window.section_model.ids()
    for section_id in ids[1:4]:
        qtbot.keyClick(window.section_list, Qt.Key.Key_Down)
        assert window.current == section_id
    qtbot.keyClick(window.section_list, Qt.Key.Key_End)
    assert window.current == OVERALL and window.right.currentWidget() is window.overall_page
    qtbot.keyClick(window.section_list, Qt.Key.Key_Home)
    assert window.current == "about"

    # The platform's Forward and Back keys (Alt+Right, Alt+Left) go to the next section.
    forward = QKeySequence(QKeySequence.StandardKey.Forward)[0]
    qtbot.keyClick(window.section_list, forward.key(), forward.keyboardModifiers())
    assert window.current == "options"

    # Tab goes from the list into the section, then to the review: 1 to 5 by arrow keys.
    focus: QWidget | None = window.section_list
    seen_content = False
    radio = window.rating_groups["understand"].button(1)
    for _ in range(150):  # the hip aid's options section has six options and many links
        if focus is radio:
            break
        seen_content = seen_content or bool(focus and window.content.isAncestorOf(focus))
        qtbot.keyClick(focus or window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
    assert focus is radio and seen_content
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    qtbot.keyClick(radio, Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert window.review is not None
    assert window.review.rating("options", "understand") == 3

    # F6 moves between the list, the section and the review.
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_F6)
    assert window.content.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert window.review_panel.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert window.section_list.hasFocus()


def test_the_readability_panel_shows_the_same_facts_as_the_core(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    wait_for_figures(qtbot, window)
    assert window.figures is not None
    assert not window.reading_body.isVisible()
    qtbot.mouseClick(window.reading_toggle, Qt.MouseButton.LeftButton)
    assert window.reading_body.isVisible()
    assert settings.value("review/reading_level_open") in (True, "true")

    figures = window.figures["about"]
    assert figures.grade is not None and figures.reading_ease is not None
    text = window.reading_summary.text()
    assert f"{figures.grade:.1f}" in text and "Grade" in text and "reading age" in text
    assert f"{figures.reading_ease:.0f} out of 100" in text

    window.go_to("outcomes")  # long sentences, highlighted
    outcomes = window.figures["outcomes"]
    assert outcomes.long_sentences
    assert f"over 20 words): {len(outcomes.long_sentences)}" in window.reading_summary.text()
    assert window.reading_text.isVisible()
    assert "#ffe08a" in window.reading_text.toHtml()
    assert outcomes.long_sentences[0].text.split()[0] in window.reading_text.toPlainText()

    window.go_to("compare")
    assert "not graded" in window.reading_summary.text()


def test_highlight_marks_become_styled_spans() -> None:
    html = (
        '<p>a <mark class="long word" title="x">b</mark> <mark class="word" title="y">c</mark></p>'
    )
    out = qt_highlight_html(html)
    assert "<mark" not in out and "</mark>" not in out
    assert out.count("<span") == 2 and "background-color:#ffe08a" in out
    assert out.count("text-decoration:underline") == 2


def test_editing_and_removing_comments(qtbot, settings: QSettings, hip_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    window.go_to("questions")  # shown as text: quoting uses the browser's selection
    page = window.page("questions")
    assert isinstance(page, QTextBrowser)
    cursor = page.textCursor()
    text = page.toPlainText()
    start = text.index("How long is the wait")
    cursor.setPosition(start)
    cursor.setPosition(start + len("How long is the wait"), cursor.MoveMode.KeepAnchor)
    page.setTextCursor(cursor)
    window.quote_selection()
    assert window.quote_edit.text() == "How long is the wait"
    window.comment_edit.setPlainText("Add: how long the wait for an operation is.")
    window.add_comment()
    assert not window.edit_button.isEnabled()
    window.comment_list.setCurrentIndex(window.comment_model.index(0))
    assert window.edit_button.isEnabled()
    window.edit_button.click()
    assert window.cancel_edit_button.isVisibleTo(window)
    assert window.comment_edit.toPlainText().startswith("Add: how long")
    window.comment_edit.setPlainText("Changed.")
    window.add_comment()
    assert window.review is not None
    assert [(c.text, c.quote) for c in window.review.comments] == [
        ("Changed.", "How long is the wait")
    ]
    assert not window.cancel_edit_button.isVisibleTo(window)

    # Nothing selected: a message, no quote.
    window.go_to("about")
    window.quote_selection()
    assert window.quote_edit.text() == "" and "Nothing is selected" in window.comment_message.text()
    window.add_comment()  # an empty comment is not added
    assert "Type your comment" in window.comment_message.text()

    window.go_to("questions")
    window.comment_list.setCurrentIndex(window.comment_model.index(0))
    window.remove_comment(confirm=False)
    assert window.review.comments == [] and window.comment_model.rowCount() == 0
    assert not window.comment_list.isVisibleTo(window)
    window.saver.flush()
    assert window.path is not None and read_review(window.path).comments == []


def test_save_a_copy_to_send(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    window.rate("enough", 3)
    chosen = tmp_path / "out" / "my-review"
    chosen.parent.mkdir()
    asked: list[str] = []

    def ask(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    window.copy_action.trigger()
    assert asked and asked[0].endswith("hip-osteoarthritis-0.11.0-ann-carer.review.json")
    sent = chosen.with_name("my-review.review.json")
    assert read_review(sent).ratings == {"about": {"enough": 3}}
    assert stat.S_IMODE(sent.stat().st_mode) == 0o600
    assert window.notice is not None and "send this file to the authors" in window.notice.text()
    window.notice.close()


def test_a_damaged_review_file_is_moved_aside_and_a_fresh_review_starts(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    store = paths.user_data_dir() / "reviews"
    store.mkdir(parents=True)
    (store / "broken.review.json").write_text('{"schema": "sdm-aid/review"', encoding="utf-8")
    settings.setValue("review/name", "Ann")
    settings.setValue("review/role", "patient")
    window = open_review(qtbot, hip_path)
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert window.notice is not None and window.notice.isVisible()
    assert "broken.review.json is damaged" in window.notice.text()
    assert "broken.review.json.corrupt" in window.notice.text()
    assert (store / "broken.review.json.corrupt").exists()
    assert not (store / "broken.review.json").exists()
    assert window.review is not None and window.review.ratings == {}
    window.notice.close()


def test_a_changed_aid_of_the_same_version_starts_a_new_review(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    aid = load_aid(hip_path).aid
    assert aid is not None
    old = new_review(aid, "Ann", "patient")
    first = old.sections[0]
    old.sections[0] = SectionSnapshot(first.id, first.title, "0" * 64, first.text + " More.")
    old.content_hash = "1" * 64
    old.rate("about", "understand", 2)
    store = paths.user_data_dir() / "reviews"
    save_review(old, store / f"{old.id}.review.json")
    settings.setValue("review/name", "ann ")
    settings.setValue("review/role", "patient")
    window = open_review(qtbot, hip_path)
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert window.review is not None and window.review.id != old.id
    assert window.notice is not None and "About this decision" in window.notice.text()
    window.notice.close()


def test_cancelling_who_you_are_closes_the_window(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path
) -> None:
    window = open_review(qtbot, hip_path)
    qtbot.waitUntil(window.who.isVisible)
    window.who.reject()
    qtbot.waitUntil(lambda: window not in _open_windows)


def test_a_broken_aid_file_cannot_be_reviewed(tmp_path: Path, settings: QSettings) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(OpenError, match=r"bad\.md cannot be reviewed"):
        ReviewWindow.open_path(bad)


def test_every_control_has_an_accessible_name(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    controls = (QAbstractButton, QAbstractItemView, QAbstractSlider, QLineEdit, QPlainTextEdit)
    unnamed = []
    window.comment_edit.setPlainText("A comment.")
    window.add_comment()
    window.reading_toggle.setChecked(True)
    for section_id in window.section_model.ids():
        window.go_to(section_id)
        for widget in window.findChildren(QWidget):
            if isinstance(widget, controls) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                name = widget.accessibleName()
                if not name.strip() and widget.isVisibleTo(window):
                    unnamed.append(f"{section_id}: {type(widget).__name__}")
    assert not unnamed, sorted(set(unnamed))
    for widget in (window.who.name, window.who.role, window.who.ok):
        assert widget.accessibleName()


def test_the_library_opens_a_review_of_the_selected_aid(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    page = window.library_page
    qtbot.keyClicks(page.search, "hip")
    page.list.setCurrentIndex(page.filter.index(0, 0))
    assert window.review_action.isEnabled() and page.review_button.isEnabled()
    assert page.review_button.accessibleName()
    page.review_button.click()
    reviews = [w for w in _open_windows if shiboken6.isValid(w) and w.aid.id == HIP]
    assert len(reviews) == 1
    reviews[0].close()
    qtbot.keyClicks(page.search, " nothing matches this")
    assert not window.review_action.isEnabled() and not page.review_button.isEnabled()


def test_the_reviewer_can_change_their_name_or_role(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path
) -> None:
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window, "Ann", "patient")
    review_id = window.review.id  # type: ignore[union-attr]
    window.who_action.trigger()
    qtbot.waitUntil(window.who.isVisible)
    assert window.who.name.text() == "Ann"
    window.who.name.setText("A. <b>Smith</b>")
    window.who.role.setCurrentIndex(window.who.role.findData("other"))
    window.who.accept()
    assert window.review is not None and window.review.id == review_id
    assert window.review.reviewer.name == "A. <b>Smith</b>"
    assert window.review.reviewer.role == "other"
    assert "<b>Smith</b> (Other)" in window.reviewer_label.text()  # shown as typed
    assert window.reviewer_label.textFormat() == Qt.TextFormat.PlainText
    window.saver.flush()
    assert window.path is not None and read_review(window.path).reviewer.role == "other"
    assert load_reviewer(settings)[1] == "other"  # remembered for next time


def test_words_not_in_the_glossary_are_underlined(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path, tmp_path: Path
) -> None:
    text = hip_path.read_text(encoding="utf-8")
    changed = text.replace(
        "Your hip or groin may hurt.", "Your hip or groin may hurt (arthroplasty)."
    )
    assert changed != text
    copy = tmp_path / "hip.md"
    copy.write_text(changed, encoding="utf-8")
    window = open_review(qtbot, copy)
    answer_who(qtbot, window)
    wait_for_figures(qtbot, window)
    window.reading_toggle.setChecked(True)
    assert "arthroplasty" in window.reading_summary.text()
    assert "are underlined" in window.reading_summary.text()
    assert "yellow" not in window.reading_summary.text()  # no long sentences here
    assert "text-decoration" in window.reading_text.toHtml() or "underline" in (
        window.reading_text.toHtml()
    )


def test_a_name_left_in_the_settings_moves_to_the_private_file(
    qtbot,  # type: ignore[no-untyped-def]
    settings: QSettings,
    hip_path: Path,
) -> None:
    """Older versions kept the reviewer's name in the settings file (mode 0644)."""
    settings.setValue("review/name", "Ann Old")
    settings.setValue("review/role", "carer")
    settings.sync()
    window = open_review(qtbot, hip_path)
    qtbot.waitUntil(lambda: window.review is not None, timeout=5000)
    assert window.review is not None and window.review.reviewer.name == "Ann Old"
    assert not settings.contains("review/name") and not settings.contains("review/role")
    text = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "Ann Old" not in text
    assert (Path(settings.fileName()).stat().st_mode & 0o777) == 0o600
    assert json.loads(reviewer_file().read_text(encoding="utf-8"))["name"] == "Ann Old"
    assert (reviewer_file().stat().st_mode & 0o777) == 0o600


def test_a_short_window_puts_the_section_and_the_review_on_tabs(  # type: ignore[no-untyped-def]
    qtbot, settings: QSettings, hip_path: Path
) -> None:
    """At 1024x640 two panes one above the other were each about 250 px high and the comment
    buttons fell out of sight: the section and the review go on two tabs instead."""
    window = open_review(qtbot, hip_path)
    answer_who(qtbot, window)
    font = window.font()
    font.setPointSizeF(12.0)  # the app's body text (ui/theme.py BASE_POINT_SIZE)
    window.setFont(font)
    qtbot.waitUntil(lambda: not window.section_area.compact)  # 1200x820: one above the other
    assert window.splitter.indexOf(window.review_scroll) == 1
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.section_area.compact)
    window.comment_edit.setPlainText("The table is too wide.")
    window.add_comment()
    window.comment_list.setCurrentIndex(window.comment_model.index(0))
    window.section_list.setFocus()
    qtbot.waitUntil(window.section_list.hasFocus)
    window.next_pane(1)  # F6: the section, on its tab
    assert window.section_area.tabs.currentWidget() is window.content
    window.next_pane(1)  # F6 again: the review, on its tab
    assert window.section_area.tabs.currentWidget() is window.review_scroll
    assert window.review_scroll.height() > 400  # the whole height, not a sliver
    viewport = window.review_scroll.viewport()
    for button in (window.edit_button, window.remove_button):
        assert button.isVisible() and button.isEnabled()
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert 0 < right <= viewport.width(), button.text()  # not cut off at the side
    window.resize(1280, 860)
    qtbot.waitUntil(lambda: not window.section_area.compact)
    assert window.splitter.indexOf(window.content) == 0
    assert window.splitter.indexOf(window.review_scroll) == 1
