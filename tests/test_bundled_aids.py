"""The aids that ship with SDM Aid are complete, sourced and pass strict validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from sdm_aid.core.allowlist import ALLOWLIST_NAME, apply, load_allowlist
from sdm_aid.core.library import aid_files
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.validation import check_file
from sdm_aid.paths import bundled_aids_dir
from support import REPO

BUNDLED = aid_files(bundled_aids_dir())
EXPECTED = {
    "knee-osteoarthritis": "published",
    "carpal-tunnel-syndrome": "published",
    "low-back-pain-sciatica": "published",
    "hip-osteoarthritis": "draft",
}


def test_the_four_musculoskeletal_aids_ship() -> None:
    statuses = {load_aid_or_raise(p).id: load_aid_or_raise(p).meta.status for p in BUNDLED}
    assert statuses == EXPECTED


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_option_appears_in_every_outcome_and_the_grid(path: Path) -> None:
    aid = load_aid_or_raise(path)
    options = set(aid.option_ids)
    assert aid.status_quo is not None
    assert len(aid.outcomes) >= 3
    for outcome in aid.outcomes:
        assert set(outcome.values) == options, outcome.id
    fully_numbered = [
        o for o in aid.outcomes if all(v.count is not None for v in o.values.values())
    ]
    assert len(fully_numbered) >= 3, "at least three outcomes give a number for every option"
    assert aid.compare is not None
    assert set(aid.compare.option_ids) == options
    assert len(aid.compare.rows) >= 6


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_cited_source_exists_and_can_be_followed(path: Path) -> None:
    aid = load_aid_or_raise(path)
    cited = (
        {c.key for c in aid.citations}
        | {o.source for o in aid.outcomes}
        | {v.source for o in aid.outcomes for v in o.values.values() if v.source}
    )
    assert cited
    for key in cited:
        source = aid.meta.source(key)
        assert source is not None, key
        assert source.link and source.link.startswith(("https://", "http://")), key


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_content_is_complete(path: Path) -> None:
    aid = load_aid_or_raise(path)
    assert aid.meta.approved_by is None  # not yet through clinical governance
    assert len(aid.preferences) >= 5
    assert len(aid.quiz) >= 4 and all(q.explanation for q in aid.quiz)
    assert len(aid.questions) >= 6
    assert aid.glossary
    for option in aid.options:
        assert option.part("involves") and option.part("benefits") and option.part("risks")
    assert (REPO / "docs" / "evidence" / f"{aid.id}.md").exists()


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_strict_validation_passes_with_only_the_documented_allowance(path: Path) -> None:
    allowances = load_allowlist(bundled_aids_dir() / ALLOWLIST_NAME)
    assert [a.rule for a in allowances] == ["SDM315"]
    findings = apply(check_file(path).findings, load_aid_or_raise(path).id, allowances)
    assert [str(f) for f in findings if not f.allowed_reason] == []
