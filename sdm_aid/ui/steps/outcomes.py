"""The "What could happen" step: one outcome at a time, benefits first.

A tab bar above the page's scroll area (it stays in view) moves between the outcomes, in
the aid's order (benefits first unless the aid says otherwise). Every outcome on the step
is shown out of one denominator (the first of ``step_denominators``); the 100/1,000
switch is offered only when every figure on the step converts exactly to both.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabBar, QVBoxLayout, QWidget

from sdm_aid.core.outcome_layout import OutcomeLayout, outcome_layout, step_denominators
from sdm_aid.core.risk_words import number
from sdm_aid.ui.icon_array import IconArray
from sdm_aid.ui.outcome_view import Fit, OutcomeView, fit, plain_label
from sdm_aid.ui.steps.base import Step
from sdm_aid.ui.support.safe_text import plain_tooltip
from sdm_aid.ui.theme import outcome_colours

FRAME_ROOM = 60  # the page's margins and a frame's own, taken from the page width


class OutcomesStep(Step):
    step_id = "outcomes"

    def build(self) -> None:
        self.outcomes = list(self.aid.outcomes)
        self.denominators = step_denominators(self.outcomes)
        self.current = 0  # the outcome shown
        self._build_header()  # first: the tabs come first when moving with Tab, as on screen
        self.heading(self.tr("What could happen"))
        section = self.aid.sections.get("outcomes")
        if section and section.text.strip():
            self.body.addWidget(self.rich(section.html))
        self.view: OutcomeView | None = None
        self.arrays: list[IconArray] = []
        self._shown: tuple[object, ...] | None = None
        self.holder = QVBoxLayout()
        self.body.addLayout(self.holder)
        if not self.outcomes:
            self.body.addWidget(plain_label(self.tr("This aid gives no figures.")))

    def _build_header(self) -> None:
        """The outcome tabs and the 100/1,000 switch, outside the scrolled page."""
        self.header = QWidget(self)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(16, 6, 16, 0)
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        # Long labels are shortened with "…" before any tab is scrolled out of sight; the
        # outcome's full label heads the page, and each tab's tooltip and name carry it.
        # Whole labels, with scroll arrows when they do not all fit: Qt shortens tabs
        # unevenly, and a tab of "Ha…" says nothing.
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tabs.setAccessibleName(self.tr("Outcomes: choose one to see its figures"))
        for n, outcome in enumerate(self.outcomes):
            self.tabs.addTab(self._tab_text(n))
            kind = (
                self.tr("a possible benefit") if outcome.desirable else self.tr("a possible harm")
            )
            self.tabs.setAccessibleTabName(
                n,
                self.tr("{label}, {kind}, {n} of {total}").format(
                    label=outcome.label, kind=kind, n=n + 1, total=len(self.outcomes)
                ),
            )
            self.tabs.setTabToolTip(n, plain_tooltip(f"{outcome.label} ({outcome.timeframe})"))
        self.tabs.currentChanged.connect(self._tab_changed)
        row.addWidget(self.tabs, 1)
        self.scale = QComboBox()
        for denominator in self.denominators:
            self.scale.addItem(self.tr("{n} people").format(n=number(denominator)), denominator)
        self.scale.setAccessibleName(self.tr("Show numbers out of"))
        self.scale_label = QLabel(self.tr("Numbers out of:"))
        self.scale_label.setBuddy(self.scale)
        self.scale.currentIndexChanged.connect(self._scale_changed)
        switch = len(self.denominators) > 1
        self.scale.setVisible(switch)
        self.scale_label.setVisible(switch)
        row.addWidget(self.scale_label)
        row.addWidget(self.scale)
        self.header.setVisible(bool(self.outcomes))
        # Room above the vertical scroll bar, so that it starts under the header.
        self._above_bar = QWidget()
        self.addScrollBarWidget(self._above_bar, Qt.AlignmentFlag.AlignTop)
        self.header.raise_()
        # Ctrl+Page Down / Ctrl+Page Up: the next or previous outcome from anywhere on it.
        for keys, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, d=delta: self.step_outcome(d))
            self.addAction(action)
        self._place_header()

    # --- the header above the scroll area ------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_header()
        super().resizeEvent(event)

    def header_height(self) -> int:
        return self.header.sizeHint().height() if self.header.isVisibleTo(self) else 0

    def _place_header(self) -> None:
        if not hasattr(self, "header"):
            return
        height = self.header_height() if self.outcomes else 0
        edge = self.frameWidth()
        self._above_bar.setFixedHeight(height)
        self.setViewportMargins(0, height, 0, 0)
        self.header.setGeometry(edge, edge, self.width() - 2 * edge, height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a new text size: the header's height changes too
        self._place_header()

    # --- the outcome shown ---------------------------------------------------------------

    def denominator(self) -> int | None:
        """The step's denominator: the one chosen if it still fits, else the default; None
        when no one denominator fits every outcome (each keeps its own)."""
        if not self.denominators:
            return None
        chosen = self.session.outcome_scale
        return chosen if chosen in self.denominators else self.denominators[0]

    def layout_of(self, index: int) -> OutcomeLayout:
        options = [o.id for o in self.session.shown_options(self.aid)]
        return outcome_layout(self.aid, self.outcomes[index], options, self.denominator())

    def _fit(self, layout: OutcomeLayout) -> Fit:
        """The fit for the page's width with a scroll bar, whether one is shown or not:
        otherwise a page just too tall for the window would flip between the two."""
        bar = self.verticalScrollBar().sizeHint().width()
        room = self.width() - 2 * self.frameWidth() - bar - FRAME_ROOM
        return fit(room, self.fontMetrics(), layout.denominator)

    def show_outcome(self, outcome_id: str) -> None:
        """Show the outcome with this id (LookupError if the aid has none)."""
        ids = [o.id for o in self.outcomes]
        if outcome_id not in ids:
            raise LookupError(f"no outcome {outcome_id!r}; the aid has {', '.join(ids)}")
        self.tabs.setCurrentIndex(ids.index(outcome_id))
        self.refresh()

    def shown_outcome(self) -> str | None:
        """The id of the outcome shown (None when the aid has none)."""
        return self.outcomes[self.current].id if self.outcomes else None

    def step_outcome(self, delta: int) -> None:
        if self.outcomes:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % len(self.outcomes))

    def refresh(self) -> None:
        if not self.outcomes:
            return
        layout = self.layout_of(self.current)
        fitted = self._fit(layout)
        key = (tuple(self.session.compare_options or ()), layout.denominator, self.current, fitted)
        if key == self._shown:
            return  # nothing the pictures depend on has changed
        self._shown = key
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(max(0, self.scale.findData(self.denominator())))
        self.scale.blockSignals(False)
        if self.view is not None:
            self.holder.removeWidget(self.view)
            self.view.hide()  # at once: it is deleted only when control returns to Qt
            self.view.deleteLater()
        self.view = OutcomeView(layout, fitted, outcome_colours(self.theme))
        self.arrays = self.view.arrays
        self.holder.addWidget(self.view)

    def apply_theme(self, theme: str) -> None:
        super().apply_theme(theme)
        if self.view is not None:
            self.view.set_colours(outcome_colours(theme))

    def prepare(self) -> None:
        super().prepare()
        for array in self.arrays:
            array.prerender()

    def reflow(self) -> None:
        if getattr(self, "view", None) is not None and self._fit(self.view.result) != self.view.fit:
            self.refresh()

    def _tab_text(self, index: int) -> str:
        """An outcome's label on its tab, marked "▶" when shown (as in the step list): the
        mark does not rest on the style's colours. An "&" in it is no shortcut."""
        label = self.outcomes[index].label.replace("&", "&&")
        return f"▶ {label}" if index == self.current else label

    def _tab_changed(self, index: int) -> None:
        if index >= 0:
            old, self.current = self.current, index
            for n in (old, index):
                self.tabs.setTabText(n, self._tab_text(n))
            self.refresh()
            self.verticalScrollBar().setValue(0)

    def _scale_changed(self) -> None:
        self.session.outcome_scale = self.scale.currentData()
        self.refresh()
        self.mark()
