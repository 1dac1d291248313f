"""Findings a folder of aids accepts on purpose, each with its reason.

A file ``validation-allowlist.yaml`` beside the aids lists entries like::

    - rule: SDM315
      aids: [knee-osteoarthritis]   # or "*" for every aid in the folder
      reason: Not yet through clinical governance; the app says so.
    - rule: SDM326
      aids: [knee-osteoarthritis]
      about: [pain-much-better]     # only the findings about these outcomes or options
      reason: Evidence gap; see docs/evidence/knee-osteoarthritis.md.

An allowed finding is still reported, marked as allowed, but does not fail
``sdm-aid validate --strict``. Only warnings can be allowed; errors never are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from sdm_aid.core import safe_read
from sdm_aid.core.findings import Finding
from sdm_aid.core.frontmatter import load_yaml

ALLOWLIST_NAME = "validation-allowlist.yaml"
RULE_CODE = re.compile(r"^SDM\d{3}$")


@dataclass(frozen=True)
class Allowance:
    rule: str
    aids: tuple[str, ...] | None  # None: every aid in the folder
    reason: str
    about: tuple[str, ...] | None = None  # None: whatever the finding is about

    def covers(self, finding: Finding, aid_id: str | None) -> bool:
        if finding.rule != self.rule or finding.is_error:
            return False
        if self.about is not None and finding.subject not in self.about:
            return False  # an allowance for named outcomes never covers a new one
        return self.aids is None or (aid_id is not None and aid_id in self.aids)


class AllowlistError(ValueError):
    pass


def load_allowlist(path: Path) -> list[Allowance]:
    """The allowances in ``path``; :class:`AllowlistError` says what to fix in the file.

    Read through the guarded path and checked strictly: ``rule`` a rule code, ``reason``
    text, ``aids`` "*" or a list of aid ids, ``about`` a list of outcome or option ids.
    """
    try:
        data = load_yaml(safe_read.read_text(path, safe_read.ALLOWLIST_LIMIT))
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise AllowlistError(f"{path}: cannot read the allow-list: {_one_line(exc)}") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise AllowlistError(f"{path}: the allow-list must be a list of `- rule: …` entries")
    allowances = []
    for n, item in enumerate(data, start=1):
        where = f"{path}: entry {n}"
        if not isinstance(item, dict) or not item.get("rule") or not item.get("reason"):
            raise AllowlistError(f"{where} needs `rule` and `reason`")
        rule, reason, aids = item["rule"], item["reason"], item.get("aids", "*")
        if not isinstance(rule, str) or not RULE_CODE.match(rule):
            raise AllowlistError(f"{where}: `rule` must be a rule code like SDM315")
        if not isinstance(reason, str):
            raise AllowlistError(f"{where}: `reason` must be text")
        if aids != "*" and (
            not isinstance(aids, list) or not all(isinstance(a, str) and a for a in aids)
        ):
            raise AllowlistError(f'{where}: `aids` must be "*" or a list of aid ids')
        about = item.get("about")
        if about is not None and (
            not isinstance(about, list)
            or not about
            or not all(isinstance(a, str) and a for a in about)
        ):
            raise AllowlistError(f"{where}: `about` must be a list of outcome or option ids")
        allowances.append(
            Allowance(
                rule,
                None if aids == "*" else tuple(aids),
                reason.strip(),
                None if about is None else tuple(about),
            )
        )
    return allowances


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def apply(
    findings: list[Finding], aid_id: str | None, allowances: list[Allowance]
) -> list[Finding]:
    result = []
    for finding in findings:
        allowance = next((a for a in allowances if a.covers(finding, aid_id)), None)
        result.append(replace(finding, allowed_reason=allowance.reason) if allowance else finding)
    return result
