"""Constants and small helpers the collate window's components share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import (
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    pass

Index = QModelIndex | QPersistentModelIndex


SAVE_DELAY_MS = 400  # one save for a burst of typing


CELL_CHARS = 1000  # longer comments are cut short in the table (the editor shows them whole)


OVERALL = "_overall"  # the same as sdm_aid.core.collate.OVERALL (not imported at start-up)


ACCEPTED, DECLINED, DISCUSS = "accepted", "declined", "discuss"


def _plural(n: int, one: str, many: str, **values: object) -> str:
    return (one if n == 1 else many).format(n=n, **values)


def _cut(text: str, limit: int = CELL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _compact(segments: Sequence[tuple[str, str]], context: int = 6) -> list[tuple[str, str]]:
    """A changed line's word segments with long unchanged stretches shortened to a few
    words either side of each change (the report has the whole text)."""
    out = []
    last = len(segments) - 1
    for i, (kind, text) in enumerate(segments):
        words = text.split(" ")
        if kind != "same" or len(words) <= 2 * context + 1:
            out.append((kind, text))
        elif i == 0:
            out.append((kind, "… " + " ".join(words[-context:])))
        elif i == last:
            out.append((kind, " ".join(words[:context]) + " …"))
        else:
            out.append((kind, " ".join(words[:context]) + " … " + " ".join(words[-context:])))
    return out


def role_count(role: str, n: int) -> str:
    one, many = {
        "patient": (
            translate("CollateWindow", "1 patient"),
            translate("CollateWindow", "{n} patients"),
        ),
        "carer": (translate("CollateWindow", "1 carer"), translate("CollateWindow", "{n} carers")),
        "clinician": (
            translate("CollateWindow", "1 clinician"),
            translate("CollateWindow", "{n} clinicians"),
        ),
    }.get(role, (translate("CollateWindow", "1 other"), translate("CollateWindow", "{n} others")))
    return _plural(n, one, many)


def status_label(status: str | None) -> str:
    return {
        ACCEPTED: translate("CollateWindow", "Accepted"),
        DECLINED: translate("CollateWindow", "Declined"),
        DISCUSS: translate("CollateWindow", "To discuss"),
    }.get(status or "", translate("CollateWindow", "No decision yet"))


def _banner(label: QLabel, role: QPalette.ColorRole = QPalette.ColorRole.ToolTipBase) -> None:
    label.setWordWrap(True)
    label.setMargin(8)
    label.setFrameShape(QFrame.Shape.Box)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(role)
    label.setForegroundRole(QPalette.ColorRole.ToolTipText)
