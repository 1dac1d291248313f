"""The SURE test: how sure the person feels about the decision."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
)

from sdm_aid.core.session import (
    SURE_ITEMS,
    SURE_QUESTIONS,
)
from sdm_aid.ui.steps.base import Step, _esc, titled_box
from sdm_aid.ui.wrapping import (
    WrappingRadioButton,
    wrapped,
)

# The core's SURE questions and what could help, written out so that lupdate offers them to
# translators (it reads only literal text); tests/ui/test_translatable.py checks they match.
CORE_WORDING = (
    QT_TRANSLATE_NOOP("SureStep", "Do you feel sure about the best choice for you?"),
    QT_TRANSLATE_NOOP("SureStep", "Do you know the benefits and risks of each option?"),
    QT_TRANSLATE_NOOP(
        "SureStep", "Are you clear about which benefits and risks matter most to you?"
    ),
    QT_TRANSLATE_NOOP("SureStep", "Do you have enough support and advice to make a choice?"),
    QT_TRANSLATE_NOOP(
        "SureStep", "More time to think, or talking it through with someone you trust."
    ),
    QT_TRANSLATE_NOOP(
        "SureStep",
        "More information: go back over the options and what could happen, or ask your clinician.",
    ),
    QT_TRANSLATE_NOOP(
        "SureStep",
        "Going back to 'What matters to you' and thinking about what matters most.",
    ),
    QT_TRANSLATE_NOOP(
        "SureStep", "Talking to someone: family, friends, your clinician or a patient group."
    ),
)


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
            self.result.setText(self.tr("✓ Ready. You answered yes to all four: you feel ready."))
        else:
            helps = [self.tr(h) for h in self.session.sure_help()]
            self.result.setText(
                self.tr(
                    "? Not sure yet. Your score is {s} out of 4. It is normal to feel unsure. "
                    "What could help:"
                ).format(s=score)
                + "<ul>"
                + "".join(f"<li>{_esc(h)}</li>" for h in helps)
                + "</ul>"
            )
