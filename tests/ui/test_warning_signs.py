"""The aid's warning signs are shown on the about step (and beside the decision)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel

from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import new_session
from sdm_aid.paths import bundled_aids_dir
from sdm_aid.ui.steps.about import AboutStep


def test_the_about_step_shows_the_warning_signs_in_a_box_of_their_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    for path in sorted(bundled_aids_dir().glob("*.md")):
        aid = load_aid_or_raise(path)
        assert "safety" in aid.sections, path
        step = AboutStep(aid, new_session(aid))
        qtbot.addWidget(step)
        box = step.findChild(QFrame, "warning-signs")
        assert box is not None, path
        text = " ".join(label.text() for label in box.findChildren(QLabel))
        assert "999" in text or "111" in text or "same day" in text, (path, text[:200])


def test_an_aid_without_warning_signs_shows_no_empty_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    aid = load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")
    sections = {k: v for k, v in aid.sections.items() if k != "safety"}
    bare = dataclasses.replace(aid, sections=sections)
    step = AboutStep(bare, new_session(bare))
    qtbot.addWidget(step)
    assert step.findChild(QFrame, "warning-signs") is None


def test_the_decision_step_shows_the_warning_signs_beside_the_decision(qtbot) -> None:  # type: ignore[no-untyped-def]
    from sdm_aid.ui.steps.decision import DecisionStep

    aid = load_aid_or_raise(bundled_aids_dir() / "hip-osteoarthritis.md")
    step = DecisionStep(aid, new_session(aid))
    qtbot.addWidget(step)
    box = step.findChild(QFrame, "warning-signs")
    assert box is not None
    assert "999" in " ".join(label.text() for label in box.findChildren(QLabel))
