"""The consultation route's own steps: the aid in brief with its warning signs, the key
figures of each option, and up to three statements that matter most."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from sdm_aid.core.key_figures import KeyFigure, OptionKeyFigures, key_figures
from sdm_aid.core.risk_words import lower_first
from sdm_aid.core.session import MOST_MATTERS
from sdm_aid.core.summary_outcomes import summary_denominator
from sdm_aid.ui.steps.base import Step, _esc, _no_mnemonic, titled_box
from sdm_aid.ui.wrapping import WrappingCheckBox, wrapped

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


class BriefStep(Step):
    """The aid's front-matter summary and its warning signs (the ``safety`` section)."""

    step_id = "brief"

    def build(self) -> None:
        meta = self.aid.meta
        self.heading(meta.title)
        if meta.status == "draft" or meta.approved_by is None:
            warn = wrapped(self.tr("This aid is a draft or not yet clinically approved."))
            warn.setObjectName("badge")
            self.body.addWidget(warn)
        self.summary = wrapped(meta.summary or "")
        self.summary.setAccessibleName(self.tr("This decision in brief"))
        self.summary.setVisible(bool(meta.summary))
        self.body.addWidget(self.summary)
        options = "; ".join(o.title for o in self.aid.options)
        self.body.addWidget(wrapped(self.tr("The options: {0}.").format(options)))
        safety = self.aid.sections.get("safety")
        if safety is not None:
            self.heading(safety.title, 2)
            self.body.addWidget(self.rich(safety.html, safety.title))


class KeyFiguresStep(Step):
    """For each option, its key benefit and key harm figure, as the outcomes step says
    them; the outcomes step (one click away) has every figure."""

    step_id = "key-figures"

    def build(self) -> None:
        self.heading(self.tr("What could happen: the key figures"))
        self.body.addWidget(
            wrapped(
                self.tr(
                    "For each option, the first benefit and the first harm this aid has a "
                    "figure for. Each comes from one study: compare options only within one "
                    "study. 'What could happen' in the step list has every figure."
                )
            )
        )
        self.cards = QVBoxLayout()
        self.body.addLayout(self.cards)
        self._shown: tuple[str, ...] | None = None

    def refresh(self) -> None:
        shown = tuple(o.id for o in self.session.shown_options(self.aid))
        if shown == self._shown:
            return
        self._shown = shown
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        scale = summary_denominator(self.aid, self.session.outcome_scale)
        for option in key_figures(self.aid, shown, scale):
            box, layout = titled_box(option.option, QVBoxLayout)
            for desirable in (True, False):
                kind = self.tr("Benefit") if desirable else self.tr("Harm")
                figure = option.benefit if desirable else option.harm
                if figure is None:
                    layout.addWidget(self._no_figure(kind, option, desirable))
                else:
                    layout.addWidget(self._line(kind, figure))
            self.cards.addWidget(box)

    def _no_figure(self, kind: str, option: OptionKeyFigures, desirable: bool) -> QLabel:
        """No key figure: the outcomes that cannot happen with the option (with the aid's
        reasons) apart from those with no reliable figure, as the core tells them apart."""
        cannot = option.not_applicable(desirable)
        unknown = option.unknown(desirable)
        if option.cannot_happen(desirable):
            head = (
                self.tr("{0}: none of this aid's benefits can happen with this option.")
                if desirable
                else self.tr("{0}: none of this aid's harms can happen with this option.")
            ).format(kind)
        elif cannot:
            head = self.tr("{0}: this aid has no reliable figure for “{1}”.").format(
                kind, "”, “".join(unknown)
            )
        else:
            head = self.tr("{0}: this aid has no reliable figure.").format(kind)
        lines = []
        if cannot and unknown:
            lines.append(self.tr("Cannot happen with this option:"))
        for reason, labels in cannot.items():  # one line per reason
            names = "; ".join(labels)
            lines.append(f"{names}: {lower_first(reason)}" if reason else f"{names}.")
        label = wrapped(
            "<br>".join([f"<b>{_esc(head)}</b>", *(_esc(line) for line in lines)]), rich=True
        )
        label.setAccessibleName(" ".join([head, *lines]))
        return label

    def _line(self, kind: str, figure: KeyFigure) -> QLabel:
        row, group = figure.row, figure.group
        parts = [f"<b>{_esc(kind)}: {_esc(figure.label)}.</b> {_esc(row.sentence)}"]
        if row.difference:
            parts.append(_esc(row.difference))
        frame = ", ".join(x for x in (group.population, group.timeframe) if x)
        if frame:
            parts.append(f"<small>{_esc(frame)}. {_esc(group.certainty_words)}</small>")
        label = wrapped("<br>".join(parts), rich=True)
        label.setAccessibleName(f"{kind}: {figure.label}. {row.sentence}")
        return label


class MattersStep(Step):
    """Up to three statements that matter most, stored as "matters a lot" ratings."""

    step_id = "matters"

    def build(self) -> None:
        self.heading(self.tr("What matters most to you"))
        self.body.addWidget(
            wrapped(self.tr("Tick up to {n} that matter most to you.").format(n=MOST_MATTERS))
        )
        self.ticks: dict[str, WrappingCheckBox] = {}
        for pref in self.aid.preferences:
            tick = WrappingCheckBox(_no_mnemonic(pref.statement))
            tick.setAccessibleName(pref.statement)
            tick.toggled.connect(lambda on, p=pref.id: self._ticked(p, on))
            self.ticks[pref.id] = tick
            self.body.addWidget(tick)
        self.note = wrapped()
        self.note.setAccessibleName(self.tr("How many you have ticked"))
        self.body.addWidget(self.note)

    def refresh(self) -> None:
        top = set(self.session.matters_most())
        for pid, tick in self.ticks.items():
            tick.blockSignals(True)
            tick.setChecked(pid in top)
            tick.blockSignals(False)
        self._count()

    def _ticked(self, preference_id: str, on: bool) -> None:
        if not self.session.mark_matters(preference_id, on):
            tick = self.ticks[preference_id]
            tick.blockSignals(True)
            tick.setChecked(False)
            tick.blockSignals(False)
            self.note.setText(
                self.tr("You have ticked {n} already. Untick one to choose another.").format(
                    n=MOST_MATTERS
                )
            )
            return
        self._count()
        self.mark()

    def _count(self) -> None:
        n = len(self.session.matters_most())
        self.note.setText(self.tr("{n} of {most} ticked.").format(n=n, most=MOST_MATTERS))


SHORT_STEP_CLASSES: dict[str, type[Step]] = {
    "brief": BriefStep,
    "key-figures": KeyFiguresStep,
    "matters": MattersStep,
}
