"""The guided decision: an always-visible step list, the step pages, Back and Next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.model import Aid
from sdm_aid.core.route import (
    DONE,
    NOT_STARTED,
    STARTED,
    other_steps,
    route_steps,
    step_status,
)
from sdm_aid.core.session import STEPS, Session
from sdm_aid.ui.steps import SHORT_STEP_TITLES, STEP_TITLES, Step, step_class

Index = QModelIndex | QPersistentModelIndex


SYMBOLS = {NOT_STARTED: "○", STARTED: "◐", DONE: "✓"}
OTHERS_HEADING = ""  # the row before the steps off the route (no step)


def step_title(step: str) -> str:
    titles = STEP_TITLES.get(step) or SHORT_STEP_TITLES[step]
    return titles()


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
    }
)


class StepListModel(QAbstractListModel):
    """The route's steps, then the others one click away; each with its status (not
    started, started, done, from the session's answers) in a symbol and in words."""

    def __init__(self, aid: Aid, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.aid, self.session = aid, session
        self.rows: list[str] = []
        self._rebuild()

    def _rebuild(self) -> None:
        others = list(other_steps(self.session))
        self.rows = [*route_steps(self.session), *([OTHERS_HEADING, *others] if others else [])]

    def step_at(self, row: int) -> str | None:
        step = self.rows[row] if 0 <= row < len(self.rows) else None
        return step or None

    def row_of(self, step: str) -> int:
        return self.rows.index(step)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.step_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # the "more steps" heading: readable, not a step
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for a dozen roles per row each time it measures or paints the list; only
        # these four are answered, so the others return before any work.
        if not index.isValid() or role not in _ROLES:
            return None
        step = self.step_at(index.row())
        if step is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("More steps, one click away:")
            return None
        route = route_steps(self.session)
        title = step_title(step)
        current = step == self.session.current_step
        status = step_status(self.session, self.aid, step)
        words = {
            NOT_STARTED: self.tr("not started"),
            STARTED: self.tr("started"),
            DONE: self.tr("done"),
        }[status]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ("▶" if current else " ") + SYMBOLS[status]
            number = f"{route.index(step) + 1}. " if step in route else ""
            return f"{mark} {number}{title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            where = (
                self.tr("Step {n} of {total}: ").format(n=route.index(step) + 1, total=len(route))
                if step in route
                else self.tr("More: ")
            )
            return where + f"{title}, {words}" + (self.tr(", current step") if current else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return words
        if role == Qt.ItemDataRole.FontRole and current:
            font = self.parent().font() if self.parent() else None
            if font is not None:
                font.setBold(True)
            return font
        return None

    def refresh(self) -> None:
        rows = list(self.rows)
        self._rebuild()
        if rows != self.rows:
            self.beginResetModel()
            self.endResetModel()
        elif self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))


PREPARE_DELAY_MS = 150  # let the current page paint and answer input first


class DecisionPage(QWidget):
    changed = Signal()  # the session changed: save it
    step_shown = Signal(str)
    back_to_library = Signal()

    def __init__(
        self, aid: Aid, session: Session, theme: str = "system", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.aid, self.session = aid, session
        self.steps_model = StepListModel(aid, session, self)
        self.step_list = QListView()
        self.step_list.setModel(self.steps_model)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setAccessibleDescription(
            self.tr("Choose a step and press Enter to go there")
        )
        self.step_list.setWordWrap(True)
        self._fit_step_list()
        self.step_list.activated.connect(self._step_chosen)
        self.step_list.clicked.connect(self._step_chosen)
        self.stack = QStackedWidget()
        self._prep_timer = QTimer(self)  # owned by the page: stops if the page goes away
        self._prep_timer.setSingleShot(True)
        self._prep_timer.setInterval(PREPARE_DELAY_MS)
        self._prep_timer.timeout.connect(self._prepare_next)
        self.pages: dict[str, Step] = {}
        self._theme = theme
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.back = QPushButton(self.tr("< &Back"))
        self.back.setAccessibleName(self.tr("Back to the previous step"))
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setAccessibleName(self.tr("Next step"))
        # Alt+Left / Alt+Right (the platform's Back and Forward keys) anywhere on the page.
        self.back_action = self._shortcut(QKeySequence.StandardKey.Back, lambda: self.move(-1))
        self.next_action = self._shortcut(QKeySequence.StandardKey.Forward, lambda: self.move(1))
        self.back.setToolTip(
            self.back_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.next.setToolTip(
            self.next_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.library_button = QPushButton(self.tr("&Library"))
        self.library_button.setAccessibleName(
            self.tr("Back to the library (your answers are saved)")
        )
        self.back.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        self.library_button.clicked.connect(self.back_to_library)

        nav = QHBoxLayout()
        nav.addWidget(self.library_button)
        nav.addStretch()
        nav.addWidget(self.position)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addWidget(self.step_list)
        layout.addLayout(right, 1)
        self.go_to(session.current_step, record=False)

    def _step_chosen(self, index: QModelIndex) -> None:
        step = self.steps_model.step_at(index.row())
        if step is not None:
            self.go_to(step)

    def _fit_step_list(self) -> None:
        """Keep the step list a readable width at any text size; long titles wrap."""
        self.step_list.setFixedWidth(self.fontMetrics().averageCharWidth() * 24)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_step_list()

    def _shortcut(self, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcuts(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def page(self, step: str) -> Step:
        """The page of a step, built the first time it is needed."""
        if step not in self.pages:
            if step in STEPS:
                cls = step_class(step)
            else:
                from sdm_aid.ui.steps.short_route import SHORT_STEP_CLASSES

                cls = SHORT_STEP_CLASSES[step]
            page = cls(self.aid, self.session, self._theme)
            page.changed.connect(self._page_changed)
            self.pages[step] = page
            self.stack.addWidget(page)
            # Lay the page out for the size it will be shown at, not Qt's default size, so
            # its columns and pictures are made once, not made and then made again.
            page.setGeometry(self.stack.rect())
            page.reflow()
        return self.pages[step]

    def go_to(self, step: str, record: bool = True) -> None:
        if record and step != self.session.current_step:
            self.session.go_to(step)
            self.changed.emit()
        page = self.page(step)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.steps_model.refresh()
        self.step_list.setCurrentIndex(self.steps_model.index(self.steps_model.row_of(step)))
        route = route_steps(self.session)
        if step in route:
            n = route.index(step)
            self.back.setEnabled(n > 0)
            self.next.setEnabled(n < len(route) - 1)
            self.position.setText(
                self.tr("Step {n} of {total}").format(n=n + 1, total=len(route))
            )
        else:  # a step off the route: Back and Next return to the route
            self.back.setEnabled(True)
            self.next.setEnabled(True)
            self.position.setText(self.tr("An extra step"))
        self.step_shown.emit(step)
        self._prep_timer.start()

    def _prepare_next(self) -> None:
        """Build one page the person has not opened yet, while they read this one.

        Pages are built one per idle moment, next step first, so Next is instant.
        """
        route = route_steps(self.session)
        start = route.index(self.session.current_step) if self.session.current_step in route else 0
        for step in route[start + 1 :] + route[:start]:
            if step not in self.pages:
                page = self.page(step)
                page.refresh()
                page.widget().layout().activate()
                page.prepare()
                page.grab()  # lay out and draw once now, so showing it later is quick
                self._prep_timer.start()
                return

    def move(self, delta: int) -> None:
        route = route_steps(self.session)
        here = self.session.current_step
        if here not in route:  # from a step off the route: back to the last one on it
            visited = [s for s in reversed(self.session.visited) if s in route]
            self.go_to(visited[0] if visited else route[0])
            return
        n = route.index(here) + delta
        if 0 <= n < len(route):
            self.go_to(route[n])

    def refresh_steps(self) -> None:
        """The route or the answers changed elsewhere: show the list and page anew."""
        self.go_to(self.session.current_step, record=False)

    def apply_theme(self, theme: str) -> None:
        """Recolour for another theme in place: the pages built so far are kept, with the
        step shown and whatever the person has typed; pages built later take it too."""
        if theme == self._theme:
            return
        self._theme = theme
        for page in self.pages.values():
            page.apply_theme(theme)

    def _page_changed(self) -> None:
        self.changed.emit()
        self.steps_model.refresh()  # a step's status follows its answers
