"""The decision as HL7 FHIR R4 resources, built as plain dicts (Qt-free, no FHIR library).

The aid becomes a ``Questionnaire`` (what could happen as read-only display items, then
what matters to you, the quiz, the SURE test and the decision as items), the session a
``QuestionnaireResponse`` that points at it, and both travel in a ``Bundle`` of type
``collection``. Names are left out: a QuestionnaireResponse
has no place for them, and a ``Patient`` resource built from a first name alone would
match nobody in a health record. CollaboRATE is left out too: it is the patient's rating
of the consultation, feedback for the service (``sdm-aid audit``), and patients answer
more candidly when it does not go into their record. docs/fhir.md has the mapping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from typing import TYPE_CHECKING, Any

from sdm_aid.core.fhir_outcomes import outcomes_item
from sdm_aid.core.session import (
    MORE_TIME,
    NOT_DECIDED,
    RATING_MAX,
    RATING_MIN,
    RECORD_NOW,
    SURE_ITEMS,
    SURE_QUESTIONS,
)

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.core.session import Session

CANONICAL_PREFIX = "urn:sdm-aid:aid:"
SESSION_SYSTEM = "urn:sdm-aid:session"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
STATUS = {"draft": "draft", "published": "active", "retired": "retired"}
DECISION_WORDS = {
    NOT_DECIDED: "Not decided yet",
    MORE_TIME: "I would like more time to decide",
}
AFTER_SURE_SYSTEM = "urn:sdm-aid:after-sure"
AFTER_SURE_WORDS = {
    RECORD_NOW: "Record the decision now",
    MORE_TIME: "Take more time before deciding",
}
_ID_CHARS = re.compile(r"[^A-Za-z0-9.-]+")

Item = dict[str, Any]


# -- names and references ----------------------------------------------------------------------


def canonical_url(aid: Aid) -> str:
    """The Questionnaire's canonical URL: the aid's id and language (translations share an
    id, so the language keeps them apart). The version goes after ``|`` in references."""
    return f"{CANONICAL_PREFIX}{aid.id}:{aid.meta.language}"


def canonical(aid: Aid) -> str:
    """A versioned canonical reference to the aid's Questionnaire, ``url|version``."""
    return f"{canonical_url(aid)}|{aid.meta.version}"


def decision_system(aid: Aid) -> str:
    """Code system of the decision: the aid's option ids, ``not-decided`` and ``more-time``.

    Option ids are the same in every translation of an aid, so the language is left out.
    """
    return f"{CANONICAL_PREFIX}{aid.id}:decision"


def _fhir_id(text: str) -> str:
    """A valid FHIR resource id (``[A-Za-z0-9-.]{1,64}``) made from ``text``."""
    cleaned = _ID_CHARS.sub("-", text).strip("-.") or "x"
    if len(cleaned) <= 64:
        return cleaned
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"{cleaned[:51]}-{digest}"


def _urn_uuid(text: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, text)}"


def _section_title(aid: Aid, section: str, default: str) -> str:
    found = aid.sections.get(section)
    return found.title if found and found.title else default


# -- the Questionnaire -------------------------------------------------------------------------


def _coding(system: str | None, code: str, display: str) -> dict[str, str]:
    coding = {"code": code, "display": display}
    return {"system": system, **coding} if system else coding


def _decision_options(aid: Aid, leaning: bool = False) -> list[dict[str, Any]]:
    """The aid's options (and, for the decision itself, not-decided and more-time)."""
    system = decision_system(aid)
    options = [_coding(system, o.id, o.title) for o in aid.options]
    if not leaning:
        options += [_coding(system, code, words) for code, words in DECISION_WORDS.items()]
    return [{"valueCoding": c} for c in options]


def _range(low: int, high: int) -> list[dict[str, Any]]:
    return [
        {"url": MIN_VALUE, "valueInteger": low},
        {"url": MAX_VALUE, "valueInteger": high},
    ]


def _questions_item(aid: Aid) -> Item:
    """The aid's questions to tick, and room for the person's own (open-choice)."""
    item: Item = {
        "linkId": "questions",
        "text": _section_title(aid, "questions", "Questions to ask"),
        "type": "open-choice",
        "repeats": True,
    }
    if aid.questions:  # FHIR JSON allows no empty lists
        item["answerOption"] = [{"valueString": q} for q in aid.questions]
    return item


def questionnaire(aid: Aid) -> dict[str, Any]:
    """The aid as an R4 Questionnaire; linkIds are stable across versions of the aid."""
    preferences: list[Item] = [
        {
            "linkId": f"pref-{p.id}",
            "text": p.statement,
            "type": "integer",
            "extension": _range(RATING_MIN, RATING_MAX),
        }
        for p in aid.preferences
    ]
    preferences.append({"linkId": "other-matters", "text": "In your own words", "type": "text"})
    items: list[Item] = []
    outcomes = outcomes_item(aid, _section_title(aid, "outcomes", "What could happen"))
    if outcomes is not None:  # read-only: display items, never answered
        items.append(outcomes)
    items += [
        {
            "linkId": "preferences",
            "text": _section_title(aid, "preferences", "What matters to you"),
            "type": "group",
            "item": preferences,
        }
    ]
    if aid.quiz:
        items.append(
            {
                "linkId": "quiz",
                "text": _section_title(aid, "quiz", "Check your understanding"),
                "type": "group",
                "item": [
                    {
                        "linkId": f"quiz-{n}",
                        "text": q.question,
                        "type": "choice",
                        "answerOption": [
                            {"valueCoding": _coding(None, str(i), choice)}
                            for i, choice in enumerate(q.choices)
                        ],
                    }
                    for n, q in enumerate(aid.quiz, start=1)
                ],
            }
        )
    items.append(
        {
            "linkId": "sure",
            "text": "How sure do you feel? (the SURE test)",
            "type": "group",
            "item": [
                {"linkId": f"sure-{item}", "text": SURE_QUESTIONS[item], "type": "boolean"}
                for item in SURE_ITEMS
            ],
        }
    )
    items.append(
        {
            "linkId": "decision-group",
            "text": "Your decision",
            "type": "group",
            "item": [
                {
                    "linkId": "decision",
                    "text": "What have you decided?",
                    "type": "choice",
                    "repeats": True,  # a plan can combine options
                    "answerOption": _decision_options(aid),
                },
                {
                    "linkId": "decision-leaning",
                    "text": "Not decided yet: leaning towards",
                    "type": "choice",
                    "repeats": True,
                    "answerOption": _decision_options(aid, leaning=True),
                },
                {
                    "linkId": "decision-after-sure",
                    "text": "A SURE score below 4: record the decision now, or take more time?",
                    "type": "choice",
                    "answerOption": [
                        {"valueCoding": _coding(AFTER_SURE_SYSTEM, code, words)}
                        for code, words in AFTER_SURE_WORDS.items()
                    ],
                },
                {
                    "linkId": "decision-involve",
                    "text": "Who else to involve",
                    "type": "string",
                },
                {"linkId": "decision-next-steps", "text": "Next steps", "type": "text"},
                _questions_item(aid),
                {"linkId": "clinician-notes", "text": "Clinician's notes", "type": "text"},
            ],
        }
    )
    # No CollaboRATE: see the module's docstring.
    resource: dict[str, Any] = {
        "resourceType": "Questionnaire",
        "id": _fhir_id(f"{aid.id}-{aid.meta.language}-{aid.meta.version}"),
        "language": aid.meta.language,
        "url": canonical_url(aid),
        "version": aid.meta.version,
        "title": aid.meta.title,
        "status": STATUS.get(aid.meta.status, "unknown"),
        "date": aid.meta.last_reviewed.isoformat(),
        "subjectType": ["Patient"],
        "item": items,
    }
    if aid.meta.summary:
        resource["description"] = aid.meta.summary
    if aid.meta.authors:
        resource["publisher"] = ", ".join(a.name for a in aid.meta.authors)
    return resource


# -- the QuestionnaireResponse -----------------------------------------------------------------


def _answered(link_id: str, text: str, answers: list[dict[str, Any]]) -> Item:
    return {"linkId": link_id, "text": text, "answer": answers}


def _typed(link_id: str, text: str, typed: str) -> list[Item]:
    """What a person typed as one answer, or nothing when it is blank."""
    typed = typed.strip()
    return [_answered(link_id, text, [{"valueString": typed}])] if typed else []


def _group(link_id: str, text: str, children: list[Item]) -> list[Item]:
    """A group only when something in it was answered (an empty group is not allowed)."""
    return [{"linkId": link_id, "text": text, "item": children}] if children else []


def _option_codings(aid: Aid, ids: list[str]) -> list[dict[str, Any]]:
    """The options still in the aid, as answers (a removed option is left out)."""
    system = decision_system(aid)
    found = [aid.option(i) for i in ids]
    return [{"valueCoding": _coding(system, o.id, o.title)} for o in found if o is not None]


def _decision_items(session: Session, aid: Aid) -> list[Item]:
    """The plan (one answer per option), or not decided with the options leant towards;
    then what was said when a SURE score below 4 asked."""
    d = session.decision
    items: list[Item] = []
    kind = d.kind
    question = "What have you decided?"
    if d.decided:
        plan = _option_codings(aid, d.chosen)
        if plan:
            items.append(_answered("decision", question, plan))
    elif kind in DECISION_WORDS:
        coding = _coding(decision_system(aid), str(kind), DECISION_WORDS[str(kind)])
        items.append(_answered("decision", question, [{"valueCoding": coding}]))
        leaning = _option_codings(aid, d.leaning)
        if leaning:
            items.append(
                _answered("decision-leaning", "Not decided yet: leaning towards", leaning)
            )
    if d.after_sure in AFTER_SURE_WORDS:
        coding = _coding(AFTER_SURE_SYSTEM, d.after_sure, AFTER_SURE_WORDS[d.after_sure])
        items.append(
            _answered(
                "decision-after-sure",
                "A SURE score below 4: record the decision now, or take more time?",
                [{"valueCoding": coding}],
            )
        )
    return items


def questionnaire_response(session: Session, aid: Aid) -> dict[str, Any]:
    """The session's answers, pointing at ``questionnaire(aid)``. No names, no subject.

    Answers the aid cannot hold (a rating for a statement the aid no longer has, a quiz
    answer beyond its choices, a decision for a removed option) are left out, so that the
    response always fits its Questionnaire.
    """
    if session.aid_id != aid.id:
        raise ValueError(f"the session is for the aid {session.aid_id!r}, not {aid.id!r}")
    prefs: list[Item] = [
        _answered(f"pref-{p.id}", p.statement, [{"valueInteger": session.ratings[p.id]}])
        for p in aid.preferences
        if p.id in session.ratings
    ]
    prefs += _typed("other-matters", "In your own words", session.other_matters)
    quiz: list[Item] = []
    for n, q in enumerate(aid.quiz, start=1):
        chosen = session.quiz_answers.get(str(n - 1))
        if chosen is not None and 0 <= chosen < len(q.choices):
            quiz.append(
                _answered(
                    f"quiz-{n}",
                    q.question,
                    [{"valueCoding": _coding(None, str(chosen), q.choices[chosen])}],
                )
            )
    sure: list[Item] = [
        _answered(f"sure-{item}", SURE_QUESTIONS[item], [{"valueBoolean": session.sure[item]}])
        for item in SURE_ITEMS
        if item in session.sure
    ]
    decision = _decision_items(session, aid)
    d = session.decision
    decision += _typed("decision-involve", "Who else to involve", d.involve)
    decision += _typed("decision-next-steps", "Next steps", d.next_steps)
    asked = [q.strip() for q in d.questions_ticked + d.own_questions if q.strip()]
    if asked:
        decision.append(
            _answered(
                "questions",
                _section_title(aid, "questions", "Questions to ask"),
                [{"valueString": q} for q in asked],
            )
        )
    decision += _typed("clinician-notes", "Clinician's notes", d.clinician_notes)
    # session.collaborate is never exported: see the module's docstring.
    items = [
        *_group("preferences", _section_title(aid, "preferences", "What matters to you"), prefs),
        *_group("quiz", _section_title(aid, "quiz", "Check your understanding"), quiz),
        *_group("sure", "How sure do you feel? (the SURE test)", sure),
        *_group("decision-group", "Your decision", decision),
    ]
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": _fhir_id(session.id),
        "identifier": {"system": SESSION_SYSTEM, "value": session.id},
        "questionnaire": canonical(aid),
        "status": "completed" if session.finished else "in-progress",
    }
    authored = _date_time(session.updated)
    if authored:
        resource["authored"] = authored
    if items:
        resource["item"] = items
    return resource


def _date_time(text: str) -> str | None:
    """``text`` as a FHIR dateTime (a time needs a time zone), or None if it is not one."""
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return when.isoformat(timespec="seconds")


# -- the Bundle --------------------------------------------------------------------------------


def bundle(session: Session, aid: Aid, timestamp: str | None = None) -> dict[str, Any]:
    """A ``collection`` Bundle: the Questionnaire, then the QuestionnaireResponse.

    Full URLs are name-based UUIDs of the aid's canonical and the session id, so exporting
    the same session twice gives the same references.
    """
    when = timestamp or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return {
        "resourceType": "Bundle",
        "id": _fhir_id(f"sdm-aid-{session.id}"),
        "type": "collection",
        "timestamp": when,
        "entry": [
            {"fullUrl": _urn_uuid(canonical(aid)), "resource": questionnaire(aid)},
            {
                "fullUrl": _urn_uuid(f"{SESSION_SYSTEM}:{session.id}"),
                "resource": questionnaire_response(session, aid),
            },
        ],
    }


def bundle_json(session: Session, aid: Aid) -> str:
    """The Bundle as pretty-printed JSON text (UTF-8, not ASCII-escaped)."""
    return json.dumps(bundle(session, aid), indent=2, ensure_ascii=False) + "\n"
