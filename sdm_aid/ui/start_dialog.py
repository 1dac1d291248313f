"""Who is taking part, and where: asked when a decision starts, and again when a session
prepared at home is opened to be continued in a consultation.

Where the patient is has no default: a patient at home who clicks Start must not get the
clinician's notes. Together in a consultation offers the short route, ticked by default.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
        group = QButtonGroup(self)
        group.addButton(self.together)
        group.addButton(self.alone)
        self.short_route = QCheckBox(self.tr("Use the short &route for a consultation"))
        self.short_route.setAccessibleName(
            self.tr("Use the short route for a consultation (the other steps stay one click away)")
        )
        self.short_route.setChecked(True)
        self.short_route.setEnabled(False)
        group.buttonToggled.connect(lambda *_: self._where_chosen())
        form = QFormLayout()
        form.addRow(self.tr("P&atient's name:"), self.patient)
        form.addRow(self.tr("&Clinician's name:"), self.clinician)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&ontinue") if continuing else self.tr("&Start"))
        self.ok.setEnabled(False)  # until where the patient is has been chosen
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(intro)
        layout.addLayout(form)
        where = QLabel(self.tr("Where is the patient?"))
        where.setWordWrap(True)
        layout.addWidget(where)
        layout.addWidget(self.together)
        layout.addWidget(self.short_route)
        layout.addWidget(self.alone)
        layout.addWidget(buttons)

    def _where_chosen(self) -> None:
        chosen = self.together.isChecked() or self.alone.isChecked()
        self.ok.setEnabled(chosen)
        self.short_route.setEnabled(self.together.isChecked())

    def accept(self) -> None:
        if self.together.isChecked() or self.alone.isChecked():
            super().accept()  # never with no answer (Enter in a name box tries this)

    @property
    def setting(self) -> str:
        return "consultation" if self.together.isChecked() else "home"

    @property
    def route(self) -> str:
        """The short route in a consultation when ticked; the full route at home."""
        return "short" if self.together.isChecked() and self.short_route.isChecked() else "full"

    def fill(self, patient: str, clinician: str, setting: str) -> None:
        """Show who took part and where so far (a session being continued)."""
        self.patient.setText(patient)
        self.clinician.setText(clinician)
        (self.together if setting == "consultation" else self.alone).setChecked(True)
