"""The main window's look: text size, high contrast and presentation mode (the View menu).

:class:`ViewActions` holds a reference to the window, which keeps the chosen theme and
text size (``window.theme_name``, ``window.scale``; saved in the settings). A theme change
recolours the open decision page in place (:meth:`DecisionPage.apply_theme`): the person
stays on their step, with what they have typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from sdm_aid.ui import theme

if TYPE_CHECKING:
    from sdm_aid.ui.main_window import MainWindow

translate = QCoreApplication.translate  # texts in the window's context, which lupdate reads


class ViewActions:
    def __init__(self, window: MainWindow):
        self.window = window

    def apply_look(self) -> None:
        window = self.window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            factor = 1.25 if window.present_action.isChecked() else 1.0
            theme.apply(app, window.theme_name, window.scale * factor)
        # The menu bar keeps its old height after a font or style change unless it is told
        # to measure again once the change has reached every widget.
        QTimer.singleShot(0, self._remeasure)

    def _remeasure(self) -> None:
        window = self.window
        window.menuBar().updateGeometry()
        layout = window.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        window.contrast_action.setChecked(window.theme_name == "high-contrast")

    def zoom(self, delta: float | None) -> None:
        window = self.window
        window.scale = 1.0 if delta is None else theme.clamp_scale(window.scale + delta)
        window.settings.setValue("view/scale", window.scale)
        self.apply_look()
        window.statusBar().showMessage(
            translate("MainWindow", "Text size {p} %").format(p=round(window.scale * 100))
        )

    def toggle_contrast(self) -> None:
        window = self.window
        high = window.theme_name != "high-contrast"
        window.theme_name = "high-contrast" if high else "system"
        window.settings.setValue("view/theme", window.theme_name)
        self.apply_look()
        if window.decision is not None:
            window.decision.apply_theme(window.theme_name)  # icon arrays follow the theme

    def toggle_present(self) -> None:
        window = self.window
        if window.present_action.isChecked():
            window.menuBar().hide()
            window.showFullScreen()
        else:
            window.menuBar().show()
            window.showNormal()
        self.apply_look()
