"""What could happen in every exported copy: studies apart, control groups, one-line
not-applicable and unknown options, benefits first, one denominator (issue 11)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from types import MappingProxyType

import markdown
import pytest
from fixtures.sessions.builder import filled_session
from test_export import parse

from sdm_aid.core.export import render_html, render_json, render_qt_html, render_text
from sdm_aid.core.model import Aid, OutcomeValue
from sdm_aid.core.parser import parse_aid
from sdm_aid.core.session import Session
from sdm_aid.core.summary import build_summary


@pytest.fixture
def aid(example_text: str) -> Aid:
    """The example aid, plus an outcome with no reliable figure for two options."""
    parsed = parse_aid(example_text).aid
    assert parsed is not None
    skin = parsed.outcomes[-1]
    unknown = replace(
        skin,
        id="sore-arm",
        label="Sore arm for a week",
        values=MappingProxyType(
            {
                "exercise": OutcomeValue(None, note="Not measured in the trial."),
                "injection": OutcomeValue(12),
                "wait": OutcomeValue(None),
            }
        ),
    )
    return replace(parsed, outcomes=(*parsed.outcomes, unknown))


@pytest.fixture
def session(aid: Aid) -> Session:
    # every option compared; the first option chosen; short notes keep the record's figures
    return filled_session(aid, notes="Review in 8 weeks.")


def test_summary_outcomes_follow_the_layout(aid: Aid, session: Session) -> None:
    summary = build_summary(session, aid)
    assert summary.scale == 100
    much, skin, sore = summary.outcomes
    assert [o.desirable for o in summary.outcomes] == [True, False, False]  # benefits first
    # one study per group, never merged; each with its own source, who and when
    assert [[f.option_id for f in s.figures] for s in much.studies] == [
        ["exercise", "wait"],
        ["injection"],
    ]
    assert much.separate_studies.startswith("These figures come from 2 different studies")
    assert much.studies[1].population == "Adults with tennis elbow for over 3 months"
    assert much.studies[1].about.startswith("Source: An example review")
    injection = much.studies[1].figures[0]
    assert injection.control is not None and injection.control.count == 50
    assert injection.difference.endswith("10 more in 100.")
    assert much.studies[0].figures[0].difference.startswith("5 more in 100 with exercises")
    # options with no figure: one line each, and no figure, no picture
    assert [f.option_id for f in skin.figures] == ["injection"]
    assert skin.not_applicable == (
        "Cannot happen with exercises with a physiotherapist and waiting to see: "
        "no needle is used.",
    )
    assert skin.unknown == ""
    assert (
        sore.unknown
        == "No reliable figure for exercises with a physiotherapist and waiting to see."
    )
    assert [(n.option_id, n.kind, n.reason) for n in sore.no_figures] == [
        ("exercise", "unknown", "Not measured in the trial."),
        ("wait", "unknown", ""),
    ]
    assert all(f.icons is not None for o in summary.outcomes for f in o.figures)


def test_patient_html_frames_each_study(aid: Aid, session: Session) -> None:
    html = render_html(build_summary(session, aid), "patient")
    page = parse(html)
    assert len(re.findall(r'<div class="study">', html)) == 4  # 2 + 1 + 1 studies
    first, second = html.split('<div class="study">')[1:3]
    assert "An example trial" in first and "An example review" not in first
    assert "Steroid injection" not in first and "Exercises with a physiotherapist" in first
    assert "A dummy injection" in second and "10 more in 100" in second
    arrays = [a for a in page.named("svg") if "icon-array" in (a.get("class") or "")]
    # exercise, wait; injection and its control group; skin: injection; sore arm: injection
    assert [int(a["data-affected"] or 0) for a in arrays] == [70, 65, 50, 50, 5, 12]
    words = page.words
    assert "Cannot happen with exercises with a physiotherapist and waiting to see" in words
    assert "No reliable figure for exercises with a physiotherapist and waiting to see." in words
    assert "Exercises with a physiotherapist: Not measured in the trial." in words
    assert words.index("Elbow pain much better") < words.index("Paler skin")
    assert "Every number is out of 100 people." in words


def test_pdf_html_has_one_framed_table_per_study(aid: Aid, session: Session) -> None:
    html, specs = render_qt_html(build_summary(session, aid), "patient")
    assert html.count('border="1"') == 4  # one frame per study
    assert [s.solid for s in specs] == [70, 65, 50, 50, 5, 12]  # no picture of nobody


@pytest.mark.parametrize("md", [False, True])
def test_text_copies_list_studies_apart(aid: Aid, session: Session, md: bool) -> None:
    text = render_text(build_summary(session, aid), "patient", md=md)
    plain = text.replace("\\", "")
    assert "Study 1. Source: An example trial" in plain
    assert "Study 2. Source: An example review" in plain
    assert "A dummy injection (the comparison group in this study): 50 out of 100 people." in plain
    assert "10 more in 100" in plain
    assert "Compare options only within one study." in plain and "box" not in plain
    assert "Cannot happen with exercises with a physiotherapist and waiting to see" in plain
    assert "No reliable figure for exercises with a physiotherapist and waiting to see." in plain
    assert not re.search(r"\b0 out of 100", plain)
    if md:
        html = markdown.markdown(text)
        assert html.count("<li>") >= 5 and "<script" not in html


def test_record_lists_only_real_figures_for_the_chosen_option(aid: Aid, session: Session) -> None:
    record = render_text(build_summary(session, aid), "record")
    (line,) = [x for x in record.splitlines() if x.startswith("Figures for the chosen option")]
    assert line == (
        "Figures for the chosen option: Elbow pain much better (after 1 year) 70 in 100."
    )
    session.decision.decide(["injection"])
    record = render_text(build_summary(session, aid), "record")
    (line,) = [x for x in record.splitlines() if x.startswith("Figures for the chosen option")]
    assert line == (
        "Figures for the chosen option: Elbow pain much better (after 1 year) 60 in 100 "
        "(range 50 to 70) (a dummy injection: 50); Paler skin where the needle went in "
        "(within 6 months) 5 in 100; Sore arm for a week (within 6 months) 12 in 100."
    )
    session.decision.decide(["wait"])
    record = render_text(build_summary(session, aid), "record")
    assert "Figures for the chosen option: Elbow pain much better (after 1 year) 65 in 100.\n" in (
        record
    )
    html = render_html(build_summary(session, aid), "record")
    assert "Elbow pain much better (after 1 year) 65 in 100." in parse(html).words


def test_record_says_when_the_chosen_option_has_no_figure(aid: Aid, session: Session) -> None:
    only_skin = replace(aid, outcomes=aid.outcomes[1:])
    record = render_text(build_summary(session, only_skin), "record")
    assert (
        "Figures for the chosen option: none in this aid. Outcomes: cannot happen with it "
        "(1); no reliable figure (1)." in record
    )
    assert "0 or no reliable figure" not in record


def test_undecided_record_lists_real_figures_by_study(aid: Aid, session: Session) -> None:
    session.decision.not_yet(more_time=True)
    record = render_text(build_summary(session, aid), "record")
    assert (
        "- Elbow pain much better: Exercises with a physiotherapist 70 in 100 "
        "(after 1 year, study 1); Waiting to see 65 in 100 (after 1 year, study 1); "
        "Steroid injection 60 in 100 (range 50 to 70) (a dummy injection: 50) "
        "(after 1 year, study 2)." in record
    )
    assert "- Paler skin where the needle went in: Steroid injection 5 in 100." in record


def test_json_carries_studies_controls_and_gaps(aid: Aid, session: Session) -> None:
    data = json.loads(render_json(session, aid))["summary"]
    assert data["denominator"] == 100
    much, skin, sore = data["outcomes"]
    assert [s["source_key"] for s in much["studies"]] == ["example-trial", "example-review"]
    injection = much["studies"][1]["figures"][0]
    assert injection["control"] == {"count": 50, "label": "a dummy injection"}
    assert (injection["low"], injection["high"]) == (50, 70)
    assert injection["difference"].endswith("10 more in 100.")
    assert much["studies"][0]["figures"][0]["control"] is None
    assert much["separate_studies"] and not skin["separate_studies"]
    assert skin["not_applicable"] == [
        {
            "option_id": "exercise",
            "option": "Exercises with a physiotherapist",
            "reason": "No needle is used.",
        },
        {"option_id": "wait", "option": "Waiting to see", "reason": "No needle is used."},
    ]
    assert skin["unknown"] == [] and [u["option_id"] for u in sore["unknown"]] == [
        "exercise",
        "wait",
    ]
    assert sore["lines"] == [
        "No reliable figure for exercises with a physiotherapist and waiting to see."
    ]
    assert all(
        f["count"] is not None for o in data["outcomes"] for s in o["studies"] for f in s["figures"]
    )


def test_screen_summary_keeps_studies_apart(aid: Aid, session: Session) -> None:
    from sdm_aid.core.summary import render_screen_html

    words = parse(render_screen_html(build_summary(session, aid))).words
    assert "These figures come from 2 different studies of different people." in words
    assert "A dummy injection (the comparison group in this study)" in words
    assert "Cannot happen with exercises with a physiotherapist and waiting to see" in words
    assert "No reliable figure for exercises with a physiotherapist and waiting to see." in words
