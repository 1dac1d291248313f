"""Findings: what the parser and the validator say about an aid file, and the rule catalogue."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path


class Severity(enum.StrEnum):
    ERROR = "error"  # the aid cannot be used
    WARNING = "warning"  # the aid can be used but falls short of a quality standard


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    title: str


_RULES: tuple[Rule, ...] = (
    # Files and front matter
    Rule("SDM101", Severity.ERROR, "File larger than 1 MB"),
    Rule("SDM102", Severity.ERROR, "File is not UTF-8 text"),
    Rule("SDM103", Severity.ERROR, "No front matter"),
    Rule("SDM104", Severity.ERROR, "Front matter is not valid YAML"),
    Rule("SDM105", Severity.ERROR, "Required front matter field missing"),
    Rule("SDM106", Severity.ERROR, "Front matter field has the wrong type or value"),
    Rule("SDM107", Severity.WARNING, "Unknown front matter field"),
    Rule("SDM108", Severity.ERROR, "Source entry incomplete"),
    Rule("SDM109", Severity.ERROR, "File could not be read"),
    Rule("SDM110", Severity.ERROR, "Published without clinical approval"),
    # Body structure
    Rule("SDM201", Severity.ERROR, "Required section missing"),
    Rule("SDM202", Severity.ERROR, "Duplicate id"),
    Rule("SDM203", Severity.ERROR, "Unknown option id"),
    Rule("SDM204", Severity.ERROR, "Outcome has no count for an option"),
    Rule("SDM205", Severity.ERROR, "Count outside 0..denominator"),
    Rule("SDM206", Severity.ERROR, "Unknown source key"),
    Rule("SDM207", Severity.ERROR, "Block is not valid YAML"),
    Rule("SDM208", Severity.ERROR, "Block field missing or of the wrong type"),
    Rule("SDM209", Severity.ERROR, "Option heading without an id"),
    Rule("SDM210", Severity.ERROR, "Duplicate aid id in the library"),
    Rule("SDM211", Severity.ERROR, "Quiz answer is not one of the choices"),
    Rule("SDM212", Severity.WARNING, "Block in the wrong section or of an unknown kind"),
    Rule("SDM213", Severity.ERROR, "Section content not in the expected form"),
    Rule("SDM214", Severity.ERROR, "Control group count outside 0..denominator"),
    Rule("SDM215", Severity.ERROR, "Not applicable without a reason"),
    Rule("SDM216", Severity.ERROR, "Option in no study and not unknown or not applicable"),
    Rule("SDM217", Severity.ERROR, "Outcome with both values and studies"),
    # Quality: IPDAS, NICE, risk communication
    Rule("SDM301", Severity.WARNING, "Fewer than two options"),
    Rule("SDM302", Severity.WARNING, "No status-quo option"),
    Rule("SDM303", Severity.WARNING, "Option without benefits"),
    Rule("SDM304", Severity.WARNING, "Option without risks"),
    Rule("SDM305", Severity.WARNING, "Benefits and risks very unequal in length"),
    Rule("SDM306", Severity.WARNING, "Percentage without 'out of'"),
    Rule("SDM307", Severity.WARNING, "Relative-risk wording"),
    Rule("SDM308", Severity.WARNING, "'Rare' or 'common' with no number"),
    Rule("SDM309", Severity.WARNING, "Directive wording"),
    Rule("SDM310", Severity.WARNING, "Review date passed"),
    Rule("SDM311", Severity.WARNING, "Last reviewed over 5 years ago"),
    Rule("SDM312", Severity.WARNING, "No funding statement"),
    Rule("SDM313", Severity.WARNING, "No conflicts of interest statement"),
    Rule("SDM314", Severity.WARNING, "No audience"),
    Rule("SDM315", Severity.WARNING, "Not clinically approved"),
    Rule("SDM316", Severity.WARNING, "No quiz"),
    Rule("SDM317", Severity.WARNING, "Reading level above target"),
    Rule("SDM318", Severity.WARNING, "Medical word not in the glossary"),
    Rule("SDM319", Severity.WARNING, "Abbreviation not explained"),
    Rule("SDM320", Severity.WARNING, "Comparison table columns do not match the options"),
    Rule("SDM321", Severity.WARNING, "Figure in prose without a source"),
    Rule("SDM322", Severity.WARNING, "Option without 'what it involves'"),
    Rule("SDM323", Severity.WARNING, "No development record"),
    # Outcome figures that could mislead, and warning signs
    Rule("SDM324", Severity.WARNING, "Figures from different sources under one `values:`"),
    Rule("SDM325", Severity.WARNING, "Every option has the same figure"),
    Rule("SDM326", Severity.WARNING, "Benefit with a figure for fewer than half the options"),
    Rule("SDM327", Severity.WARNING, "Option with harm figures but no benefit figure"),
    Rule("SDM328", Severity.WARNING, "Zero with a note (cannot happen?)"),
    Rule("SDM329", Severity.WARNING, "No warning signs (safety section)"),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


@dataclass(frozen=True)
class Finding:
    """One problem in one file, at one line, with a message that says how to fix it."""

    rule: str
    path: Path | None
    line: int | None
    message: str
    allowed_reason: str | None = None  # set when an allow-list accepts this finding
    subject: str | None = None  # the outcome or option id it is about, where it has one

    @property
    def severity(self) -> Severity:
        return RULES[self.rule].severity

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        where = str(self.path) if self.path else "<text>"
        return f"{where}:{self.line}" if self.line else where

    def __str__(self) -> str:
        text = f"{self.location()}: {self.rule} {self.severity.value}: {self.message}"
        if self.allowed_reason:
            text += f" [allowed: {self.allowed_reason}]"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "title": RULES[self.rule].title,
            "file": str(self.path) if self.path else None,
            "line": self.line,
            "message": self.message,
            "allowed": self.allowed_reason,
        }


class AidError(Exception):
    """The project's own error type: an aid that cannot be loaded, with its findings."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(str(f) for f in findings) or "invalid decision aid")
