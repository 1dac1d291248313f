"""The main window's menu bar: its actions and shortcuts, Preferences and About.

:class:`MainMenus` builds the menus once, at start-up, and sets each action on the window
(``window.save_action``, ``window.contrast_action`` …), as a form built in Qt Designer would;
what an action does lives with the part of the window it concerns (sessions, library, view,
exports). Texts are translated in the window's context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from sdm_aid.ui import theme

if TYPE_CHECKING:
    from sdm_aid.ui.main_window import MainWindow

translate = QCoreApplication.translate  # texts in the window's context, which lupdate reads


class MainMenus:
    """File, Edit, View, Authoring and Help."""

    def __init__(self, window: MainWindow):
        self.window = window

    def action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        window = self.window
        action = QAction(window)  # (text, parent) would make PySide6 build QIcon's enums first
        action.setText(text)
        # setShortcuts, not setShortcut: it takes every key the platform binds to a standard
        # key, and it does not build the Qt namespace's enums (about 40 ms) at start-up.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def build(self) -> None:
        w, act = self.window, self.action
        sessions, library, view = w.sessions, w.library_actions, w.view
        keys = QKeySequence.StandardKey
        file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
        w.open_action = act(
            translate("MainWindow", "&Open session file…"), sessions.open_session_file, keys.Open
        )
        w.save_action = act(translate("MainWindow", "&Save"), sessions.save_now, keys.Save)
        w.save_as_action = act(
            translate("MainWindow", "Save session &as…"), sessions.save_as, keys.SaveAs
        )
        w.print_action = act(
            translate("MainWindow", "&Print summary…"),
            lambda: w.exports.print_summary(),
            keys.Print,
        )
        w.export_action = act(
            translate("MainWindow", "&Export summary…"),
            lambda: w.exports.export_summary(),
            "Ctrl+E",
        )
        w.folder_action = act(translate("MainWindow", "Open &folder of aids…"), library.add_folder)
        w.preview_action = act(translate("MainWindow", "Pre&view a file…"), library.preview_file)
        w.review_action = act(translate("MainWindow", "&Review this aid…"), library.review_selected)
        w.library_page.review_button.clicked.connect(w.review_action.trigger)
        w.library_page.list.selectionModel().currentChanged.connect(self.can_review)
        self.can_review()
        w.collate_action = act(
            translate("MainWindow", "&Collate patient reviews…"), library.collate_reviews
        )
        w.library_action = act(translate("MainWindow", "&Library"), w.show_library)
        quit_action = act(translate("MainWindow", "&Quit"), w.close, keys.Quit)
        for action in (
            w.open_action,
            w.save_action,
            w.save_as_action,
            w.print_action,
            w.export_action,
            w.folder_action,
            w.review_action,
            w.library_action,
            quit_action,
        ):
            file_menu.addAction(action)
        edit = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
        w.copy_record_action = act(
            translate("MainWindow", "&Copy for health record"), lambda: w.exports.copy_record()
        )
        edit.addAction(w.copy_record_action)
        w.preferences_action = act(
            translate("MainWindow", "&Preferences…"), self.edit_preferences, keys.Preferences
        )
        edit.addSeparator()
        edit.addAction(w.preferences_action)
        view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
        w.zoom_in = act(
            translate("MainWindow", "&Larger text"), lambda: view.zoom(theme.STEP), keys.ZoomIn
        )
        w.zoom_out = act(
            translate("MainWindow", "&Smaller text"), lambda: view.zoom(-theme.STEP), keys.ZoomOut
        )
        w.zoom_reset = act(
            translate("MainWindow", "&Normal text size"), lambda: view.zoom(None), "Ctrl+0"
        )
        w.contrast_action = act(
            translate("MainWindow", "&High contrast"), view.toggle_contrast, checkable=True
        )
        w.present_action = act(
            translate("MainWindow", "&Presentation mode"),
            view.toggle_present,
            keys.FullScreen,
            checkable=True,
        )
        if w.present_action.shortcut().isEmpty():
            w.present_action.setShortcuts([QKeySequence("F11")])
        for action in (
            w.zoom_in,
            w.zoom_out,
            w.zoom_reset,
            w.contrast_action,
            w.present_action,
        ):
            view_menu.addAction(action)
        # Author tools, apart from the patient's actions; shown when turned on in Preferences.
        w.authoring_menu = w.menuBar().addMenu(translate("MainWindow", "&Authoring"))
        w.authoring_menu.addAction(w.preview_action)
        w.authoring_menu.addAction(w.collate_action)
        self.show_authoring()
        help_menu = w.menuBar().addMenu(
            translate("MainWindow", "&Help")
        )  # About: ui/about_dialog.py
        w.about_action = act(translate("MainWindow", "&About SDM Aid"), self.show_about)
        help_menu.addAction(w.about_action)
        self.session_actions(False)

    def show_authoring(self) -> None:
        # Not from settings_dialog: that module (and its widgets) loads only when asked for.
        settings = self.window.settings
        on = str(settings.value("authoring/enabled", "false")).lower() in ("true", "1")
        self.window.authoring_menu.menuAction().setVisible(on)

    def edit_preferences(self) -> None:
        """Edit › Preferences: names on a shared PC, and the Authoring menu."""
        from sdm_aid.ui.settings_dialog import SHOW_NAMES, SettingsDialog, setting_on

        window = self.window
        window.preferences = dialog = SettingsDialog(window.settings, window)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            window.library_page.set_show_names(setting_on(window.settings, SHOW_NAMES))
            self.show_authoring()

    def show_about(self) -> None:
        from sdm_aid.ui.about_dialog import AboutDialog

        window = self.window
        entries = getattr(window._library, "entries", None) or []  # once the library is read
        window.about = AboutDialog(entries, window)
        window.about.open()

    def session_actions(self, enabled: bool) -> None:
        """The actions that need an open session."""
        w = self.window
        for action in (
            w.save_action,
            w.save_as_action,
            w.print_action,
            w.export_action,
            w.copy_record_action,
            w.library_action,
        ):
            action.setEnabled(enabled)

    def can_review(self, *_args: object) -> None:
        window = self.window
        entry = window.library_page.current_entry()
        usable = entry is not None and not entry.broken
        window.review_action.setEnabled(usable)
        window.library_page.review_button.setEnabled(usable)
