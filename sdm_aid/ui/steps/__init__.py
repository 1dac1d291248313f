"""The nine steps of the guided decision, each a page over the session and the aid.

One module per step (named as the step), on the shared :class:`~sdm_aid.ui.steps.base.Step`.
Each step's module loads when its page is first built (:func:`step_class`) or its class is
first named: the library window needs none of them before its first paint, and a
consultation that opens on one step loads that step only.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QCoreApplication

from sdm_aid.ui.steps.base import Card, PageBody, Step, titled_box

# Each step's class and the module (the step's id) it is in, in the order of the steps.
_CLASSES = {
    "AboutStep": "about",
    "OptionsStep": "options",
    "CompareStep": "compare",
    "OutcomesStep": "outcomes",
    "PreferencesStep": "preferences",
    "QuizStep": "quiz",
    "SureStep": "sure",
    "DecisionStep": "decision",
    "SummaryStep": "summary",
}
_BY_STEP = {step: name for name, step in _CLASSES.items()}
_OTHER_NAMES = {"NO_ANSWER": "decision", "ScaleKeys": "decision"}

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

__all__ = [
    "NO_ANSWER",
    "SHORT_STEP_TITLES",
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


def step_class(step: str) -> type[Step]:
    """The page class of one of the nine steps (its module loads now if it has not)."""
    cls: type[Step] = getattr(import_module(f"{__name__}.{step}"), _BY_STEP[step])
    return cls


def __getattr__(name: str) -> object:
    """A step's class, ``STEP_CLASSES`` (all nine) or a name from a step's module, loaded
    on first use (see the module docstring)."""
    if name in _CLASSES:
        return step_class(_CLASSES[name])
    if name in _OTHER_NAMES:
        return getattr(import_module(f"{__name__}.{_OTHER_NAMES[name]}"), name)
    if name == "STEP_CLASSES":
        return tuple(step_class(step) for step in _CLASSES.values())
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
# The short route's own steps (their pages are in :mod:`sdm_aid.ui.steps.short_route`).
SHORT_STEP_TITLES: dict[str, Callable[[], str]] = {
    "brief": lambda: translate("DecisionPage", "This decision in brief"),
    "key-figures": lambda: translate("DecisionPage", "Key figures"),
    "matters": lambda: translate("DecisionPage", "What matters most"),
}
