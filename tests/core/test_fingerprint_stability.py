"""Old sessions must not all report "the aid has changed" because the model gained fields.

``tests/fixtures/fingerprints/expected.json`` was written by the code from before study
groups, control groups and not-applicable values (commit 599dffb~1) for the two aid
files beside it. Today's code must give the same fingerprints for the same files.
"""

from __future__ import annotations

import json

import pytest

from sdm_aid.core.parser import parse_aid
from sdm_aid.core.session import fingerprint
from support import FIXTURES

FOLDER = FIXTURES / "fingerprints"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_unchanged_aids_keep_the_fingerprints_older_versions_saved(name: str) -> None:
    aid = parse_aid((FOLDER / name).read_text(encoding="utf-8")).aid
    assert aid is not None
    assert fingerprint(aid) == EXPECTED[name]
