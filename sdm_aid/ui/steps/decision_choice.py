"""What was decided: a plan of one or more options, or not decided yet with leaning towards.

Its own widget so the decision step stays about the whole page. Ticking an option when
nothing is chosen yet records a decision (the fewest clicks for the usual case); the radio
buttons say whether it is decided, not yet, or not yet and wanting more time. A SURE score
below 4 asks, kindly, whether to record the decision now or take more time.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.model import Aid
from sdm_aid.core.session import DECIDED, MORE_TIME, NOT_DECIDED, RECORD_NOW, Session
from sdm_aid.ui.steps.base import _no_mnemonic, titled_box
from sdm_aid.ui.wrapping import WrappingCheckBox, WrappingRadioButton, wrapped

KINDS = (DECIDED, NOT_DECIDED, MORE_TIME)


class DecisionChoice(QWidget):
    """The decision part of the decision step; ``changed`` after every answer."""

    changed = Signal()

    def __init__(self, aid: Aid, parent: QWidget | None = None):
        super().__init__(parent)
        self.aid = aid
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box, inner = titled_box(self.tr("What have you decided?"), QVBoxLayout)
        self.hint = wrapped(
            self.tr(
                "Tick one option, or more than one: a plan can combine them. Not decided "
                "yet? Say so below, and tick any you are leaning towards."
            )
        )
        inner.addWidget(self.hint)
        self.option_boxes: dict[str, WrappingCheckBox] = {}
        for option in aid.options:
            tick = WrappingCheckBox(_no_mnemonic(option.title))
            tick.setAccessibleName(option.title)
            tick.toggled.connect(lambda on, o=option.id: self._ticked(o, on))
            self.option_boxes[option.id] = tick
            inner.addWidget(tick)
        self.status = QButtonGroup(box)
        words = {
            DECIDED: self.tr("I have decided"),
            NOT_DECIDED: self.tr("Not decided yet"),
            MORE_TIME: self.tr("Not decided yet: I'd like more time"),
        }
        self.status_buttons: dict[str, WrappingRadioButton] = {}
        row = QVBoxLayout()  # one under another: a row of three is too wide at 200 % text
        for n, kind in enumerate(KINDS):
            button = WrappingRadioButton(words[kind])
            button.setAccessibleName(words[kind])
            self.status.addButton(button, n)
            self.status_buttons[kind] = button
            row.addWidget(button)
        inner.addLayout(row)
        self.status.idClicked.connect(lambda n: self._kind_chosen(KINDS[n]))
        self.plan = wrapped()  # the decision in words, for the eye and screen readers
        self.plan.setAccessibleName(self.tr("Your decision so far"))
        inner.addWidget(self.plan)
        layout.addWidget(box)
        self._build_sure_question(layout)

    def _build_sure_question(self, layout: QVBoxLayout) -> None:
        self.sure_box = QFrame()
        self.sure_box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.sure_box)
        self.sure_text = wrapped()
        self.sure_text.setAccessibleName(self.tr("Before you record it"))
        inner.addWidget(self.sure_text)
        row = QHBoxLayout()
        self.record_now = QPushButton(self.tr("Record it now"))
        self.record_now.setAccessibleName(self.tr("Record the decision now"))
        self.take_time = QPushButton(self.tr("Take more time"))
        self.take_time.setAccessibleName(self.tr("Take more time before deciding"))
        self.record_now.clicked.connect(self._record_now)
        self.take_time.clicked.connect(self._take_time)
        row.addWidget(self.record_now)
        row.addWidget(self.take_time)
        row.addStretch()
        inner.addLayout(row)
        self.sure_answer = wrapped()
        inner.addWidget(self.sure_answer)
        self.sure_box.setVisible(False)
        layout.addWidget(self.sure_box)

    # -- answers --------------------------------------------------------------------------
    def _ticked(self, option_id: str, on: bool) -> None:
        if self.session is None:
            return
        d = self.session.decision
        options = [o for o in d.options if o != option_id]
        if on:
            options = [o for o in self.aid.option_ids if o in (*options, option_id)]
        d.options = options
        if d.status is None and options:
            d.status, d.more_time = DECIDED, False
        elif d.status == DECIDED and not options:
            d.status = None
        self._answered()

    def _kind_chosen(self, kind: str) -> None:
        if self.session is None:
            return
        d = self.session.decision
        d.status = DECIDED if kind == DECIDED else NOT_DECIDED
        d.more_time = kind == MORE_TIME
        if kind == DECIDED:
            d.after_sure = ""  # decided again: ask again if the score is below 4
        self._answered()

    def _record_now(self) -> None:
        if self.session is not None:
            self.session.decision.after_sure = RECORD_NOW
            self._answered()

    def _take_time(self) -> None:
        if self.session is not None:
            d = self.session.decision
            d.not_yet(d.options, more_time=True)
            d.after_sure = MORE_TIME
            self._answered()

    def _answered(self) -> None:
        self.show_session()
        self.changed.emit()

    # -- showing ----------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        self.session = session
        self.show_session()

    def show_session(self) -> None:
        session = self.session
        if session is None:
            return
        d = session.decision
        for option_id, tick in self.option_boxes.items():
            tick.blockSignals(True)
            tick.setChecked(option_id in d.options)
            tick.blockSignals(False)
        kind = d.kind if d.kind is not None else (d.status if d.status else None)
        button = self.status_buttons.get(kind) if kind else None
        if button is not None:
            button.setChecked(True)
        else:
            checked = self.status.checkedButton()
            if checked is not None:
                self.status.setExclusive(False)
                checked.setChecked(False)
                self.status.setExclusive(True)
        self.plan.setText(self._plan_words())
        self._show_sure_question()

    def _plan_words(self) -> str:
        assert self.session is not None
        d = self.session.decision
        titles = [o.title for o in self.aid.options if o.id in d.options]
        if d.decided:
            if len(titles) == 1:
                return self.tr("Your decision: {0}.").format(titles[0])
            return self.tr("Your plan combines: {0}.").format("; ".join(titles))
        if d.kind in (NOT_DECIDED, MORE_TIME):
            if titles:
                return self.tr("Not decided yet, leaning towards: {0}.").format("; ".join(titles))
            return self.tr("Not decided yet.")
        return self.tr("Nothing chosen yet.")

    def _show_sure_question(self) -> None:
        assert self.session is not None
        d = self.session.decision
        score = self.session.sure_score()
        asked = score is not None and score < 4
        self.sure_box.setVisible(asked and (d.decided or d.after_sure == MORE_TIME))
        if not asked:
            return
        self.sure_text.setText(
            self.tr(
                "Your SURE score was {0} out of 4, so you may not feel quite sure yet. That "
                "is normal. Would you like to record this decision now, or take more time to "
                "think it over? Either is fine."
            ).format(score)
        )
        self.sure_answer.setText(
            {
                RECORD_NOW: self.tr("You chose to record the decision now."),
                MORE_TIME: self.tr("You chose to take more time. The summary says so."),
            }.get(d.after_sure, "")
        )
