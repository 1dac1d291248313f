"""Help › About: the version, the aids in the library and their versions, the licences of
SDM Aid and everything it ships with, and the data folders.

Every text here is shown as plain text (aid titles come from files).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sdm_aid import __version__, licences, paths

if TYPE_CHECKING:
    from sdm_aid.core.library import IndexEntry


def data_folders() -> list[tuple[str, Path | str]]:
    """What is kept where: shown in About (translated there) and in the README."""
    return [
        (QT_TRANSLATE_NOOP("AboutDialog", "Bundled decision aids"), paths.bundled_aids_dir()),
        (
            QT_TRANSLATE_NOOP("AboutDialog", "Templates, word lists, translations"),
            paths.resources_dir(),
        ),
        (QT_TRANSLATE_NOOP("AboutDialog", "Your sessions and reviews"), paths.user_data_dir()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Your own decision aids"), paths.user_aids_dir()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Cache (can be deleted)"), paths.user_cache_dir()),
        (QT_TRANSLATE_NOOP("AboutDialog", "Settings"), QSettings().fileName()),
    ]


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _wrapping_list(name: str) -> QListWidget:
    """A list whose long items wrap at any text size instead of scrolling sideways."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setSpacing(2)
    return widget


class AboutDialog(QDialog):
    def __init__(self, entries: Sequence[IndexEntry] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SDM Aid"))
        self.setAccessibleName(self.tr("About SDM Aid"))
        layout = QVBoxLayout(self)
        self.heading = _plain(self.tr("SDM Aid {version}").format(version=__version__))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Version"))
        layout.addWidget(self.heading)
        self.blurb = _plain(
            self.tr(
                "Shared decision-making aids for patients and clinicians. SDM Aid is free "
                "software under the {licence} licence. It makes no network connections: "
                "everything stays on this computer."
            ).format(licence=licences.PROJECT_LICENCE)
        )
        layout.addWidget(self.blurb)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("About"))
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._aids_tab(entries), self.tr("&Decision aids"))
        self.tabs.addTab(self._licences_tab(), self.tr("&Licences"))
        self.tabs.addTab(self._folders_tab(), self.tr("Data &folders"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _aids_tab(self, entries: Sequence[IndexEntry]) -> QWidget:
        # A list of two-line items, not a table: long titles wrap at any text size.
        self.aids = _wrapping_list(self.tr("Decision aids and their versions"))
        for entry in entries:
            if entry.broken:
                continue
            self.aids.addItem(
                f"{entry.title or entry.id}\n"
                + self.tr("version {version} · {language} · {origin}").format(
                    version=entry.version, language=entry.language, origin=entry.origin
                )
            )
        return self.aids

    def _licences_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.components = [licences.project(), *licences.third_party()]
        self.licence_list = _wrapping_list(self.tr("Components and their licences"))
        for component in self.components:
            head = f"{component.name} {component.version}".strip()
            self.licence_list.addItem(f"{head}\n{component.licence}")
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_list.currentRowChanged.connect(self._show_licence)
        row.addWidget(self.licence_list, 2)
        row.addWidget(self.licence_text, 3)
        self.licence_list.setCurrentRow(0)
        return page

    def _show_licence(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        component = self.components[row]
        parts = [component.note] if component.note else []
        parts += [f"— {name} —\n{text.strip()}" for name, text in component.files]
        self.licence_text.setPlainText("\n\n".join(parts) or self.tr("(no licence text)"))

    def _folders_tab(self) -> QWidget:
        # Plain text, not a table: long paths wrap instead of being cut, and can be copied.
        self.folders = QPlainTextEdit()
        self.folders.setReadOnly(True)
        self.folders.setAccessibleName(self.tr("Data folders"))
        self.folders.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.folders.setPlainText(
            "\n\n".join(f"{self.tr(what)}:\n{where}" for what, where in data_folders())
        )
        return self.folders
