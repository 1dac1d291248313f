"""The nine steps of the guided decision, each a page over the session and the aid."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStyle,
    QTableView,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.model import Aid, Outcome
from sdm_aid.core.presentation import (
    GLOSSARY_SCHEME,
    at_scale,
    definition,
    link_glossary,
    plain,
    source_line,
    source_name,
)
from sdm_aid.core.risk_words import certainty_words, value_words
from sdm_aid.core.session import (
    COLLABORATE_INTRO,
    COLLABORATE_ITEMS,
    COLLABORATE_QUESTIONS,
    COLLABORATE_SCALE,
    MATTERS_A_LOT,
    MORE_TIME,
    NOT_DECIDED,
    SURE_ITEMS,
    SURE_QUESTIONS,
    Session,
)
from sdm_aid.core.svg_icons import MAX_FIGURES
from sdm_aid.ui.icon_array import IconArray
from sdm_aid.ui.safe_text import images_for, plain_tooltip, safe_html, with_loaded_images
from sdm_aid.ui.theme import outcome_colours
from sdm_aid.ui.wrapping import (
    WrappingCheckBox,
    WrappingRadioButton,
    widest_word,
    wrapped,
)

Index = QModelIndex | QPersistentModelIndex


class _HintFromLayout:
    """Size hint from the layout alone (the mixin goes first).

    A QWidget with a layout works out its size hint by laying its whole contents out at
    the hinted width, one the page never has, so every paragraph was laid out once for
    nothing each time a page was shown. Layouts give these widgets their width and then
    ask for the height at that width, so the layout's plain hint is enough.
    """

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()


class PageBody(_HintFromLayout, QWidget):
    """The scrolled contents of a page."""


class Card(_HintFromLayout, QFrame):
    """A framed box of wrapped text."""


class Step(QScrollArea):
    """A scrollable page. ``changed`` fires after every edit the person makes."""

    changed = Signal()
    step_id = ""

    def __init__(self, aid: Aid, session: Session, theme: str = "system"):
        super().__init__()
        self.aid, self.session, self.theme = aid, session, theme
        self.images = images_for(aid.path)  # the aid's own pictures, loaded by us
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the window; nothing should need sideways scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = PageBody()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 8, 16, 16)
        self.body.setSpacing(10)
        self.setWidget(inner)
        self.meaning = wrapped()  # where a glossary word's meaning appears for keyboard users
        self.meaning.setAccessibleName(self.tr("Meaning of the selected word"))
        self.build()
        self.body.addStretch()
        self.body.addWidget(self.meaning)

    def build(self) -> None:
        raise NotImplementedError

    def content_width(self) -> int:
        """The width the page's contents have, or will have once the page is shown.

        A hidden page that has been resized is told so only when it is shown, so its
        viewport still has the old width: then take the page's own, less a scroll bar.
        """
        if self.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
            bar = self.verticalScrollBar().sizeHint().width()
            return self.width() - 2 * self.frameWidth() - bar
        return self.viewport().width()

    def columns(self, width_in_chars: int, most: int) -> int:
        """How many columns of about ``width_in_chars`` fit the page at the current text size."""
        column = self.fontMetrics().averageCharWidth() * width_in_chars
        return max(1, min(most, self.content_width() // max(1, column)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Columns first, then let the scroll area fit its contents: the other way round,
        # every card's text is laid out at the old column widths and then again.
        self.reflow()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.reflow()

    def reflow(self) -> None:
        """Re-arrange columns for a new width or text size (pages with columns override)."""

    def refresh(self) -> None:
        """Bring the page up to date with the session (called when the page is shown)."""

    def prepare(self) -> None:
        """Do slow work ahead of time, while another page is being read."""
        self.finish()

    def finish(self) -> None:
        """Add now what a page leaves until just after it is first painted (if anything)."""

    def heading(self, text: str, level: int = 1) -> QLabel:
        label = wrapped(f"<h{level}>{_esc(text)}</h{level}>", rich=True)
        label.setAccessibleName(text)
        self.body.addWidget(label)
        return label

    def rich(self, html: str, name: str = "") -> QLabel:
        """Aid text with glossary words explained on hover and on keyboard focus."""
        label = wrapped(safe_html(link_glossary(html, self.aid.glossary), self.images), rich=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkHovered.connect(lambda link, w=label: self._explain(link, w))
        label.linkActivated.connect(lambda link, w=label: self._explain(link, w))
        if name:
            label.setAccessibleName(name)
        label.setAccessibleDescription(plain(html)[:500])
        return label

    def _explain(self, link: str, widget: QWidget) -> None:
        if link.startswith(GLOSSARY_SCHEME):
            term = link[len(GLOSSARY_SCHEME) :]
            meaning = definition(self.aid.glossary, term) or ""
            text = f"{term}: {meaning}"
        elif link.startswith("#source-"):
            source = self.aid.meta.source(link[len("#source-") :])
            text = self.tr("Source: {s}").format(s=source_line(source)) if source else ""
        else:
            text = link
        if not text:
            return
        self.meaning.setText(text)
        QToolTip.showText(
            widget.mapToGlobal(widget.rect().bottomLeft()), plain_tooltip(text), widget
        )

    def mark(self) -> None:
        self.changed.emit()


LayoutT = TypeVar("LayoutT", QGridLayout, QVBoxLayout, QHBoxLayout)


def titled_box(title: str, layout_type: type[LayoutT]) -> tuple[QFrame, LayoutT]:
    """A framed group whose title wraps (a QGroupBox title never does)."""
    box = Card()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setAccessibleName(title)
    outer = QVBoxLayout(box)
    heading = wrapped(f"<b>{_esc(title)}</b>", rich=True)
    outer.addWidget(heading)
    inner = layout_type()
    outer.addLayout(inner)
    return box, inner


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _no_mnemonic(text: str) -> str:
    """Aid text for a button: an "&" in it is shown, not taken as a keyboard shortcut."""
    return text.replace("&", "&&")


class AboutStep(Step):
    step_id = "about"

    def build(self) -> None:
        meta = self.aid.meta
        self.heading(meta.title)
        notes = []
        if meta.status == "draft":
            notes.append(self.tr("This aid is a draft."))
        if meta.is_out_of_date():
            notes.append(
                self.tr("This aid is past its review date ({d}).").format(d=meta.next_review)
            )
        if meta.approved_by is None:
            notes.append(self.tr("It has not yet been clinically approved."))
        if notes:
            warn = wrapped(" ".join(notes))
            warn.setObjectName("badge")
            warn.setAccessibleName(self.tr("About this aid's status"))
            self.body.addWidget(warn)
        section = self.aid.sections.get("about")
        if section:
            self.body.addWidget(self.rich(section.html, self.tr("About this decision")))
        if meta.audience:
            self.body.addWidget(
                self.rich(
                    f"<p><b>{_esc(self.tr('Who this is for:'))}</b> {_esc(meta.audience)}</p>"
                )
            )
        who = [n for n in (self.session.patient_name, self.session.clinician_name) if n]
        setting = (
            self.tr("Together in a consultation")
            if self.session.setting == "consultation"
            else self.tr("Preparing on my own")
        )
        self.body.addWidget(wrapped(setting + (": " + ", ".join(who) if who else "")))


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
                parts.append(f"<p><i>{_esc(self.tr('(carrying on as now)'))}</i></p>")
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


class CompareStep(Step):
    step_id = "compare"

    def build(self) -> None:
        self.heading(self.tr("Compare your options"))
        table = self.aid.compare
        if table is None:
            self.body.addWidget(
                wrapped(
                    self.tr(
                        "This aid has no comparison table. The options "
                        "are described one by one in 'Your options'."
                    )
                )
            )
            self.table = None
            return
        self.body.addWidget(wrapped(self.tr("Choose which options to show side by side:")))
        self.check_grid = QGridLayout()  # as many columns as fit: see reflow
        self._check_columns = 0
        self._words_measured = ""  # the font the grid's columns were last fitted to
        self.checks: dict[str, QCheckBox] = {}
        for option in self.aid.options:
            check = WrappingCheckBox(_no_mnemonic(option.title))
            check.setAccessibleName(self.tr("Show {o}").format(o=option.title))
            check.toggled.connect(self._toggled)
            self.checks[option.id] = check
        self.body.addLayout(self.check_grid)
        self.model = QStandardItemModel(len(table.rows), len(table.headers) + 1)
        self.model.setHorizontalHeaderLabels([self.tr("Question"), *table.headers])
        for r, table_row in enumerate(table.rows):
            question = QStandardItem(table_row.question)
            question.setEditable(False)
            font = question.font()
            font.setBold(True)
            question.setFont(font)
            self.model.setItem(r, 0, question)
            for c, cell in enumerate(table_row.cells):
                item = QStandardItem(plain(cell))
                item.setEditable(False)
                self.model.setItem(r, c + 1, item)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Option grid"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        header.sectionResized.connect(self._fit_header)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setMinimumHeight(300)
        self.body.addWidget(self.table, 1)
        self.reflow()

    def reflow(self) -> None:
        """Tick boxes in as many columns as fit; table rows as tall as their wrapped text."""
        if getattr(self, "table", None) is None:
            return
        widest = max(len(o.title) for o in self.aid.options) + 4  # the box and a gap
        columns = self.columns(widest, len(self.checks))
        if columns != self._check_columns:
            self._check_columns = columns
            for n, check in enumerate(self.checks.values()):
                self.check_grid.removeWidget(check)
                self.check_grid.addWidget(check, n // columns, n % columns)
        self._fit_words()
        self.table.resizeRowsToContents()

    def _fit_words(self) -> None:
        """Columns never narrower than their longest word: at large text sizes the grid
        scrolls sideways (or the person shows fewer options) rather than cutting words.
        Measured again only when the text size changes."""
        if self.table is None or self.aid.compare is None:
            return
        font = QFont(self.table.font())
        font.setBold(True)  # the questions are bold; measuring everything so is generous
        if font.key() == self._words_measured:
            return
        self._words_measured = font.key()
        table = self.aid.compare
        texts = [*table.headers, *(r.question for r in table.rows)]
        texts += [plain(cell) for row in table.rows for cell in row.cells]
        header = self.table.horizontalHeader()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        header.setMinimumSectionSize(widest_word(texts, QFontMetrics(font)) + 4 * margin)

    def _fit_header(self) -> None:
        """Make the header as tall as its most wrapped title: Qt sizes it for one line."""
        if self.table is None:
            return
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        tallest = metrics.height()
        for column in range(self.model.columnCount()):
            if header.isSectionHidden(column):
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            room = QRect(0, 0, max(1, header.sectionSize(column) - 2 * margin), 10_000)
            tallest = max(tallest, metrics.boundingRect(room, flags, title).height())
        header.setMinimumHeight(tallest + 2 * margin)

    def refresh(self) -> None:
        if self.table is None or self.aid.compare is None:
            return
        shown = {o.id for o in self.session.shown_options(self.aid)}
        for option_id, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(option_id in shown)
            check.blockSignals(False)
        for column, option_id in enumerate(self.aid.compare.option_ids, start=1):
            self.table.setColumnHidden(column, option_id is not None and option_id not in shown)
        self.table.resizeRowsToContents()

    def _toggled(self) -> None:
        chosen = [o for o, c in self.checks.items() if c.isChecked()]
        self.session.compare_options = chosen or None
        self.refresh()
        self.mark()


class OutcomesStep(Step):
    step_id = "outcomes"

    def build(self) -> None:
        self.heading(self.tr("What could happen"))
        section = self.aid.sections.get("outcomes")
        if section and section.text.strip():
            self.body.addWidget(self.rich(section.html))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show numbers out of:")))
        self.scale = QComboBox()
        self.scale.addItem(self.tr("As written"), None)
        self.scale.addItem(self.tr("100 people"), 100)
        self.scale.addItem(self.tr("1,000 people"), 1000)
        self.scale.setAccessibleName(self.tr("Show numbers out of"))
        self.scale.currentIndexChanged.connect(self._scale_changed)
        row.addWidget(self.scale)
        row.addStretch()
        self.body.addLayout(row)
        self.groups = QVBoxLayout()
        self.body.addLayout(self.groups)
        self.arrays: list[IconArray] = []
        self._pending: list[Outcome] = []  # outcomes whose pictures are still to be added
        self._generation = 0  # counts the times the pictures were redone

    def refresh(self) -> None:
        key = (
            tuple(self.session.compare_options or ()),
            self.session.outcome_scale,
            self.columns(26, 4),
        )  # (the theme is fixed for a page: a new theme makes new pages)
        if key == getattr(self, "_shown", None):
            return  # nothing the pictures depend on has changed
        self._shown = key
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(max(0, self.scale.findData(self.session.outcome_scale)))
        self.scale.blockSignals(False)
        while self.groups.count():
            item = self.groups.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.arrays = []
        self._columns = self.columns(26, 4)
        self._pending = list(self.aid.outcomes)
        self._generation += 1
        # The first outcome now, the others just after the page is painted: the page
        # appears sooner, and they are there before anyone could scroll down to them.
        self._add_groups(self._generation, 1)
        if self._pending:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._add_groups(generation))

    def _add_groups(self, generation: int, most: int | None = None) -> None:
        """Add the pictures of the next outcomes still to show (all of them by default)."""
        if generation != self._generation:
            return  # the page was redone since: those outcomes are already on their way
        options = self.session.shown_options(self.aid)
        colours = outcome_colours(self.theme)
        per_row = self._columns
        count = len(self._pending) if most is None else most
        batch, self._pending = self._pending[:count], self._pending[count:]
        for outcome in batch:
            box, layout = titled_box(f"{outcome.label} ({outcome.timeframe})", QGridLayout)
            for column in range(per_row):
                layout.setColumnStretch(column, 1)
            for n, option in enumerate(options):
                col, band = n % per_row, 3 * (n // per_row)
                value, denominator = at_scale(
                    outcome.values[option.id], outcome.denominator, self.session.outcome_scale
                )
                title = wrapped(f"<b>{_esc(option.title)}</b>", rich=True)
                if denominator <= MAX_FIGURES:
                    array = IconArray()
                    array.set_value(
                        value, denominator, outcome.desirable, outcome.label, outcome.timeframe
                    )
                    array.setMaximumWidth(self._array_width(per_row))
                    array.set_colours(
                        colours["good"], colours["bad"], colours["neutral"], colours["background"]
                    )
                    self.arrays.append(array)
                    picture: QWidget = array
                else:
                    picture = wrapped(
                        self.tr(
                            "Too rare to show as a picture: numbers are out of {n:,} people."
                        ).format(n=denominator)
                    )
                words = wrapped(value_words(value, denominator, outcome))
                layout.addWidget(title, band, col)
                layout.addWidget(picture, band + 1, col)
                layout.addWidget(words, band + 2, col)
            source = self.aid.meta.source(outcome.source)
            foot = certainty_words(outcome.certainty)
            if outcome.note:
                foot += " " + outcome.note
            if source:
                foot += " " + self.tr("Source: {s}.").format(s=source_name(source))
            note = wrapped(foot)
            layout.addWidget(note, 3 * ((len(options) - 1) // per_row + 1), 0, 1, per_row)
            self.groups.addWidget(box)

    def finish(self) -> None:
        """Add the outcomes still waiting."""
        self._add_groups(self._generation)

    def prepare(self) -> None:
        super().prepare()
        for array in self.arrays[: self._columns * 2]:  # the first rows, seen on arrival
            array.prerender()

    def _array_width(self, per_row: int) -> int:
        """Arrays share the page width; never wider than about 16 lines of text."""
        share = (self.content_width() - 40) // per_row - 16
        return max(120, min(self.fontMetrics().height() * 16, share))

    def reflow(self) -> None:
        if not hasattr(self, "groups"):
            return
        if getattr(self, "_columns", 0) != self.columns(26, 4):
            self.refresh()
            return
        for array in self.arrays:
            array.setMaximumWidth(self._array_width(self._columns))

    def _scale_changed(self) -> None:
        self.session.outcome_scale = self.scale.currentData()
        self.refresh()
        self.mark()


class PreferencesStep(Step):
    step_id = "preferences"

    def build(self) -> None:
        self.heading(self.tr("What matters to you"))
        self.body.addWidget(
            wrapped(
                self.tr(
                    "Move each slider: 0 means it doesn't matter to you, 10 means it matters a lot."
                )
            )
        )
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        for pref in self.aid.preferences:
            label = wrapped(
                f"<b>{_esc(pref.statement)}</b>"
                + (f"<br>{_esc(pref.detail)}" if pref.detail else ""),
                rich=True,
            )
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setAccessibleName(pref.statement)
            slider.setAccessibleDescription(self.tr("0 doesn't matter, 10 matters a lot"))
            label.setBuddy(slider)
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.RichText)  # "<b>Your answer: 7</b>"
            slider.valueChanged.connect(lambda v, p=pref.id: self._rated(p, v))
            # The slider across the page with its two ends named under it, and the answer
            # below: the slider keeps a usable length at any text size.
            scale = QGridLayout()
            scale.setVerticalSpacing(2)
            scale.addWidget(slider, 0, 0, 1, 2)
            low, high = wrapped(self.tr("0: doesn't matter")), wrapped(self.tr("10: matters a lot"))
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            scale.addWidget(low, 1, 0)
            scale.addWidget(high, 1, 1)
            scale.addWidget(value, 2, 0, 1, 2)
            self.body.addWidget(label)
            self.body.addLayout(scale)
            self.sliders[pref.id], self.values[pref.id] = slider, value
        other = wrapped(self.tr("Anything else that matters to me:"))
        self.other = QPlainTextEdit()
        self.other.setAccessibleName(self.tr("Anything else that matters to me"))
        self.other.setTabChangesFocus(True)
        self.other.setMaximumHeight(120)
        other.setBuddy(self.other)
        self.other.textChanged.connect(self._other_changed)
        self.body.addWidget(other)
        self.body.addWidget(self.other)
        self.alignment = wrapped(rich=True)  # option titles and statements escaped
        self.alignment.setAccessibleName(self.tr("Which options fit what matters to you"))
        self.body.addWidget(self.alignment)

    def refresh(self) -> None:
        for pref_id, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(self.session.ratings.get(pref_id, 0))
            slider.blockSignals(False)
            self._show_value(pref_id)
        if self.other.toPlainText() != self.session.other_matters:
            self.other.blockSignals(True)
            self.other.setPlainText(self.session.other_matters)
            self.other.blockSignals(False)
        self._show_alignment()

    def _show_value(self, pref_id: str) -> None:
        rated = pref_id in self.session.ratings
        self.values[pref_id].setText(
            self.tr("<b>Your answer: {n}</b>").format(n=self.session.ratings[pref_id])
            if rated
            else self.tr("Not answered yet")
        )

    def _rated(self, pref_id: str, value: int) -> None:
        self.session.ratings[pref_id] = value
        self._show_value(pref_id)
        self._show_alignment()
        self.mark()

    def _other_changed(self) -> None:
        self.session.other_matters = self.other.toPlainText()
        self.mark()

    def _show_alignment(self) -> None:
        top = [
            p for p in self.aid.preferences if self.session.ratings.get(p.id, 0) >= MATTERS_A_LOT
        ]
        if not top:
            self.alignment.setText(
                self.tr(
                    "When you mark things as mattering a lot ({n} or "
                    "more), this shows which options fit them."
                ).format(n=MATTERS_A_LOT)
            )
            return
        lines = [
            self.tr(
                "<b>How the options fit what you marked as mattering a lot</b> "
                "(this is not a recommendation):"
            )
        ]
        for option in self.aid.options:
            fits = [p.statement for p in top if option.id in p.favours]
            lines.append(
                f"{_esc(option.title)}: "
                + (
                    self.tr("fits {n}: {what}").format(n=len(fits), what=_esc("; ".join(fits)))
                    if fits
                    else self.tr("fits none of them")
                )
            )
        self.alignment.setText("<br>".join(lines))


class QuizStep(Step):
    step_id = "quiz"

    def build(self) -> None:
        self.heading(self.tr("Check your understanding"))
        if not self.aid.quiz:
            self.body.addWidget(
                wrapped(self.tr("This aid has no questions to check understanding. You can go on."))
            )
        self.groups: list[QButtonGroup] = []
        self.feedback: list[QLabel] = []
        for i, question in enumerate(self.aid.quiz):
            box, layout = titled_box(question.question, QVBoxLayout)
            group = QButtonGroup(box)
            for c, choice in enumerate(question.choices):
                button = WrappingRadioButton(_no_mnemonic(choice))
                button.setAccessibleName(choice)
                group.addButton(button, c)
                layout.addWidget(button)
            feedback = wrapped()
            layout.addWidget(feedback)
            group.idClicked.connect(lambda c, n=i: self._answered(n, c))
            self.groups.append(group)
            self.feedback.append(feedback)
            self.body.addWidget(box)

    def refresh(self) -> None:
        for i, group in enumerate(self.groups):
            answer = self.session.quiz_answers.get(str(i))
            if answer is not None and group.button(answer):
                group.button(answer).setChecked(True)
            self._show_feedback(i)

    def _answered(self, index: int, choice: int) -> None:
        self.session.quiz_answers[str(index)] = choice
        self._show_feedback(index)
        self.mark()

    def _show_feedback(self, index: int) -> None:
        question = self.aid.quiz[index]
        answer = self.session.quiz_answers.get(str(index))
        if answer is None:
            self.feedback[index].setText("")
        elif answer == question.answer:
            self.feedback[index].setText(
                self.tr("That's right. {e}").format(e=question.explanation)
            )
        else:
            self.feedback[index].setText(
                self.tr("Not quite — this is easy to mix up. The answer is “{a}”. {e}").format(
                    a=question.choices[question.answer], e=question.explanation
                )
            )
        self.feedback[index].setVisible(answer is not None)  # no empty gap before an answer


class SureStep(Step):
    step_id = "sure"

    def build(self) -> None:
        self.heading(self.tr("How sure do you feel?"))
        self.body.addWidget(wrapped(self.tr("Four quick questions (the SURE test).")))
        self.groups: dict[str, QButtonGroup] = {}
        for item in SURE_ITEMS:
            box, row = titled_box(self.tr(SURE_QUESTIONS[item]), QHBoxLayout)
            group = QButtonGroup(box)
            for value, text in ((1, self.tr("Yes")), (0, self.tr("No"))):
                button = WrappingRadioButton(text)
                button.setAccessibleName(f"{text}: {SURE_QUESTIONS[item]}")
                group.addButton(button, value)
                row.addWidget(button)
            row.addStretch()
            group.idClicked.connect(lambda v, i=item: self._answered(i, v))
            self.groups[item] = group
            self.body.addWidget(box)
        self.result = wrapped(rich=True)  # a list of what could help
        self.result.setAccessibleName(self.tr("What your answers suggest"))
        self.body.addWidget(self.result)

    def refresh(self) -> None:
        for item, group in self.groups.items():
            if item in self.session.sure:
                group.button(int(self.session.sure[item])).setChecked(True)
        self._show_result()

    def _answered(self, item: str, value: int) -> None:
        self.session.sure[item] = bool(value)
        self._show_result()
        self.mark()

    def _show_result(self) -> None:
        score = self.session.sure_score()
        if score is None:
            self.result.setText("")
        elif score == 4:
            self.result.setText(self.tr("You answered yes to all four: you feel ready."))
        else:
            helps = [self.tr(h) for h in self.session.sure_help()]
            self.result.setText(
                self.tr(
                    "Your score is {s} out of 4. It is normal to feel unsure. What could help:"
                ).format(s=score)
                + "<ul>"
                + "".join(f"<li>{_esc(h)}</li>" for h in helps)
                + "</ul>"
            )


NO_ANSWER = 99  # the button id of "Prefer not to say" (a CollaboRATE answer of None)
SCALE_KEYS: dict[int, int] = {
    Qt.Key.Key_Right.value: 1,
    Qt.Key.Key_Down.value: 1,
    Qt.Key.Key_Left.value: -1,
    Qt.Key.Key_Up.value: -1,
}


class ScaleKeys(QObject):
    """Arrow keys move along a radio scale in its order, whatever the layout: Right and Down
    to the next answer, Left and Up to the one before, stopping at the ends. (Qt moves by
    position, which in a wrapped grid can jump from the top answer back to a lower one.)
    As in Qt, the answer follows the focus once one is chosen."""

    def __init__(self, buttons: list[QRadioButton], page: QScrollArea):
        super().__init__(page)
        self.buttons, self.page = buttons, page
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            or event.key() not in SCALE_KEYS
        ):
            return False
        here = next((n for n, b in enumerate(self.buttons) if b is watched), None)
        if here is None:
            return False
        there = self.buttons[max(0, min(len(self.buttons) - 1, here + SCALE_KEYS[event.key()]))]
        if there is not watched:
            if self.buttons[here].isChecked():
                there.click()
            there.setFocus(Qt.FocusReason.TabFocusReason)
            self.page.ensureWidgetVisible(there)
        return True


class DecisionStep(Step):
    step_id = "decision"

    def build(self) -> None:
        self.heading(self.tr("Decision and next steps"))
        box, layout = titled_box(self.tr("What have you decided?"), QVBoxLayout)
        self.choice = QButtonGroup(box)
        self.choice_ids: list[str] = []
        choices = [(o.id, o.title) for o in self.aid.options] + [
            (NOT_DECIDED, self.tr("Not decided yet")),
            (MORE_TIME, self.tr("I'd like more time")),
        ]
        for n, (choice_id, text) in enumerate(choices):
            button = WrappingRadioButton(_no_mnemonic(text))
            button.setAccessibleName(text)
            self.choice.addButton(button, n)
            self.choice_ids.append(choice_id)
            layout.addWidget(button)
        self.choice.idClicked.connect(self._chosen)
        self.body.addWidget(box)
        self.involve = self._line(self.tr("Who else would you like to involve?"), "involve")
        self.next_steps = self._text(self.tr("Next steps"), "next_steps")
        self.body.addWidget(wrapped(self.tr("<h2>Questions to ask</h2>"), rich=True))
        self.questions = QStandardItemModel(self)
        for question in self.aid.questions:
            item = QStandardItem(question)
            item.setCheckable(True)
            item.setEditable(False)
            self.questions.appendRow(item)
        self.question_list = QListView()
        self.question_list.setModel(self.questions)
        self.question_list.setAccessibleName(self.tr("Questions to ask: press Space to tick"))
        self.question_list.setWordWrap(True)
        self.question_list.setMinimumHeight(180)
        self.questions.itemChanged.connect(self._ticked)
        self.body.addWidget(self.question_list)
        row = QHBoxLayout()
        self.own = QLineEdit()
        self.own.setPlaceholderText(self.tr("Type a question of your own"))
        self.own.setAccessibleName(self.tr("A question of your own"))
        add = QPushButton(self.tr("&Add question"))
        add.setAccessibleName(self.tr("Add my question"))
        add.clicked.connect(self._add_question)
        self.own.returnPressed.connect(self._add_question)
        row.addWidget(self.own, 1)
        row.addWidget(add)
        self.body.addLayout(row)
        self.own_list = wrapped(rich=True)  # the questions typed here, escaped
        self.body.addWidget(self.own_list)
        self.notes_label = wrapped(self.tr("Clinician's notes"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Clinician's notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(140)
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.body.addWidget(self.notes_label)
        self.body.addWidget(self.notes)
        self._build_collaborate()

    def _build_collaborate(self) -> None:
        """CollaboRATE, after the decision: three optional questions about the appointment.

        Shown in a consultation only (at home there has been no appointment yet).
        """
        self.collaborate_box, layout = titled_box(
            self.tr("Your view of this conversation (optional)"), QVBoxLayout
        )
        intro = wrapped(self.tr(COLLABORATE_INTRO))
        privacy = wrapped(
            self.tr(
                "Your answers help the service improve: they are kept in this session file "
                "and, without your name, in the service's audit, but not in the clinician's "
                "notes."
            )
        )
        layout.addWidget(intro)
        layout.addWidget(privacy)
        self.collaborate_groups: dict[str, QButtonGroup] = {}
        self._collaborate_grids: list[tuple[QGridLayout, list[QRadioButton]]] = []
        answers = [(score, self.tr(words)) for score, words in COLLABORATE_SCALE.items()]
        answers.append((NO_ANSWER, self.tr("Prefer not to say")))
        for item in COLLABORATE_ITEMS:
            question_text = self.tr(COLLABORATE_QUESTIONS[item])
            question = wrapped(f"<b>{_esc(question_text)}</b>", rich=True)
            question.setAccessibleName(question_text)
            group = QButtonGroup(self.collaborate_box)
            buttons = []
            for score, text in answers:
                button = WrappingRadioButton(text)
                button.setAccessibleName(f"{question_text}: {text}")
                group.addButton(button, score)
                buttons.append(button)
            group.idClicked.connect(lambda s, i=item: self._rated_conversation(i, s))
            ScaleKeys(buttons, self)
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            layout.addSpacing(10)
            layout.addWidget(question)
            layout.addLayout(grid)
            self.collaborate_groups[item] = group
            self._collaborate_grids.append((grid, buttons))
        self._collaborate_columns = 0
        self.body.addWidget(self.collaborate_box)
        self.reflow()

    def reflow(self) -> None:
        """Lay the CollaboRATE answers out in as many balanced columns as fit: one row in a
        wide window, 3 + 2 at 100 % text size in a usual one, one column at 200 %."""
        if not getattr(self, "_collaborate_grids", None):
            return
        first_grid, first_buttons = self._collaborate_grids[0]
        widest = max(b.sizeHint().width() for b in first_buttons) + first_grid.horizontalSpacing()
        room = self.content_width() - 2 * self.collaborate_box.frameWidth()
        for layout in (self.body, self.collaborate_box.layout()):
            if layout is not None:
                room -= layout.contentsMargins().left() + layout.contentsMargins().right()
        answers = len(first_buttons) - 1  # "Prefer not to say" goes on a row of its own
        fit = max(1, min(answers, room // max(1, widest)))
        rows = -(-answers // fit)
        columns = -(-answers // rows)  # balanced: 3 + 2 rather than 4 + 1
        if columns == 2:
            columns = 1  # in 2 + 2 + 1 the order of the scale (across or down?) is unclear
        if columns == self._collaborate_columns:
            return
        self._collaborate_columns = columns
        for grid, buttons in self._collaborate_grids:
            *scale, no_answer = buttons
            for button in buttons:
                grid.removeWidget(button)
            for n, button in enumerate(scale):
                grid.addWidget(button, n // columns, n % columns)
            grid.addWidget(no_answer, -(-len(scale) // columns), 0)  # a row of its own
            for column in range(len(buttons)):
                grid.setColumnStretch(column, 1 if column < columns else 0)

    def _rated_conversation(self, item: str, score: int) -> None:
        self.session.answer_collaborate(item, None if score == NO_ANSWER else score)
        self.mark()

    def _show_collaborate(self) -> None:
        self.collaborate_box.setVisible(self.session.setting == "consultation")
        for item, group in self.collaborate_groups.items():
            score = self.session.collaborate.get(item)
            if score is not None:
                group.button(score).setChecked(True)
                continue
            checked = group.checkedButton()
            if checked is not None and group.id(checked) != NO_ANSWER:
                # Not answered (cleared elsewhere): show no answer rather than an old one.
                group.setExclusive(False)
                checked.setChecked(False)
                group.setExclusive(True)

    def _line(self, label_text: str, attr: str) -> QLineEdit:
        label = wrapped(label_text)  # at 200 % text size it is wider than a narrow window
        edit = QLineEdit()
        edit.setAccessibleName(label_text)
        label.setBuddy(edit)
        edit.textEdited.connect(lambda t: self._set(attr, t))
        self.body.addWidget(label)
        self.body.addWidget(edit)
        return edit

    def _text(self, label_text: str, attr: str) -> QPlainTextEdit:
        label = wrapped(label_text)
        edit = QPlainTextEdit()
        edit.setAccessibleName(label_text)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(110)
        label.setBuddy(edit)
        edit.textChanged.connect(lambda e=edit: self._set(attr, e.toPlainText()))
        self.body.addWidget(label)
        self.body.addWidget(edit)
        return edit

    def _set(self, attr: str, value: str) -> None:
        if getattr(self.session.decision, attr) != value:
            setattr(self.session.decision, attr, value)
            self.mark()

    def refresh(self) -> None:
        decision = self.session.decision
        if decision.choice in self.choice_ids:
            self.choice.button(self.choice_ids.index(decision.choice)).setChecked(True)
        self.involve.setText(decision.involve)
        if self.next_steps.toPlainText() != decision.next_steps:
            self.next_steps.blockSignals(True)
            self.next_steps.setPlainText(decision.next_steps)
            self.next_steps.blockSignals(False)
        self.questions.blockSignals(True)
        for row in range(self.questions.rowCount()):
            item = self.questions.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.text() in decision.questions_ticked
                else Qt.CheckState.Unchecked
            )
        self.questions.blockSignals(False)
        self._show_own()
        consultation = self.session.setting == "consultation"
        self.notes_label.setVisible(consultation)
        self.notes.setVisible(consultation)
        if self.notes.toPlainText() != decision.clinician_notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(decision.clinician_notes)
            self.notes.blockSignals(False)
        self._show_collaborate()

    def _chosen(self, index: int) -> None:
        self.session.decision.choice = self.choice_ids[index]
        self.mark()

    def _ticked(self) -> None:
        self.session.decision.questions_ticked = [
            self.questions.item(r).text()
            for r in range(self.questions.rowCount())
            if self.questions.item(r).checkState() == Qt.CheckState.Checked
        ]
        self.mark()

    def _add_question(self) -> None:
        text = self.own.text().strip()
        if text:
            self.session.decision.own_questions.append(text)
            self.own.clear()
            self._show_own()
            self.mark()

    def _show_own(self) -> None:
        own = self.session.decision.own_questions
        self.own_list.setText(
            (
                "<b>"
                + self.tr("Your own questions:")
                + "</b><ul>"
                + "".join(f"<li>{_esc(q)}</li>" for q in own)
                + "</ul>"
            )
            if own
            else ""
        )

    def _notes_changed(self) -> None:
        self._set("clinician_notes", self.notes.toPlainText())


class SummaryStep(Step):
    step_id = "summary"
    copy_requested = Signal()  # "Copy for health record" (the main window's actions do it)
    save_pdf_requested = Signal()
    print_requested = Signal()

    def build(self) -> None:
        self.copy_button = QPushButton(self.tr("Copy for health &record"))
        self.copy_button.setAccessibleName(self.tr("Copy for health record"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts a short record copy on the clipboard, to paste into the health record")
        )
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit())
        self.pdf_button.clicked.connect(lambda: self.save_pdf_requested.emit())
        self.print_button.clicked.connect(lambda: self.print_requested.emit())
        self.buttons = (self.copy_button, self.pdf_button, self.print_button)
        self.button_row = QHBoxLayout()
        for button in self.buttons:
            self.button_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.button_row.addStretch()
        self.body.addLayout(self.button_row)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Summary of the decision"))
        self.view.setOpenExternalLinks(False)
        self.view.setOpenLinks(False)  # a link to a file would load it as the page
        self.view.anchorClicked.connect(self._follow)
        self.view.setMinimumHeight(500)
        self.body.addWidget(self.view, 1)

    def _follow(self, url: QUrl) -> None:
        """Links within the summary move to their place; nothing else is opened."""
        if url.hasFragment() and not url.path():
            self.view.scrollToAnchor(url.fragment())

    def reflow(self) -> None:
        """The buttons side by side where they fit, else one under another (large text)."""
        row = getattr(self, "button_row", None)
        if row is None:
            return
        margins = self.body.contentsMargins()
        room = self.content_width() - margins.left() - margins.right()
        needed = sum(b.sizeHint().width() for b in self.buttons)
        needed += row.spacing() * (len(self.buttons) - 1)
        fits = needed <= room
        row.setDirection(row.Direction.LeftToRight if fits else row.Direction.TopToBottom)

    def refresh(self) -> None:
        from sdm_aid.core.summary import build_summary, render_screen_html  # loads jinja2

        page = render_screen_html(build_summary(self.session, self.aid))
        self.view.setHtml(with_loaded_images(page, self.images))


STEP_CLASSES: tuple[type[Step], ...] = (
    AboutStep,
    OptionsStep,
    CompareStep,
    OutcomesStep,
    PreferencesStep,
    QuizStep,
    SureStep,
    DecisionStep,
    SummaryStep,
)
STEP_TITLES: dict[str, Callable[[], str]] = {
    "about": lambda: QLabel.tr("About this decision"),
    "options": lambda: QLabel.tr("Your options"),
    "compare": lambda: QLabel.tr("Compare"),
    "outcomes": lambda: QLabel.tr("What could happen"),
    "preferences": lambda: QLabel.tr("What matters to you"),
    "quiz": lambda: QLabel.tr("Check your understanding"),
    "sure": lambda: QLabel.tr("How sure do you feel?"),
    "decision": lambda: QLabel.tr("Decision and next steps"),
    "summary": lambda: QLabel.tr("Summary"),
}
