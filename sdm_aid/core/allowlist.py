"""Findings a folder of aids accepts on purpose, each with its reason.

A file ``validation-allowlist.yaml`` beside the aids lists entries like::

    - rule: SDM315
      aids: [knee-osteoarthritis]   # or "*" for every aid in the folder
      reason: Not yet through clinical governance; the app says so.

An allowed finding is still reported, marked as allowed, but does not fail
``sdm-aid validate --strict``. Only warnings can be allowed; errors never are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sdm_aid.core.findings import Finding
from sdm_aid.core.frontmatter import load_yaml

ALLOWLIST_NAME = "validation-allowlist.yaml"


@dataclass(frozen=True)
class Allowance:
    rule: str
    aids: tuple[str, ...] | None  # None: every aid in the folder
    reason: str

    def covers(self, finding: Finding, aid_id: str | None) -> bool:
        if finding.rule != self.rule or finding.is_error:
            return False
        return self.aids is None or (aid_id is not None and aid_id in self.aids)


class AllowlistError(ValueError):
    pass


def load_allowlist(path: Path) -> list[Allowance]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AllowlistError(f"{path}: cannot read the allow-list: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise AllowlistError(f"{path}: the allow-list must be a list of `- rule: …` entries")
    allowances = []
    for item in data:
        if not isinstance(item, dict) or not item.get("rule") or not item.get("reason"):
            raise AllowlistError(f"{path}: each entry needs `rule` and `reason`: {item!r}")
        aids = item.get("aids", "*")
        allowances.append(
            Allowance(
                str(item["rule"]),
                None if aids == "*" else tuple(str(a) for a in aids),
                str(item["reason"]),
            )
        )
    return allowances


def apply(
    findings: list[Finding], aid_id: str | None, allowances: list[Allowance]
) -> list[Finding]:
    result = []
    for finding in findings:
        allowance = next((a for a in allowances if a.covers(finding, aid_id)), None)
        result.append(replace(finding, allowed_reason=allowance.reason) if allowance else finding)
    return result
