""" "What matters to you": sliders, own words and how the options fit."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
)

from sdm_aid.core.session import (
    MATTERS_A_LOT,
)
from sdm_aid.ui.steps.base import Step, _esc
from sdm_aid.ui.wrapping import (
    wrapped,
)


class PreferencesStep(Step):
    step_id = "preferences"

    def build(self) -> None:
        self.heading(self.tr("What matters to you"))
        self.body.addWidget(
            wrapped(
                self.tr(
                    "Move each slider: 0 means it doesn't matter to you, 10 means it matters a lot."
                )
            )
        )
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        for pref in self.aid.preferences:
            label = wrapped(
                f"<b>{_esc(pref.statement)}</b>"
                + (f"<br>{_esc(pref.detail)}" if pref.detail else ""),
                rich=True,
            )
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setTickInterval(1)
            slider.setAccessibleName(pref.statement)
            slider.setAccessibleDescription(self.tr("0 doesn't matter, 10 matters a lot"))
            label.setBuddy(slider)
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.RichText)  # "<b>Your answer: 7</b>"
            slider.valueChanged.connect(lambda v, p=pref.id: self._rated(p, v))
            # The slider across the page with its two ends named under it, and the answer
            # below: the slider keeps a usable length at any text size.
            scale = QGridLayout()
            scale.setVerticalSpacing(2)
            scale.addWidget(slider, 0, 0, 1, 2)
            low, high = wrapped(self.tr("0: doesn't matter")), wrapped(self.tr("10: matters a lot"))
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            scale.addWidget(low, 1, 0)
            scale.addWidget(high, 1, 1)
            scale.addWidget(value, 2, 0, 1, 2)
            self.body.addWidget(label)
            self.body.addLayout(scale)
            self.sliders[pref.id], self.values[pref.id] = slider, value
        other = wrapped(self.tr("Anything else that matters to me:"))
        self.other = QPlainTextEdit()
        self.other.setAccessibleName(self.tr("Anything else that matters to me"))
        self.other.setTabChangesFocus(True)
        self.other.setMaximumHeight(120)
        other.setBuddy(self.other)
        self.other.textChanged.connect(self._other_changed)
        self.body.addWidget(other)
        self.body.addWidget(self.other)
        self.alignment = wrapped(rich=True)  # option titles and statements escaped
        self.alignment.setAccessibleName(self.tr("Which options fit what matters to you"))
        self.body.addWidget(self.alignment)

    def refresh(self) -> None:
        for pref_id, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(self.session.ratings.get(pref_id, 0))
            slider.blockSignals(False)
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

    def _show_alignment(self) -> None:
        top = [
            p for p in self.aid.preferences if self.session.ratings.get(p.id, 0) >= MATTERS_A_LOT
        ]
        if not top:
            self.alignment.setText(
                self.tr(
                    "When you mark things as mattering a lot ({n} or "
                    "more), this shows which options fit them."
                ).format(n=MATTERS_A_LOT)
            )
            return
        lines = [
            self.tr(
                "<b>How the options fit what you marked as mattering a lot</b> "
                "(this is not a recommendation):"
            )
        ]
        for option in self.aid.options:
            fits = [p.statement for p in top if option.id in p.favours]
            lines.append(
                f"{_esc(option.title)}: "
                + (
                    self.tr("fits {n}: {what}").format(n=len(fits), what=_esc("; ".join(fits)))
                    if fits
                    else self.tr("fits none of them")
                )
            )
        self.alignment.setText("<br>".join(lines))
