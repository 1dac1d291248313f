"""The start screen: the library of aids (searchable) and unfinished sessions to resume."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.support.viewport import grab_pan, with_own_viewport

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.core.library import IndexEntry
    from sdm_aid.core.session import SessionSummary

# Qt's item data roles as plain numbers (Qt.ItemDataRole's values; a test checks them).
# Reading any member of the Qt namespace builds all of its ~90 Python enums, about 40 ms,
# and the library page is drawn before the app pays that.
DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE, USER_ROLE = 0, 3, 11, 256
EntryRole = USER_ROLE + 1
Index = QModelIndex | QPersistentModelIndex


def badges(entry: IndexEntry, today: dt.date | None = None) -> list[str]:
    """The entry's notices (decided in the core) in the reader's language."""
    words = {
        "draft": translate("LibraryPage", "Draft"),
        "retired": translate("LibraryPage", "Retired"),
        "out-of-date": translate("LibraryPage", "Out of date"),
        "not-approved": translate("LibraryPage", "Not yet clinically approved"),
    }
    return [words[key] for key in entry.notices(today)]


class AidListModel(QAbstractListModel):
    """The library's index entries, broken ones included, with their badges."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[IndexEntry] = []

    def set_entries(self, entries: list[IndexEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: (e.broken, (e.title or e.path.name).lower()))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == EntryRole:
            return entry
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            if entry.broken:
                problem = next((f.message for f in entry.findings if f.is_error), "")
                return self.tr("⚠ {name}: cannot be used. {problem}").format(
                    name=entry.path.name, problem=problem
                )
            details = " · ".join(
                str(v)
                for v in (
                    entry.condition,
                    entry.specialty,
                    entry.language,
                    self.tr("version {v}").format(v=entry.version),
                    self.tr("next review {d}").format(d=entry.next_review),
                )
                if v
            )
            marks = badges(entry)
            line3 = ("  ".join(f"[{b}]" for b in marks)) if marks else ""
            return "\n".join(x for x in (entry.title, details, line3) if x)
        if role == TOOLTIP_ROLE:  # the aid's own words: shown as written, never as markup
            from sdm_aid.ui.support.safe_text import plain_tooltip  # not before the first paint

            if entry.broken:
                return plain_tooltip("\n".join(str(f) for f in entry.findings if f.is_error))
            return plain_tooltip(entry.summary or entry.title)
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Filters as the person types: every word must match title, condition, tags…"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.query = ""

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self.query = query
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(row, 0, parent), EntryRole)
        return not self.query.strip() or (entry is not None and entry.matches(self.query))


class SessionListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sessions: list[SessionSummary] = []
        self.titles: dict[str, str] = {}
        self.show_names = False  # on a shared PC names stay hidden (Edit › Preferences)

    def set_sessions(self, sessions: list[SessionSummary], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.sessions, self.titles = sessions, titles
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        s = self.sessions[index.row()]
        if role == EntryRole:
            return s
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            who = (s.patient_name or self.tr("No name given")) if self.show_names else ""
            title = self.titles.get(s.aid_id, s.aid_id)
            from sdm_aid.core.session import local_time

            when = local_time(s.updated)
            text = self.tr("{title}\nLast changed {when} · step: {step}").format(
                title=title, when=when, step=s.current_step
            )
            return f"{who}: {text}" if who else text
        return None


class LibraryPage(QWidget):
    open_aid = Signal(object)  # IndexEntry
    resume_session = Signal(object)  # SessionSummary
    delete_session = Signal(object)  # SessionSummary, once the person has confirmed
    open_folder = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("library")
        heading = QLabel(self.tr("<h1>Decision aids</h1>"))
        intro = QLabel(
            self.tr(
                "Choose the decision you are facing. Each aid shows the options, "
                "what could happen, and asks what matters to you."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by condition, title or word"))
        self.search.setAccessibleName(self.tr("Search decision aids"))
        self.search.setClearButtonEnabled(True)
        self.model = AidListModel(self)
        self.filter = LibraryFilter(self)
        self.filter.setSourceModel(self.model)
        # Its viewport is handed to the style to paint rows: made here, it costs nothing.
        self.list = with_own_viewport(QListView(), pan=False)
        self._panning = False  # touch panning of the list: asked for after the first frame
        self.list.setModel(self.filter)
        self.list.setAccessibleName(self.tr("Decision aids"))
        self.list.setAccessibleDescription(self.tr("Press Enter to open the selected aid"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.open_button = QPushButton(self.tr("&Open this aid"))
        self.open_button.setAccessibleName(self.tr("Open the selected decision aid"))
        self.review_button = QPushButton(self.tr("&Review this aid…"))
        self.review_button.setAccessibleName(
            self.tr("Review the selected aid for the authors (patient panel)")
        )
        self.folder_button = QPushButton(self.tr("Open &folder of aids…"))
        self.folder_button.setAccessibleName(self.tr("Add a folder of decision aids"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.sessions_model = SessionListModel(self)
        self.sessions = QListView()
        self.sessions.setModel(self.sessions_model)
        self.sessions.setAccessibleName(self.tr("Unfinished sessions"))
        self.sessions.setAccessibleDescription(self.tr("Press Enter to carry on where you stopped"))
        self.sessions.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("&Carry on with this session"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected session"))
        self.delete_button = QPushButton(self.tr("&Delete this session…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session for good"))
        self.sessions_label = sessions_label = QLabel(self.tr("<h2>Unfinished sessions</h2>"))
        sessions_label.setBuddy(self.sessions)
        # Hidden until asked for: the next person at a shared PC does not see them.
        self.show_sessions = QPushButton(self.tr("Show &unfinished sessions"))
        self.show_sessions.setAccessibleName(self.tr("Show the unfinished sessions"))
        self.show_sessions.setCheckable(True)
        self.show_sessions.toggled.connect(self._sessions_shown)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        shown = QHBoxLayout()
        shown.addWidget(self.show_sessions)
        shown.addStretch()
        layout.addLayout(shown)
        layout.addWidget(sessions_label)
        layout.addWidget(self.sessions, 1)
        resume = QHBoxLayout()
        resume.addWidget(self.resume_button)
        resume.addWidget(self.delete_button)
        resume.addStretch()
        layout.addLayout(resume)
        self._sessions_shown(False)

        self.search.textChanged.connect(self.filter.set_query)
        self.search.returnPressed.connect(self.list.setFocus)
        self.list.activated.connect(self._activated)
        self.open_button.clicked.connect(lambda: self._activated(self.list.currentIndex()))
        self.folder_button.clicked.connect(self.open_folder)
        self.sessions.activated.connect(self._resume)
        self.resume_button.clicked.connect(lambda: self._resume(self.sessions.currentIndex()))
        self.delete_button.clicked.connect(self._ask_delete)

    def _sessions_shown(self, on: bool) -> None:
        for widget in (self.sessions_label, self.sessions, self.resume_button, self.delete_button):
            widget.setVisible(on)
        n = self.sessions_model.rowCount()
        self.show_sessions.setText(
            self.tr("Hide unfinished sessions")
            if on
            else self.tr("Show &unfinished sessions ({n})").format(n=n)
        )

    def set_show_names(self, on: bool) -> None:
        self.sessions_model.show_names = on
        self.sessions_model.set_sessions(self.sessions_model.sessions, self.sessions_model.titles)

    def _ask_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        summary = self._entry(self.sessions.currentIndex())
        if summary is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete this session?"),
            self.tr(
                "Delete this session for good? Its answers cannot be brought back. A copy "
                "saved elsewhere (Save session as…) is not touched."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete"))
        self.confirm = box
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.delete_session.emit(summary)

    def set_entries(self, entries: list[IndexEntry]) -> None:
        self.model.set_entries(entries)
        broken = sum(e.broken for e in entries)
        usable = len(entries) - broken
        text = self.tr("{n} decision aid(s).").format(n=usable)
        if broken:
            text += " " + self.tr("{n} file(s) could not be used: see the list for why.").format(
                n=broken
            )
        self._plain_status()
        self.status.setText(text)
        if self.filter.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filter.index(0, 0))

    def _plain_status(self) -> None:
        """The status line names files and their problems: plain text (set once the
        library is shown, so that the first frame does not build Qt's enums; so is touch
        panning of the list)."""
        from PySide6.QtCore import Qt

        self.status.setTextFormat(Qt.TextFormat.PlainText)
        if not self._panning:
            self._panning = True
            grab_pan(self.list.viewport())

    def set_sessions(self, sessions: list[SessionSummary], titles: dict[str, str]) -> None:
        self.sessions_model.set_sessions(sessions, titles)
        self.resume_button.setEnabled(bool(sessions))
        self.delete_button.setEnabled(bool(sessions))
        self._sessions_shown(self.show_sessions.isChecked())
        if sessions:
            self.sessions.setCurrentIndex(self.sessions_model.index(0, 0))

    def current_entry(self) -> IndexEntry | None:
        """The aid selected in the list, if any."""
        return self._entry(self.list.currentIndex())

    @staticmethod
    def _entry(index: QModelIndex) -> Any:
        """What a row of either list holds: an aid's entry or a session's summary."""
        return index.data(EntryRole) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        entry = self._entry(index)
        if entry is None:
            return
        if entry.broken:
            self._plain_status()
            self.status.setText(
                self.tr("{name} cannot be used:\n{problems}").format(
                    name=entry.path.name,
                    problems="\n".join(str(f) for f in entry.findings if f.is_error),
                )
            )
            return
        self.open_aid.emit(entry)

    def _resume(self, index: QModelIndex) -> None:
        summary = self._entry(index)
        if summary is not None:
            self.resume_session.emit(summary)
