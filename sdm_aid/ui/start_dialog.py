"""Who is taking part, and where: asked once when a decision starts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class StartDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start: {t}").format(t=title))
        intro = QLabel(
            self.tr("Who is taking part? Names are optional; they appear only on your summary.")
        )
        intro.setWordWrap(True)
        self.patient = QLineEdit()
        self.patient.setAccessibleName(self.tr("Patient's name (optional)"))
        self.clinician = QLineEdit()
        self.clinician.setAccessibleName(self.tr("Clinician's name (optional)"))
        self.together = QRadioButton(self.tr("&Together in a consultation"))
        self.together.setAccessibleName(self.tr("Setting: together in a consultation"))
        self.alone = QRadioButton(self.tr("&Preparing on my own"))
        self.alone.setAccessibleName(self.tr("Setting: preparing on my own"))
        self.together.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.together)
        group.addButton(self.alone)
        form = QFormLayout()
        form.addRow(self.tr("P&atient's name:"), self.patient)
        form.addRow(self.tr("&Clinician's name:"), self.clinician)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Setting:")))
        layout.addWidget(self.together)
        layout.addWidget(self.alone)
        layout.addWidget(buttons)

    @property
    def setting(self) -> str:
        return "consultation" if self.together.isChecked() else "home"
