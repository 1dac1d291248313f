"""Glossary words: dotted, not links; the meaning opens beside the word and stays until closed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication

from sdm_aid.ui.glossary_text import GlossaryLabel, _anchors
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.screenshot import settle


def _about_label(window: MainWindow, open_decision) -> GlossaryLabel:  # type: ignore[no-untyped-def]
    window.resize(1024, 640)
    decision = open_decision("knee-osteoarthritis")
    decision.go_to("about")
    settle(QApplication.instance())  # type: ignore[arg-type]
    labels = [w for w in decision.pages["about"].findChildren(GlossaryLabel) if w.word_rects()]
    assert labels
    return labels[0]


def test_glossary_words_are_dotted_in_the_text_colour(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    label = _about_label(window, open_decision)
    document = label.document()
    start, end, _href = next(a for a in _anchors(document) if a[2].startswith("glossary:"))
    cursor = document.find(document.toPlainText()[start:end], start)
    fmt = cursor.charFormat()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert 'class="glossary" style="color:' in label.text()  # not the link colour
    assert "text-decoration:none" in label.text()


def test_a_click_opens_the_meaning_next_to_the_word_until_closed(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    label = _about_label(window, open_decision)
    link, word = next(w for w in label.word_rects() if w[0].startswith("glossary:"))
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=word.center())
    page = label.parentWidget()
    while page is not None and not hasattr(page, "meaning"):
        page = page.parentWidget()
    box = page.meaning  # type: ignore[union-attr]
    assert box is not None and box.isVisible()
    term = link.split(":", 1)[1]
    assert box.text.text().startswith(f"<b>{term}</b>: ")
    # Beside the word: just below (or above) it, overlapping it sideways.
    word_in_window = label.mapTo(window, word.bottomLeft())
    assert abs(box.y() - word_in_window.y()) < 3 * word.height() + box.height()
    assert box.x() <= label.mapTo(window, word.bottomRight()).x()
    # It stays when the person clicks elsewhere on the page, and Escape closes it.
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(2, label.height() - 2))
    assert box.isVisible()
    qtbot.keyClick(box.close_button, Qt.Key.Key_Escape)
    assert not box.isVisible()


def test_every_glossary_word_is_a_24_pixel_target(qtbot, window: MainWindow, open_decision) -> None:  # type: ignore[no-untyped-def]
    label = _about_label(window, open_decision)
    for _, rect in label.word_rects():
        target = label.target(rect)
        assert target.width() >= 24 and target.height() >= 24


def test_the_keyboard_reaches_a_word_and_opens_its_meaning(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    label = _about_label(window, open_decision)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    label.setFocus(Qt.FocusReason.TabFocusReason)  # Tab into the text: its first word
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key.Key_Tab)
    assert label.hasSelectedText()  # a word is focused
    qtbot.keyClick(label, Qt.Key.Key_Return)
    page = label.parentWidget()
    while page is not None and not hasattr(page, "meaning"):
        page = page.parentWidget()
    box = page.meaning  # type: ignore[union-attr]
    assert box is not None and box.isVisible()
    assert box.close_button.hasFocus()  # the keyboard goes to the meaning
    qtbot.keyClick(box.close_button, Qt.Key.Key_Space)
    assert not box.isVisible() and label.hasFocus()  # and back to the text


def test_the_meaning_box_shows_markup_from_a_file_as_text(
    qtbot, window: MainWindow, open_decision
) -> None:  # type: ignore[no-untyped-def]
    label = _about_label(window, open_decision)
    page = label.parentWidget()
    while page is not None and not hasattr(page, "meaning"):
        page = page.parentWidget()
    page._explain("glossary:<img src=/etc/passwd>", label.rect(), label)  # type: ignore[union-attr]
    box = page.meaning  # type: ignore[union-attr]
    assert "&lt;img src=/etc/passwd&gt;" in box.text.text() and "<img" not in box.text.text()
