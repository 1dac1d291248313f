"""The nine steps of the guided decision, each a page over the session and the aid.

One module per step, on the shared :class:`~sdm_aid.ui.steps.base.Step`. The outcomes
step and the list of step classes load on first use: the library window does not need
them before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sdm_aid.ui.steps.about import AboutStep
from sdm_aid.ui.steps.base import Card, PageBody, Step, titled_box
from sdm_aid.ui.steps.compare import CompareStep
from sdm_aid.ui.steps.decision import NO_ANSWER, DecisionStep, ScaleKeys
from sdm_aid.ui.steps.options import OptionsStep
from sdm_aid.ui.steps.preferences import PreferencesStep
from sdm_aid.ui.steps.quiz import QuizStep
from sdm_aid.ui.steps.summary import SummaryStep
from sdm_aid.ui.steps.sure import SureStep

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

__all__ = [
    "NO_ANSWER",
    "STEP_CLASSES",
    "STEP_TITLES",
    "AboutStep",
    "Card",
    "CompareStep",
    "DecisionStep",
    "OptionsStep",
    "OutcomesStep",
    "PageBody",
    "PreferencesStep",
    "QuizStep",
    "ScaleKeys",
    "Step",
    "SummaryStep",
    "SureStep",
    "titled_box",
]


def __getattr__(name: str) -> object:
    """``OutcomesStep`` and ``STEP_CLASSES`` on first use (see the module docstring)."""
    if name in ("OutcomesStep", "STEP_CLASSES"):
        from sdm_aid.ui.steps.outcomes import OutcomesStep

        if name == "OutcomesStep":
            return OutcomesStep
        return (
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
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Shown in the decision page's step list and headings: its context.
STEP_TITLES: dict[str, Callable[[], str]] = {
    "about": lambda: translate("DecisionPage", "About this decision"),
    "options": lambda: translate("DecisionPage", "Your options"),
    "compare": lambda: translate("DecisionPage", "Compare"),
    "outcomes": lambda: translate("DecisionPage", "What could happen"),
    "preferences": lambda: translate("DecisionPage", "What matters to you"),
    "quiz": lambda: translate("DecisionPage", "Check your understanding"),
    "sure": lambda: translate("DecisionPage", "How sure do you feel?"),
    "decision": lambda: translate("DecisionPage", "Decision and next steps"),
    "summary": lambda: translate("DecisionPage", "Summary"),
}
