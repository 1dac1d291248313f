""" "What matters to you": sliders, own words and how the options fit.

The fit view sits beside the sliders (below them when the page is narrow), never below the
free-text box: for each option it names the statements the person marked as mattering a
lot that speak for it (the aid's ``favours``) and against it (``against``). Reasons, not
scores.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from sdm_aid.core.model import Preference
from sdm_aid.core.session import (
    MATTERS_A_LOT,
)
from sdm_aid.ui.rating_slider import RatingSlider
from sdm_aid.ui.steps.base import Card, Step, _esc
from sdm_aid.ui.wrapping import (
    wrapped,
)

SLIDERS_WIDTH = 36  # average characters: the narrowest the sliders' column can be
FIT_WIDTH = 26  # and the fit view's beside it


class PreferencesStep(Step):
    step_id = "preferences"

    def build(self) -> None:
        self.heading(self.tr("What matters to you"))
        self.body.addWidget(
            wrapped(
                self.tr(
                    "Click or use the arrow keys on each line: 0 means it doesn't matter "
                    "to you, 10 means it matters a lot. A line with no round marker is "
                    "not answered yet."
                )
            )
        )
        self.split = QGridLayout()  # the sliders, and the fit view beside or below them
        self.split.setHorizontalSpacing(16)
        self._split_columns = 0
        sliders = QVBoxLayout()
        self.sliders: dict[str, RatingSlider] = {}
        self.values: dict[str, QLabel] = {}
        for pref in self.aid.preferences:
            label = wrapped(
                f"<b>{_esc(pref.statement)}</b>"
                + (f"<br>{_esc(pref.detail)}" if pref.detail else ""),
                rich=True,
            )
            slider = RatingSlider()
            slider.setAccessibleName(pref.statement)
            slider.setAccessibleDescription(self.tr("0 doesn't matter, 10 matters a lot"))
            label.setBuddy(slider)
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.RichText)  # "<b>Your answer: 7</b>"
            slider.rated.connect(lambda v, p=pref.id: self._rated(p, v))
            # The slider across the column with its two ends named under it, and the
            # answer below: the slider keeps a usable length at any text size.
            scale = QGridLayout()
            scale.setVerticalSpacing(2)
            scale.addWidget(slider, 0, 0, 1, 2)
            low, high = wrapped(self.tr("0: doesn't matter")), wrapped(self.tr("10: matters a lot"))
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            scale.addWidget(low, 1, 0)
            scale.addWidget(high, 1, 1)
            scale.addWidget(value, 2, 0, 1, 2)
            sliders.addWidget(label)
            sliders.addLayout(scale)
            sliders.addSpacing(6)
            self.sliders[pref.id], self.values[pref.id] = slider, value
        sliders.addStretch()
        self.split.addLayout(sliders, 0, 0)
        self.fit = Card()
        self.fit.setFrameShape(QFrame.Shape.StyledPanel)
        self.fit.setAccessibleName(self.tr("How the options fit what matters to you"))
        fit_layout = QVBoxLayout(self.fit)
        self.alignment = wrapped(rich=True)  # option titles and statements escaped
        self.alignment.setAccessibleName(self.tr("Which options fit what matters to you"))
        fit_layout.addWidget(self.alignment)
        fit_layout.addStretch()
        self.body.addLayout(self.split)
        other = wrapped(self.tr("Anything else that matters to me:"))
        self.other = QPlainTextEdit()
        self.other.setAccessibleName(self.tr("Anything else that matters to me"))
        self.other.setTabChangesFocus(True)
        self.other.setMaximumHeight(120)
        other.setBuddy(self.other)
        self.other.textChanged.connect(self._other_changed)
        self.body.addWidget(other)
        self.body.addWidget(self.other)
        self.reflow()

    def reflow(self) -> None:
        """The fit view beside the sliders when both fit, else just below them."""
        if not hasattr(self, "split"):
            return
        wide = self.content_width() >= self.fontMetrics().averageCharWidth() * (
            SLIDERS_WIDTH + FIT_WIDTH
        )
        columns = 2 if wide else 1
        if columns == self._split_columns:
            return
        self._split_columns = columns
        self.split.removeWidget(self.fit)
        if wide:
            self.split.addWidget(self.fit, 0, 1, Qt.AlignmentFlag.AlignTop)
            self.split.setColumnStretch(0, 3)
            self.split.setColumnStretch(1, 2)
        else:
            self.split.addWidget(self.fit, 1, 0)
            self.split.setColumnStretch(0, 1)
            self.split.setColumnStretch(1, 0)

    def refresh(self) -> None:
        for pref_id, slider in self.sliders.items():
            slider.set_answer(self.session.ratings.get(pref_id))
            self._show_value(pref_id)
        if self.other.toPlainText() != self.session.other_matters:
            self.other.blockSignals(True)
            self.other.setPlainText(self.session.other_matters)
            self.other.blockSignals(False)
        self._show_alignment()

    def _show_value(self, pref_id: str) -> None:
        rated = pref_id in self.session.ratings
        self.values[pref_id].setText(
            self.tr("<b>Your answer: {n}</b>").format(n=self.session.ratings[pref_id])
            if rated
            else self.tr("Not answered yet")
        )

    def _rated(self, pref_id: str, value: int) -> None:
        self.session.ratings[pref_id] = value
        self._show_value(pref_id)
        self._show_alignment()
        self.mark()

    def _other_changed(self) -> None:
        self.session.other_matters = self.other.toPlainText()
        self.mark()

    def top_statements(self) -> list[Preference]:
        return [
            p for p in self.aid.preferences if self.session.ratings.get(p.id, 0) >= MATTERS_A_LOT
        ]

    def _show_alignment(self) -> None:
        top = self.top_statements()
        title = self.tr("<b>How the options fit</b>")
        if not top:
            self.alignment.setText(
                title
                + "<br>"
                + self.tr(
                    "When you mark things as mattering a lot ({n} or more), this says "
                    "which of them speak for each option and which against it."
                ).format(n=MATTERS_A_LOT)
            )
            return
        parts = [
            title
            + "<br>"
            + self.tr(
                "What you marked as mattering a lot, option by option. "
                "This is not a recommendation."
            )
        ]
        for option in self.aid.options:
            for_it = [p.statement for p in top if option.id in p.favours]
            against = [p.statement for p in top if option.id in p.against]
            lines = [f"<b>{_esc(option.title)}</b>"]
            if for_it:
                lines.append(self.tr("For it: {what}").format(what=_esc("; ".join(for_it))))
            if against:
                lines.append(self.tr("Against it: {what}").format(what=_esc("; ".join(against))))
            if not for_it and not against:
                lines.append(self.tr("None of them speaks for or against it."))
            parts.append("<br>".join(lines))
        self.alignment.setText("<p>" + "</p><p>".join(parts) + "</p>")
