"""A shared clinic PC: unfinished sessions hidden until asked for, without names unless
the setting allows them, in local time, and deleted for good with a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_consultation import open_aid

from sdm_aid.ui.main_window import MainWindow


def _leave_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_aid(qtbot, window, "hip-osteoarthritis")
    assert window.decision is not None
    window.decision.go_to("outcomes")
    window.show_library()


def test_sessions_are_hidden_until_asked_and_nameless(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _leave_one(qtbot, window)
    page = window.library_page
    assert not page.sessions.isVisible() and "(1)" in page.show_sessions.text()
    qtbot.mouseClick(page.show_sessions, Qt.MouseButton.LeftButton)
    assert page.sessions.isVisible()
    text = page.sessions_model.data(page.sessions_model.index(0, 0))
    assert "Ann Example" not in text and "UTC" not in text and "Last changed" in text
    page.set_show_names(True)  # Edit › Preferences allows names
    assert "Ann Example" in page.sessions_model.data(page.sessions_model.index(0, 0))


def _answer_box(button: QMessageBox.StandardButton) -> None:
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    box.button(button).click()


def test_a_session_is_deleted_only_when_confirmed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _leave_one(qtbot, window)
    page = window.library_page
    qtbot.mouseClick(page.show_sessions, Qt.MouseButton.LeftButton)
    (summary,) = page.sessions_model.sessions
    lock = summary.path.with_name(summary.path.name + ".lock")
    lock.write_text("", encoding="utf-8")  # as a crash would leave it
    QTimer.singleShot(50, lambda: _answer_box(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert summary.path.exists()
    QTimer.singleShot(50, lambda: _answer_box(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not summary.path.exists() and not lock.exists()
    assert not list(summary.path.parent.glob("*.corrupt"))
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 0)
