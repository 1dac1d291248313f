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
from sdm_aid.core.session import STEPS, Session
from sdm_aid.ui.steps import STEP_CLASSES, STEP_TITLES, Step

Index = QModelIndex | QPersistentModelIndex


class StepListModel(QAbstractListModel):
    """The nine steps, each marked as done, current or still to come."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STEPS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = STEPS[index.row()]
        title = STEP_TITLES[step]()
        current = step == self.session.current_step
        done = step in self.session.visited and not current
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "▶" if current else ("✓" if done else " ")
            return f"{mark} {index.row() + 1}. {title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = (
                self.tr("current step")
                if current
                else (self.tr("done") if done else self.tr("not visited"))
            )
            return self.tr("Step {n} of {total}: {title}, {state}").format(
                n=index.row() + 1, total=len(STEPS), title=title, state=state
            )
        if role == Qt.ItemDataRole.FontRole and current:
            font = self.parent().font() if self.parent() else None
            if font is not None:
                font.setBold(True)
            return font
        return None

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0), self.index(len(STEPS) - 1))


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
        self.steps_model = StepListModel(session, self)
        self.step_list = QListView()
        self.step_list.setModel(self.steps_model)
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.setAccessibleDescription(
            self.tr("Choose a step and press Enter to go there")
        )
        self.step_list.setWordWrap(True)
        self._fit_step_list()
        self.step_list.activated.connect(lambda i: self.go_to(STEPS[i.row()]))
        self.step_list.clicked.connect(lambda i: self.go_to(STEPS[i.row()]))
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
            cls = STEP_CLASSES[STEPS.index(step)]
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
        n = STEPS.index(step)
        self.step_list.setCurrentIndex(self.steps_model.index(n))
        self.steps_model.refresh()
        self.back.setEnabled(n > 0)
        self.next.setEnabled(n < len(STEPS) - 1)
        self.position.setText(self.tr("Step {n} of {total}").format(n=n + 1, total=len(STEPS)))
        self.step_shown.emit(step)
        self._prep_timer.start()

    def _prepare_next(self) -> None:
        """Build one page the person has not opened yet, while they read this one.

        Pages are built one per idle moment, next step first, so Next is instant.
        """
        start = STEPS.index(self.session.current_step)
        for step in STEPS[start + 1 :] + STEPS[:start]:
            if step not in self.pages:
                page = self.page(step)
                page.refresh()
                page.widget().layout().activate()
                page.prepare()
                page.grab()  # lay out and draw once now, so showing it later is quick
                self._prep_timer.start()
                return

    def move(self, delta: int) -> None:
        n = STEPS.index(self.session.current_step) + delta
        if 0 <= n < len(STEPS):
            self.go_to(STEPS[n])

    def _page_changed(self) -> None:
        self.changed.emit()
