"""What parsing an aid gives: the aid (if its front matter is usable) and the findings.

Its own module, so that a parse kept by :mod:`sdm_aid.core.parse_cache` can be used without
loading the parser (and Markdown, nh3 and YAML with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from sdm_aid.core.findings import Finding
from sdm_aid.core.model import Aid


@dataclass(frozen=True)
class ParseResult:
    aid: Aid | None  # None when the front matter is unusable
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]

    @property
    def ok(self) -> bool:
        return self.aid is not None and not self.errors

    @property
    def usable_aid(self) -> Aid | None:
        """The aid, when it can be used: it parsed and has no errors."""
        return self.aid if self.ok else None

    def problems(self) -> str:
        """Why the aid cannot be used, one finding a line."""
        return "\n".join(str(f) for f in self.errors or self.findings)
