"""Edit › Preferences: settings for a shared clinic PC and for aid authors (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from sdm_aid.ui.wrapping import WrappingCheckBox, wrapped

SHOW_NAMES = "privacy/show_names"  # names in the list of unfinished sessions
AUTHORING = "authoring/enabled"  # the Authoring menu: live preview, collate reviews


def setting_on(settings: QSettings, key: str) -> bool:
    """A yes/no setting, off unless set (an INI file keeps it as text)."""
    return str(settings.value(key, "false")).lower() in ("true", "1")


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(self.tr("On a shared PC, leave names off so the next person cannot see them."))
        )
        self.show_names = WrappingCheckBox(
            self.tr("Show patients' &names in the list of unfinished sessions")
        )
        self.show_names.setAccessibleName(
            self.tr("Show patients' names in the list of unfinished sessions")
        )
        self.show_names.setChecked(setting_on(settings, SHOW_NAMES))
        self.authoring = WrappingCheckBox(
            self.tr("Show the &Authoring menu (live preview, collate patient reviews)")
        )
        self.authoring.setAccessibleName(self.tr("Show the Authoring menu, for aid authors"))
        self.authoring.setChecked(setting_on(settings, AUTHORING))
        layout.addWidget(self.show_names)
        layout.addWidget(self.authoring)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(SHOW_NAMES, "true" if self.show_names.isChecked() else "false")
        self.settings.setValue(AUTHORING, "true" if self.authoring.isChecked() else "false")
        super().accept()
