"""Who is reviewing: a name and a role, asked before a review starts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.review_labels import role_labels

if TYPE_CHECKING:
    pass


class ReviewerDialog(QDialog):
    """Asks once who is reviewing: a name or pseudonym, and a role."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review: {t}").format(t=title))
        self.setAccessibleName(self.tr("Who is reviewing?"))
        intro = QLabel(
            self.tr(
                "Thank you for reviewing this aid. Please say who you are. You can use a "
                "pseudonym. Your name and role are saved in the review file you send to the "
                "authors."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name or a pseudonym"))
        self.name.setMaxLength(200)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above
        name_label = QLabel(self.tr("Your &name or a pseudonym:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("You are &a:"))
        role_label.setBuddy(self.role)
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Start reviewing"))
        self.ok.setAccessibleName(self.tr("Start reviewing"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """About 50 characters wide and tall enough for the wrapped text at any text size
        (a dialog's own size ignores how tall wrapped labels become)."""
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 50)
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        layout = self.layout()
        height = layout.heightForWidth(width) if layout is not None else -1
        if height > 0:
            self.setMinimumHeight(height)
            self.resize(width, max(height, self.height()))

    def fill(self, name: str, role: str) -> None:
        self.name.setText(name)
        index = self.role.findData(role)
        if index >= 0:
            self.role.setCurrentIndex(index)

    @property
    def reviewer(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), str(self.role.currentData())

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        if self.name.text().strip():
            super().accept()
