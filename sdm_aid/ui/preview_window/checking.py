"""Checking the aid file being previewed, in a worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sdm_aid.core.findings import Finding

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid


@dataclass(frozen=True)
class CheckOutcome:
    """What one read of the file found: the aid (when usable) and every finding."""

    aid: Aid | None
    findings: list[Finding]
    note: str = ""  # a problem beside the file itself, such as a broken allow-list

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.is_error)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if not f.is_error and not f.allowed_reason)

    @property
    def allowed(self) -> int:
        return sum(1 for f in self.findings if f.allowed_reason)

    @property
    def usable(self) -> bool:
        return self.aid is not None and self.errors == 0


def check_aid_file(path: Path) -> CheckOutcome:
    """Read, parse and fully validate ``path``, as ``sdm-aid validate`` does (its folder's
    allow-list included). Qt-free; runs in a worker thread."""
    from sdm_aid.core.allowlist import ALLOWLIST_NAME, AllowlistError, apply, load_allowlist
    from sdm_aid.core.validation import ValidationConfig, check_file

    result = check_file(path, ValidationConfig())
    aid = result.parsed.aid
    findings, note = list(result.findings), ""
    allow_file = path.parent / ALLOWLIST_NAME
    if allow_file.is_file():
        try:
            findings = apply(findings, aid.id if aid else None, load_allowlist(allow_file))
        except AllowlistError as exc:
            note = str(exc)
    return CheckOutcome(aid, findings, note)


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What tells one version of the file from the next; None when it is not there."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


# -- the findings panel ----------------------------------------------------------------------
