"""The list of sections to review, each with how far its review has got."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from sdm_aid.core.review import (
    CRITERIA,
    Review,
    ReviewSection,
)
from sdm_aid.ui.review_window.common import OVERALL, Index

if TYPE_CHECKING:
    pass


class SectionListModel(QAbstractListModel):
    """The sections in reading order, then the overall questions, each with a mark:
    ✓ rated on all three criteria (or commented on), ◐ started, blank not yet."""

    def __init__(self, sections: tuple[ReviewSection, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.sections = sections
        self.review: Review | None = None

    def ids(self) -> list[str]:
        return [*(s.id for s in self.sections), OVERALL]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sections) + 1

    def title(self, row: int) -> str:
        if row == len(self.sections):
            return self.tr("Overall questions")
        return self.sections[row].title or self.sections[row].id

    def state(self, row: int) -> str:
        """ "done", "started" or "" (not started)."""
        review = self.review
        if review is None:
            return ""
        if row == len(self.sections):
            o = review.overall
            answered = [
                o.helps_decide is not None,
                o.options_fair is not None,
                o.rating is not None,
            ]
            if all(answered):
                return "done"
            return "started" if any(answered) or o.missing or o.comments else ""
        section_id = self.sections[row].id
        rated = len(review.ratings.get(section_id, {}))
        if rated == len(CRITERIA) or review.comments_on(section_id):
            return "done"
        return "started" if rated else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        state = self.state(row)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = {"done": "✓", "started": "◐"}.get(state, "  ")
            return f"{mark} {self.title(row)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = {
                "done": self.tr("reviewed"),
                "started": self.tr("started"),
            }.get(state, self.tr("not reviewed yet"))
            return self.tr("{n} of {total}: {title}, {state}").format(
                n=row + 1, total=self.rowCount(), title=self.title(row), state=words
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "done": self.tr("Reviewed"),
                "started": self.tr("Started"),
            }.get(state, self.tr("Not reviewed yet"))
        return None

    def refresh(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
