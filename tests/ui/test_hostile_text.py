"""Text from files is shown as written, and pictures load only from the aid's own folder.

An aid with markup in every field (title, outcome label, timeframe and note, a value's note,
a source's title, quiz choices and explanations, a preference, a question) and pictures
pointing outside its folder (absolute, percent-encoded, ``../``, a symlink, an SVG's
``<image>``, a name only found in the folder the app started in) is opened with a session
whose names are markup too. Every step is visited and painted; every label showing such
text must show it literally, and no canary file may be opened by anyone (Qt included).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from hostile_aid import MAGENTA, MARK, OpenWatch, make_hostile_aid
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from sdm_aid.core.session import STEPS
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import DecisionStep, QuizStep
from sdm_aid.ui.support.safe_text import plain_tooltip, safe_html, with_loaded_images
from sdm_aid.ui.wrapping import wrapped

_IMG_SRC = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]*)", re.IGNORECASE)


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, OpenWatch]]:
    canaries = make_hostile_aid(tmp_path)
    monkeypatch.chdir(tmp_path / "cwd")  # a relative picture must not come from here
    watch = OpenWatch(list(canaries.values()))
    yield tmp_path / "aids", watch
    watch.close()


def shown(label: QLabel) -> str:
    """What a label shows, as text."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    if label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(re.sub(r"<img\b[^>]*>", "", text))  # (pictures are checked apart)
    return document.toPlainText()


def check_widgets(root: QWidget, literal: bool = True) -> int:
    """Every label and tool tip under ``root`` that shows hostile text shows it as written;
    rich text holds no picture but one loaded by the app. Returns how many showed it."""
    showing = 0
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.textFormat() != Qt.TextFormat.PlainText:
            for src in _IMG_SRC.findall(text):
                assert src.startswith("data:image/png;base64,"), (label, src[:80])
        # (in an attribute, such as a link's title, it is not shown)
        if literal and "HOSTILE" in shown(label):
            assert label.textFormat() != Qt.TextFormat.AutoText, text
            assert MARK in shown(label), (text, shown(label))
            showing += 1
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if "HOSTILE" in tip and GuiQt.mightBeRichText(tip):
            document = QTextDocument()
            document.setHtml(tip)
            assert MARK in document.toPlainText(), tip
    for browser in root.findChildren(QTextBrowser):
        html = browser.toHtml()
        for src in _IMG_SRC.findall(html):
            assert src.startswith("data:"), src[:80]
        if "HOSTILE" in browser.toPlainText():
            assert "<h1>HOSTILE</h1>" in browser.toPlainText()
    return showing


def test_hostile_aid_and_session_show_as_written_and_open_no_outside_file(
    qtbot, window: MainWindow, hostile: tuple[Path, OpenWatch]
) -> None:  # type: ignore[no-untyped-def]
    folder, watch = hostile
    window.add_folder_path(folder)
    entry = window.library.find("hostile-aid")
    assert entry is not None and not entry.broken
    window.start_decision(
        entry,
        patient=f'{MARK}<img src="{folder.parent / "canary.png"}">',
        clinician=MARK,
        setting="consultation",
    )
    decision = window.decision
    assert decision is not None
    showing = 0
    for step in STEPS:
        decision.go_to(step)
        page = decision.pages[step]
        page.finish()
        if isinstance(page, QuizStep):
            page.groups[0].button(1).click()  # a wrong answer: the explanation is shown
        if isinstance(page, DecisionStep):  # a question of one's own, typed with markup
            qtbot.keyClicks(page.own, MARK)
            qtbot.keyClick(page.own, Qt.Key.Key_Return)
        qtbot.wait(10)
        page.grab()  # lay out and paint everything the page holds
        showing += check_widgets(page)
    assert showing >= 8  # title, patient, label, timeframe, notes, source, quiz, preference
    assert watch.opened() == []

    decision.go_to("about")
    about = decision.pages["about"]
    pictures = [label for label in about.findChildren(QLabel) if "data:image/png" in label.text()]
    assert len(pictures) == 1  # our own picture, and only that one
    image = pictures[0].grab().toImage()
    assert any(
        image.pixelColor(x, y) == MAGENTA
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    assert watch.opened() == []


def test_hostile_aid_in_the_review_window_opens_no_outside_file(
    qtbot, tmp_path: Path, hostile: tuple[Path, OpenWatch]
) -> None:  # type: ignore[no-untyped-def]
    from sdm_aid.ui.app import make_app
    from sdm_aid.ui.review_window import ReviewWindow

    folder, watch = hostile
    make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    review = ReviewWindow.open_path(folder / "hostile.md")
    try:
        review.resize(1200, 820)
        qtbot.waitExposed(review)
        for n in range(review.section_list.model().rowCount()):
            review.section_list.setCurrentIndex(review.section_list.model().index(n, 0))
            qtbot.wait(5)
            review.grab()
            check_widgets(review, literal=False)  # (it lists "HOSTILE" as a hard word)
        assert watch.opened() == []
    finally:
        if shiboken6.isValid(review):
            review.close()


@pytest.mark.parametrize(
    "src",
    [
        "%2Fetc%2Fpasswd",
        "%2e%2e/%2e%2e/etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "%252e%252e/x.png",
        "/etc/passwd",
        "file:///etc/passwd",
        "http://example.org/x.png",
        "missing.png",
    ],
)
def test_safe_html_hands_qt_no_path(src: str) -> None:
    html = safe_html(f'<p>a<img src="{src}" alt="words">b</p>')
    assert "<img" not in html and "words" in html
    page = with_loaded_images(f"<html><body><IMG SRC='{src}'></body></html>", None)
    assert "<img" not in page.lower()


def test_labels_are_plain_unless_asked() -> None:
    label = wrapped(MARK)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert wrapped("<b>x</b>", rich=True).textFormat() == Qt.TextFormat.RichText
    assert plain_tooltip("a < b") == "<qt>a &lt; b</qt>"
    assert plain_tooltip("plain words") == "plain words"


@pytest.mark.parametrize(
    "aid_id",
    [
        "knee-osteoarthritis",
        "carpal-tunnel-syndrome",
        "low-back-pain-sciatica",
        "hip-osteoarthritis",
    ],
)
def test_no_plain_label_of_a_bundled_aid_shows_markup(
    qtbot, window: MainWindow, open_decision, aid_id: str
) -> None:  # type: ignore[no-untyped-def]
    """Markup the app builds goes to rich labels: a plain label showing "<b>" would mean
    HTML was handed to a plain one."""
    decision = open_decision(aid_id)
    tag = re.compile(r"</?(?:b|i|p|br|ul|li|h[1-6]|a|span|div|table)\b[^>]*>", re.IGNORECASE)
    for step in STEPS:
        decision.go_to(step)
        page = decision.pages[step]
        page.finish()
        if isinstance(page, DecisionStep):
            qtbot.keyClicks(page.own, "Can I still drive?")
            qtbot.keyClick(page.own, Qt.Key.Key_Return)
        for label in page.findChildren(QLabel):
            if label.textFormat() == Qt.TextFormat.PlainText:
                assert not tag.search(label.text()), (step, label.text()[:200])


def test_pdf_icon_arrays_never_look_for_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt looked for each icon-array placeholder as a file in the current folder (with
    every image suffix): one named like it there would have been drawn in the PDF."""
    from PySide6.QtGui import QColor

    from sdm_aid.core.export import render_qt_html
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.session import load_session
    from sdm_aid.core.summary import build_summary
    from sdm_aid.drawing.pdf import render_page_images
    from support import EXAMPLE, FIXTURES

    monkeypatch.chdir(tmp_path)
    planted = [tmp_path / "sdm-icon-array:0", tmp_path / "sdm-icon-array:0.png"]
    for path in planted:
        image = QImage(40, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        assert image.save(str(path), "PNG")
    watch = OpenWatch(planted)
    try:
        session = load_session(FIXTURES / "sessions" / "example-undecided.sdm.json")
        summary = build_summary(session, load_aid_or_raise(EXAMPLE))
        html, specs = render_qt_html(summary, "patient")
        assert specs
        pages = render_page_images(html, "header", icon_arrays=specs, dpi=40)
        assert pages
        assert watch.opened() == []
    finally:
        watch.close()


def test_a_hostile_session_file_brought_to_the_clinic(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Markup in every typed field of a session file shows as written on every step."""
    from support import EXAMPLE, FIXTURES

    aids = tmp_path / "aids"
    aids.mkdir()
    (aids / "example-aid.md").write_bytes(EXAMPLE.read_bytes())
    window.add_folder_path(aids)
    brought = tmp_path / "brought.sdm.json"
    brought.write_bytes((FIXTURES / "sessions" / "example-hostile.sdm.json").read_bytes())
    window.open_session_path(brought, ask_who=False)
    decision = window.decision
    assert decision is not None and window.session is not None
    assert "<script>" in window.session.patient_name
    decision.go_to("about")
    about = decision.pages["about"]
    texts = [shown(label) for label in about.findChildren(QLabel)]
    assert any("<script>alert(1)</script>" in text for text in texts)  # as written
    for step in STEPS:
        decision.go_to(step)
        page = decision.pages[step]
        page.finish()
        page.grab()
        for label in page.findChildren(QLabel):
            if label.textFormat() != Qt.TextFormat.PlainText:
                assert "<script" not in label.text()  # escaped, if there at all
                assert not any("evil" in src for src in _IMG_SRC.findall(label.text()))
        check_widgets(page)
    summary = decision.pages["summary"].findChild(QTextBrowser)
    assert summary is not None
    assert "<script>alert(1)</script>" in summary.toPlainText()
    assert "evil.test" not in " ".join(_IMG_SRC.findall(summary.toHtml()))
