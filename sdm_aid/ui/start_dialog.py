"""Who is taking part, and where: asked when a decision starts, and again when a session
prepared at home is opened to be continued in a consultation."""

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
    def __init__(self, title: str, parent: QWidget | None = None, continuing: bool = False):
        super().__init__(parent)
        if continuing:
            self.setWindowTitle(self.tr("Continue: {t}").format(t=title))
        else:
            self.setWindowTitle(self.tr("Start: {t}").format(t=title))
        # Only when continuing a session prepared at home (see MainWindow.open_session_path).
        self.note = QLabel(
            self.tr(
                "This session was prepared at home. You can now continue it together in the "
                "consultation."
            )
        )
        self.note.setWordWrap(True)
        self.note.setVisible(continuing)
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
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("C&ontinue") if continuing else self.tr("&Start")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Setting:")))
        layout.addWidget(self.together)
        layout.addWidget(self.alone)
        layout.addWidget(buttons)

    @property
    def setting(self) -> str:
        return "consultation" if self.together.isChecked() else "home"

    def fill(self, patient: str, clinician: str, setting: str) -> None:
        """Show who took part and where so far (a session being continued)."""
        self.patient.setText(patient)
        self.clinician.setText(clinician)
        (self.together if setting == "consultation" else self.alone).setChecked(True)
