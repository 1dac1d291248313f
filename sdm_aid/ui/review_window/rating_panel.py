"""The review panel below a section: its heading and the 1-to-5 ratings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.review import (
    MAX_QUOTE,
    RATING_MAX,
    RATING_MIN,
)
from sdm_aid.ui.review_labels import criterion_labels
from sdm_aid.ui.review_window.comments_panel import CommentListModel
from sdm_aid.ui.review_window.common import OVERALL, SETTINGS_READING, _esc, _uncheck

if TYPE_CHECKING:
    pass


class RatingPanel:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

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
