"""The models of the sections list and the ratings table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QWidget,
)

from sdm_aid.ui.collate_window.common import OVERALL, Index, _plural
from sdm_aid.ui.review_labels import criterion_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        Collation,
        RatingCounts,
    )


@dataclass(frozen=True)
class SectionRow:
    id: str
    title: str
    comments: int
    ratings: int
    present: bool = True
    changed_since: tuple[str, ...] = ()


class SectionsModel(QAbstractListModel):
    """The sections in reading order, then the questionnaire, with their counts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[SectionRow] = []

    def set_collation(self, collation: Collation) -> None:
        rows = []
        for s in collation.sections:
            versions: list[str] = []
            for change in s.changes:
                versions += [v for v in change.from_versions if v not in versions]
            rows.append(
                SectionRow(
                    s.id,
                    s.title,
                    len(s.comments),
                    sum(r.rated for r in s.ratings),
                    s.present,
                    tuple(versions),
                )
            )
        overall = collation.overall
        rows.append(
            SectionRow(
                OVERALL,
                translate("CollateWindow", "Questionnaire (overall)"),
                len(overall.comments),
                overall.rating.rated,
            )
        )
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, section_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == section_id), -1)

    def counts_text(self, row: SectionRow) -> str:
        parts = [
            _plural(
                row.comments,
                translate("CollateWindow", "1 comment"),
                translate("CollateWindow", "{n} comments"),
            ),
            _plural(
                row.ratings,
                translate("CollateWindow", "1 rating"),
                translate("CollateWindow", "{n} ratings"),
            ),
        ]
        if not row.present:
            parts.append(translate("CollateWindow", "no longer in the aid"))
        elif row.changed_since:
            parts.append(
                translate("CollateWindow", "changed since {versions}").format(
                    versions=", ".join(row.changed_since)
                )
            )
        return " · ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{self.counts_text(row)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{row.title}: {self.counts_text(row)}"
        return None


class RatingsModel(QAbstractTableModel):
    """Criterion × how many rated 1 to 5, skipped, did not answer, and the average."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[RatingCounts] = []

    def set_ratings(self, rows: Sequence[RatingCounts]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            *("1", "2", "3", "4", "5"),
            translate("CollateWindow", "Skipped"),
            translate("CollateWindow", "No answer"),
            translate("CollateWindow", "Average"),
        ]

    def header_tip(self, column: int) -> str:
        tips = {
            0: translate("CollateWindow", "1: not at all"),
            4: translate("CollateWindow", "5: very"),
            6: translate("CollateWindow", "Did not answer this question"),
        }
        return tips.get(column, "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tip(section) or None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section] if 0 <= section < 8 else None
        if 0 <= section < len(self.rows):
            r = self.rows[section]
            return criterion_label(r.criterion, r.label)
        return None

    def value(self, row: RatingCounts, column: int) -> str:
        if column < 5:
            return str(row.counts[column])
        if column == 5:
            return str(row.skipped)
        if column == 6:
            return str(row.unanswered)
        return "–" if row.mean is None else f"{row.mean:.1f}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("CollateWindow", "{criterion}, {column}: {value}").format(
                criterion=criterion_label(row.criterion, row.label),
                column=self.header_tip(column) or self.headers()[column],
                value=self.value(row, column),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        peak = column < 5 and row.counts[column] and row.counts[column] == max(row.counts)
        if role == Qt.ItemDataRole.FontRole and peak:  # the most frequent rating stands out
            font = QFont()
            font.setBold(True)
            return font
        return None
