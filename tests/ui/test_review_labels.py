"""The labels the review and collate windows share live in one module (issue 15):
``ui/review_labels.py``, keyed by the core's keys, and neither window spells one itself."""

from __future__ import annotations

import ast
from pathlib import Path

from sdm_aid.core import review
from sdm_aid.ui import review_labels

UI = Path(review_labels.__file__).parent
WINDOWS = ("review_window", "collate_window")


def test_the_labels_are_keyed_by_the_cores_keys() -> None:
    assert tuple(review_labels.role_labels()) == review.ROLES
    assert tuple(review_labels.criterion_labels()) == review.CRITERIA
    assert tuple(review_labels.answer_labels()) == review.ANSWERS
    assert tuple(review_labels.question_labels()) == tuple(review.QUESTIONS)
    # Untranslated, the windows say what the reports say.
    assert review_labels.criterion_labels() == review.CRITERION_LABELS
    assert review_labels.answer_labels() == review.ANSWER_LABELS
    assert review_labels.question_labels() == review.QUESTIONS
    assert {r: review_labels.role_label(r) for r in review.ROLES} == {
        r: label.lower() for r, label in review.ROLE_LABELS.items()
    }
    assert review_labels.criterion_label("overall", "?") == "Overall rating"
    assert review_labels.answer_label("", "?") == "Not answered"
    assert review_labels.question_label("nowhere", "fallback") == "fallback"


def test_neither_window_spells_a_shared_label_itself() -> None:
    labels = {"Overall rating", "Not answered"}
    for table in (
        review_labels.role_labels(),
        review_labels.criterion_labels(),
        review_labels.answer_labels(),
        review_labels.question_labels(),
    ):
        labels |= set(table.values())
    found = []
    for window in WINDOWS:
        for path in sorted((UI / window).glob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and node.value in labels:
                    found.append(f"{path.relative_to(UI)}:{node.lineno}: {node.value!r}")
    assert not found, found
