"""Read one option's entry in an outcome: a figure, `unknown` or `not_applicable`.

Used by :mod:`sdm_aid.core.outcome_parser` for `values:`, study groups and `no_figures:`;
each problem becomes a finding at the entry's line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sdm_aid.core.model import CERTAINTIES, AidMeta, Control, OutcomeValue

VALUE_KEYS = ("count", "low", "high", "source", "certainty", "note", "control")
STUDY_VALUE_KEYS = ("count", "low", "high", "certainty", "note", "control")

Add = Callable[[str, int | None, str], None]


def opt_text(value: Any) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None


def is_whole(number: Any) -> bool:
    return isinstance(number, int) and not isinstance(number, bool)


class FigureReader:
    """Reads entries for one aid; findings go to ``add(rule, line, message)``."""

    def __init__(self, meta: AidMeta, add: Add):
        self.meta = meta
        self.add = add

    def value(
        self, outcome_id: str, option_id: str, raw: Any, denominator: int, line: int, context: str
    ) -> OutcomeValue | None:
        """One entry: ``context`` is "values", "study" (figures only) or "no_figures"."""
        where = f"outcome {outcome_id!r}, option {option_id!r}"
        control: Any = None
        source: Any = None
        note: str | None = None
        certainty: Any = None
        low: Any = None
        high: Any = None
        if isinstance(raw, dict):
            if "not_applicable" in raw:
                return self.not_applicable(where, raw, line, context)
            allowed: tuple[str, ...] = {"study": STUDY_VALUE_KEYS, "values": VALUE_KEYS}.get(
                context, ("count", "note")
            )
            unknown_keys = sorted(str(k) for k in set(raw) - set(allowed))
            if unknown_keys:
                hint = (
                    "; the study's `source:` covers every figure in it"
                    if context == "study" and "source" in raw
                    else ""
                )
                self.add(
                    "SDM208",
                    line,
                    f"{where}: unknown key(s) {', '.join(unknown_keys)}; use "
                    f"{', '.join(allowed)}{hint}",
                )
            count, low, high = raw.get("count"), raw.get("low"), raw.get("high")
            source, control = raw.get("source"), raw.get("control")
            if source is not None and self.meta.source(str(source)) is None:
                self.add(
                    "SDM206", line, f"{where} cites source {source!r}, which is not in `sources`"
                )
            note = opt_text(raw.get("note"))
            certainty = raw.get("certainty")
            if certainty is not None and certainty not in CERTAINTIES:
                self.add(
                    "SDM208", line, f"{where}: certainty must be one of {', '.join(CERTAINTIES)}"
                )
                certainty = None
        else:
            count = raw
        if isinstance(count, str) and count.strip().lower().replace(" ", "_") == "not_applicable":
            self.add(
                "SDM215",
                line,
                f'{where}: write `{{not_applicable: "why"}}`, giving the reason it cannot '
                "happen with this option",
            )
            return None
        if count == "unknown":
            if context == "study":
                self.add(
                    "SDM208",
                    line,
                    f"{where}: a study gives figures only; put an option without a figure "
                    "under the outcome's `no_figures:`",
                )
                return None
            if control is not None:
                self.add("SDM208", line, f"{where}: a `control` needs a figure beside it")
                return None
            return OutcomeValue(None, None, None, opt_text(source), note, certainty)
        if context == "no_figures":
            self.add(
                "SDM208",
                line,
                f"{where}: `no_figures:` takes only `unknown` or "
                '`{not_applicable: "why"}`; put a figure in the study that found it',
            )
            return None
        for name, number in {"count": count, "low": low, "high": high}.items():
            if number is None and name != "count":
                continue
            if not is_whole(number):
                self.add(
                    "SDM208",
                    line,
                    f"{where}: {name} must be a whole number"
                    + (" or `unknown`" if name == "count" else "")
                    + f", not {number!r}",
                )
                return None
            if not 0 <= number <= denominator:
                self.add("SDM205", line, f"{where}: {name} {number} is outside 0..{denominator}")
                return None
        assert isinstance(count, int)
        if (low is not None and low > count) or (high is not None and high < count):
            self.add("SDM205", line, f"{where}: the range {low}–{high} does not contain {count}")
            return None
        parsed_control = None
        if control is not None:
            parsed_control = self.control(where, control, denominator, line)
            if parsed_control is None:
                return None
        return OutcomeValue(
            count, low, high, opt_text(source), note, certainty, control=parsed_control
        )

    def not_applicable(
        self, where: str, raw: dict[Any, Any], line: int, context: str
    ) -> OutcomeValue | None:
        if context == "study":
            self.add(
                "SDM208",
                line,
                f"{where}: a study gives figures only; put an option that cannot have this "
                "outcome under the outcome's `no_figures:`",
            )
            return None
        others = sorted(str(k) for k in raw if k != "not_applicable")
        if others:
            self.add(
                "SDM208",
                line,
                f"{where}: `not_applicable` stands alone (no {', '.join(others)}); "
                "put everything in its reason",
            )
            return None
        reason = raw["not_applicable"]
        if not isinstance(reason, str) or not reason.strip():
            self.add(
                "SDM215",
                line,
                f"{where}: `not_applicable` needs the reason it cannot happen, like "
                '`{not_applicable: "Nothing enters the joint."}`',
            )
            return None
        return OutcomeValue(None, not_applicable=reason.strip())

    def control(self, where: str, raw: Any, denominator: int, line: int) -> Control | None:
        shape = '`control: {count: 50, label: "dummy gel"}`'
        if not isinstance(raw, dict) or set(raw) - {"count", "label"}:
            self.add("SDM208", line, f"{where}: write the comparison group as {shape}")
            return None
        count: Any = raw.get("count")
        label: Any = raw.get("label")
        if not isinstance(label, str) or not label.strip():
            self.add("SDM208", line, f"{where}: the control group needs a `label`, as in {shape}")
            return None
        if not is_whole(count):
            self.add(
                "SDM208", line, f"{where}: the control count must be a whole number, as in {shape}"
            )
            return None
        if not 0 <= count <= denominator:
            self.add(
                "SDM214",
                line,
                f"{where}: the control count {count} is outside 0..{denominator}; give it "
                "out of the outcome's denominator",
            )
            return None
        return Control(count, label.strip())
