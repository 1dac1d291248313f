"""One window at a time on a session file; screenshots never write a session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sdm_aid import paths
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import PreferencesStep
from sdm_aid.ui.support.lock_dialogs import InUseDialog
from sdm_aid.ui.support.session_lock import lock_path


def answer(qtbot, kind: type, act: Callable[[QMessageBox], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next dialog of ``kind`` as a person would; returns its text."""
    texts: list[str] = []

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        box = next((w for w in shown if isinstance(w, kind)), None)
        if box is not None and not box.isActiveWindow():
            box.activateWindow()
        elif box is not None:
            texts.append(box.text())
            act(box)
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return texts


def type_words(qtbot, window: MainWindow, words: str) -> None:  # type: ignore[no-untyped-def]
    assert window.decision is not None
    window.decision.go_to("preferences")
    page = window.decision.pages["preferences"]
    assert isinstance(page, PreferencesStep)
    qtbot.keyClicks(page.other, words)


def second_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    other = MainWindow(use_threads=False)
    qtbot.addWidget(other)
    other.show()
    return other


def first_session(qtbot, window: MainWindow, open_decision, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    open_decision("knee-osteoarthritis")
    path = tmp_path / "shared.sdm.json"
    window.save_as_path(path)
    assert window.autosaver.path == path and not window.autosaver.read_only
    assert lock_path(path).exists()  # the lock file beside the session
    return path


def test_a_second_window_may_look_read_only_and_never_saves(
    qtbot, window, open_decision, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = first_session(qtbot, window, open_decision, tmp_path)
    type_words(qtbot, window, "first window")
    assert window.autosaver.flush()
    other = second_window(qtbot)
    texts = answer(
        qtbot,
        InUseDialog,
        lambda b: qtbot.keyClick(b, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier),
    )
    other.open_session_path(path, ask_who=False)
    assert texts and path.name in texts[0] and "another window" in texts[0]
    assert other.session is not None and other.autosaver.read_only
    assert "read-only" in other.windowTitle()
    type_words(qtbot, other, " and the second")
    qtbot.wait(400)  # longer than the autosave delay
    assert other.autosaver.flush()  # nothing to write: read-only
    assert json.loads(path.read_text(encoding="utf-8"))["other_matters"] == "first window"
    other.close()
    assert not other.isVisible()  # closing a read-only view asks nothing
    type_words(qtbot, window, "!")
    assert window.autosaver.flush()  # the first window still saves, and still has the lock
    assert json.loads(path.read_text(encoding="utf-8"))["other_matters"] == "first window!"


def test_a_second_window_may_carry_on_with_a_copy(qtbot, window, open_decision, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = first_session(qtbot, window, open_decision, tmp_path)
    other = second_window(qtbot)
    answer(
        qtbot,
        InUseDialog,
        lambda b: qtbot.keyClick(b, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier),
    )
    other.open_session_path(path, ask_who=False)
    assert other.session is not None and not other.autosaver.read_only
    copy = other.autosaver.path
    assert copy is not None and copy != path
    assert copy.parent == paths.user_data_dir() / "sessions"
    assert other.session.id != json.loads(path.read_text(encoding="utf-8"))["id"]
    type_words(qtbot, other, "my copy")
    assert other.autosaver.flush()
    assert json.loads(copy.read_text(encoding="utf-8"))["other_matters"] == "my copy"
    assert json.loads(path.read_text(encoding="utf-8"))["other_matters"] == ""


def test_cancel_opens_nothing(qtbot, window, open_decision, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = first_session(qtbot, window, open_decision, tmp_path)
    other = second_window(qtbot)
    answer(qtbot, InUseDialog, lambda b: qtbot.keyClick(b, Qt.Key.Key_Escape))
    other.open_session_path(path, ask_who=False)
    assert other.session is None


def test_the_lock_goes_with_the_window(qtbot, window, open_decision, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = first_session(qtbot, window, open_decision, tmp_path)
    window.close()
    assert not lock_path(path).exists()
    other = second_window(qtbot)
    other.open_session_path(path, ask_who=False)  # no question: it is free
    assert other.session is not None and not other.autosaver.read_only


def test_a_lock_held_by_another_program(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sdm_aid.core.session import save_session

    assert window.library.find("knee-osteoarthritis") is not None
    other_open = tmp_path / "other.sdm.json"
    open_here = MainWindow(use_threads=False)
    qtbot.addWidget(open_here)
    entry = open_here.library.find("knee-osteoarthritis")
    assert entry is not None
    open_here.start_decision(entry, patient="", clinician="", setting="home")
    assert open_here.session is not None
    save_session(open_here.session, other_open)
    open_here.show_library()
    holder = subprocess.Popen(  # another program holds the lock while we open the file
        [
            sys.executable,
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            f"l = QLockFile({str(lock_path(other_open))!r}); l.setStaleLockTime(0); "
            "assert l.tryLock(0); print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        texts = answer(qtbot, InUseDialog, lambda b: qtbot.keyClick(b, Qt.Key.Key_Return))
        window.open_session_path(other_open, ask_who=False)
        assert texts and str(holder.pid) in texts[0]  # who has it
        assert window.autosaver.read_only
    finally:
        holder.communicate("", timeout=10)
    assert QLockFile(str(lock_path(other_open))).tryLock(0)  # free once that program ended


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a read-only folder")
def test_no_lock_possible_opens_read_only_with_a_message(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _read_only_folder_case(qtbot, window, tmp_path)


def test_no_lock_possible_opens_read_only_with_a_message_simulated(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """As on a read-only medium: the lock file cannot be made (simulated, for root)."""

    def cannot(self: QLockFile, timeout: int = 0) -> bool:
        return False

    monkeypatch.setattr(QLockFile, "tryLock", cannot)
    monkeypatch.setattr(QLockFile, "error", lambda self: QLockFile.LockError.PermissionError)
    _read_only_folder_case(qtbot, window, tmp_path, make_read_only=False)


def _read_only_folder_case(
    qtbot, window: MainWindow, tmp_path: Path, make_read_only: bool = True
) -> None:  # type: ignore[no-untyped-def]
    from sdm_aid.core.parser import load_aid
    from sdm_aid.core.session import new_session, save_session

    entry = window.library.find("knee-osteoarthritis")
    assert entry is not None
    aid = load_aid(entry.path).usable_aid
    assert aid is not None
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    path = folder / "brought.sdm.json"
    save_session(new_session(aid, "home", "", ""), path)
    before = path.read_bytes()
    if make_read_only:
        folder.chmod(0o500)
    try:
        window.open_session_path(path, ask_who=False)
        assert window.session is not None and window.autosaver.read_only
        notice = window.lock_notice
        assert notice is not None and notice.isVisible()
        assert "read-only" in notice.text() and path.name in notice.text()
        notice.accept()
        type_words(qtbot, window, "not kept")
        qtbot.wait(400)
        assert window.autosaver.flush()
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o700)


def test_screenshot_writes_no_session_even_when_slow(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A page that takes longer than the autosave delay used to leave a session behind."""
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = (
        "import time, sys; from pathlib import Path; "
        "from sdm_aid.ui.support import screenshot as s; "
        "real = s.settle\n"
        "def slow(app, rounds=5):\n"
        "    time.sleep(0.5); real(app, rounds); time.sleep(0.5); real(app, rounds)\n"
        "s.settle = slow\n"
        f"s.screenshot('knee-osteoarthritis', 'preferences', Path({str(out)!r}), [])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert out.exists()
    sessions = Path(os.environ["XDG_DATA_HOME"]) / "sdm-aid" / "sessions"
    assert not sessions.exists() or not list(sessions.iterdir())
