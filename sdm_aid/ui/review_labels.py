"""The labels the review and collate windows share: roles, criteria, answers and the
overall questions. One place, so that translators see each text once (context
``ReviewLabels``). The keys are the core's (:mod:`sdm_aid.core.review`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewLabels", text)


def role_labels() -> dict[str, str]:
    """The roles a reviewer chooses from, as the review window offers them."""
    return {
        "patient": _tr("Patient"),
        "carer": _tr("Carer (a family member or friend who helps)"),
        "clinician": _tr("Clinician"),
        "other": _tr("Other"),
    }


def role_label(role: str) -> str:
    """A role in running text ("Ann (patient)")."""
    return {
        "patient": _tr("patient"),
        "carer": _tr("carer"),
        "clinician": _tr("clinician"),
        "other": _tr("other"),
    }.get(role, role)


def criterion_labels() -> dict[str, str]:
    """The criteria each section is rated on, 1 to 5."""
    return {
        "understand": _tr("Easy to understand"),
        "balanced": _tr("Balanced / fair"),
        "enough": _tr("Enough information"),
    }


def criterion_label(key: str, fallback: str) -> str:
    """A criterion's label, the overall rating among them; ``fallback`` for any other."""
    return {**criterion_labels(), "overall": _tr("Overall rating")}.get(key, fallback)


def answer_labels() -> dict[str, str]:
    """The answers to the yes/no questions of the overall page."""
    return {
        "yes": _tr("Yes"),
        "partly": _tr("Partly"),
        "no": _tr("No"),
        "not-sure": _tr("Not sure"),
    }


def answer_label(key: str, fallback: str) -> str:
    return {**answer_labels(), "": _tr("Not answered")}.get(key, fallback)


def question_labels() -> dict[str, str]:
    """The overall questions, in the order the review window asks them."""
    return {
        "helps_decide": _tr("Would this aid help you decide?"),
        "options_fair": _tr("Were the options presented fairly?"),
        "missing": _tr("Was anything missing?"),
        "rating": _tr("Overall, how would you rate this aid (1 to 5)?"),
        "comments": _tr("Is there anything else you would like to tell the authors?"),
    }


def question_label(key: str, fallback: str) -> str:
    return question_labels().get(key, fallback)
