""" "Check your understanding": a short quiz with kind feedback."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QVBoxLayout,
)

from sdm_aid.ui.steps.base import Step, _no_mnemonic, titled_box
from sdm_aid.ui.wrapping import (
    WrappingRadioButton,
    wrapped,
)


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
            self.feedback[index].setText(self.tr("✓ Right. {e}").format(e=question.explanation))
        else:
            self.feedback[index].setText(
                self.tr("✗ Not quite — this is easy to mix up. The answer is “{a}”. {e}").format(
                    a=question.choices[question.answer], e=question.explanation
                )
            )
        # The symbol and the first word say right or wrong; colour is never the only sign.
        self.feedback[index].setVisible(answer is not None)  # no empty gap before an answer
