"""Closing with a change that could not be saved asks what to do, so nothing is lost
silently: try again, save it somewhere else, discard it, or keep the window open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from sdm_aid.ui.support.autosave import Autosaver


class UnsavedDialog(QMessageBox):
    """Retry, Save elsewhere…, Discard, or Cancel (Esc: the window stays open)."""

    RETRY, ELSEWHERE, DISCARD, CANCEL = "retry", "elsewhere", "discard", "cancel"

    def __init__(self, error: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your last change is not saved"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the error names a file
        self.setText(
            self.tr(
                "Your last change could not be saved, so closing now would lose it.\n\n"
                "{error}\n\nFree some space or fix the folder and try again, or save the "
                "session somewhere else."
            ).format(error=error)
        )
        self.setAccessibleName(self.tr("Your last change is not saved"))
        self.retry = self.addButton(self.tr("&Try again"), QMessageBox.ButtonRole.AcceptRole)
        self.elsewhere = self.addButton(
            self.tr("&Save elsewhere…"), QMessageBox.ButtonRole.ActionRole
        )
        self.discard = self.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.cancel)

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for every button at any text size (a message box is not, by
        itself, at 200 %)."""
        buttons = self.findChild(QDialogButtonBox)
        if buttons is not None:
            margins = self.layout().contentsMargins()
            need = buttons.sizeHint().width() + margins.left() + margins.right()
            if self.width() < need:
                self.setMinimumWidth(need)
                self.resize(
                    need, self.heightForWidth(need) if self.hasHeightForWidth() else self.height()
                )
        super().showEvent(event)

    def choice(self) -> str:
        clicked = self.clickedButton()
        return {
            self.retry: self.RETRY,
            self.elsewhere: self.ELSEWHERE,
            self.discard: self.DISCARD,
        }.get(clicked, self.CANCEL)


def may_close(
    parent: QWidget,
    saver: Autosaver,
    ask_path: Callable[[], Path | None],
    save_copy: Callable[[Path], str | None],
) -> bool:
    """Write what is unsaved; if that fails, ask until it is saved, discarded or the
    person keeps the window open (False). ``save_copy`` returns an error, or None."""
    if saver.flush():
        return True
    error = saver.error or QCoreApplication.translate(
        "UnsavedDialog", "The session could not be saved."
    )
    while True:
        dialog = UnsavedDialog(error, parent)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice == UnsavedDialog.RETRY:
            if saver.flush():
                return True
            error = saver.error or error
        elif choice == UnsavedDialog.ELSEWHERE:
            path = ask_path()
            if path is None:
                continue
            problem = save_copy(path)
            if problem is None:
                saver.forget_changes()  # written there; the old file keeps the last save
                return True
            error = problem
        elif choice == UnsavedDialog.DISCARD:
            saver.forget_changes()
            return True
        else:
            return False
