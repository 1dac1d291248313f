"""The list of findings beside the preview: the model and how each is drawn."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sdm_aid.core.findings import RULES, Finding

if TYPE_CHECKING:
    pass

Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    """The findings, errors first, then by line. Each row is one finding; its severity,
    rule, line and message are also given by the roles below, for the delegate."""

    SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
    RULE_ROLE = Qt.ItemDataRole.UserRole + 2
    LINE_ROLE = Qt.ItemDataRole.UserRole + 3
    MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 4
    ERROR_ROLE = Qt.ItemDataRole.UserRole + 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []

    @staticmethod
    def _order(finding: Finding) -> tuple[int, int, str]:
        rank = 2 if finding.allowed_reason else (0 if finding.is_error else 1)
        return rank, finding.line or 0, finding.rule

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = sorted(findings, key=self._order)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self.findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def severity_text(self, finding: Finding) -> str:
        if finding.allowed_reason:
            return self.tr("Allowed")
        return self.tr("Error") if finding.is_error else self.tr("Warning")

    def line_text(self, finding: Finding) -> str:
        # A no-break space keeps "line" and its number together when the heading wraps.
        return (
            self.tr("line\u00a0{n}").format(n=finding.line) if finding.line else self.tr("no line")
        )

    def message_text(self, finding: Finding) -> str:
        if finding.allowed_reason:
            return (
                finding.message
                + " "
                + self.tr("[allowed: {reason}]").format(reason=finding.allowed_reason)
            )
        return finding.message

    def heading_text(self, finding: Finding) -> str:
        return f"{self.severity_text(finding)} · {finding.rule} · {self.line_text(finding)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{severity}, {rule}, {line}: {message}").format(
                severity=self.severity_text(finding),
                rule=finding.rule,
                line=self.line_text(finding),
                message=self.message_text(finding),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.rule}: {RULES[finding.rule].title}\n{finding.location()}"
        if role == self.SEVERITY_ROLE:
            return self.severity_text(finding)
        if role == self.RULE_ROLE:
            return finding.rule
        if role == self.LINE_ROLE:
            return finding.line
        if role == self.MESSAGE_ROLE:
            return self.message_text(finding)
        if role == self.ERROR_ROLE:
            return finding.is_error
        return None


class FindingDelegate(QStyledItemDelegate):
    """Draws a finding as a bold line (severity, rule, line) over its wrapped message, so
    it reads well in a narrow panel and at any text size."""

    PAD = 6

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width()
        return max(80, width - 2 * self.PAD)

    def _parts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        model = index.model()
        assert isinstance(model, FindingsModel)
        finding = model.finding(index.row())
        return model.heading_text(finding), model.message_text(finding)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        heading, message = self._parts(index)
        width = self._text_width(option)
        bold = QFont(option.font)
        bold.setBold(True)
        head = QFontMetrics(bold).boundingRect(
            QRect(0, 0, width, 10**6), int(Qt.TextFlag.TextWordWrap), heading
        )
        body = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width, 10**6), int(Qt.TextFlag.TextWordWrap), message
        )
        return QSize(width, head.height() + body.height() + 2 * self.PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        heading, message = self._parts(index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        used = painter.boundingRect(rect, flags, heading)
        painter.drawText(rect, flags, heading)
        painter.setFont(option.font)
        painter.drawText(rect.adjusted(0, used.height() + 2, 0, 0), flags, message)
        painter.restore()


# -- the window ------------------------------------------------------------------------------
