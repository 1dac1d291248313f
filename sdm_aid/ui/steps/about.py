"""The "About this decision" step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from sdm_aid.ui.steps.base import Step, _esc, titled_box
from sdm_aid.ui.wrapping import (
    wrapped,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


class AboutStep(Step):
    step_id = "about"

    def build(self) -> None:
        meta = self.aid.meta
        self.heading(meta.title)
        notes = []
        if meta.is_draft:  # `published` without sign-off counts as a draft
            notes.append(self.tr("This aid is a draft."))
        if meta.is_out_of_date():
            notes.append(
                self.tr("This aid is past its review date ({d}).").format(d=meta.next_review)
            )
        if meta.approved_by is None:
            notes.append(self.tr("It has not yet been clinically approved."))
        if notes:
            warn = wrapped(" ".join(notes))
            warn.setObjectName("badge")
            warn.setAccessibleName(self.tr("About this aid's status"))
            self.body.addWidget(warn)
        section = self.aid.sections.get("about")
        if section:
            self.body.addWidget(self.rich(section.html, self.tr("About this decision")))
        add_warning_signs(self)
        if meta.audience:
            who_for = _esc(self.tr("Who this is for:"))
            self.body.addWidget(self.rich(f"<p><b>{who_for}</b> {_esc(meta.audience)}</p>"))
        who = [n for n in (self.session.patient_name, self.session.clinician_name) if n]
        setting = (
            self.tr("Together in a consultation")
            if self.session.setting == "consultation"
            else self.tr("Preparing on my own")
        )
        self.body.addWidget(wrapped(setting + (": " + ", ".join(who) if who else "")))


def add_warning_signs(step: Step) -> None:
    """The aid's warning signs (its `safety` section) in a box of their own, if it has any:
    on the about step, and beside the decision."""
    section = step.aid.sections.get("safety")
    if section is None or not section.text.strip():
        return
    box, layout = titled_box(section.title or translate("Step", "Warning signs"), QVBoxLayout)
    box.setObjectName("warning-signs")
    box.setAccessibleName(translate("Step", "Warning signs: when to get help"))
    layout.addWidget(step.rich(section.html, section.title))
    step.body.addWidget(box)
