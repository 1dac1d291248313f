"""The decision and next steps, with the CollaboRATE questions in a consultation."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.session import (
    COLLABORATE_INTRO,
    COLLABORATE_ITEMS,
    COLLABORATE_QUESTIONS,
    COLLABORATE_SCALE,
)
from sdm_aid.ui.steps.about import add_warning_signs
from sdm_aid.ui.steps.base import Step, _esc, _no_mnemonic, titled_box
from sdm_aid.ui.steps.decision_choice import DecisionChoice
from sdm_aid.ui.wrapping import (
    WrappingCheckBox,
    WrappingRadioButton,
    wrapped,
)

# The core's CollaboRATE wording, written out so that lupdate offers it to translators (it
# reads only literal text); tests/ui/test_translatable.py checks that it matches.
CORE_WORDING = (
    QT_TRANSLATE_NOOP("DecisionStep", "Thinking about the appointment you have just had…"),
    QT_TRANSLATE_NOOP(
        "DecisionStep",
        "How much effort was made to help you understand your health issues?",
    ),
    QT_TRANSLATE_NOOP(
        "DecisionStep",
        "How much effort was made to listen to the things that matter most to you "
        "about your health issues?",
    ),
    QT_TRANSLATE_NOOP(
        "DecisionStep",
        "How much effort was made to include what matters most to you in choosing what to do next?",
    ),
    QT_TRANSLATE_NOOP("DecisionStep", "No effort was made"),
    QT_TRANSLATE_NOOP("DecisionStep", "A little effort was made"),
    QT_TRANSLATE_NOOP("DecisionStep", "Some effort was made"),
    QT_TRANSLATE_NOOP("DecisionStep", "A lot of effort was made"),
    QT_TRANSLATE_NOOP("DecisionStep", "Every effort was made"),
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
        self.choice = DecisionChoice(self.aid)
        self.choice.changed.connect(self.mark)
        self.body.addWidget(self.choice)
        add_warning_signs(self)  # what to look out for, whichever option is chosen
        self.involve = self._line(self.tr("Who else would you like to involve?"), "involve")
        self.next_steps = self._text(self.tr("Next steps"), "next_steps")
        self.body.addWidget(wrapped(self.tr("<h2>Questions to ask</h2>"), rich=True))
        # One tick box a question, as tall as its text: the page scrolls, never the list.
        self.question_ticks: dict[str, WrappingCheckBox] = {}
        for question in self.aid.questions:
            tick = WrappingCheckBox(_no_mnemonic(question))
            tick.setAccessibleName(question)
            tick.setAccessibleDescription(self.tr("A question to ask: tick it to keep it"))
            tick.toggled.connect(self._ticked)
            self.question_ticks[question] = tick
            self.body.addWidget(tick)
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
        self.hand_over = QPushButton(self.tr("&Hand over to the patient…"))
        self.hand_over.setAccessibleName(
            self.tr("Hand over to the patient: three questions for the patient alone")
        )
        self.hand_over.clicked.connect(lambda: self.set_handed_over(True))
        self.body.addWidget(self.hand_over, 0, Qt.AlignmentFlag.AlignLeft)
        # Everything the clinician sees: hidden while the patient answers CollaboRATE.
        self._clinician_part = _widgets_in(self.body)
        self.handed_over = False
        self.hand_over_note = wrapped(
            self.tr(
                "For the patient alone: the clinician has finished. Please answer on your "
                "own; your answers are not shown to the clinician here."
            )
        )
        self.hand_over_note.setAccessibleName(self.tr("For the patient alone"))
        self.body.addWidget(self.hand_over_note)
        self._build_collaborate()
        self.hand_back = QPushButton(self.tr("&Done"))
        self.hand_back.setAccessibleName(self.tr("Done: back to the decision"))
        self.hand_back.clicked.connect(lambda: self.set_handed_over(False))
        self.body.addWidget(self.hand_back, 0, Qt.AlignmentFlag.AlignLeft)

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

    def set_handed_over(self, on: bool) -> None:
        """The hand-over screen: CollaboRATE for the patient alone, after the clinician has
        finished, never beside the clinician's notes (issue 14)."""
        self.handed_over = on and self.session.setting == "consultation"
        self.refresh()
        first = self.collaborate_groups[COLLABORATE_ITEMS[0]].buttons()[0]
        target = first if self.handed_over else self.hand_over
        if target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verticalScrollBar().setValue(0)

    def _show_collaborate(self) -> None:
        consultation = self.session.setting == "consultation"
        if not consultation:
            self.handed_over = False
        consultation_only = (self.notes, self.notes_label)
        for widget in self._clinician_part:
            widget.setVisible(
                not self.handed_over and (consultation or widget not in consultation_only)
            )
        self.hand_over.setVisible(consultation and not self.handed_over)
        for widget in (self.hand_over_note, self.collaborate_box, self.hand_back):
            widget.setVisible(self.handed_over)
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
        self.choice.set_session(self.session)
        self.involve.setText(decision.involve)
        if self.next_steps.toPlainText() != decision.next_steps:
            self.next_steps.blockSignals(True)
            self.next_steps.setPlainText(decision.next_steps)
            self.next_steps.blockSignals(False)
        for question, tick in self.question_ticks.items():
            tick.blockSignals(True)
            tick.setChecked(question in decision.questions_ticked)
            tick.blockSignals(False)
        self._show_own()
        consultation = self.session.setting == "consultation"
        self.notes_label.setVisible(consultation)
        self.notes.setVisible(consultation)
        if self.notes.toPlainText() != decision.clinician_notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(decision.clinician_notes)
            self.notes.blockSignals(False)
        self._show_collaborate()

    def _ticked(self) -> None:
        self.session.decision.questions_ticked = [
            question for question, tick in self.question_ticks.items() if tick.isChecked()
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


def _widgets_in(layout: QLayout) -> list[QWidget]:
    """Every widget in ``layout`` and the layouts inside it, in order."""
    found: list[QWidget] = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _widgets_in(inner)
    return found
