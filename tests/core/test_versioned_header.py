"""One versioned-header reader (issue 15) for sessions, reviews and responses: the same
schema and version rule for all three (the session reader once let ``true`` through as
version 1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from sdm_aid.core import responses, review, session
from sdm_aid.core.fileio import read_versioned_json, versioned_json
from sdm_aid.core.parser import load_aid_or_raise
from support import EXAMPLE, REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"


def _session() -> str:
    return session.to_json(session.new_session(load_aid_or_raise(EXAMPLE), "home"))


def _review() -> str:
    return review.to_json(review.new_review(load_aid_or_raise(HIP), "Ann", "patient"))


def _responses() -> str:
    answers = responses.Responses("hip-osteoarthritis")
    answers.set("c1", "accepted", reply="Done.")
    return responses.to_json(answers)


KINDS: dict[str, tuple[Callable[[], str], Callable[[str], object], str]] = {
    "session": (_session, session.from_json, session.SCHEMA),
    "review": (_review, review.from_json, review.SCHEMA),
    "responses": (_responses, responses.from_json, responses.SCHEMA),
}


def _with(text: str, **changes: Any) -> str:
    data = json.loads(text)
    for key, value in changes.items():
        if value is _MISSING:
            data.pop(key)
        else:
            data[key] = value
    return json.dumps(data)


_MISSING = object()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("version", [True, False, 1.0, "1", 0, -1, None, [1], _MISSING])
def test_only_a_whole_number_from_1_is_a_version(kind: str, version: object) -> None:
    make, read, _ = KINDS[kind]
    with pytest.raises(ValueError, match="no valid schema version"):
        read(_with(make(), schema_version=version))


@pytest.mark.parametrize("kind", KINDS)
def test_the_same_header_rule_for_every_kind(kind: str) -> None:
    make, read, schema = KINDS[kind]
    text = make()
    read(text)  # the file as written is read back
    assert read_versioned_json(text, schema, kind)[1] == json.loads(text)["schema_version"]
    with pytest.raises(ValueError, match=f"not an SDM Aid {kind} file"):
        read(_with(text, schema="sdm-aid/other"))
    with pytest.raises(ValueError, match=f"not an SDM Aid {kind} file"):
        read(json.dumps([json.loads(text)]))
    with pytest.raises(ValueError, match="newer SDM Aid"):
        read(_with(text, schema_version=99))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_written_with_the_header_first(kind: str) -> None:
    make, _, schema = KINDS[kind]
    data = json.loads(make())
    assert list(data)[:2] == ["schema", "schema_version"] and data["schema"] == schema
    assert versioned_json(schema, 1, {"a": "é"}) == (
        f'{{\n  "schema": "{schema}",\n  "schema_version": 1,\n  "a": "é"\n}}'
    )
