"""Files handed to the app open in the right window; one app window per user and data
folder (QLocalServer); Help › About."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sdm_aid import __version__, paths
from sdm_aid.core.parser import load_aid
from sdm_aid.core.review import new_review, save_review
from sdm_aid.ui.about_dialog import AboutDialog
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.review_window import _open_windows
from sdm_aid.ui.support.file_opener import open_session, review_window_for
from sdm_aid.ui.support.single_instance import (
    InstanceServer,
    decode,
    encode,
    hand_over,
    server_name,
)
from support import FIXTURES, REPO

SESSION = FIXTURES / "sessions" / "knee-decided.sdm.json"


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    return Path(shutil.copy(SESSION, tmp_path / "brought.sdm.json"))


@pytest.fixture
def review_file(tmp_path: Path) -> Path:
    aid = load_aid(paths.bundled_aids_dir() / "hip-osteoarthritis.md").usable_aid
    assert aid is not None
    review = new_review(aid, "Pat Reviewer", "patient")
    review.overall.comments = "Clear enough."
    path = tmp_path / "hip.review.json"
    save_review(review, path)
    return path


def test_a_session_file_opens_in_the_main_window(window: MainWindow, session_file: Path) -> None:
    window.open_paths([session_file])
    assert window.session is not None and window.session.aid_id == "knee-osteoarthritis"
    assert open_session(window) == session_file
    assert window.pages.currentWidget() is window.decision


def test_the_open_session_is_not_opened_again(window: MainWindow, session_file: Path) -> None:
    window.open_paths([session_file])
    session, decision = window.session, window.decision
    window.show_library()
    window.open_paths([session_file])  # a second double click on the same file
    assert window.session is session and window.decision is decision
    assert window.pages.currentWidget() is decision  # back in front, as it was


def test_a_review_file_opens_in_a_review_window(window: MainWindow, review_file: Path) -> None:
    window.open_paths([review_file])
    reviewing = review_window_for(review_file)
    assert reviewing is not None and reviewing.isVisible()
    assert reviewing.review is not None and reviewing.review.reviewer.name == "Pat Reviewer"
    assert reviewing.review.overall.comments == "Clear enough."
    assert reviewing.path == review_file
    assert not reviewing.who.isVisible()  # the reviewer is the one in the file
    count = len(_open_windows)
    window.open_paths([review_file])  # open already: comes to the front, not opened twice
    assert len(_open_windows) == count
    reviewing.close()


def test_a_damaged_file_is_reported_not_opened(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken.review.json"
    broken.write_text("{not json", encoding="utf-8")
    window.open_paths([broken])
    assert review_window_for(broken) is None
    assert window.statusBar().currentMessage()


def test_server_name_has_the_user_and_a_hash_of_the_data_folder(tmp_path: Path) -> None:
    one, two = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != two and one == server_name(tmp_path / "a")
    assert f"sdm-aid-{os.getuid()}-" in one
    assert server_name() == server_name(paths.user_data_dir())


def test_messages_are_checked() -> None:
    assert decode(encode(["/a.sdm.json"])) == ["/a.sdm.json"]
    for bad in (b"[]\n", b'{"open": "x"}\n', b'{"open": [1]}\n', b'{"run": []}\n'):
        with pytest.raises(ValueError):
            decode(bad)
    with pytest.raises(ValueError):
        decode(encode(["/x"] * 100))


def _hand_over_from_another_process(name: str, files: list[str]) -> subprocess.Popen[str]:
    """A second start, as far as the hand-over goes (PySide6 keeps the interpreter lock
    while a socket waits, so the client cannot be a thread of this process)."""
    code = (
        "import sys; from sdm_aid.ui.support.single_instance import hand_over; "
        "print(hand_over(sys.argv[1], sys.argv[2:]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, name, *files], stdout=subprocess.PIPE, text=True, cwd=REPO
    )


def test_hand_over_to_the_running_window(
    window: MainWindow, session_file: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    name = server_name(tmp_path / "data")
    assert hand_over(name, [str(session_file)]) is False  # nobody listening yet
    server = InstanceServer(name, window)
    server.open_requested.connect(lambda files: window.open_paths([Path(f) for f in files]))
    assert server.listen()
    client = _hand_over_from_another_process(name, [str(session_file)])
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=20000)
    assert client.communicate()[0].strip() == "True"
    assert open_session(window) == session_file
    server.close()


def test_a_stale_socket_is_replaced(tmp_path: Path) -> None:
    name = server_name(tmp_path / "data")
    Path(name).write_text("")  # left by an app that crashed
    assert hand_over(name, []) is False
    server = InstanceServer(name)
    assert server.listen()
    server.close()


def _wait_for(path: Path, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_a_second_start_hands_over_and_commands_never_do(
    tmp_path: Path, session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # as for the processes below
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env.pop(key, None)
    env.pop("XDG_RUNTIME_DIR", None)
    socket = Path(server_name(tmp_path / ".local" / "share" / "sdm-aid"))
    first = subprocess.Popen([sys.executable, "-m", "sdm_aid"], env=env, stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(socket, 60), "the first app window never listened"
        second = subprocess.run(
            [sys.executable, "-m", "sdm_aid", str(session_file)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0 and "handed over" in second.stderr
        shot = subprocess.run(
            [sys.executable, "-m", "sdm_aid", "screenshot", "--aid", "knee-osteoarthritis",
             "--step", "options", "--out", str(tmp_path / "shot.png")],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert shot.returncode == 0 and (tmp_path / "shot.png").is_file()
        assert "handed over" not in shot.stderr
        assert first.poll() is None  # still running, with the file open
    finally:
        first.terminate()
        first.wait(30)


@pytest.mark.slow
def test_smoke_test_opens_and_says_what(session_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "sdm_aid", "--smoke-test", str(session_file)],
        env=env, capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert f"opened session {session_file} (aid knee-osteoarthritis) in the main window" in (
        out.stdout
    )


def test_help_menu_opens_about(window: MainWindow) -> None:
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[-1] == "Help"
    window.about_action.trigger()
    assert isinstance(window.about, AboutDialog) and window.about.isVisible()
    window.about.close()


def test_about_lists_version_aids_licences_and_folders(window: MainWindow) -> None:
    dialog = AboutDialog(window.library.entries, window)
    assert __version__ in dialog.heading.text()
    aids = [dialog.aids.item(i).text() for i in range(dialog.aids.count())]
    knee = window.library.find("knee-osteoarthritis")
    assert knee is not None
    assert f"{knee.title}\nversion {knee.version} · en-GB · bundled" in aids
    assert len(aids) == len([e for e in window.library.entries if not e.broken])
    rows = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    assert rows[0] == f"SDM Aid {__version__}\nMIT"
    assert any(r.startswith("Qt ") and r.endswith("\nLGPL-3.0-only") for r in rows)
    assert any(r.startswith("PySide6") for r in rows)
    assert any(r.startswith("CMU Pronouncing Dictionary") for r in rows)
    qt_row = next(i for i, r in enumerate(rows) if r.startswith("Qt "))
    dialog.licence_list.setCurrentRow(qt_row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    folders = dialog.folders.toPlainText().splitlines()
    assert str(paths.user_data_dir()) in folders and str(paths.bundled_aids_dir()) in folders
    assert "Your sessions and reviews:" in folders
    for widget in (dialog.aids, dialog.licence_list, dialog.licence_text, dialog.folders):
        assert widget.accessibleName()


def test_the_app_has_its_icon_and_desktop_entry(window: MainWindow) -> None:
    from sdm_aid.ui.app import DESKTOP_ID, set_window_icon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_window_icon(app)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert (REPO / "packaging" / "linux" / f"{DESKTOP_ID}.desktop").is_file()


def test_a_missing_session_handed_over_is_reported(window: MainWindow, tmp_path: Path) -> None:
    window.open_paths([tmp_path / "gone.sdm.json"])  # deleted between the two starts
    assert window.session is None
    assert "gone.sdm.json" in window.statusBar().currentMessage()
