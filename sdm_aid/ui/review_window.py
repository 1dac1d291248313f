"""Reviewing an aid in the app ("Review this aid…"): one reader's ratings and comments.

A reviewer (a patient, carer, clinician or someone else on the panel) reads the aid section
by section, as a patient sees it: the app's own pages (options, comparison table, icon
arrays, preferences, quiz) over a throwaway in-memory session that is never saved, and the
other sections as text. Below each section they rate it (easy to understand, balanced,
enough information: 1 to 5 or skip), comment on it (optionally quoting a passage they
selected) and can open a "Reading level" panel with the same figures the authors see. The
last page is the overall questionnaire.

Every change is saved to the reviewer's review file (``.review.json``, see
:mod:`sdm_aid.core.review`) in the user data folder, shortly after the change, atomically
and off the UI thread. "Save a copy to send…" writes the file wherever the reviewer wants,
to send to the authors. The Qt-free rules live in the core; this module only shows them.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdm_aid import paths
from sdm_aid.core.presentation import GLOSSARY_SCHEME, definition, link_glossary
from sdm_aid.core.review import (
    ANSWERS,
    CHOICE_QUESTIONS,
    CRITERIA,
    MAX_QUOTE,
    RATING_MAX,
    RATING_MIN,
    ROLES,
    SUFFIX,
    Comment,
    Review,
    Reviewer,
    ReviewError,
    ReviewSection,
    ReviewStore,
    changed_since,
    content_hash,
    load_review,
    new_review,
    review_filename,
    review_sections,
    save_review,
)
from sdm_aid.core.session import Session, new_session
from sdm_aid.ui.support.autosave import BackgroundSaver
from sdm_aid.ui.support.private_settings import load_reviewer, protect, save_reviewer
from sdm_aid.ui.support.safe_text import (
    images_for,
    plain_box,
    plain_tooltip,
    safe_html,
    with_loaded_images,
)
from sdm_aid.ui.support.window_size import fit_to_text
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.core.section_readability import SectionReadability
    from sdm_aid.ui.steps import Step

Index = QModelIndex | QPersistentModelIndex
OVERALL = "__overall__"  # the row of the overall questions in the section list
# Sections shown with the app's own page, as a patient sees them.
STEP_SECTIONS = ("about", "options", "compare", "outcomes", "preferences", "quiz")
SETTINGS_READING = "review/reading_level_open"

# Highlights in the reading-level text. Qt's rich text has no <mark>: the core's marks
# become spans with inline styles (dark text on a light background in every theme).
_MARK = re.compile(r'<mark class="([^"]*)" title="[^"]*">')
_LONG_STYLE = "background-color:#ffe08a; color:#000000;"
_WORD_STYLE = (
    "text-decoration:underline; font-weight:bold; color:#000000; background-color:#cfe6ff;"
)


def qt_highlight_html(html: str) -> str:
    """:func:`~sdm_aid.core.section_readability.highlight_html` output for a QTextBrowser."""

    def span(match: re.Match[str]) -> str:
        classes = match.group(1).split()
        style = ""
        if "long" in classes:
            style += _LONG_STYLE
        if "word" in classes:
            style += _WORD_STYLE
        return f'<span style="{style}">'

    return _MARK.sub(span, html).replace("</mark>", "</span>")


def _tr(text: str) -> str:
    """Translate text outside a widget (the context is the review window's)."""
    return QCoreApplication.translate("ReviewWindow", text)


def _same_name(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


# -- who is reviewing --------------------------------------------------------------------------


class ReviewerDialog(QDialog):
    """Asks once who is reviewing: a name or pseudonym, and a role."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review: {t}").format(t=title))
        self.setAccessibleName(self.tr("Who is reviewing?"))
        intro = QLabel(
            self.tr(
                "Thank you for reviewing this aid. Please say who you are. You can use a "
                "pseudonym. Your name and role are saved in the review file you send to the "
                "authors."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name or a pseudonym"))
        self.name.setMaxLength(200)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Your role"))
        for role, label in role_labels().items():
            self.role.addItem(label, role)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above
        name_label = QLabel(self.tr("Your &name or a pseudonym:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(self.tr("You are &a:"))
        role_label.setBuddy(self.role)
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Start reviewing"))
        self.ok.setAccessibleName(self.tr("Start reviewing"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """About 50 characters wide and tall enough for the wrapped text at any text size
        (a dialog's own size ignores how tall wrapped labels become)."""
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 50)
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 40)
        layout = self.layout()
        height = layout.heightForWidth(width) if layout is not None else -1
        if height > 0:
            self.setMinimumHeight(height)
            self.resize(width, max(height, self.height()))

    def fill(self, name: str, role: str) -> None:
        self.name.setText(name)
        index = self.role.findData(role)
        if index >= 0:
            self.role.setCurrentIndex(index)

    @property
    def reviewer(self) -> tuple[str, str]:
        return " ".join(self.name.text().split()), str(self.role.currentData())

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        if self.name.text().strip():
            super().accept()


def role_labels() -> dict[str, str]:
    return {
        "patient": _tr("Patient"),
        "carer": _tr("Carer (a family member or friend who helps)"),
        "clinician": _tr("Clinician"),
        "other": _tr("Other"),
    }


def criterion_labels() -> dict[str, str]:
    return {
        "understand": _tr("Easy to understand"),
        "balanced": _tr("Balanced / fair"),
        "enough": _tr("Enough information"),
    }


def answer_labels() -> dict[str, str]:
    return {
        "yes": _tr("Yes"),
        "partly": _tr("Partly"),
        "no": _tr("No"),
        "not-sure": _tr("Not sure"),
    }


def question_labels() -> dict[str, str]:
    return {
        "helps_decide": _tr("Would this aid help you decide?"),
        "options_fair": _tr("Were the options presented fairly?"),
        "missing": _tr("Was anything missing?"),
        "rating": _tr("Overall, how would you rate this aid (1 to 5)?"),
        "comments": _tr("Is there anything else you would like to tell the authors?"),
    }


# -- saving ------------------------------------------------------------------------------------


class ReviewSaver(BackgroundSaver):
    """Saves the review being written to its file (atomically, 0600, via save_review)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.review: Review | None = None

    def track(self, review: Review, path: Path) -> None:
        self.flush()
        self.review, self.path = review, path

    def _snapshot(self) -> Review | None:
        return copy.deepcopy(self.review) if self.review is not None else None

    def _store(self, snapshot: Review, path: Path) -> None:
        save_review(snapshot, path)


# -- models ------------------------------------------------------------------------------------


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


class CommentListModel(QAbstractListModel):
    """The reviewer's comments on one section, oldest first."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.review: Review | None = None
        self.section_id = ""
        self.comments: list[Comment] = []

    def show(self, review: Review | None, section_id: str) -> None:
        self.beginResetModel()
        self.review, self.section_id = review, section_id
        self.comments = review.comments_on(section_id) if review else []
        self.endResetModel()

    def reload(self) -> None:
        self.show(self.review, self.section_id)

    def comment(self, row: int) -> Comment:
        return self.comments[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.comments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        comment = self.comments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if comment.quote:
                return self.tr("On “{quote}”:\n{text}").format(
                    quote=comment.quote, text=comment.text
                )
            return comment.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.tr("Comment {n} of {total}: {text}").format(
                n=index.row() + 1, total=len(self.comments), text=comment.text
            )
            if comment.quote:
                text += " " + self.tr("Quoting: {quote}").format(quote=comment.quote)
            return text
        return None


# -- the window --------------------------------------------------------------------------------


class OpenError(ValueError):
    """The aid cannot be reviewed (it cannot be read or has errors)."""


_open_windows: list[ReviewWindow] = []  # open review windows, kept from the GC


class ReviewWindow(QMainWindow):
    """Reviewing one aid. ``started`` fires once the reviewer has said who they are and
    their review (new or resumed) is on screen; ``saved`` after each save; ``closed``."""

    started = Signal()
    saved = Signal(str)
    closed = Signal()

    def __init__(
        self,
        aid: Aid,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.aid = aid
        self.theme_name = theme_name
        self.settings = QSettings()
        self.store = store or ReviewStore(paths.user_data_dir() / "reviews")
        self.sections = review_sections(aid)
        self.review: Review | None = None
        self.path: Path | None = None
        self.figures: dict[str, SectionReadability] | None = None
        self.notice: QMessageBox | None = None  # the last message shown in a box
        self.current = ""  # the section id on screen (or OVERALL)
        self.editing: str | None = None  # the id of the comment being edited
        self._session: Session = new_session(aid, "home")  # for the step pages; never saved
        self._pages: dict[str, QWidget] = {}
        self._closing = False
        self._asked = False
        self._loading = False  # filling controls from the review: not a change

        self.saver = ReviewSaver(self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)

        self.setWindowTitle(self.tr("Review: {title} – SDM Aid").format(title=aid.meta.title))
        if aid.path is not None:
            self.setWindowFilePath(str(aid.path))
        self._build()
        self._build_actions()
        self._initial_size()
        self.who = ReviewerDialog(aid.meta.title, self)
        self.who.setWindowModality(Qt.WindowModality.WindowModal)
        self.who.accepted.connect(self._who_answered)
        self.who.rejected.connect(self._who_cancelled)
        self._set_enabled(False)
        self.show_section(0)
        run_in_thread(self._measure, self._measured, self._measure_failed)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open_path(
        cls,
        aid_path: Path,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        show: bool = True,
    ) -> ReviewWindow:
        """Open the aid file at ``aid_path`` for review in a window of its own.

        Raises :class:`OpenError` when the file cannot be read or the aid has errors.
        """
        from sdm_aid.core.parser import load_aid

        result = load_aid(Path(aid_path))
        aid = result.usable_aid
        if aid is None:
            raise OpenError(
                _tr("{name} cannot be reviewed:\n{problems}").format(
                    name=Path(aid_path).name, problems=result.problems()
                )
            )
        return cls.open_aid(aid, theme_name, store, show)

    @classmethod
    def open_aid(
        cls,
        aid: Aid,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        show: bool = True,
    ) -> ReviewWindow:
        window = cls(aid, theme_name, store)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.append(window)
        window.closed.connect(lambda w=window: _forget(w))
        if show:
            window.show()
        return window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked:
            self._asked = True
            QTimer.singleShot(0, self._ask_who)

    def _ask_who(self) -> None:
        """The reviewer is asked who they are once: the answer is remembered."""
        if self.review is not None or self._closing:
            return
        name, role = load_reviewer(self.settings)  # a private file, not the settings
        if name.strip() and role in ROLES:
            self.start(name, role)
            return
        self.who.fill(name, role if role in ROLES else "patient")
        self.who.open()

    def _who_answered(self) -> None:
        name, role = self.who.reviewer
        if self.review is None:
            self.start(name, role)
        else:  # a new name or role for this review
            save_reviewer(name, role)
            self.review.reviewer = Reviewer(name, role)
            self.review.touch()
            self._changed()
            self._show_reviewer()

    def _who_cancelled(self) -> None:
        if self.review is None:
            self.close()  # nobody to review as

    def change_reviewer(self) -> None:
        if self.review is not None:
            self.who.fill(self.review.reviewer.name, self.review.reviewer.role)
        self.who.open()

    def start(self, name: str, role: str) -> None:
        """Carry on with this reviewer's review of this version of the aid, or start one."""
        save_reviewer(name, role)
        review, messages = self._find_review(name, role)
        resumed = review is not None
        if review is None:
            review = new_review(self.aid, name, role, self.sections)
        self.review = review
        self.path = self.store.path_for(review)
        self.saver.track(review, self.path)
        self.section_model.review = review
        self.section_model.refresh()
        self._set_enabled(True)
        self._show_reviewer()
        self.show_section(self.section_list.currentIndex().row())
        self._fill_overall()
        if resumed:
            self.statusBar().showMessage(
                self.tr("Carrying on with your review from {when} (UTC).").format(
                    when=review.updated.replace("T", " ")[:16]
                ),
                8000,
            )
        if messages:
            self._tell(self.tr("Your reviews"), "\n\n".join(messages))
        self.section_list.setFocus()
        self.started.emit()

    def resume_file(self, review: Review, path: Path) -> None:
        """Carry on with a review file opened from outside (``sdm-aid FILE.review.json``),
        saving back to that file. Call before the window is shown."""
        self._asked = True  # the reviewer is the one in the file
        self.review, self.path = review, path
        self.saver.track(review, path)
        self.section_model.review = review
        self.section_model.refresh()
        self._set_enabled(True)
        self._show_reviewer()
        self.show_section(self.section_list.currentIndex().row())
        self._fill_overall()
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 8000)
        self.section_list.setFocus()
        self.started.emit()

    def _find_review(self, name: str, role: str) -> tuple[Review | None, list[str]]:
        """This reviewer's review of this aid version, and messages about files that could
        not be used (damaged ones are moved aside by the core, never deleted)."""
        summaries, problems = self.store.summaries()
        messages = [str(p) for p in problems]
        for summary in summaries:  # newest first
            if (
                summary.aid_id != self.aid.id
                or summary.aid_version != self.aid.meta.version
                or summary.role != role
                or not _same_name(summary.reviewer, name)
            ):
                continue
            try:
                review = load_review(summary.path)
            except ReviewError as exc:
                messages.append(str(exc))
                continue
            if review.aid_language != self.aid.meta.language:
                continue
            if review.content_hash != self.sections_hash:
                changed = changed_since(review, self.sections)
                titles = [s.title for s in self.sections if s.id in changed] or list(changed)
                messages.append(
                    self.tr(
                        "This aid has changed since your review of {when} (UTC), although its "
                        "version is the same. Sections that changed: {sections}. A new review "
                        "has been started; the earlier one is kept as {name}."
                    ).format(
                        when=review.updated.replace("T", " ")[:16],
                        sections=", ".join(titles),
                        name=summary.path.name,
                    )
                )
                return None, messages
            return review, messages
        return None, messages

    @property
    def sections_hash(self) -> str:
        return content_hash(self.sections)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.section_model = SectionListModel(self.sections, self)
        self.section_list = QListView()
        self.section_list.setModel(self.section_model)
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setAccessibleDescription(
            self.tr("Move with the arrow keys: each section is shown beside the list")
        )
        self.section_list.setWordWrap(True)
        self.section_list.setSpacing(2)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.selectionModel().currentChanged.connect(
            lambda now, _before: self.show_section(now.row()) if now.isValid() else None
        )
        self._fit_section_list()

        # What the reviewer reads, above their review of it.
        self.content = QStackedWidget()
        self.content.setAccessibleName(self.tr("The section as a patient sees it"))
        self.review_panel = self._build_review_panel()
        self.review_scroll = QScrollArea()
        self.review_scroll.setWidgetResizable(True)
        self.review_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.review_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review_scroll.setWidget(self.review_panel)
        self.review_scroll.viewport().installEventFilter(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.content)
        self.splitter.addWidget(self.review_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.overall_page = self._build_overall_page()
        self.right = QStackedWidget()
        self.right.addWidget(self.splitter)
        self.right.addWidget(self.overall_page)

        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.position.setWordWrap(True)
        self.position.setAccessibleName(self.tr("Where you are"))
        self.previous_button = QPushButton(self.tr("< &Previous section"))
        self.previous_button.setAccessibleName(self.tr("Previous section"))
        self.next_button = QPushButton(self.tr("&Next section >"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.previous_button.clicked.connect(lambda: self.go_by(-1))
        self.next_button.clicked.connect(lambda: self.go_by(1))
        nav = QHBoxLayout()
        nav.addWidget(self.position, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.right, 1)
        right.addLayout(nav)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.section_list)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.reviewer_label = QLabel()
        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewer_label.setAccessibleName(self.tr("Reviewer"))
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.statusBar().addPermanentWidget(self.reviewer_label)
        self.statusBar().addPermanentWidget(self.progress_label)

    def _build_review_panel(self) -> QWidget:
        panel = QWidget()
        panel.setAccessibleName(self.tr("Your review of this section"))
        layout = self._panel_layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 8, 12, 12)
        self.panel_heading = QLabel()
        self.panel_heading.setTextFormat(Qt.TextFormat.RichText)  # the title escaped
        self.panel_heading.setWordWrap(True)
        layout.addWidget(self.panel_heading)

        # Ratings: one row a criterion, 1 to 5 or Skip.
        scale = QLabel(self.tr("1 means not at all, 5 means very. Choose Skip to leave one out."))
        scale.setWordWrap(True)
        layout.addWidget(scale)
        self.rating_grid = QGridLayout()
        self.rating_grid.setHorizontalSpacing(14)
        self.rating_groups: dict[str, QButtonGroup] = {}
        self.rating_labels: dict[str, QLabel] = {}
        self._rating_rows: list[tuple[QLabel, list[QRadioButton]]] = []
        for criterion, label_text in criterion_labels().items():
            label = QLabel(f"<b>{_esc(label_text)}</b>")
            label.setAccessibleName(label_text)
            group = QButtonGroup(panel)
            buttons = []
            for value in range(RATING_MIN, RATING_MAX + 1):
                button = QRadioButton(str(value))
                words = {
                    RATING_MIN: self.tr("{v} of 5, not at all"),
                    RATING_MAX: self.tr("{v} of 5, very"),
                }.get(value, self.tr("{v} of 5"))
                button.setAccessibleName(f"{label_text}: {words.format(v=value)}")
                group.addButton(button, value)
                buttons.append(button)
            skip = QRadioButton(self.tr("Skip"))
            skip.setAccessibleName(self.tr("{criterion}: skip").format(criterion=label_text))
            group.addButton(skip, 0)
            buttons.append(skip)
            group.idClicked.connect(lambda value, c=criterion: self._rated(c, value))
            self.rating_groups[criterion] = group
            self.rating_labels[criterion] = label
            self._rating_rows.append((label, buttons))
        layout.addLayout(self.rating_grid)
        self._ratings_wide: bool | None = None
        self._reflow_ratings()

        # Comments on this section.
        self.comments_heading = QLabel()
        self.comments_heading.setTextFormat(Qt.TextFormat.RichText)
        self.comments_heading.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(self.comments_heading)
        self.comment_model = CommentListModel(self)
        self.comment_list = QListView()
        self.comment_list.setModel(self.comment_model)
        self.comment_list.setAccessibleName(self.tr("Your comments on this section"))
        self.comment_list.setWordWrap(True)
        self.comment_list.setAlternatingRowColors(True)
        self.comment_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comment_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comment_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.comment_list.activated.connect(lambda _i: self.edit_comment())
        self.comments_heading.setBuddy(self.comment_list)
        layout.addWidget(self.comment_list)
        self.edit_button = QPushButton(self.tr("&Edit comment"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected comment"))
        self.remove_button = QPushButton(self.tr("Re&move comment"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected comment"))
        self.edit_button.clicked.connect(self.edit_comment)
        self.remove_button.clicked.connect(lambda: self.remove_comment())
        self.comment_buttons = QWidget()
        row = QHBoxLayout(self.comment_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addWidget(self.comment_buttons)
        self.comment_list.selectionModel().currentChanged.connect(self._comment_buttons)

        self.comment_label = QLabel(self.tr("New &comment:"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Your comment"))
        self.comment_edit.setPlaceholderText(
            self.tr("What is unclear, unfair or missing in this section? Ctrl+Enter adds it.")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment_edit)
        add_key = QAction(self.comment_edit)
        add_key.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        add_key.triggered.connect(self.add_comment)
        self.comment_edit.addAction(add_key)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_edit)

        quote_label = QLabel(self.tr("Quoted pa&ssage (optional):"))
        self.quote_edit = QLineEdit()
        self.quote_edit.setAccessibleName(self.tr("Quoted passage (optional)"))
        self.quote_edit.setPlaceholderText(
            self.tr("Select words in the section above, then choose Quote selected text")
        )
        self.quote_edit.setMaxLength(MAX_QUOTE)
        self.quote_edit.setClearButtonEnabled(True)
        quote_label.setBuddy(self.quote_edit)
        self.quote_button = QPushButton(self.tr("&Quote selected text"))
        self.quote_button.setAccessibleName(self.tr("Quote the text selected in the section above"))
        self.quote_button.clicked.connect(self.quote_selection)
        layout.addWidget(quote_label)
        quote_row = QHBoxLayout()
        quote_row.addWidget(self.quote_edit, 1)
        quote_row.addWidget(self.quote_button)
        layout.addLayout(quote_row)

        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.setAccessibleName(self.tr("Add the comment to this section"))
        self.add_button.clicked.connect(self.add_comment)
        self.cancel_edit_button = QPushButton(self.tr("Cancel editing"))
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing the comment"))
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.cancel_edit_button.hide()
        self.comment_message = QLabel()
        self.comment_message.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_message.setWordWrap(True)
        self.comment_message.setAccessibleName(self.tr("About your comment"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.cancel_edit_button)
        add_row.addStretch()
        layout.addLayout(add_row)
        layout.addWidget(self.comment_message)

        # Reading level, folded away until asked for.
        self.reading_toggle = QToolButton()
        self.reading_toggle.setAccessibleName(self.tr("Reading level of this section"))
        self.reading_toggle.setCheckable(True)
        self.reading_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.reading_toggle.setAutoRaise(True)
        self.reading_toggle.toggled.connect(self._toggle_reading)
        self.reading_body = QWidget()
        reading = QVBoxLayout(self.reading_body)
        reading.setContentsMargins(0, 0, 0, 0)
        self.reading_summary = QLabel()
        self.reading_summary.setWordWrap(True)
        self.reading_summary.setTextFormat(Qt.TextFormat.RichText)
        self.reading_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reading_summary.setAccessibleName(self.tr("Reading level figures"))
        self.reading_text = QTextBrowser()
        self.reading_text.setAccessibleName(
            self.tr("The section's text with long sentences and unexplained words highlighted")
        )
        self.reading_text.setOpenLinks(False)
        reading.addWidget(self.reading_summary)
        reading.addWidget(self.reading_text)
        layout.addSpacing(6)
        layout.addWidget(self.reading_toggle)
        layout.addWidget(self.reading_body)
        layout.addStretch()
        opened = self.settings.value(SETTINGS_READING, False)
        self.reading_toggle.setChecked(opened in (True, "true", "1", 1))
        self._toggle_reading(self.reading_toggle.isChecked(), remember=False)
        self._fit_heights()
        return panel

    def _reflow_ratings(self) -> None:
        """Each criterion on one line, its label then 1 to 5 and Skip, when they fit the
        panel; otherwise (large text, a narrow window) the label above its answers."""
        spacing = self.rating_grid.horizontalSpacing()
        label_width = max(label.sizeHint().width() for label, _ in self._rating_rows)
        buttons_width = max(
            sum(b.sizeHint().width() + spacing for b in buttons) for _, buttons in self._rating_rows
        )
        room = 10**6  # while the panel is being built: lay out for a wide one
        if hasattr(self, "review_scroll"):
            margins = self._panel_layout.contentsMargins()
            room = self.review_scroll.viewport().width() - margins.left() - margins.right()
        wide = label_width + spacing + buttons_width <= room
        if wide == self._ratings_wide:
            return
        self._ratings_wide = wide
        grid = self.rating_grid
        for label, buttons in self._rating_rows:
            for widget in (label, *buttons):
                grid.removeWidget(widget)
        count = len(self._rating_rows[0][1])
        for row, (label, buttons) in enumerate(self._rating_rows):
            if wide:
                grid.addWidget(label, row, 0)
                for column, button in enumerate(buttons, start=1):
                    grid.addWidget(button, row, column)
            else:
                grid.addWidget(label, 2 * row, 0, 1, count)
                for column, button in enumerate(buttons):
                    grid.addWidget(button, 2 * row + 1, column)
        for column in range(count + 2):
            grid.setColumnStretch(column, 0)
        grid.setColumnStretch(count + 1 if wide else count, 1)  # the room on the right

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.review_scroll.viewport():
            self._reflow_ratings()
        return super().eventFilter(watched, event)

    def _fit_heights(self) -> None:
        """Text boxes and lists a few lines high at the current text size."""
        line = self.fontMetrics().height()
        self._fit_comment_list()
        self.comment_edit.setMinimumHeight(line * 3)
        self.comment_edit.setMaximumHeight(line * 5)
        self.reading_text.setMinimumHeight(line * 8)
        for edit in getattr(self, "overall_edits", ()):
            edit.setMinimumHeight(line * 3)
            edit.setMaximumHeight(line * 7)

    def _build_overall_page(self) -> QScrollArea:
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setAccessibleName(self.tr("Overall questions"))
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)
        heading = QLabel(f"<h1>{_esc(self.tr('Overall questions'))}</h1>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(self.tr("Last, a few questions about the aid as a whole."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        questions = question_labels()
        self.overall_edits: list[QPlainTextEdit] = []
        self.answer_groups: dict[str, QButtonGroup] = {}
        for key in CHOICE_QUESTIONS:
            box, row = _titled(questions[key], QHBoxLayout)
            group = QButtonGroup(box)
            for n, (answer, text) in enumerate(answer_labels().items()):
                button = QRadioButton(text)
                button.setAccessibleName(f"{questions[key]} {text}")
                button.setProperty("answer", answer)
                group.addButton(button, n)
                row.addWidget(button)
            row.addStretch()
            group.idClicked.connect(lambda n, k=key: self._answered(k, ANSWERS[n]))
            self.answer_groups[key] = group
            layout.addWidget(box)
        self.missing_edit = self._overall_text(layout, "missing", questions["missing"])
        box, row = _titled(questions["rating"], QHBoxLayout)
        self.overall_rating = QButtonGroup(box)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QRadioButton(str(value))
            words = {
                RATING_MIN: self.tr("{v} of 5, poor"),
                RATING_MAX: self.tr("{v} of 5, very good"),
            }.get(value, self.tr("{v} of 5"))
            button.setAccessibleName(f"{questions['rating']} {words.format(v=value)}")
            self.overall_rating.addButton(button, value)
            row.addWidget(button)
        row.addStretch()
        self.overall_rating.idClicked.connect(lambda v: self._answered("rating", v))
        layout.addWidget(box)
        self.more_edit = self._overall_text(layout, "comments", questions["comments"])

        send = QLabel(
            self.tr(
                "Your answers are saved as you go. When you have finished, save a copy of "
                "your review and send it to the authors of the aid (for example by email)."
            )
        )
        send.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(send)
        self.send_button = QPushButton(self.tr("Save a &copy to send…"))
        self.send_button.setAccessibleName(self.tr("Save a copy of your review to send"))
        self.send_button.clicked.connect(self.save_copy)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        page.setWidget(inner)
        return page

    def _overall_text(self, layout: QVBoxLayout, key: str, text: str) -> QPlainTextEdit:
        label = QLabel(f"<b>{_esc(text)}</b>")
        label.setWordWrap(True)
        edit = QPlainTextEdit()
        edit.setAccessibleName(text)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 3)
        edit.setMaximumHeight(self.fontMetrics().height() * 7)
        self.overall_edits.append(edit)
        label.setBuddy(edit)
        edit.textChanged.connect(lambda e=edit, k=key: self._answered(k, e.toPlainText()))
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.save_action = self._action(self.tr("&Save now"), self.save_now, keys.Save)
        self.copy_action = self._action(
            self.tr("Save a &copy to send…"), self.save_copy, keys.SaveAs
        )
        self.who_action = self._action(self.tr("Change your &name or role…"), self.change_reviewer)
        close_action = self._action(self.tr("&Close"), self.close, keys.Close)
        for action in (self.save_action, self.copy_action, self.who_action, close_action):
            file_menu.addAction(action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.previous_action = self._action(
            self.tr("&Previous section"), lambda: self.go_by(-1), keys.Back
        )
        self.next_action = self._action(
            self.tr("&Next section"), lambda: self.go_by(1), keys.Forward
        )
        self.pane_action = self._action(
            self.tr("Next &area (list, section, your review)"), lambda: self.next_pane(1), "F6"
        )
        self.pane_back_action = self._action(
            self.tr("Previous a&rea"), lambda: self.next_pane(-1), "Shift+F6"
        )
        self.quote_action = self._action(
            self.tr("&Quote selected text"), self.quote_selection, "Ctrl+Shift+Q"
        )
        for action in (
            self.previous_action,
            self.next_action,
            self.pane_action,
            self.pane_back_action,
            self.quote_action,
        ):
            go.addAction(action)
        for button, action in (
            (self.previous_button, self.previous_action),
            (self.next_button, self.next_action),
            (self.quote_button, self.quote_action),
        ):
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _initial_size(self) -> None:
        fit_to_text(self, (130, 85), (1200, 820))

    def _fit_section_list(self) -> None:
        self.section_list.setFixedWidth(self.fontMetrics().averageCharWidth() * 27)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "section_list"):
            self._fit_section_list()
            self._fit_heights()
            self._ratings_wide = None
            self._reflow_ratings()

    def _set_enabled(self, enabled: bool) -> None:
        self.review_panel.setEnabled(enabled)
        self.overall_page.setEnabled(enabled)
        for action in (self.save_action, self.copy_action, self.who_action):
            action.setEnabled(enabled)

    # -- the sections ----------------------------------------------------------------------
    def section(self, section_id: str) -> ReviewSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def go_by(self, delta: int) -> None:
        row = self.section_list.currentIndex().row() + delta
        if 0 <= row < self.section_model.rowCount():
            self.section_list.setCurrentIndex(self.section_model.index(row))

    def go_to(self, section_id: str) -> None:
        ids = self.section_model.ids()
        if section_id in ids:
            self.section_list.setCurrentIndex(self.section_model.index(ids.index(section_id)))

    def show_section(self, row: int) -> None:
        ids = self.section_model.ids()
        row = max(0, min(row, len(ids) - 1))
        index = self.section_model.index(row)
        if self.section_list.currentIndex() != index:
            self.section_list.setCurrentIndex(index)  # comes back here
            return
        section_id = ids[row]
        if self.editing is not None and section_id != self.current:
            self.cancel_edit()
        self.current = section_id
        self.position.setText(
            self.tr("{n} of {total}").format(n=row + 1, total=len(ids))
            if section_id != OVERALL
            else self.tr("{n} of {total}: the last page").format(n=row + 1, total=len(ids))
        )
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(ids) - 1)
        self.previous_action.setEnabled(row > 0)
        self.next_action.setEnabled(row < len(ids) - 1)
        if section_id == OVERALL:
            self.right.setCurrentWidget(self.overall_page)
            self._fill_overall()
            self._show_progress()
            return
        self.right.setCurrentWidget(self.splitter)
        page = self.page(section_id)
        self.content.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self._fill_panel(section_id)
        self._show_progress()

    def page(self, section_id: str) -> QWidget:
        """What the reader sees of a section, built the first time it is shown."""
        if section_id not in self._pages:
            page = self._build_page(section_id)
            self._pages[section_id] = page
            self.content.addWidget(page)
            self._tab_order(page)
        return self._pages[section_id]

    def _tab_order(self, page: QWidget) -> None:
        """Pages are built after the review panel, so Qt would reach them last with Tab:
        put the page and everything in it straight after the section list."""
        inside = []
        widget = self.section_list.nextInFocusChain()
        while widget is not None and widget is not self.section_list:
            if page.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                inside.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.section_list
        for widget in (page, *inside):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _build_page(self, section_id: str) -> QWidget:
        from sdm_aid.ui.steps import STEP_CLASSES

        classes = {cls.step_id: cls for cls in STEP_CLASSES}
        if section_id in STEP_SECTIONS and section_id in classes:
            step: Step = classes[section_id](self.aid, self._session, self.theme_name)
            step.setAccessibleName(self.section_title(section_id))
            step.refresh()
            step.finish()  # the whole section at once: its focus order is set next
            if section_id == "about":
                self._hide_setting(step)
            return step
        section = self.section(section_id)
        assert section is not None
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setAccessibleName(self.section_title(section_id))
        html = section.html
        if section_id not in ("glossary", "sources"):
            html = link_glossary(html, self.aid.glossary)
        heading = f"<h1>{_esc(self.section_title(section_id))}</h1>"
        view.setHtml(safe_html(heading + html, images_for(self.aid.path)))
        view.anchorClicked.connect(lambda url, v=view: self._explain(url, v))
        view.highlighted.connect(lambda url, v=view: self._explain(url, v, hover=True))
        return view

    def _hide_setting(self, step: Step) -> None:
        """The about page says where a session takes place ("Preparing on my own"):
        meaningless in a review, so it is not shown."""
        setting = step.tr("Preparing on my own")
        for label in step.findChildren(QLabel):
            if label.text() == setting:
                label.hide()

    def _explain(self, url: QUrl, view: QTextBrowser, hover: bool = False) -> None:
        link = url.toString()
        if link.startswith(GLOSSARY_SCHEME):
            term = link[len(GLOSSARY_SCHEME) :]
            text = f"{term}: {definition(self.aid.glossary, term) or ''}"
        elif link:
            text = self.tr("Link: {link} (not opened from a review)").format(link=link)
        else:
            return
        self.statusBar().showMessage(text, 10000)
        if not hover:
            view.setToolTip(plain_tooltip(text))

    def section_title(self, section_id: str) -> str:
        section = self.section(section_id)
        return (section.title or section.id) if section else section_id

    # -- the review panel -----------------------------------------------------------------
    def _fill_panel(self, section_id: str) -> None:
        self._loading = True
        try:
            self.panel_heading.setText(
                "<h3>"
                + _esc(
                    self.tr("Your review of “{title}”").format(title=self.section_title(section_id))
                )
                + "</h3>"
            )
            for criterion, group in self.rating_groups.items():
                answered = self.review is not None and self.review.answered(section_id, criterion)
                value = self.review.rating(section_id, criterion) if self.review else None
                if answered:
                    button = group.button(value if value is not None else 0)
                    button.setChecked(True)
                else:
                    _uncheck(group)
            self.comment_model.show(self.review, section_id)
            self._comment_buttons()
            self.comment_message.setText("")
            self._fill_reading(section_id)
        finally:
            self._loading = False

    def _rated(self, criterion: str, value: int) -> None:
        if self._loading or self.review is None or self.current == OVERALL:
            return
        self.review.rate(self.current, criterion, value or None)  # 0 is "skip"
        self._changed()

    def rate(self, criterion: str, value: int | None) -> None:
        """Rate the section on screen as the radio buttons do (None: skip)."""
        self.rating_groups[criterion].button(value or 0).click()

    def _comment_buttons(self, *_args: object) -> None:
        count = self.comment_model.rowCount()
        title = self.tr("Your comments on this section")
        self.comments_heading.setText(
            f"<b>{_esc(title)}</b> "
            + _esc(self.tr("({n})").format(n=count) if count else self.tr("(none yet)"))
        )
        self.comment_list.setVisible(count > 0)
        self.comment_buttons.setVisible(count > 0)
        self._fit_comment_list()
        chosen = self.comment_list.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _fit_comment_list(self) -> None:
        """As tall as the comments (a few lines at least, about seven at most)."""
        line = self.fontMetrics().height()
        view = self.comment_list
        rows = sum(max(0, view.sizeHintForRow(r)) for r in range(self.comment_model.rowCount()))
        height = rows + 2 * view.frameWidth() + line // 2
        view.setFixedHeight(max(line * 2, min(line * 7, height)))

    def selected_text(self) -> str:
        """The text selected in the section on screen (or in its reading-level text)."""
        page = self.content.currentWidget()
        views: list[QWidget] = []
        if page is not None:
            views.append(page)
            views += page.findChildren(QLabel)
            views += page.findChildren(QTableView)
        if self.reading_body.isVisible():
            views.append(self.reading_text)
        focus = QApplication.focusWidget()
        views.sort(key=lambda w: w is not focus)  # the one with the focus first
        for view in views:
            text = ""
            if isinstance(view, QTextBrowser):
                text = view.textCursor().selectedText()
            elif isinstance(view, QLabel) and view.hasSelectedText():
                text = view.selectedText()
            elif isinstance(view, QTableView) and view.selectionModel() is not None:
                cells = sorted(
                    view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
                )
                text = " ".join(str(i.data() or "") for i in cells)
            text = " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())
            if text:
                return text
        return ""

    def quote_selection(self) -> None:
        if self.review is None or self.current == OVERALL:
            return
        text = self.selected_text()
        if not text:
            self.comment_message.setText(
                self.tr(
                    "Nothing is selected. Select some words in the section above (drag over "
                    "them with the mouse), then choose Quote selected text again."
                )
            )
            return
        if len(text) > MAX_QUOTE:
            text = text[: MAX_QUOTE - 1].rstrip() + "…"
            self.comment_message.setText(
                self.tr("The passage is long: only its first {n:,} characters are quoted.").format(
                    n=MAX_QUOTE
                )
            )
        else:
            self.comment_message.setText("")
        self.quote_edit.setText(text)
        self.comment_edit.setFocus()

    def add_comment(self) -> None:
        """Add the comment in the box (or save the one being edited)."""
        if self.review is None or self.current == OVERALL:
            return
        text = self.comment_edit.toPlainText().strip()
        if not text:
            self.comment_message.setText(self.tr("Type your comment first."))
            self.comment_edit.setFocus()
            return
        try:
            if self.editing is not None:
                self.review.edit_comment(self.editing, text, self.quote_edit.text())
                done = self.tr("Comment changed.")
            else:
                self.review.add_comment(self.current, text, self.quote_edit.text())
                done = self.tr("Comment added.")
        except (ValueError, KeyError) as exc:
            self.comment_message.setText(str(exc))
            return
        self.editing = None
        self.comment_edit.clear()
        self.quote_edit.clear()
        self._edit_mode(False)
        self.comment_model.reload()
        self._comment_buttons()
        self.comment_message.setText(done)
        self._changed()
        self.comment_edit.setFocus()

    def edit_comment(self) -> None:
        index = self.comment_list.currentIndex()
        if not index.isValid():
            return
        comment = self.comment_model.comment(index.row())
        self.editing = comment.id
        self.comment_edit.setPlainText(comment.text)
        self.quote_edit.setText(comment.quote)
        self._edit_mode(True)
        self.comment_edit.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        self.comment_edit.clear()
        self.quote_edit.clear()
        self._edit_mode(False)

    def _edit_mode(self, editing: bool) -> None:
        self.comment_label.setText(
            self.tr("Change your &comment:") if editing else self.tr("New &comment:")
        )
        self.add_button.setText(self.tr("S&ave changes") if editing else self.tr("&Add comment"))
        self.add_button.setAccessibleName(
            self.tr("Save the changed comment")
            if editing
            else self.tr("Add the comment to this section")
        )
        self.cancel_edit_button.setVisible(editing)

    def remove_comment(self, confirm: bool = True) -> None:
        index = self.comment_list.currentIndex()
        if self.review is None or not index.isValid():
            return
        comment = self.comment_model.comment(index.row())
        if confirm:
            ask = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Remove comment"),
                self.tr("Remove this comment?\n\n{text}").format(text=comment.text[:300]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            answer = plain_box(ask).exec()
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.editing == comment.id:
            self.cancel_edit()
        self.review.remove_comment(comment.id)
        self.comment_model.reload()
        self._comment_buttons()
        self.comment_message.setText(self.tr("Comment removed."))
        self._changed()
        self.comment_list.setFocus()

    # -- reading level ---------------------------------------------------------------------
    def _measure(self) -> dict[str, SectionReadability]:
        from sdm_aid.core.section_readability import readability_by_section

        return readability_by_section(self.aid, self.sections)

    def _measured(self, figures: dict[str, SectionReadability]) -> None:
        if not shiboken6.isValid(self) or self._closing:
            return
        self.figures = figures
        if self.current != OVERALL:
            self._fill_reading(self.current)

    def _measure_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self) and not self._closing:
            self.reading_summary.setText(
                _esc(self.tr("The reading level could not be worked out: {e}").format(e=exc))
            )

    def _toggle_reading(self, shown: bool, remember: bool = True) -> None:
        # Arrows as text: they grow with the text size (a tool button's arrow does not).
        self.reading_toggle.setText(("▼ " if shown else "▶ ") + self.tr("Reading &level"))
        self.reading_body.setVisible(shown)
        if remember:
            self.settings.setValue(SETTINGS_READING, shown)
            protect(self.settings)

    def _fill_reading(self, section_id: str) -> None:
        from sdm_aid.core.section_readability import (
            LONG_SENTENCE_WORDS,
            TARGET_GRADE,
            highlight_html,
        )

        figures = self.figures.get(section_id) if self.figures else None
        section = self.section(section_id)
        if figures is None or section is None:
            self.reading_summary.setText(_esc(self.tr("Working out the reading level…")))
            self.reading_text.clear()
            return
        lines = []
        if figures.reading_ease is not None and figures.grade is not None:
            lines.append(
                self.tr(
                    "<b>Reading ease:</b> {ease:.0f} out of 100, {words} (60 or more is plain "
                    "English; higher is easier)"
                ).format(ease=figures.reading_ease, words=_esc(figures.ease_words))
            )
            age = figures.reading_age or 0
            lines.append(
                self.tr(
                    "<b>Grade:</b> {grade:.1f}, about reading age {age:.0f} (the aim is grade "
                    "{target} or below, about reading age {target_age})"
                ).format(
                    grade=figures.grade,
                    age=age,
                    target=f"{TARGET_GRADE:g}",
                    target_age=f"{TARGET_GRADE + 5:g}",
                )
                + (" " + self.tr("<b>above the aim</b>") if figures.above_target else "")
            )
        else:
            lines.append(
                self.tr("<b>Reading ease and grade:</b> {why}").format(why=_esc(figures.note))
            )
        lines.append(
            self.tr("<b>Long sentences</b> (over {n} words): {count}").format(
                n=LONG_SENTENCE_WORDS, count=len(figures.long_sentences)
            )
        )
        words = figures.words_not_in_glossary
        lines.append(
            self.tr("<b>Words not in the glossary:</b> {words}").format(
                words=_esc(", ".join(words)) if words else self.tr("none")
            )
        )
        if figures.long_sentences or words:
            keys = []
            if figures.long_sentences:
                keys.append(
                    self.tr(
                        "<span style='{s}'>long sentences</span> have a yellow background"
                    ).format(s=_LONG_STYLE)
                )
            if words:
                keys.append(
                    self.tr(
                        "<span style='{s}'>words not in the glossary</span> are underlined"
                    ).format(s=_WORD_STYLE)
                )
            lines.append(self.tr("Below, {what}.").format(what=self.tr(" and ").join(keys)))
            marked = qt_highlight_html(highlight_html(section.text, figures))
            self.reading_text.setHtml(with_loaded_images(marked, None))  # no pictures here
            self.reading_text.show()
        else:
            self.reading_text.clear()
            self.reading_text.hide()
        self.reading_summary.setText("<br>".join(lines))

    # -- overall questions -----------------------------------------------------------------
    def _fill_overall(self) -> None:
        if self.review is None:
            return
        self._loading = True
        try:
            overall = self.review.overall
            for key, group in self.answer_groups.items():
                value = getattr(overall, key)
                if value in ANSWERS:
                    group.button(ANSWERS.index(value)).setChecked(True)
                else:
                    _uncheck(group)
            if overall.rating is not None:
                self.overall_rating.button(overall.rating).setChecked(True)
            else:
                _uncheck(self.overall_rating)
            texts = ((self.missing_edit, overall.missing), (self.more_edit, overall.comments))
            for edit, text in texts:
                if edit.toPlainText().strip() != text:
                    edit.setPlainText(text)
        finally:
            self._loading = False

    def _answered(self, key: str, value: str | int | None) -> None:
        if self._loading or self.review is None:
            return
        try:
            self.review.answer(key, value)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return
        self._changed()

    def answer(self, key: str, value: str | int) -> None:
        """Answer an overall question as the controls do."""
        if key in self.answer_groups:
            self.answer_groups[key].button(ANSWERS.index(str(value))).click()
        elif key == "rating":
            self.overall_rating.button(int(value)).click()
        else:
            edit = self.missing_edit if key == "missing" else self.more_edit
            edit.setPlainText(str(value))

    # -- saving ----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.saver.changed()
        self.section_model.refresh()
        self._show_progress()

    def _saved(self, _path: str) -> None:
        if shiboken6.isValid(self) and not self._closing:
            self.saved.emit(_path)
            self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _save_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.statusBar().showMessage(self.tr("Could not save: {m}").format(m=message))

    def save_now(self) -> None:
        if self.review is None:
            return
        self.saver.changed()
        self.saver.flush()

    def save_copy(self) -> None:
        if self.review is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of your review to send"),
            str(Path.home() / review_filename(self.review)),
            self.tr("SDM Aid reviews (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self.save_copy_to(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def save_copy_to(self, path: Path) -> bool:
        """Write the review to ``path`` (for sending) and say what to do with it."""
        assert self.review is not None
        self.saver.flush()
        try:
            save_review(self.review, path)
        except OSError as exc:
            self._tell(
                self.tr("Could not save"),
                self.tr("Could not save {p}: {e}").format(p=path, e=exc.strerror or exc),
                warning=True,
            )
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as {p}").format(p=path), 8000)
        self._tell(
            self.tr("Your review is ready to send"),
            self.tr(
                "Your review is saved as:\n{p}\n\nPlease send this file to the authors of the "
                "aid, for example by email. Your review is also kept in SDM Aid, so you can "
                "carry on with it and send it again."
            ).format(p=path),
        )
        return True

    def _show_reviewer(self) -> None:
        if self.review is None:
            self.reviewer_label.setText("")
            return
        role = role_labels().get(self.review.reviewer.role, self.review.reviewer.role)
        self.reviewer_label.setText(
            self.tr("Reviewer: {name} ({role})").format(
                name=self.review.reviewer.name, role=role.split(" (")[0]
            )
        )

    def _show_progress(self) -> None:
        if self.review is None:
            self.progress_label.setText("")
            return
        done, total = self.review.progress()
        self.progress_label.setText(
            self.tr("{done} of {total} answered").format(done=done, total=total)
        )

    def _tell(self, title: str, text: str, warning: bool = False) -> None:
        if self.notice is not None:
            self.notice.deleteLater()
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.notice = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        self.notice.setAccessibleName(title)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.open()

    # -- keyboard --------------------------------------------------------------------------
    def next_pane(self, delta: int) -> None:
        """F6 / Shift+F6: the section list, the section, your review (or the questions)."""
        if self.current == OVERALL:
            panes: list[QWidget] = [self.section_list, self.overall_page]
        else:
            panes = [self.section_list, self.content, self.review_scroll]
        focus = QApplication.focusWidget()
        here = next(
            (n for n, p in enumerate(panes) if focus is p or (focus and p.isAncestorOf(focus))),
            0,
        )
        target = panes[(here + delta) % len(panes)]
        if target is self.section_list:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return
        inner = self.content.currentWidget() if target is self.content else target
        if inner is None:
            return
        first = _first_focusable(inner)
        (first or inner).setFocus(Qt.FocusReason.TabFocusReason)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.saver.flush()
        self.closed.emit()
        super().closeEvent(event)


def _forget(window: ReviewWindow) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def _first_focusable(widget: QWidget) -> QWidget | None:
    for child in widget.findChildren(QWidget):
        if (
            child.focusPolicy() & Qt.FocusPolicy.TabFocus
            and child.isVisibleTo(widget)
            and child.isEnabled()
        ):
            return child
    return None


def _uncheck(group: QButtonGroup) -> None:
    """Show no answer in an exclusive group of radio buttons."""
    checked = group.checkedButton()
    if checked is not None:
        group.setExclusive(False)
        checked.setChecked(False)
        group.setExclusive(True)


def _titled(title: str, layout_type: type[QHBoxLayout]) -> tuple[QFrame, QHBoxLayout]:
    from sdm_aid.ui.steps import titled_box

    return titled_box(title, layout_type)


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=False)
