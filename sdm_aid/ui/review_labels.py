"""The labels the review and collate windows share: roles, criteria, answers and the
overall questions. One place, so that translators see each text once (context
``ReviewLabels``). The keys are the core's (:mod:`sdm_aid.core.review`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def role_labels() -> dict[str, str]:
    """The roles a reviewer chooses from, as the review window offers them."""
    return {
        "patient": translate("ReviewLabels", "Patient"),
        "carer": translate("ReviewLabels", "Carer (a family member or friend who helps)"),
        "clinician": translate("ReviewLabels", "Clinician"),
        "other": translate("ReviewLabels", "Other"),
    }


def role_label(role: str) -> str:
    """A role in running text ("Ann (patient)")."""
    return {
        "patient": translate("ReviewLabels", "patient"),
        "carer": translate("ReviewLabels", "carer"),
        "clinician": translate("ReviewLabels", "clinician"),
        "other": translate("ReviewLabels", "other"),
    }.get(role, role)


def criterion_labels() -> dict[str, str]:
    """The criteria each section is rated on, 1 to 5."""
    return {
        "understand": translate("ReviewLabels", "Easy to understand"),
        "balanced": translate("ReviewLabels", "Balanced / fair"),
        "enough": translate("ReviewLabels", "Enough information"),
    }


def criterion_label(key: str, fallback: str) -> str:
    """A criterion's label, the overall rating among them; ``fallback`` for any other."""
    return {**criterion_labels(), "overall": translate("ReviewLabels", "Overall rating")}.get(
        key, fallback
    )


def answer_labels() -> dict[str, str]:
    """The answers to the yes/no questions of the overall page."""
    return {
        "yes": translate("ReviewLabels", "Yes"),
        "partly": translate("ReviewLabels", "Partly"),
        "no": translate("ReviewLabels", "No"),
        "not-sure": translate("ReviewLabels", "Not sure"),
    }


def answer_label(key: str, fallback: str) -> str:
    return {**answer_labels(), "": translate("ReviewLabels", "Not answered")}.get(key, fallback)


def question_labels() -> dict[str, str]:
    """The overall questions, in the order the review window asks them."""
    return {
        "helps_decide": translate("ReviewLabels", "Would this aid help you decide?"),
        "options_fair": translate("ReviewLabels", "Were the options presented fairly?"),
        "missing": translate("ReviewLabels", "Was anything missing?"),
        "rating": translate("ReviewLabels", "Overall, how would you rate this aid (1 to 5)?"),
        "comments": translate(
            "ReviewLabels", "Is there anything else you would like to tell the authors?"
        ),
    }


def question_label(key: str, fallback: str) -> str:
    return question_labels().get(key, fallback)
