"""Collating patient-panel reviews in the app: File › Collate patient reviews…

The author chooses an aid's Markdown file and the review files (``*.review.json``, or a
folder of them). Reading and collating run in a worker thread (readability loads a
dictionary the first time, about a second); the window says "Reading the reviews…"
meanwhile. Then it shows:

* the files that could not be collated and why, and notes such as reviews of an older
  version, each with its file name;
* the sections in reading order with how many comments and ratings each has;
* for the selected section, the rating distributions, the readability figures, what
  changed since the versions reviewed, and every comment with who made it;
* an editor for the authors' response to the selected comment: accepted, declined (with
  a reason) or to discuss, and a reply. Each change is saved, shortly after and off the
  UI thread, to the responses file beside the aid (``….responses.json``).

The authors' report and "You said, we did" are saved as HTML, Markdown or PDF, as with
``sdm-aid review collate``. Review files are only read, never changed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.ui.support.safe_text import plain_tooltip
from sdm_aid.ui.support.window_size import fit_to_text
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        CollatedComment,
        CollatedSection,
        Collation,
        Problem,
        RatingCounts,
    )
    from sdm_aid.core.model import Aid
    from sdm_aid.core.responses import Responses

Index = QModelIndex | QPersistentModelIndex
SAVE_DELAY_MS = 400  # one save for a burst of typing
CELL_CHARS = 1000  # longer comments are cut short in the table (the editor shows them whole)
OVERALL = "_overall"  # the same as sdm_aid.core.collate.OVERALL (not imported at start-up)
ACCEPTED, DECLINED, DISCUSS = "accepted", "declined", "discuss"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollateWindow", text)


def _plural(n: int, one: str, many: str, **values: object) -> str:
    return (one if n == 1 else many).format(n=n, **values)


def _cut(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _compact(segments: Sequence[tuple[str, str]], context: int = 6) -> list[tuple[str, str]]:
    """A changed line's word segments with long unchanged stretches shortened to a few
    words either side of each change (the report has the whole text)."""
    out = []
    last = len(segments) - 1
    for i, (kind, text) in enumerate(segments):
        words = text.split(" ")
        if kind != "same" or len(words) <= 2 * context + 1:
            out.append((kind, text))
        elif i == 0:
            out.append((kind, "… " + " ".join(words[-context:])))
        elif i == last:
            out.append((kind, " ".join(words[:context]) + " …"))
        else:
            out.append((kind, " ".join(words[:context]) + " … " + " ".join(words[-context:])))
    return out


def role_label(role: str) -> str:
    return {
        "patient": _tr("patient"),
        "carer": _tr("carer"),
        "clinician": _tr("clinician"),
        "other": _tr("other"),
    }.get(role, role)


def role_count(role: str, n: int) -> str:
    one, many = {
        "patient": (_tr("1 patient"), _tr("{n} patients")),
        "carer": (_tr("1 carer"), _tr("{n} carers")),
        "clinician": (_tr("1 clinician"), _tr("{n} clinicians")),
    }.get(role, (_tr("1 other"), _tr("{n} others")))
    return _plural(n, one, many)


def status_label(status: str | None) -> str:
    return {
        ACCEPTED: _tr("Accepted"),
        DECLINED: _tr("Declined"),
        DISCUSS: _tr("To discuss"),
    }.get(status or "", _tr("No decision yet"))


def criterion_label(key: str, fallback: str) -> str:
    return {
        "understand": _tr("Easy to understand"),
        "balanced": _tr("Balanced / fair"),
        "enough": _tr("Enough information"),
        "overall": _tr("Overall rating"),
    }.get(key, fallback)


def answer_label(key: str, fallback: str) -> str:
    return {
        "yes": _tr("Yes"),
        "partly": _tr("Partly"),
        "no": _tr("No"),
        "not-sure": _tr("Not sure"),
        "": _tr("Not answered"),
    }.get(key, fallback)


def question_label(key: str, fallback: str) -> str:
    return {
        "helps_decide": _tr("Would this aid help you decide?"),
        "options_fair": _tr("Were the options presented fairly?"),
        "missing": _tr("Was anything missing?"),
        "rating": _tr("Overall, how would you rate this aid (1 to 5)?"),
        "comments": _tr("Is there anything else you would like to tell the authors?"),
    }.get(key, fallback)


# -- the work done in a worker thread ----------------------------------------------------------


@dataclass(frozen=True)
class CollateOutcome:
    """What one collation found: the aid, the collation and the authors' responses so far."""

    aid: Aid
    collation: Collation
    responses: Responses
    responses_note: str = ""  # a responses file that could not be used, and what was done
    read_only: bool = False  # the responses file is there but must not be overwritten


def collate_files(aid_path: Path, review_paths: Sequence[Path]) -> CollateOutcome:
    """Load the aid, collate the reviews and read the responses file. Qt-free; raises
    :class:`~sdm_aid.core.findings.AidError` if the aid cannot be used."""
    from sdm_aid.core.collate import collate
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.responses import (
        Responses,
        ResponsesError,
        load_responses,
        responses_path,
    )

    aid = load_aid_or_raise(aid_path)
    collation = collate(aid, list(review_paths))
    note, read_only = "", False
    try:
        responses = load_responses(responses_path(aid_path), aid.id, move_damaged=True)
    except ResponsesError as exc:
        responses = Responses(aid.id)
        if exc.moved_to is not None:
            note = str(exc) + " " + _tr("New responses are saved in a new file.")
        else:
            note = (
                str(exc)
                + " "
                + _tr(
                    "Responses cannot be saved until it is moved or fixed; the reports can still "
                    "be saved."
                )
            )
            read_only = True
    return CollateOutcome(aid, collation, responses, note, read_only)


class ResponsesWriter:
    """Writes snapshots of the responses in order: an older snapshot that arrives after a
    newer one has been written is dropped. Safe to call from any thread."""

    def __init__(self, path: Path):
        self.path = path
        self.written = 0  # the number of the newest snapshot on disk
        self._lock = threading.Lock()

    def write(self, responses: Responses, number: int) -> bool:
        from sdm_aid.core.responses import save_responses

        with self._lock:
            if number <= self.written:
                return False
            save_responses(responses, self.path)
            self.written = number
            return True


def _snapshot(responses: Responses) -> Responses:
    from sdm_aid.core.responses import Responses

    return Responses(responses.aid_id, dict(responses.items), responses.updated)


# -- models -------------------------------------------------------------------------------------


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
                _tr("Questionnaire (overall)"),
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
            _plural(row.comments, _tr("1 comment"), _tr("{n} comments")),
            _plural(row.ratings, _tr("1 rating"), _tr("{n} ratings")),
        ]
        if not row.present:
            parts.append(_tr("no longer in the aid"))
        elif row.changed_since:
            parts.append(
                _tr("changed since {versions}").format(versions=", ".join(row.changed_since))
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
        return ["1", "2", "3", "4", "5", _tr("Skipped"), _tr("No answer"), _tr("Average")]

    def header_tip(self, column: int) -> str:
        tips = {
            0: _tr("1: not at all"),
            4: _tr("5: very"),
            6: _tr("Did not answer this question"),
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
            return _tr("{criterion}, {column}: {value}").format(
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


class CommentsModel(QAbstractTableModel):
    """The comments on one section: who, the quote (or question), the comment, notes, the
    decision and the reply."""

    COMMENT_ROLE = Qt.ItemDataRole.UserRole + 1
    WHO, QUOTE, TEXT, NOTES, DECISION, REPLY = range(6)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comments: list[CollatedComment] = []
        self.responses: Responses | None = None
        self.aid_version = ""

    def set_comments(
        self, comments: Sequence[CollatedComment], responses: Responses | None, aid_version: str
    ) -> None:
        self.beginResetModel()
        self.comments = list(comments)
        self.responses = responses
        self.aid_version = aid_version
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            _tr("Who"),
            _tr("Quote or question"),
            _tr("Comment"),
            _tr("Notes"),
            _tr("Decision"),
            _tr("Reply"),
        ]

    def row_of(self, comment_id: str) -> int:
        return next((i for i, c in enumerate(self.comments) if c.id == comment_id), -1)

    def comment_changed(self, comment_id: str) -> None:
        row = self.row_of(comment_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @staticmethod
    def who(comment: CollatedComment) -> str:
        return _tr("{name} ({role})").format(name=comment.reviewer, role=role_label(comment.role))

    def notes(self, comment: CollatedComment) -> list[str]:
        out = []
        if comment.possibly_addressed:
            out.append(_tr("Possibly addressed"))
        elif comment.section_changed:
            out.append(_tr("Section differs from what they read"))
        if comment.reviewed_version and comment.reviewed_version != self.aid_version:
            out.append(_tr("Reviewed version {v}").format(v=comment.reviewed_version))
        return out

    def notes_tip(self, comment: CollatedComment) -> str:
        if comment.possibly_addressed:
            return _tr(
                "This reviewer read version {v}; the section has changed since, so the "
                "comment may have been addressed already."
            ).format(v=comment.reviewed_version)
        if comment.section_changed:
            return _tr(
                "The section differs from the text this reviewer read (version {v})."
            ).format(v=comment.reviewed_version)
        return ""

    def quote(self, comment: CollatedComment) -> str:
        if comment.prompt:
            key = comment.id.rsplit(":", 1)[-1]
            return question_label(key, comment.prompt)
        return f"“{comment.quote}”" if comment.quote else ""

    def decision(self, comment: CollatedComment) -> str:
        response = self.responses.get(comment.id) if self.responses else None
        if response is None:
            return status_label(None)
        if response.reason:
            return _tr("{decision}: {reason}").format(
                decision=status_label(response.status), reason=response.reason
            )
        return status_label(response.status)

    def reply(self, comment: CollatedComment) -> str:
        response = self.responses.get(comment.id) if self.responses else None
        return response.reply if response else ""

    def cell(self, comment: CollatedComment, column: int) -> str:
        if column == self.WHO:
            return self.who(comment)
        if column == self.QUOTE:
            return self.quote(comment)
        if column == self.TEXT:
            return comment.text
        if column == self.NOTES:
            return "\n".join(self.notes(comment))
        if column == self.DECISION:
            return self.decision(comment)
        return self.reply(comment)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment, column = self.comments[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cut(self.cell(comment, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headers()[column]}: {self.cell(comment, column) or _tr('none')}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NOTES:
                return self.notes_tip(comment) or None
            text = self.cell(comment, column)
            return text if len(text) > 60 else None
        if role == self.COMMENT_ROLE:
            return comment
        return None


class CommentsView(QTableView):
    """The comments table: its columns share the width (the comment gets the most), and
    rows grow to show the wrapped text."""

    SHARES = (12, 17, 31, 12, 13, 15)  # who, quote, comment, notes, decision, reply

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width; no column narrower than its heading (then the table scrolls)."""
        model = self.model()
        if model is None or model.columnCount() != len(self.SHARES):
            return
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 12
        least = [
            max(
                self.fontMetrics().averageCharWidth() * 7,
                metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                + pad,
            )
            for c in range(len(self.SHARES))
        ]
        width = self.viewport().width()
        total, used = sum(self.SHARES), 0
        for column, share in enumerate(self.SHARES[:-1]):
            size = max(least[column], width * share // total)
            header.resizeSection(column, size)
            used += size
        header.resizeSection(len(self.SHARES) - 1, max(least[-1], width - used))


class WrappingDelegate(QStyledItemDelegate):
    """Items tall enough for their wrapped text, in a table (the column's width) or a list
    (the view's width). The default size hint measures a table cell against the whole
    column, and a list item against no width at all, so the last line of a long item
    could be cut off or elided, above all at large text sizes."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(view, QAbstractItemView) or not text:
            return hint
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        if isinstance(view, QTableView):
            available = view.columnWidth(index.column())
        else:
            available = view.viewport().width() - 2 * (
                view.spacing() if isinstance(view, QListView) else 0
            )
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                icon = view.iconSize()
                small = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
                available -= (icon.width() if icon.isValid() else small) + 2 * margin
        width = max(20, available - 2 * margin - 6)
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(
            QRect(0, 0, width, 1 << 24), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        if isinstance(view, QTableView):
            return QSize(hint.width(), max(hint.height(), rect.height() + 2 * margin + 4))
        vertical = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, view) + 1
        return QSize(hint.width(), max(hint.height(), rect.height() + 2 * vertical))


# -- the window ----------------------------------------------------------------------------------

_open_windows: set[CollateWindow] = set()  # kept from the garbage collector while open


def _banner(label: QLabel, role: QPalette.ColorRole = QPalette.ColorRole.ToolTipBase) -> None:
    label.setWordWrap(True)
    label.setMargin(8)
    label.setFrameShape(QFrame.Shape.Box)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(role)
    label.setForegroundRole(QPalette.ColorRole.ToolTipText)


class CollateWindow(QMainWindow):
    """Collates the reviews of one aid and records the authors' responses.

    ``collated`` fires when a collation is on screen (or could not be made);
    ``responses_saved`` when the responses file has been written; ``report_saved`` with
    the path of each report written; ``closed`` when the window closes."""

    collated = Signal()
    responses_saved = Signal()
    report_saved = Signal(str)
    closed = Signal()

    STATUSES: ClassVar[tuple[str | None, ...]] = (None, ACCEPTED, DECLINED, DISCUSS)

    def __init__(self, aid_path: Path, review_paths: Sequence[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.aid_path = Path(os.path.abspath(aid_path))
        self.review_paths = [Path(p) for p in review_paths]
        self.outcome: CollateOutcome | None = None
        self.error = ""  # why the aid could not be collated, if it could not
        self.message_box: QMessageBox | None = None  # the last error shown
        self._busy = False
        self._closing = False
        self._loading_editor = False
        self._writer: ResponsesWriter | None = None
        self._change_number = 0  # each change to the responses gets the next number
        self._queued = 0  # the newest number handed to a worker to write
        self._section_id: str | None = None
        self._comment_id: str | None = None
        self._keep_selection: tuple[str | None, str | None] = (None, None)

        self._build()
        self._build_actions()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_in_background)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_rows)
        self._arranged: tuple[object, ...] = ()  # the arrangement last made
        self._arrange_timer = QTimer(self)
        self._arrange_timer.setSingleShot(True)
        self._arrange_timer.setInterval(50)
        self._arrange_timer.timeout.connect(self._arrange)
        self.setWindowTitle(
            self.tr("{name} – Collate patient reviews – SDM Aid").format(name=self.aid_path.name)
        )
        self.setWindowFilePath(str(self.aid_path))
        self._initial_size()
        self.recollate()

    @classmethod
    def open(
        cls, aid_path: Path, review_paths: Sequence[Path], parent: QWidget | None = None
    ) -> CollateWindow:
        """Open a window collating ``review_paths`` (files or folders) for the aid at
        ``aid_path``; it stays open until closed."""
        window = cls(aid_path, review_paths, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.add(window)
        window.show()
        return window

    @classmethod
    def ask_and_open(cls, parent: QWidget | None = None) -> CollateWindow | None:
        """Ask for the aid's file, then for its review files or a folder of them."""
        aid, _ = QFileDialog.getOpenFileName(
            parent,
            _tr("Collate patient reviews: choose the decision aid"),
            str(Path.home()),
            _tr("Decision aids (*.md)"),
        )
        if not aid:
            return None
        paths = ask_review_paths(parent, Path(aid))
        if not paths:
            return None
        return cls.open(Path(aid), paths)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 8, 8, 4)
        column.setSpacing(6)

        self.banner = QLabel()  # "Reading the reviews…" over a collation already shown

        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # names and titles as written
        _banner(self.banner)
        self.banner.setAccessibleName(self.tr("Progress"))
        bold = self.banner.font()
        bold.setBold(True)
        self.banner.setFont(bold)
        self.banner.hide()
        column.addWidget(self.banner)

        self.summary = QLabel()

        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the reviews"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.setAccessibleName(self.tr("Save the authors' report"))
        self.report_button.clicked.connect(lambda: self.save_report(you_said_we_did=False))
        self.yswd_button = QPushButton(self.tr("Save 'You said, &we did'…"))
        self.yswd_button.setAccessibleName(self.tr("Save the 'You said, we did' report"))
        self.yswd_button.clicked.connect(lambda: self.save_report(you_said_we_did=True))
        for button in (self.report_button, self.yswd_button):
            button.setEnabled(False)
            buttons.addWidget(button)

        self.problems_box = QWidget()
        problems = QVBoxLayout(self.problems_box)
        problems.setContentsMargins(0, 0, 0, 0)
        problems.setSpacing(2)
        self.problems_label = QLabel()
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        heading = self.problems_label.font()
        heading.setBold(True)
        self.problems_label.setFont(heading)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems with the review files"))
        self.problems.setAccessibleDescription(
            self.tr("Files that were not collated and why, and notes on the ones that were.")
        )
        self.problems.setWordWrap(True)
        self.problems.setItemDelegate(WrappingDelegate(self.problems))
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.problems_label.setBuddy(self.problems)
        problems.addWidget(self.problems_label)
        problems.addWidget(self.problems)
        self.problems_box.hide()
        # The problems above the collation; the line between them can be dragged.
        self.outer = QSplitter(Qt.Orientation.Vertical)
        self.outer.setChildrenCollapsible(False)
        self.outer.addWidget(self.problems_box)

        self.placeholder = QLabel(self.tr("Reading the reviews…"))

        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.placeholder.setAccessibleName(self.tr("Collated reviews"))
        self.placeholder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_sections())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.stack.addWidget(self.splitter)
        self.outer.addWidget(self.stack)
        self.outer.setStretchFactor(0, 0)
        self.outer.setStretchFactor(1, 1)
        column.addWidget(self.outer, 1)
        column.addLayout(buttons)
        self.setCentralWidget(central)

        self.status = QLabel()

        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Status"))
        self.statusBar().addWidget(self.status, 1)

    def _build_sections(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Sec&tions"))
        self.sections_model = SectionsModel(self)
        self.sections_view = QListView()
        self.sections_view.setModel(self.sections_model)
        self.sections_view.setItemDelegate(WrappingDelegate(self.sections_view))
        self.sections_view.setAccessibleName(self.tr("Sections"))
        self.sections_view.setAccessibleDescription(
            self.tr("The aid's sections in reading order, with how many comments and ratings.")
        )
        self.sections_view.setWordWrap(True)
        self.sections_view.setUniformItemSizes(False)
        self.sections_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.sections_view.setSpacing(2)
        self.sections_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_view.selectionModel().currentChanged.connect(self._section_chosen)
        label.setBuddy(self.sections_view)
        layout.addWidget(label)
        layout.addWidget(self.sections_view, 1)
        return panel

    def _build_detail(self) -> QWidget:
        self.detail = QSplitter(Qt.Orientation.Vertical)
        self.detail.setChildrenCollapsible(False)

        # what the section is like: ratings, readability, changes
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(4, 0, 4, 4)
        self.section_title = QLabel()
        self.section_title.setTextFormat(Qt.TextFormat.PlainText)
        self.section_title.setWordWrap(True)
        self.section_title.setAccessibleName(self.tr("Section"))
        title_font = self.section_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.section_title.setFont(title_font)
        info_layout.addWidget(self.section_title)
        self.change_notice = QLabel()
        _banner(self.change_notice)
        self.change_notice.setTextFormat(Qt.TextFormat.RichText)
        self.change_notice.setAccessibleName(self.tr("What changed since it was reviewed"))
        self.change_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_notice.hide()
        info_layout.addWidget(self.change_notice)
        self.ratings_label = QLabel(self.tr("Ratin&gs"))
        self.ratings_model = RatingsModel(self)
        self.ratings_view = QTableView()
        self.ratings_view.setModel(self.ratings_model)
        self.ratings_view.setAccessibleName(self.tr("Ratings"))
        self.ratings_view.setAccessibleDescription(
            self.tr("How many reviewers gave each rating, for each question.")
        )
        self.ratings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratings_view.setTabKeyNavigation(False)
        self.ratings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ratings_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ratings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ratings_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ratings_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ratings_label.setBuddy(self.ratings_view)
        # the ratings beside the readability figures, or above them when narrow
        self.figures = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.figures.setSpacing(16)
        ratings = QVBoxLayout()
        ratings.setSpacing(2)
        ratings.addWidget(self.ratings_label)
        ratings.addWidget(self.ratings_view, 0, Qt.AlignmentFlag.AlignLeft)
        self.ratings_note = QLabel()
        self.ratings_note.setTextFormat(Qt.TextFormat.PlainText)
        self.ratings_note.setWordWrap(True)
        self.ratings_note.setAccessibleName(self.tr("About the ratings"))
        ratings.addWidget(self.ratings_note)
        ratings.addStretch(1)
        self.figures.addLayout(ratings)
        self.readability = QLabel()
        self.readability.setWordWrap(True)
        self.readability.setTextFormat(Qt.TextFormat.RichText)
        self.readability.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.readability.setAccessibleName(self.tr("Readability"))
        self.readability.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readability.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.figures.addWidget(self.readability, 1)
        info_layout.addLayout(self.figures)
        info_layout.addStretch(1)
        self.info_scroll = QScrollArea()
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setWidget(info)
        self.info_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail.addWidget(self.info_scroll)

        # the comments
        comments = QWidget()
        comments_layout = QVBoxLayout(comments)
        comments_layout.setContentsMargins(4, 0, 4, 0)
        self.comments_label = QLabel(self.tr("Co&mments"))
        self.comments_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comments_model = CommentsModel(self)
        self.comments_view = CommentsView()
        self.comments_view.setItemDelegate(WrappingDelegate(self.comments_view))
        self.comments_view.setModel(self.comments_model)
        self.comments_view.setAccessibleName(self.tr("Comments"))
        self.comments_view.setAccessibleDescription(
            self.tr(
                "Every comment on the section: who made it, the passage quoted, the comment, "
                "notes, the decision and the reply. Select one to respond to it."
            )
        )
        self.comments_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comments_view.setWordWrap(True)
        self.comments_view.setAlternatingRowColors(True)
        self.comments_view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move
        self.comments_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comments_view.verticalHeader().hide()
        self.comments_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.comments_view.horizontalHeader()
        header.setHighlightSections(False)  # bold headers would not fit their columns
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.comments_view.selectionModel().selectionChanged.connect(self._comment_chosen)
        self.comments_label.setBuddy(self.comments_view)
        comments_layout.addWidget(self.comments_label)
        comments_layout.addWidget(self.comments_view, 1)
        # the editor beside the comments, or below them when narrow (large text)
        self.work = QSplitter(Qt.Orientation.Vertical)
        self.work.setChildrenCollapsible(False)
        self.work.addWidget(comments)
        self.work.addWidget(self._build_editor())
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 2)
        self.detail.addWidget(self.work)
        self.detail.setStretchFactor(0, 1)
        self.detail.setStretchFactor(1, 3)
        return self.detail

    def _build_editor(self) -> QWidget:
        self.editor = QGroupBox(self.tr("Your response"))
        layout = QVBoxLayout(self.editor)
        self.decision_box = QComboBox()
        for status in self.STATUSES:
            self.decision_box.addItem(status_label(status), status)
        self.decision_box.setAccessibleName(self.tr("Decision"))
        self.decision_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setAccessibleDescription(
            self.tr("Why: needed when the comment is declined.")
        )
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setAccessibleName(self.tr("Reply to the reviewer"))
        self.reply_edit.setAccessibleDescription(
            self.tr("Shown to the panel in 'You said, we did'.")
        )
        for edit in (self.reason_edit, self.reply_edit):
            edit.setTabChangesFocus(True)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_editors()
        self.reason_edit.setPlaceholderText(self.tr("Needed when declined"))
        self.reply_edit.setPlaceholderText(self.tr("What you tell the reviewer"))
        decision_label = QLabel(self.tr("&Decision:"))
        decision_label.setBuddy(self.decision_box)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason_edit)
        reply_label = QLabel(self.tr("Rep&ly:"))
        reply_label.setBuddy(self.reply_edit)
        # decision, reason and reply side by side, or one above the other when narrow
        self.fields = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.fields.setSpacing(12)
        for label, field, stretch in (
            (decision_label, self.decision_box, 0),
            (reason_label, self.reason_edit, 1),
            (reply_label, self.reply_edit, 1),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(label)
            box.addWidget(field)
            box.addStretch(1)
            self.fields.addLayout(box, stretch)
        layout.addLayout(self.fields)
        self.editor_message = QLabel()
        self.editor_message.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_message.setWordWrap(True)
        self.editor_message.setAccessibleName(self.tr("Response not saved"))
        _banner(self.editor_message)
        warn = self.editor_message.font()
        warn.setBold(True)
        self.editor_message.setFont(warn)
        self.editor_message.hide()
        layout.addWidget(self.editor_message)
        layout.addStretch(1)
        self.decision_box.currentIndexChanged.connect(self._editor_changed)
        self.reason_edit.textChanged.connect(self._editor_changed)
        self.reply_edit.textChanged.connect(self._editor_changed)
        self._set_editor(None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        return scroll

    def _fit_editors(self) -> None:
        """Two lines for the reason and three for the reply, at the current text size."""
        for edit, rows in ((self.reason_edit, 2), (self.reply_edit, 3)):
            margins = edit.contentsMargins()
            frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
            document = int(edit.document().documentMargin() * 2)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + frame + document + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "reply_edit"):
            self._fit_editors()
            QTimer.singleShot(0, self._fit_rows)

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))

        def action(
            text: str, slot: Any, shortcut: QKeySequence.StandardKey | str | None
        ) -> QAction:
            made = QAction(text, self)
            if isinstance(shortcut, str):
                made.setShortcuts([QKeySequence(shortcut)])
            elif shortcut is not None:
                made.setShortcuts(shortcut)
            made.triggered.connect(slot)
            file_menu.addAction(made)
            self.addAction(made)
            return made

        self.report_action = action(
            self.tr("Save &report…"), lambda: self.save_report(False), keys.Save
        )
        self.yswd_action = action(
            self.tr("Save 'You said, &we did'…"), lambda: self.save_report(True), "Ctrl+Shift+S"
        )
        file_menu.addSeparator()
        self.add_files_action = action(self.tr("&Add review files…"), self.add_files, None)
        self.add_folder_action = action(self.tr("Add a &folder of reviews…"), self.add_folder, None)
        self.reload_action = action(self.tr("&Collate again"), self.recollate, keys.Refresh)
        if self.reload_action.shortcut().isEmpty():
            self.reload_action.setShortcuts([QKeySequence("F5")])
        file_menu.addSeparator()
        action(self.tr("&Close"), self.close, keys.Close)
        for made in (self.report_action, self.yswd_action):
            made.setEnabled(False)

    def _initial_size(self) -> None:
        width = fit_to_text(self, (140, 85), (1180, 820))
        char = self.fontMetrics().averageCharWidth()
        left = min(max(char * 20, width * 20 // 100), width * 30 // 100)
        self.splitter.setSizes([left, width - left])

    # -- collating ---------------------------------------------------------------------------
    def _alive(self) -> bool:
        return shiboken6.isValid(self) and not self._closing

    @property
    def busy(self) -> bool:
        return self._busy

    def recollate(self) -> None:
        """Read and collate every review file again, in a worker thread."""
        if self._closing or self._busy:
            return
        self.flush()
        self._busy = True
        self.editor.setEnabled(False)  # no changes while the responses are read again
        self._keep_selection = (self._section_id, self._comment_id)
        self.status.setText(self.tr("Reading the reviews…"))
        self.reload_action.setEnabled(False)
        if self.outcome is None:
            self.placeholder.setText(self.tr("Reading the reviews…"))
            self.stack.setCurrentWidget(self.placeholder)
        else:
            self.banner.setText(self.tr("Reading the reviews…"))
            self.banner.show()
        aid_path, paths = self.aid_path, list(self.review_paths)
        run_in_thread(lambda: collate_files(aid_path, paths), self._collated, self._failed)

    def _collated(self, outcome: CollateOutcome) -> None:
        self._busy = False
        if not self._alive():
            return
        from sdm_aid.core.responses import responses_path

        self.reload_action.setEnabled(True)
        self.editor.setEnabled(True)
        first = self.outcome is None
        self.outcome, self.error = outcome, ""
        path = responses_path(self.aid_path)
        if self._writer is None or self._writer.path != path:
            self._writer = ResponsesWriter(path)
        self.banner.hide()
        self._show_problems(outcome)
        self._update_summary()
        section_id, comment_id = self._keep_selection
        self.sections_model.set_collation(outcome.collation)
        self.stack.setCurrentWidget(self.splitter)
        row = self.sections_model.row_of(section_id) if section_id else -1
        if row < 0:  # the first section with comments, else the first
            row = next((i for i, r in enumerate(self.sections_model.rows) if r.comments), 0)
        self._comment_id = comment_id
        self.sections_view.setCurrentIndex(self.sections_model.index(row))
        for button in (self.report_button, self.yswd_button):
            button.setEnabled(True)
        self.report_action.setEnabled(True)
        self.yswd_action.setEnabled(True)
        c = outcome.collation
        self.status.setText(
            self.tr("Collated {reviews}; {skipped}").format(
                reviews=_plural(len(c.reviews), self.tr("1 review"), self.tr("{n} reviews")),
                skipped=_plural(
                    len(c.skipped), self.tr("1 file skipped"), self.tr("{n} files skipped")
                ),
            )
        )
        if self.focusWidget() is None:
            self.sections_view.setFocus()
        if first:
            QTimer.singleShot(0, self._arrange)
        self.collated.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if not self._alive():
            return
        from sdm_aid.core.findings import AidError

        self.reload_action.setEnabled(True)
        self.editor.setEnabled(True)
        if isinstance(exc, AidError):
            detail = "\n".join(str(f) for f in exc.findings[:8]) or str(exc)
            self.error = self.tr(
                "{name} cannot be collated: the aid has errors. Fix them (File › Preview a "
                "file… in the main window shows them as you edit), then choose Collate again "
                "(F5).\n\n{detail}"
            ).format(name=self.aid_path.name, detail=detail)
        elif isinstance(exc, OSError):
            self.error = self.tr(
                "{name} cannot be read: {reason}. Check that the file is there and that you "
                "can open it, then choose Collate again (F5)."
            ).format(name=self.aid_path.name, reason=exc.strerror or exc)
        else:
            self.error = self.tr("Could not collate the reviews of {name}: {reason}").format(
                name=self.aid_path.name, reason=exc
            )
        if self.outcome is not None:  # the last collation stays on screen
            self.banner.setText(self.error.split("\n")[0])
            self.banner.show()
        else:
            self.placeholder.setText(self.error)
            self.stack.setCurrentWidget(self.placeholder)
        self.status.setText(self.tr("Could not collate the reviews"))
        self.collated.emit()

    def _show_problems(self, outcome: CollateOutcome) -> None:
        problems: list[Problem] = list(outcome.collation.problems)
        self.problems.clear()
        style = self.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for problem in problems:
            verb = self.tr("Not collated") if problem.skipped else self.tr("Note")
            text = self.tr("{verb}: {name}: {message}").format(
                verb=verb, name=problem.path.name, message=problem.message
            )
            item = QListWidgetItem(warning if problem.skipped else info, text)
            item.setToolTip(plain_tooltip(str(problem.path)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.problems.addItem(item)
        if outcome.responses_note:
            text = self.tr("Responses: {message}").format(message=outcome.responses_note)
            item = QListWidgetItem(warning, text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.problems.addItem(item)
        skipped = sum(1 for p in problems if p.skipped)
        notes = len(problems) - skipped + (1 if outcome.responses_note else 0)
        parts = []
        if skipped:
            parts.append(
                _plural(
                    skipped,
                    self.tr("1 file could not be collated"),
                    self.tr("{n} files could not be collated"),
                )
            )
        if notes:
            parts.append(_plural(notes, self.tr("1 note"), self.tr("{n} notes")))
        self.problems_label.setText(
            self.tr("&Problems and notes: {what}").format(what=", ".join(parts))
        )
        self.problems_box.setVisible(bool(parts))
        if parts:
            QTimer.singleShot(0, self._fit_problems)

    def _fit_problems(self) -> None:
        """Room for every problem, up to about a quarter of the window; the rest scrolls."""
        if not self._alive() or not self.problems_box.isVisible():
            return
        rows = sum(self.problems.sizeHintForRow(i) for i in range(self.problems.count()))
        wanted = self.problems_label.sizeHint().height() + rows + 2 * self.problems.frameWidth() + 8
        total = sum(self.outer.sizes())
        top = min(wanted, max(total // 5, self.fontMetrics().lineSpacing() * 3))
        self.outer.setSizes([top, total - top])

    def problem_texts(self) -> list[str]:
        """The problems and notes as shown (for tests and screen readers)."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _update_summary(self) -> None:
        if self.outcome is None:
            return
        c = self.outcome.collation
        roles = ", ".join(role_count(role, n) for role, n in c.role_counts)
        responses = self.outcome.responses
        decided = sum(1 for x in c.comments if responses.get(x.id) is not None)
        reviews = _plural(len(c.reviews), self.tr("1 review"), self.tr("{n} reviews"))
        text = self.tr("{title}, version {version}: {reviews} collated").format(
            title=c.aid_title, version=c.aid_version, reviews=reviews
        )
        if roles:
            text += f" ({roles})"
        text += self.tr("; {comments}, {decided} with a decision.").format(
            comments=_plural(len(c.comments), self.tr("1 comment"), self.tr("{n} comments")),
            decided=decided,
        )
        if not c.reviews:
            text += " " + self.tr("No review could be collated: see the problems below.")
        self.summary.setText(text)

    # -- one section -----------------------------------------------------------------------
    def _section(self, section_id: str | None) -> CollatedSection | None:
        if self.outcome is None or section_id is None:
            return None
        return self.outcome.collation.section(section_id)

    def _section_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.outcome is None or not current.isValid():
            return
        row = self.sections_model.rows[current.row()]
        self._section_id = row.id
        c = self.outcome.collation
        self.section_title.setText(row.title)
        if row.id == OVERALL:
            self._show_overall()
            comments: Sequence[CollatedComment] = c.overall.comments
        else:
            section = c.section(row.id)
            assert section is not None
            self._show_section(section)
            comments = section.comments
        self.comments_label.setText(
            self.tr("Co&mments on {title} ({n})").format(
                title=row.title.replace("&", "&&"), n=len(comments)
            )
        )
        wanted = self._comment_id
        self.comments_model.set_comments(comments, self.outcome.responses, c.aid_version)
        self.comments_view.fit_columns()
        self._fit_rows()
        row_index = self.comments_model.row_of(wanted) if wanted else -1
        if row_index < 0 and comments:
            row_index = 0
        if row_index >= 0:
            self.comments_view.setCurrentIndex(self.comments_model.index(row_index, 0))
        else:
            self._set_editor(None)
        self.info_scroll.verticalScrollBar().setValue(0)

    def _show_section(self, section: CollatedSection) -> None:
        self.ratings_label.show()
        self.ratings_view.show()
        self.ratings_model.set_ratings(section.ratings)
        self._fit_ratings()
        earlier = max((r.earlier_text for r in section.ratings), default=0)
        rated = max((r.rated + r.skipped for r in section.ratings), default=0)
        note = ""
        if not rated:
            note = self.tr("Nobody rated this section.")
        elif earlier:
            note = _plural(
                earlier,
                self.tr("1 reviewer rated an earlier text of this section."),
                self.tr("{n} reviewers rated an earlier text of this section."),
            )
        self.ratings_note.setText(note)
        self.ratings_note.setVisible(bool(note))
        self.change_notice.setText(self._changes_html(section))
        self.change_notice.setVisible(bool(self.change_notice.text()))
        self.readability.setText(self._readability_html(section))
        self.readability.setVisible(bool(self.readability.text()))

    def _fit_ratings(self) -> None:
        """The ratings table exactly as large as its cells: it never scrolls."""
        view = self.ratings_view
        view.resizeColumnsToContents()
        view.resizeRowsToContents()
        frame = 2 * view.frameWidth()
        rows, columns = view.verticalHeader(), view.horizontalHeader()
        width = rows.sizeHint().width() + columns.length() + frame
        height = columns.sizeHint().height() + rows.length() + frame
        view.setFixedSize(width, height)

    def _show_overall(self) -> None:
        assert self.outcome is not None
        overall = self.outcome.collation.overall
        self.ratings_label.show()
        self.ratings_view.show()
        self.ratings_model.set_ratings([overall.rating])
        self._fit_ratings()
        self.ratings_note.hide()
        self.change_notice.hide()
        parts = []
        for answers in (overall.helps_decide, overall.options_fair):
            counts = ", ".join(
                f"{answer_label(key, label)} {n}" for key, label, n in answers.counts
            )
            parts.append(
                f"<p><b>{escape(question_label(answers.question, answers.prompt))}</b><br>"
                f"{escape(counts)}</p>"
            )
        self.readability.setText("".join(parts))
        self.readability.show()

    def _changes_html(self, section: CollatedSection) -> str:
        if not section.changes:
            return ""
        out = []
        for change in section.changes:
            versions = ", ".join(change.from_versions)
            if change.status == "added":
                out.append(
                    "<p><b>"
                    + escape(self.tr("New since version {v}.").format(v=versions))
                    + "</b></p>"
                )
                continue
            if change.status == "removed":
                out.append(
                    "<p><b>"
                    + escape(
                        self.tr(
                            "No longer in the aid: it was in version {v}. Comments on it "
                            "may have been addressed."
                        ).format(v=versions)
                    )
                    + "</b></p>"
                )
                continue
            out.append(
                "<p><b>"
                + escape(
                    self.tr(
                        "Changed since version {v}: comments made on that version are marked "
                        "“possibly addressed”."
                    ).format(v=versions)
                )
                + "</b></p>"
            )
            lines = change.changed_lines
            items = []
            for line in lines[:6]:
                if line.kind == "removed":
                    items.append(
                        escape(self.tr("Taken out: ")) + f"<s>{escape(_cut(line.text, 300))}</s>"
                    )
                elif line.kind == "added":
                    items.append(escape(self.tr("Added: ")) + escape(_cut(line.text, 300)))
                else:
                    segments = _compact(line.segments)
                    before = "".join(
                        f"<s>{escape(w)}</s>" if k == "removed" else escape(w)
                        for k, w in segments
                        if k != "added"
                    )
                    now = "".join(
                        f"<u><b>{escape(w)}</b></u>" if k == "added" else escape(w)
                        for k, w in segments
                        if k != "removed"
                    )
                    items.append(
                        escape(self.tr("Before: "))
                        + before
                        + "<br>"
                        + escape(self.tr("Now: "))
                        + now
                    )
            if len(lines) > 6:
                items.append(
                    escape(
                        self.tr("…and {n} more changed lines (the report shows them all).").format(
                            n=len(lines) - 6
                        )
                    )
                )
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
        return "".join(out)

    def _readability_html(self, section: CollatedSection) -> str:
        from sdm_aid.core.section_readability import LONG_SENTENCE_WORDS, TARGET_GRADE

        r = section.readability
        if r is None:
            return ""
        head = "<b>" + escape(self.tr("Readability")) + "</b><br>"
        parts = []
        if r.graded and r.reading_ease is not None and r.grade is not None:
            parts.append(
                self.tr("Reading ease {ease:.0f} ({words})").format(
                    ease=r.reading_ease, words=r.ease_words
                )
            )
            grade = self.tr("grade {grade:.1f}, reading age about {age:.0f}").format(
                grade=r.grade, age=r.reading_age
            )
            if r.above_target:
                grade += " " + self.tr("(above the target of grade {target:g})").format(
                    target=TARGET_GRADE
                )
            parts.append(grade)
        elif r.note:
            parts.append(self.tr("Not graded: {why}").format(why=r.note))
        parts.append(
            _plural(
                len(r.long_sentences),
                self.tr("1 sentence over {words} words"),
                self.tr("{n} sentences over {words} words"),
                words=LONG_SENTENCE_WORDS,
            )
        )
        words = r.words_not_in_glossary
        parts.append(
            self.tr("words not in the glossary: {words}").format(words=", ".join(words))
            if words
            else self.tr("no words missing from the glossary")
        )
        return head + escape(" · ".join(parts))

    def _arrange(self) -> None:
        """Lay the detail out for the room there is at the current text size: the editor
        beside the comments when wide enough, else below them; its fields side by side
        when there is room; the ratings beside the readability figures likewise. The
        editor gets the height it needs, the comments at least a few lines, and the
        section's figures the rest, up to about a third; whatever does not fit scrolls."""
        if not self._alive():
            return
        char = self.fontMetrics().averageCharWidth()
        lines = self.fontMetrics().lineSpacing()
        width = self.detail.width()
        side = width >= char * 150
        editor_width = max(char * 36, width * 36 // 100) if side else width
        fields = (
            QBoxLayout.Direction.LeftToRight
            if editor_width >= char * 70
            else QBoxLayout.Direction.TopToBottom
        )
        if self.fields.direction() != fields:
            self.fields.setDirection(fields)
        table = self.ratings_view.sizeHint().width()
        figures = (
            QBoxLayout.Direction.LeftToRight
            if width >= table + char * 40
            else QBoxLayout.Direction.TopToBottom
        )
        if self.figures.direction() != figures:
            self.figures.setDirection(figures)
        if self._arranged == (side, fields, figures):
            return
        self._arranged = (side, fields, figures)
        self.work.setOrientation(Qt.Orientation.Horizontal if side else Qt.Orientation.Vertical)
        total = sum(self.detail.sizes())
        editor = self.editor.sizeHint().height() + 4
        info_widget = self.info_scroll.widget()
        info = info_widget.sizeHint().height() + 4 if info_widget is not None else 0
        if side:
            self.work.setSizes([width - editor_width, editor_width])
            top = min(info, total * 35 // 100)
        else:
            editor = min(editor, total * 45 // 100)
            top = max(lines * 3, min(info, total * 35 // 100, total - editor - lines * 8))
            rest = max(total - top, 0)
            self.work.setSizes([max(rest - editor, 0), editor])
        self.detail.setSizes([top, max(total - top, 0)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.outcome is not None:
            self._arrange_timer.start()

    def _fit_rows(self) -> None:
        self.comments_view.resizeRowsToContents()

    # -- responding --------------------------------------------------------------------------
    def current_comment(self) -> CollatedComment | None:
        index = self.comments_view.currentIndex()
        if not index.isValid():
            return None
        comment = self.comments_model.data(index, CommentsModel.COMMENT_ROLE)
        return comment if comment is not None else None

    def _comment_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if not rows:
            if not self.comments_view.selectionModel().hasSelection():
                self._set_editor(None)
            return
        row = min(rows)
        comment = self.comments_model.comments[row]
        self._comment_id = comment.id
        self._set_editor(comment)

    def _set_editor(self, comment: CollatedComment | None) -> None:
        self._loading_editor = True
        try:
            self.editor_message.hide()
            responses = self.outcome.responses if self.outcome else None
            read_only = self.outcome is not None and self.outcome.read_only
            if comment is None:
                self.editor.setTitle(self.tr("Your response (select a comment first)"))
                self.decision_box.setAccessibleDescription("")
                self.decision_box.setCurrentIndex(0)
                self.reason_edit.setPlainText("")
                self.reply_edit.setPlainText("")
                for widget in (self.decision_box, self.reason_edit, self.reply_edit):
                    widget.setEnabled(False)
                return
            who = CommentsModel.who(comment)
            self.editor.setTitle(
                self.tr("Your response to {who}").format(who=who.replace("&", "&&"))
            )
            self.decision_box.setAccessibleDescription(
                self.tr("Your decision on the comment by {who}: {text}").format(
                    who=who, text=_cut(comment.text, 300)
                )
            )
            response = responses.get(comment.id) if responses else None
            status = response.status if response else None
            self.decision_box.setCurrentIndex(self.STATUSES.index(status))
            self.reason_edit.setPlainText(response.reason if response else "")
            self.reply_edit.setPlainText(response.reply if response else "")
            for widget in (self.decision_box, self.reason_edit, self.reply_edit):
                widget.setEnabled(not read_only)
            if read_only and self.outcome is not None:
                self._say(self.outcome.responses_note)
        finally:
            self._loading_editor = False

    def _say(self, message: str) -> None:
        self.editor_message.setText(message)
        self.editor_message.setVisible(bool(message))

    def _editor_changed(self, *_args: object) -> None:
        if self._loading_editor or self.outcome is None or self.outcome.read_only:
            return
        comment = self.current_comment()
        if comment is None:
            return
        responses = self.outcome.responses
        status = self.decision_box.currentData()
        reason = self.reason_edit.toPlainText().strip()
        reply = self.reply_edit.toPlainText().strip()
        existing = responses.get(comment.id)
        if status is None:
            if reason or reply:
                self._say(
                    self.tr(
                        "Choose a decision (accepted, declined or to discuss) to save the reason "
                        "and reply. Not saved yet."
                    )
                )
                return
            if existing is None:
                self._say("")
                return
            responses.remove(comment.id)
        elif status == DECLINED and not reason:
            self._say(
                self.tr(
                    "A declined comment needs a reason: write why under Reason. Not saved "
                    "until you do."
                )
            )
            return
        else:
            if existing is not None and (existing.status, existing.reason, existing.reply) == (
                status,
                reason,
                reply,
            ):
                self._say("")
                return
            try:
                responses.set(comment.id, status, reason, reply)
            except ValueError as exc:
                self._say(self.tr("Not saved: {reason}.").format(reason=exc))
                return
        self._say("")
        self.comments_model.comment_changed(comment.id)
        row = self.comments_model.row_of(comment.id)
        if row >= 0:
            self.comments_view.resizeRowToContents(row)
        self._update_summary()
        self._change_number += 1
        self._save_timer.start()

    # -- saving the responses ------------------------------------------------------------
    @property
    def responses_path(self) -> Path | None:
        return self._writer.path if self._writer else None

    def _save_in_background(self) -> None:
        writer, outcome = self._writer, self.outcome
        if writer is None or outcome is None or self._change_number <= self._queued:
            return
        number = self._change_number
        snapshot = _snapshot(outcome.responses)
        self._queued = number
        run_in_thread(
            lambda: writer.write(snapshot, number), self._responses_written, self._save_failed
        )

    def _responses_written(self, _wrote: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self.statusBar().showMessage(self.tr("Responses saved"), 5000)
        self.responses_saved.emit()

    def _save_failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._queued = 0  # the next change, or closing, tries again
        path = self._writer.path if self._writer else self.aid_path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        message = self.tr(
            "Could not save the responses to {name}: {reason}. Your decisions are kept in "
            "this window; check that you can write to {folder}, then make a change to try again."
        ).format(name=path.name, reason=reason, folder=path.parent)
        self.statusBar().showMessage(message)
        self._show_error(message)

    def flush(self) -> None:
        """Write any change not yet saved, now (in this thread)."""
        self._save_timer.stop()
        writer, outcome = self._writer, self.outcome
        if writer is None or outcome is None or self._change_number <= writer.written:
            return
        try:
            if writer.write(_snapshot(outcome.responses), self._change_number):
                self.statusBar().showMessage(self.tr("Responses saved"), 5000)
                self.responses_saved.emit()
        except OSError as exc:
            self._save_failed(exc)

    # -- reports -----------------------------------------------------------------------------
    def save_report(self, you_said_we_did: bool = False) -> None:
        """Ask where to save a report (HTML, Markdown or PDF, by the name), then save it."""
        if self.outcome is None:
            return
        stem = self.aid_path.stem
        name = f"{stem}-you-said-we-did.html" if you_said_we_did else f"{stem}-review-report.html"
        title = (
            self.tr("Save 'You said, we did'")
            if you_said_we_did
            else self.tr("Save the authors' report")
        )
        filters = {
            "html": self.tr("Web page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        chosen, selected = QFileDialog.getSaveFileName(
            self, title, str(self.aid_path.parent / name), ";;".join(filters.values())
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".html", ".htm", ".md", ".pdf"):
            fmt = next((f for f, text in filters.items() if text == selected), "html")
            path = path.with_name(path.name + "." + fmt)
        self.save_report_to(path, you_said_we_did)

    def save_report_to(self, path: Path, you_said_we_did: bool = False) -> None:
        """Write a report to ``path`` in a worker thread (the format from its suffix);
        ``report_saved`` fires when it is written. An existing file is replaced."""
        if self.outcome is None:
            return
        collation, responses = self.outcome.collation, _snapshot(self.outcome.responses)
        kind = self.tr("'You said, we did'") if you_said_we_did else self.tr("The report")
        self.statusBar().showMessage(self.tr("Saving {name}…").format(name=path.name))

        def done(written: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self.statusBar().showMessage(
                self.tr("{kind} is saved as {path}").format(kind=kind, path=written), 8000
            )
            self.report_saved.emit(str(written))

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            if isinstance(exc, ValueError):  # not .html, .md or .pdf
                advice = self.tr("Save it again with a name ending in .html, .md or .pdf.")
                reason = str(exc)
            elif isinstance(exc, ImportError):
                advice = self.tr("Save it as .html instead, and print that to PDF.")
                reason = self.tr("PDF is not available ({error})").format(error=exc)
            else:
                advice = self.tr(
                    "Choose another folder or name, or check that you can write to {folder} "
                    "and that the file is not open in another program."
                ).format(folder=path.parent)
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            message = self.tr("Could not save {name}: {reason}. {advice}").format(
                name=path.name, reason=reason, advice=advice
            )
            self.statusBar().showMessage(message, 10000)
            self._show_error(message)

        from sdm_aid.core.review_report import write_report
        from sdm_aid.drawing.pdf import html_to_pdf

        run_in_thread(
            lambda: write_report(collation, responses, path, you_said_we_did, pdf=html_to_pdf),
            done,
            failed,
        )

    def _show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Collate patient reviews"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.message_box = box

    # -- more reviews ------------------------------------------------------------------------
    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add review files"),
            str(self.aid_path.parent),
            self.tr("Review files (*.review.json);;All files (*)"),
        )
        self.add_paths([Path(f) for f in files])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of review files"), str(self.aid_path.parent)
        )
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: Sequence[Path]) -> None:
        new = [p for p in paths if p not in self.review_paths]
        if new:
            self.review_paths += new
            self.recollate()

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self._closing = True
        self._save_timer.stop()
        _open_windows.discard(self)
        self.closed.emit()
        super().closeEvent(event)


def ask_review_paths(parent: QWidget | None, aid_path: Path) -> list[Path]:
    """Ask for the review files of the aid at ``aid_path``: some files, or a folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Collate patient reviews"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(_tr("Where are the review files for {name}?").format(name=aid_path.name))
    box.setInformativeText(
        _tr(
            "Choose the review files (.review.json) the reviewers sent you, or a folder that "
            "holds them. More can be added later from the File menu."
        )
    )
    files = box.addButton(_tr("Choose &files…"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(_tr("Choose a f&older…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(files)
    box.exec()
    clicked = box.clickedButton()
    if clicked is files:
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            _tr("Choose the review files"),
            str(aid_path.parent),
            _tr("Review files (*.review.json);;All files (*)"),
        )
        return [Path(p) for p in chosen]
    if clicked is folder:
        where = QFileDialog.getExistingDirectory(
            parent, _tr("Choose the folder of review files"), str(aid_path.parent)
        )
        return [Path(where)] if where else []
    return []
