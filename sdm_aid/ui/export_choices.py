"""The export dialog's file types, and the file names it suggests (no Qt).

Kept apart from :mod:`sdm_aid.ui.export_actions` (which re-exports them) so that the
dialogs stay in one short module.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sdm_aid.core.session import Session


@dataclass(frozen=True)
class Choice:
    """One file type in the export dialog: a format, a copy and the file name's ending."""

    fmt: str
    variant: str
    suffix: str  # without the leading dot

    @property
    def key(self) -> str:
        return f"{self.fmt}-{self.variant}"

    @property
    def has_copy_options(self) -> bool:
        """The patient copy as a PDF or web page: large print and the clinician's notes
        are asked for (:mod:`sdm_aid.ui.copy_options`); the other types have neither."""
        return self.variant == "patient" and self.fmt in ("pdf", "html")


CHOICES = (
    Choice("pdf", "patient", "pdf"),
    Choice("pdf", "record", "pdf"),
    Choice("html", "patient", "html"),
    Choice("html", "record", "html"),
    Choice("txt", "record", "txt"),
    Choice("md", "record", "md"),
    Choice("json", "patient", "json"),
    Choice("fhir", "patient", "fhir.json"),
)
PDF_PATIENT = CHOICES[0]
# Endings a suggested name may have; swapped when another file type is chosen.
_ENDINGS = ("fhir.json", "pdf", "html", "htm", "md", "markdown", "txt", "json")


def choice_for(key: str) -> Choice:
    """The file type saved under ``key`` (such as ``"pdf-patient"``), or the patient PDF."""
    return next((c for c in CHOICES if c.key == key), PDF_PATIENT)


def session_date(session: Session) -> dt.date:
    """The day the session last changed (the date the summary shows), in local time."""
    try:
        return dt.datetime.fromisoformat(session.updated).astimezone().date()
    except ValueError:
        return dt.date.today()


def suggested_name(aid_id: str, choice: Choice, day: dt.date) -> str:
    """A file name without anything about the person: ``knee-osteoarthritis-summary-
    2026-03-02.pdf``, or ``…-record-…`` for the record copy."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", aid_id).strip(".-") or "decision"
    kind = "record" if choice.variant == "record" else "summary"
    return f"{slug}-{kind}-{day.isoformat()}.{choice.suffix}"


def bare(name: str) -> str:
    """``name`` without its export ending (``a.fhir.json``, ``a.pdf``, even ``a.fhir.pdf``)."""
    for ending in _ENDINGS:
        if name.lower().endswith("." + ending):
            name = name[: -len(ending) - 1]
            break
    return name[:-5] if name.lower().endswith(".fhir") else name


def with_ending(name: str, suffix: str) -> str:
    """``name`` with its export ending (if it has one) replaced by ``suffix``."""
    stem = bare(name)
    return f"{stem}.{suffix}" if stem != name else name
