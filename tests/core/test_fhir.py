"""The FHIR R4 export: every resource validates and carries the session's answers.

fhir.resources 8 has no plain R4 package; its R4B models (FHIR 4.3) are used, since
Questionnaire, QuestionnaireResponse and Bundle have the same elements in R4 and R4B for
what SDM Aid writes. The models do not check coded values against value sets, so the
tests below also check codes, answer types and linkIds against the Questionnaire.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from sdm_aid.core import fhir
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import (
    COLLABORATE_INTRO,
    COLLABORATE_ITEMS,
    COLLABORATE_QUESTIONS,
    COLLABORATE_SCALE,
    RECORD_NOW,
    SURE_ITEMS,
    Session,
    new_session,
)
from support import EXAMPLE, REPO

# R4 value sets (required bindings) for the codes SDM Aid writes.
ITEM_TYPES = {
    "group",
    "display",
    "boolean",
    "decimal",
    "integer",
    "date",
    "dateTime",
    "time",
    "string",
    "text",
    "url",
    "choice",
    "open-choice",
    "attachment",
    "reference",
    "quantity",
}
ANSWER_KEY = {
    "boolean": "valueBoolean",
    "integer": "valueInteger",
    "string": "valueString",
    "text": "valueString",
    "choice": "valueCoding",
}
PUBLICATION_STATUS = {"draft", "active", "retired", "unknown"}
RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}


def bundled_aids() -> list[Aid]:
    library = AidLibrary.default(include_user=False, cache=False)
    library.scan()
    aids = [library.load(e).aid for e in library.entries if not e.broken]
    return [a for a in aids if a is not None]


ALL_AIDS = [*bundled_aids(), load_aid_or_raise(EXAMPLE)]


def test_every_bundled_aid_is_found() -> None:
    found = {a.id for a in ALL_AIDS}
    files = {p.stem for p in (REPO / "decision_aids").glob("*.md")}
    assert files <= found and "example-aid" in found


def filled(aid: Aid) -> Session:
    session = new_session(aid, "consultation", patient_name="Zebedee Quill", clinician_name="Dr Q")
    session.ratings = {p.id: (i * 3) % 11 for i, p in enumerate(aid.preferences)}
    session.other_matters = "  Looking after my grandson  "
    session.quiz_answers = {str(i): i % len(q.choices) for i, q in enumerate(aid.quiz)}
    session.sure = {"sure": True, "understand": False, "values": True, "support": True}
    session.decision.decide([aid.options[-1].id])
    session.decision.involve = "My daughter"
    session.decision.next_steps = "Book a follow-up"
    session.decision.questions_ticked = list(aid.questions[:1])
    session.decision.own_questions = ["Can I still swim?"]
    session.decision.clinician_notes = "Discussed at length."
    session.collaborate = {"understand": 4, "listen": 3, "include": 4}
    session.go_to("summary")
    return session


def walk(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        yield from walk(item.get("item", []))


def no_empty_values(value: Any) -> None:
    """FHIR JSON allows no empty objects, lists or strings, and no nulls."""
    assert value not in (None, "", [], {}), "empty value in FHIR JSON"
    if isinstance(value, dict):
        for v in value.values():
            no_empty_values(v)
    elif isinstance(value, list):
        for v in value:
            no_empty_values(v)


def check_response_fits(response: dict[str, Any], questionnaire: dict[str, Any]) -> None:
    """Every answer has a linkId of the Questionnaire, the right type and a listed option."""
    defined = {i["linkId"]: i for i in walk(questionnaire["item"])}
    assert response["questionnaire"] == f"{questionnaire['url']}|{questionnaire['version']}"
    for item in walk(response.get("item", [])):
        definition = defined[item["linkId"]]
        if definition["type"] == "group":
            assert "answer" not in item and item["item"]
            continue
        assert "item" not in item and item["answer"]
        if not definition.get("repeats"):
            assert len(item["answer"]) == 1
        for answer in item["answer"]:
            if definition["type"] == "open-choice":
                assert list(answer) in (["valueString"], ["valueCoding"])
                continue
            (key,) = answer
            assert key == ANSWER_KEY[definition["type"]]
            if key == "valueCoding":
                assert {"valueCoding": answer[key]} in definition["answerOption"]
            if key == "valueInteger":
                low, high = (e["valueInteger"] for e in definition["extension"])
                assert low <= answer[key] <= high


@pytest.mark.parametrize("aid", ALL_AIDS, ids=lambda a: a.id)
def test_questionnaire_validates_for_every_aid(aid: Aid) -> None:
    data = fhir.questionnaire(aid)
    model = Questionnaire.model_validate(data)
    assert model.url == fhir.canonical_url(aid) and model.version == aid.meta.version
    assert data["status"] in PUBLICATION_STATUS
    no_empty_values(data)
    link_ids = [i["linkId"] for i in walk(data["item"])]
    assert len(link_ids) == len(set(link_ids))
    assert all(i["type"] in ITEM_TYPES for i in walk(data["item"]))
    expected = {
        *(f"pref-{p.id}" for p in aid.preferences),
        *(f"quiz-{n}" for n in range(1, len(aid.quiz) + 1)),
        *(f"sure-{item}" for item in SURE_ITEMS),
        "decision",
        "decision-involve",
        "questions",
    }
    assert expected <= set(link_ids)
    assert not any("collaborate" in i for i in link_ids)  # service feedback, not the record
    by_id = {i["linkId"]: i for i in walk(data["item"])}
    assert all(by_id[f"pref-{p.id}"]["type"] == "integer" for p in aid.preferences)
    assert all(by_id[f"sure-{s}"]["type"] == "boolean" for s in SURE_ITEMS)
    codes = [o["valueCoding"]["code"] for o in by_id["decision"]["answerOption"]]
    assert codes == [*aid.option_ids, "not-decided", "more-time"]
    for n, q in enumerate(aid.quiz, start=1):
        shown = [o["valueCoding"]["display"] for o in by_id[f"quiz-{n}"]["answerOption"]]
        assert shown == list(q.choices)


@pytest.mark.parametrize("aid", ALL_AIDS, ids=lambda a: a.id)
def test_filled_session_bundle_validates_and_carries_the_answers(aid: Aid) -> None:
    session = filled(aid)
    data = json.loads(fhir.bundle_json(session, aid))
    model = Bundle.model_validate(data)
    assert model.type == "collection"
    no_empty_values(data)
    q_entry, r_entry = data["entry"]
    assert isinstance(model.entry[0].resource, Questionnaire)
    assert isinstance(model.entry[1].resource, QuestionnaireResponse)
    assert q_entry["fullUrl"].startswith("urn:uuid:") and r_entry["fullUrl"].startswith("urn:uuid:")
    questionnaire, response = q_entry["resource"], r_entry["resource"]
    QuestionnaireResponse.model_validate(response)
    assert response["status"] == "completed" and response["status"] in RESPONSE_STATUS
    assert response["identifier"]["value"] == session.id
    check_response_fits(response, questionnaire)

    answers = {i["linkId"]: i["answer"] for i in walk(response["item"]) if "answer" in i}
    for p in aid.preferences:
        assert answers[f"pref-{p.id}"] == [{"valueInteger": session.ratings[p.id]}]
    for i, q in enumerate(aid.quiz):
        (coding,) = answers[f"quiz-{i + 1}"]
        chosen = session.quiz_answers[str(i)]
        assert coding["valueCoding"] == {"code": str(chosen), "display": q.choices[chosen]}
    for item in SURE_ITEMS:
        assert answers[f"sure-{item}"] == [{"valueBoolean": session.sure[item]}]
    (decision,) = answers["decision"]
    assert decision["valueCoding"]["code"] == aid.options[-1].id
    assert decision["valueCoding"]["display"] == aid.options[-1].title
    assert decision["valueCoding"]["system"] == fhir.decision_system(aid)
    assert answers["decision-involve"] == [{"valueString": "My daughter"}]
    assert answers["other-matters"] == [{"valueString": "Looking after my grandson"}]
    assert [a["valueString"] for a in answers["questions"]] == [
        *aid.questions[:1],
        "Can I still swim?",
    ]
    assert session.collaborate  # answered, yet not exported (see the next test)
    assert not any(link_id.startswith("collaborate") for link_id in answers)


def test_collaborate_is_never_exported() -> None:
    # CollaboRATE rates the consultation: feedback for the service (sdm-aid audit), kept
    # out of anything that may go into the health record, so patients answer candidly.
    aid = ALL_AIDS[0]
    session = filled(aid)
    assert set(session.collaborate) == set(COLLABORATE_ITEMS)
    data = fhir.bundle(session, aid)
    text = json.dumps(data, ensure_ascii=False)
    assert "collaborate" not in text.lower()
    for item in COLLABORATE_ITEMS:
        assert COLLABORATE_QUESTIONS[item] not in text
    assert COLLABORATE_INTRO not in text
    assert not any(words in text for words in COLLABORATE_SCALE.values())
    # The response is the same with the answers as without them.
    without = filled(aid)
    without.id, without.updated = session.id, session.updated
    without.collaborate = {}
    assert fhir.questionnaire_response(without, aid) == fhir.questionnaire_response(session, aid)


def test_names_stay_out_of_fhir() -> None:
    aid = ALL_AIDS[0]
    text = fhir.bundle_json(filled(aid), aid)
    assert "Zebedee" not in text and "Quill" not in text and "Dr Q" not in text
    data = json.loads(text)
    assert [e["resource"]["resourceType"] for e in data["entry"]] == [
        "Questionnaire",
        "QuestionnaireResponse",
    ]
    assert "subject" not in data["entry"][1]["resource"]


def test_empty_session_has_no_items_and_is_in_progress() -> None:
    aid = ALL_AIDS[0]
    session = new_session(aid)
    response = fhir.questionnaire_response(session, aid)
    QuestionnaireResponse.model_validate(response)
    assert response["status"] == "in-progress" and "item" not in response
    Bundle.model_validate(fhir.bundle(session, aid))


def test_deferred_decision_is_coded() -> None:
    aid = ALL_AIDS[0]
    session = new_session(aid)
    session.decision.not_yet(more_time=True)
    response = fhir.questionnaire_response(session, aid)
    (group,) = response["item"]
    (item,) = group["item"]
    assert item["answer"] == [
        {
            "valueCoding": {
                "system": fhir.decision_system(aid),
                "code": "more-time",
                "display": "I would like more time to decide",
            }
        }
    ]
    assert response["status"] == "in-progress"


def test_answers_the_aid_cannot_hold_are_left_out() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    session = new_session(aid)
    session.ratings = {"no-such-statement": 5, "avoid-needles": 8}
    session.quiz_answers = {"0": 7, "5": 0}
    session.decision.decide(["an-option-since-removed"])
    response = fhir.questionnaire_response(session, aid)
    check_response_fits(response, fhir.questionnaire(aid))
    link_ids = {i["linkId"] for i in walk(response["item"])}
    assert link_ids == {"preferences", "pref-avoid-needles"}


def test_a_session_for_another_aid_is_refused() -> None:
    aid, other = ALL_AIDS[0], ALL_AIDS[1]
    with pytest.raises(ValueError, match="not"):
        fhir.questionnaire_response(new_session(other), aid)


def test_same_session_gives_the_same_references() -> None:
    aid = ALL_AIDS[0]
    session = filled(aid)
    first = fhir.bundle(session, aid, timestamp="2026-01-01T00:00:00+00:00")
    again = fhir.bundle(session, aid, timestamp="2026-01-01T00:00:00+00:00")
    assert first == again
    other = fhir.bundle(filled(aid), aid, timestamp="2026-01-01T00:00:00+00:00")
    assert other["entry"][0]["fullUrl"] == first["entry"][0]["fullUrl"]
    assert other["entry"][1]["fullUrl"] != first["entry"][1]["fullUrl"]


def test_bad_authored_time_is_left_out() -> None:
    aid = ALL_AIDS[0]
    session = new_session(aid)
    session.updated = "last Tuesday"
    response = fhir.questionnaire_response(session, aid)
    assert "authored" not in response
    QuestionnaireResponse.model_validate(response)


def test_long_ids_are_shortened_to_valid_fhir_ids() -> None:
    long_id = fhir._fhir_id("a" * 100 + " b")
    assert len(long_id) <= 64
    Questionnaire.model_validate(
        {"resourceType": "Questionnaire", "status": "draft", "id": long_id}
    )


@pytest.mark.parametrize("aid", ALL_AIDS, ids=lambda a: a.id)
def test_what_could_happen_travels_as_display_items(aid: Aid) -> None:
    data = fhir.questionnaire(aid)
    (outcomes,) = [i for i in data["item"] if i["linkId"] == "outcomes"]
    assert [o["linkId"] for o in outcomes["item"]] == [f"outcome-{o.id}" for o in aid.outcomes]
    for outcome, item in zip(aid.outcomes, outcomes["item"], strict=True):
        children = {c["linkId"]: c for c in walk(item["item"])}
        studies = [c for c in item["item"] if c["type"] == "group"]
        assert len(studies) == len(outcome.groups())  # one group per study, never merged
        for n, (group, study) in enumerate(zip(outcome.groups(), studies, strict=True), 1):
            assert study["linkId"] == f"outcome-{outcome.id}-study-{n}"
            source = aid.meta.source(group.source)
            assert source is not None and source.title in study["text"]
            for option_id, value in group.values.items():
                assert f"{study['linkId']}-{option_id}" in children
                assert (f"{study['linkId']}-{option_id}-control" in children) == (
                    value.control is not None
                )
        na = outcome.options_of_kind("not_applicable")
        assert (f"outcome-{outcome.id}-not-applicable" in children) == bool(na)
        for value in na.values():
            assert str(value.not_applicable).rstrip(".").lower() in (
                children[f"outcome-{outcome.id}-not-applicable"]["text"].lower()
            )
        unknown = outcome.options_of_kind("unknown")
        assert (f"outcome-{outcome.id}-unknown" in children) == bool(unknown)
        assert (f"outcome-{outcome.id}-separate" in children) == (len(outcome.groups()) > 1)
    assert all(
        i["type"] in ("group", "display") and "answerOption" not in i
        for i in walk(outcomes["item"])
    )
    assert all("item" in i for i in walk(outcomes["item"]) if i["type"] == "group")


def test_display_items_are_never_answered() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    response = fhir.questionnaire_response(filled(aid), aid)
    assert not any(i["linkId"].startswith("outcome") for i in walk(response["item"]))


def test_a_combined_plan_and_a_leaning_are_coded() -> None:
    """A plan answers ``decision`` once per option; not decided answers ``decision`` with
    not-decided and ``decision-leaning`` with the options; the SURE answer has its own item.
    Both fit the Questionnaire and validate."""
    aid = load_aid_or_raise(EXAMPLE)
    questionnaire = fhir.questionnaire(aid)
    session = new_session(aid)
    session.decision.decide(["exercise", "wait"])
    session.decision.after_sure = RECORD_NOW
    response = fhir.questionnaire_response(session, aid)
    check_response_fits(response, questionnaire)
    QuestionnaireResponse.model_validate(response)
    items = {i["linkId"]: i for i in walk(response["item"])}
    assert [a["valueCoding"]["code"] for a in items["decision"]["answer"]] == ["exercise", "wait"]
    assert items["decision-after-sure"]["answer"][0]["valueCoding"]["code"] == "record-now"
    assert "decision-leaning" not in items
    session.decision.not_yet(["injection"])
    session.decision.after_sure = ""
    response = fhir.questionnaire_response(session, aid)
    check_response_fits(response, questionnaire)
    items = {i["linkId"]: i for i in walk(response["item"])}
    assert [a["valueCoding"]["code"] for a in items["decision"]["answer"]] == ["not-decided"]
    assert [a["valueCoding"]["code"] for a in items["decision-leaning"]["answer"]] == ["injection"]
    assert "decision-after-sure" not in items


def test_decision_link_ids_are_documented() -> None:
    doc = (REPO / "docs" / "fhir.md").read_text(encoding="utf-8")
    for link_id in ("decision", "decision-leaning", "decision-after-sure"):
        assert f"| `{link_id}` |" in doc, link_id
