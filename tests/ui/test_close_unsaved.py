"""Closing the window with a change that could not be saved asks what to do."""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import PreferencesStep
from sdm_aid.ui.support import autosave
from sdm_aid.ui.support.close_guard import UnsavedDialog

WORDS = "walking the dog"


class Disk:
    """The session folder's disk: full until ``free()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.full = False
        real = autosave.atomic_write_text

        def write(path: Path, text: str, mode: int | None = None) -> None:
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device")
            real(path, text, mode=mode)

        monkeypatch.setattr(autosave, "atomic_write_text", write)

    def free(self) -> None:
        self.full = False


@pytest.fixture
def disk(window: MainWindow, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A full disk for the window's sessions, freed before the window is closed at the end."""
    full = Disk(monkeypatch)
    yield full
    full.free()


def answer_dialogs(qtbot, answers: list[Callable[[UnsavedDialog], None]]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer each "not saved" dialog in turn, as a person would; returns their texts."""
    texts: list[str] = []

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        box = next((w for w in shown if isinstance(w, UnsavedDialog)), None)
        if box is not None and not box.isActiveWindow():
            box.activateWindow()  # keys reach a dialog once it is the active window
        elif box is not None and len(texts) < len(answers):
            texts.append(box.text())
            answers[len(texts) - 1](box)
        if len(texts) < len(answers):
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return texts


def type_a_change(qtbot, window: MainWindow, open_decision, disk: Disk | None = None) -> Path:  # type: ignore[no-untyped-def]
    """Open an aid (saved), then fill the disk (if given) and type a change."""
    decision = open_decision("knee-osteoarthritis")
    path = window.autosaver.path
    assert path is not None
    assert window.autosaver.flush()
    if disk is not None:
        disk.full = True
    decision.go_to("preferences")
    page = decision.pages["preferences"]
    assert isinstance(page, PreferencesStep)
    qtbot.keyClicks(page.other, WORDS)
    return path


def saved_words(path: Path) -> str:
    return str(json.loads(path.read_text(encoding="utf-8")).get("other_matters", ""))


def test_try_again_once_there_is_room_saves_and_closes(qtbot, window, open_decision, disk) -> None:  # type: ignore[no-untyped-def]
    path = type_a_change(qtbot, window, open_decision, disk)

    def still_full(box: UnsavedDialog) -> None:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # "Try again" is the default

    def freed(box: UnsavedDialog) -> None:
        disk.free()
        qtbot.keyClick(box, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)

    texts = answer_dialogs(qtbot, [still_full, freed])
    window.close()
    assert len(texts) == 2  # still full: asked again
    assert "No space left on device" in texts[0] and str(path) in texts[0]
    assert not window.isVisible()
    assert saved_words(path) == WORDS


def test_save_elsewhere_writes_the_change_there(
    qtbot, window, open_decision, disk, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = type_a_change(qtbot, window, open_decision, disk)
    elsewhere = tmp_path / "usb" / "kept.sdm.json"
    elsewhere.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    texts = answer_dialogs(
        qtbot, [lambda box: qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)]
    )
    window.close()
    assert len(texts) == 1
    assert not window.isVisible()
    assert saved_words(elsewhere) == WORDS
    assert saved_words(path) == ""  # the old file keeps the last save that worked
    assert elsewhere.stat().st_mode & 0o777 == 0o600


def test_discard_closes_without_the_change(qtbot, window, open_decision, disk) -> None:  # type: ignore[no-untyped-def]
    path = type_a_change(qtbot, window, open_decision, disk)
    answer_dialogs(
        qtbot, [lambda box: qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)]
    )
    window.close()
    assert not window.isVisible()
    assert saved_words(path) == ""


def test_escape_keeps_the_window_open(qtbot, window, open_decision, disk) -> None:  # type: ignore[no-untyped-def]
    path = type_a_change(qtbot, window, open_decision, disk)
    answer_dialogs(qtbot, [lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape)])
    window.close()
    assert window.isVisible()
    assert window.autosaver.unsaved
    disk.free()
    window.close()  # now it saves, and closes without asking
    assert not window.isVisible()
    assert saved_words(path) == WORDS


def test_closing_after_a_save_that_worked_asks_nothing(qtbot, window, open_decision) -> None:  # type: ignore[no-untyped-def]
    path = type_a_change(qtbot, window, open_decision)
    window.close()
    assert not any(isinstance(w, UnsavedDialog) for w in QApplication.topLevelWidgets())
    assert not window.isVisible()
    assert saved_words(path) == WORDS


def test_the_dialog_as_shown(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = UnsavedDialog("/home/ann/.local/share/sdm-aid/sessions/x.sdm.json: No space left")
    qtbot.addWidget(dialog)
    dialog.show()
    image = dialog.grab()
    assert image.save(str(tmp_path / "unsaved.png"))
    assert [b.text() for b in dialog.buttons()].count("&Try again") == 1
    assert dialog.textFormat() == Qt.TextFormat.PlainText
