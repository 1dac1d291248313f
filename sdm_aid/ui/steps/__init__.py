"""The nine steps of the guided decision, each a page over the session and the aid.

One module per step (named as the step), on the shared :class:`~sdm_aid.ui.steps.base.Step`.
Each step's module loads when its page is first built (:func:`step_class`) or its class is
first named: the library window needs none of them before its first paint, and a
consultation that opens on one step loads that step only.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtWidgets import QLabel

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
# The short route's own steps (their pages are in :mod:`sdm_aid.ui.steps.short_route`).
SHORT_STEP_TITLES: dict[str, Callable[[], str]] = {
    "brief": lambda: QLabel.tr("This decision in brief"),
    "key-figures": lambda: QLabel.tr("Key figures"),
    "matters": lambda: QLabel.tr("What matters most"),
}
