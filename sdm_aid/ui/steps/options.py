"""The options step: one card per option, side by side."""

from __future__ import annotations

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QVBoxLayout,
)

from sdm_aid.ui.steps.base import Card, Step, _esc


class OptionsStep(Step):
    step_id = "options"

    def build(self) -> None:
        self.heading(
            self.aid.sections["options"].title
            if "options" in self.aid.sections
            else self.tr("Your options")
        )
        self.grid = QGridLayout()
        self.cards: list[QFrame] = []
        self._arranged = (0, 0)  # (columns, cards placed) as the grid is now
        self._placed = 0  # 0: only the first row so far
        for option in self.aid.options:
            card = Card()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setAccessibleName(option.title)
            box = QVBoxLayout(card)
            # One rich-text label per card: far quicker to lay out than one per paragraph.
            parts = [f"<h2>{_esc(option.title)}</h2>"]
            if option.status_quo:
                as_now = _esc(self.tr("(carrying on as now)"))
                parts.append(f"<p><i>{as_now}</i></p>")
            parts.append(option.summary_html)
            for part in option.parts:
                parts.append(f"<h3>{_esc(part.title)}</h3>{part.html}")
            box.addWidget(self.rich("".join(parts), option.title))
            box.addStretch()
            self.cards.append(card)
        self.body.addLayout(self.grid)
        self.reflow()
        # The first row of cards comes with the page, the others just after it is painted:
        # the page appears sooner, and they are there before anyone could scroll to them.
        QTimer.singleShot(0, self, self.finish)

    def finish(self) -> None:
        """Place every card (only the first row is placed when the page is built)."""
        if self._placed < len(self.cards):
            self._placed = len(self.cards)
            self.reflow()

    def reflow(self) -> None:
        if not hasattr(self, "cards"):
            return
        columns = self.columns(44, 3)
        placed = self._placed or columns
        if (columns, placed) == self._arranged:
            return
        self._arranged = (columns, placed)
        for card in self.cards:
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards[:placed]):
            self.grid.addWidget(card, n // columns, n % columns)
