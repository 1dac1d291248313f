"""Key figures per option for the consultation route, from the outcomes step's layout."""

from __future__ import annotations

from sdm_aid.core.key_figures import key_figures
from sdm_aid.core.outcome_layout import outcome_layout
from sdm_aid.core.parser import load_aid_or_raise
from support import EXAMPLE, REPO

KNEE = REPO / "decision_aids" / "knee-osteoarthritis.md"


def test_each_option_gets_its_first_benefit_and_first_harm_with_a_figure() -> None:
    aid = load_aid_or_raise(KNEE)
    figures = {k.option_id: k for k in key_figures(aid)}
    assert list(figures) == list(aid.option_ids)
    for option_id, k in figures.items():
        for key, desirable in ((k.benefit, True), (k.harm, False)):
            firsts = [
                o
                for o in aid.outcomes
                if o.desirable == desirable
                and any(
                    r.option_id == option_id for g in outcome_layout(aid, o).groups for r in g.rows
                )
            ]
            if not firsts:
                assert key is None, (option_id, desirable)
                continue
            assert key is not None and key.outcome_id == firsts[0].id, (option_id, desirable)
            assert key.row.option_id == option_id
            assert key.row.value.count is not None  # a real figure, never an unknown


def test_figures_are_the_outcomes_step_figures() -> None:
    """Same sentence, same denominator as the outcomes step lays out."""
    aid = load_aid_or_raise(KNEE)
    gels = next(k for k in key_figures(aid) if k.option_id == "painkillers")
    assert gels.benefit is not None and gels.benefit.outcome_id == "pain-much-better"
    outcome = next(o for o in aid.outcomes if o.id == "pain-much-better")
    layout = outcome_layout(aid, outcome, list(aid.option_ids), gels.benefit.row.denominator)
    rows = [r for g in layout.groups for r in g.rows if r.option_id == "painkillers"]
    assert rows[0].sentence == gels.benefit.row.sentence
    assert "50" in gels.benefit.row.difference or gels.benefit.row.difference == ""
    surgery = next(k for k in key_figures(aid) if k.option_id == "surgery")
    assert (
        surgery.harm is not None
        and not next(o for o in aid.outcomes if o.id == surgery.harm.outcome_id).desirable
    )


def test_only_the_options_shown_and_none_invented() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    shown = key_figures(aid, ["exercise"])
    assert [k.option_id for k in shown] == ["exercise"]
    for k in key_figures(aid):
        for fig in (k.benefit, k.harm):
            if fig is not None:
                assert fig.row.value.count is not None


def test_an_option_without_a_harm_figure_says_which_cannot_happen_and_which_are_unknown() -> None:
    """The outcomes step's rule (outcome_layout's no_figures) tells "cannot happen with this
    option" (with the aid's reason) from "no reliable figure"; the key figures keep it."""
    knee = load_aid_or_raise(KNEE)
    exercise = next(k for k in key_figures(knee) if k.option_id == "exercise")
    assert exercise.harm is None and exercise.cannot_happen(False)
    harms = [o for o in knee.outcomes if not o.desirable]
    assert [m.outcome_id for m in exercise.no_harm] == [o.id for o in harms]
    infection = exercise.no_harm[0]
    assert (infection.kind, infection.reason) == ("not_applicable", "Nothing enters the joint.")
    assert infection.label == next(o.label for o in harms if o.id == infection.outcome_id)
    # Its benefits have no reliable figure: that is not "cannot happen".
    assert exercise.benefit is None and not exercise.cannot_happen(True)
    assert {m.kind for m in exercise.no_benefit} == {"unknown"}
    # An option with a figure has nothing missing.
    surgery = next(k for k in key_figures(knee) if k.option_id == "surgery")
    assert surgery.harm is not None and surgery.no_harm == () and not surgery.cannot_happen(False)

    sciatica = load_aid_or_raise(REPO / "decision_aids" / "low-back-pain-sciatica.md")
    self_care = next(k for k in key_figures(sciatica) if k.option_id == "self-care")
    kinds = [(m.outcome_id, m.kind) for m in self_care.no_harm]
    assert kinds == [("operation-within-year", "unknown"), ("procedure-problem", "not_applicable")]
    assert not self_care.cannot_happen(False)  # one harm may happen: no figure for it
