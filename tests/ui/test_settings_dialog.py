"""Edit › Preferences: names on a shared PC, and the Authoring menu (off by default)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from test_shared_pc import _leave_one

from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.settings_dialog import AUTHORING, SHOW_NAMES, SettingsDialog, setting_on


def _menus(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions() if a.isVisible()]


def test_author_tools_are_in_an_authoring_menu_shown_only_when_turned_on(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    assert "Authoring" not in _menus(window)
    file_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert not any("Collate" in t or "Preview" in t.replace("&", "") for t in file_texts)
    _leave_one(qtbot, window)

    def answer() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w.isVisible()
        )
        assert not dialog.authoring.isChecked() and not dialog.show_names.isChecked()
        dialog.authoring.click()
        dialog.show_names.click()
        dialog.accept()

    QTimer.singleShot(50, answer)
    window.preferences_action.trigger()
    assert _menus(window)[-2:] == ["Authoring", "Help"]
    assert setting_on(window.settings, AUTHORING) and setting_on(window.settings, SHOW_NAMES)
    model = window.library_page.sessions_model
    assert "Ann Example" in model.data(model.index(0, 0))
    again = MainWindow(use_threads=False)
    qtbot.addWidget(again)
    assert again.authoring_menu.menuAction().isVisible()  # remembered
