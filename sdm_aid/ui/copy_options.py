"""How the patient's copy is made, asked when it is saved or printed (issue 14).

One small step after the file or print dialog, for the patient copy only:

* **Large print**: body text at 16 pt instead of 12 pt (more pages);
* **Include the clinician's notes**: left out unless ticked, since they may hold what the
  patient did not say ("BMI 31"). Shown only when the session has notes.

Neither choice is remembered, in the session or in the settings: every copy starts in
standard print without the notes, so that one patient's choice never carries over to the
next patient's copy on a shared PC.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from sdm_aid.ui.wrapping import WrappingCheckBox, wrapped


@dataclass(frozen=True)
class CopyOptions:
    """What the person chose for one patient copy."""

    large_print: bool = False
    with_clinician_notes: bool = False


STANDARD = CopyOptions()  # standard print, without the clinician's notes


class CopyOptionsDialog(QDialog):
    """The patient copy's options: large print, and the clinician's notes (if any)."""

    def __init__(self, parent: QWidget | None, *, has_notes: bool, printing: bool):
        super().__init__(parent)
        title = self.tr("Print the patient copy") if printing else self.tr("Save the patient copy")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("How should the patient's copy be made?")))
        self.large_print = WrappingCheckBox(self.tr("&Large print (16 point text)"))
        self.large_print.setAccessibleName(self.tr("Large print, 16 point text"))
        self.large_print.setAccessibleDescription(
            self.tr("For readers who find small print hard; the copy runs to more pages.")
        )
        layout.addWidget(self.large_print)
        self.notes = WrappingCheckBox(self.tr("Include the clinician's &notes"))
        self.notes.setAccessibleName(self.tr("Include the clinician's notes"))
        explained = self.tr(
            "The clinician's notes are left out unless you tick this: they may say things "
            "the patient did not say."
        )
        self.notes.setAccessibleDescription(explained)
        self.notes_note = wrapped(explained)
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_note)
        self.has_notes = has_notes
        self.notes.setVisible(has_notes)
        self.notes_note.setVisible(has_notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Print") if printing else self.tr("&Save"))
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.large_print.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """About 46 characters wide, and as tall as the wrapped text needs at that width
        (a dialog does not grow for wrapped text by itself: at 200 % it was cut off)."""
        width = max(self.width(), self.fontMetrics().averageCharWidth() * 46)
        screen = self.screen()
        if screen is not None and screen.availableGeometry().width() >= 640:
            width = min(width, screen.availableGeometry().width())
        self.resize(width, self._height_for(width) or self.height())
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self._height_for(self.width()))

    def _height_for(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0

    def options(self) -> CopyOptions:
        return CopyOptions(
            large_print=self.large_print.isChecked(),
            with_clinician_notes=self.has_notes and self.notes.isChecked(),
        )
