"""Constants and small helpers the review window's components share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    pass


Index = QModelIndex | QPersistentModelIndex


OVERALL = "__overall__"  # the row of the overall questions in the section list
# Sections shown with the app's own page, as a patient sees them.


STEP_SECTIONS = ("about", "options", "compare", "outcomes", "preferences", "quiz")


SETTINGS_READING = "review/reading_level_open"

# Highlights in the reading-level text. Qt's rich text has no <mark>: the core's marks
# become spans with inline styles (dark text on a light background in every theme).


# -- who is reviewing --------------------------------------------------------------------------


def _first_focusable(widget: QWidget) -> QWidget | None:
    for child in widget.findChildren(QWidget):
        if (
            child.focusPolicy() & Qt.FocusPolicy.TabFocus
            and child.isVisibleTo(widget)
            and child.isEnabled()
        ):
            return child
    return None


def _uncheck(group: QButtonGroup) -> None:
    """Show no answer in an exclusive group of radio buttons."""
    checked = group.checkedButton()
    if checked is not None:
        group.setExclusive(False)
        checked.setChecked(False)
        group.setExclusive(True)


def _titled(title: str, layout_type: type[QHBoxLayout]) -> tuple[QFrame, QHBoxLayout]:
    from sdm_aid.ui.steps import titled_box

    return titled_box(title, layout_type)


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=False)
