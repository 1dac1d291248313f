"""What a window says when a session's lock is not its own (ui/support/session_lock.py).

Apart from the lock, which every consultation takes: these message boxes are made only when
a session is open elsewhere or cannot be locked, and loading QMessageBox costs memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class InUseDialog(QMessageBox):
    """The session is open elsewhere: read-only, a copy of one's own, or Cancel."""

    READ_ONLY, COPY, CANCEL = "read-only", "copy", "cancel"

    def __init__(self, path: Path, holder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("This session is already open"))
        self.setAccessibleName(self.tr("This session is already open"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the file's name as written
        by = f" ({holder})" if holder else ""
        self.setText(
            self.tr(
                "{name} is open in another window or program{by}. Two windows saving one session "
                "would lose each other's changes.\n\nYou can look at it without changing "
                "it, or carry on with a copy of your own."
            ).format(name=path.name, by=by)
        )
        self.read_only = self.addButton(
            self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.copy = self.addButton(self.tr("Open a &copy"), QMessageBox.ButtonRole.ActionRole)
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only)
        self.setEscapeButton(self.cancel)

    def choice(self) -> str:
        clicked = self.clickedButton()
        return {self.read_only: self.READ_ONLY, self.copy: self.COPY}.get(clicked, self.CANCEL)


def read_only_notice(path: Path, parent: QWidget | None = None) -> QMessageBox:
    """Said when no lock can be made beside the file (a read-only folder or medium)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("SessionLock", "Opened read-only"),
        QCoreApplication.translate(
            "SessionLock",
            "{name} is in a folder SDM Aid cannot write to, so it is open read-only: "
            "changes are not saved. To keep changes, use File › Save session as… to save "
            "it somewhere else.",
        ).format(name=path.name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(QCoreApplication.translate("SessionLock", "Opened read-only"))
    return box
