"""A bad autosave or aid never empties the start screen; the autosave is set aside (issue 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

from sdm_aid import paths
from sdm_aid.ui.app import make_app
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.support.workers import wait_for_workers
from support import EXAMPLE, FIXTURES


def test_start_up_sets_bad_autosaves_aside_and_lists_the_rest(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sessions = paths.user_data_dir() / "sessions"
    sessions.mkdir(parents=True)
    good = sessions / "good.sdm.json"
    shutil.copy(FIXTURES / "sessions" / "example-undecided.sdm.json", good)
    (sessions / "deep.sdm.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (sessions / "inf.sdm.json").write_text('{"schema": Infinity}', encoding="utf-8")
    aids = tmp_path / "aids"
    aids.mkdir()
    shutil.copy(EXAMPLE, aids / "example-aid.md")
    (aids / "date.md").write_text(
        EXAMPLE.read_text(encoding="utf-8")
        .replace("id: example-aid", "id: date-aid")
        .replace("last_reviewed:", "last_reviewed: 2026-02-30\nx:", 1),
        encoding="utf-8",
    )
    make_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().clear()
    window = MainWindow(extra_aids=[aids], use_threads=False)  # reads the library at once
    qtbot.addWidget(window)
    assert sorted(p.name for p in sessions.iterdir()) == [
        "deep.sdm.json.corrupt",
        "good.sdm.json",
        "inf.sdm.json.corrupt",
    ]
    assert "2 damaged session file(s) were set aside" in window.statusBar().currentMessage()
    ids = {e.id for e in window.library.entries if not e.broken}
    assert {"example-aid", "knee-osteoarthritis"} <= ids
    assert [s.path for s in window.store.unfinished()] == [good]
    window.autosaver.flush()
    wait_for_workers()
