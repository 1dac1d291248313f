"""Read one ```outcome block into an :class:`~sdm_aid.core.model.Outcome`.

An outcome gives its figures either with ``values:`` (one study, the outcome's
``source``) or with ``studies:`` (one group per study that compared the options in it)
plus ``no_figures:`` for the options that have no figure in any group. Each problem
becomes a finding at the line of the key that causes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MappingProxyType
from typing import Any, Protocol

from sdm_aid.core.model import CERTAINTIES, AidMeta, Control, Outcome, OutcomeValue, StudyGroup

REQUIRED = ("id", "label", "timeframe", "denominator", "desirable", "certainty")
VALUE_KEYS = ("count", "low", "high", "source", "certainty", "note", "control")
STUDY_VALUE_KEYS = ("count", "low", "high", "certainty", "note", "control")
GROUP_KEYS = ("source", "population", "timeframe", "certainty", "note", "values")
_ITEM = re.compile(r"^(\s*)-(?:\s|$)")
_TOP = re.compile(r"^[^\s#-]")


class BlockLines(Protocol):
    """What the reader needs of a block: its fence line, its text and its key lines."""

    line: int
    text: str

    @property
    def keys(self) -> list[tuple[int, str]]: ...


Add = Callable[[str, int | None, str], None]


def _opt_text(value: Any) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None


def _whole(number: Any) -> bool:
    return isinstance(number, int) and not isinstance(number, bool)


class OutcomeReader:
    """Reads outcome blocks of one aid; findings go to ``add(rule, line, message)``."""

    def __init__(self, meta: AidMeta, option_ids: set[str], add: Add):
        self.meta = meta
        self.option_ids = option_ids
        self.add = add

    # -- lines -------------------------------------------------------------------------
    @staticmethod
    def key_line(block: BlockLines, key: str, after: int | None = None) -> int:
        """The line of the first ``key:`` after the absolute line ``after`` (else the fence)."""
        offset_after = 0 if after is None else after - block.line
        for offset, name in block.keys:
            if offset > offset_after and name == key:
                return block.line + offset
        return block.line

    @staticmethod
    def item_lines(block: BlockLines, after: int) -> list[int]:
        """Lines of the ``- `` items of the list that starts after the absolute line ``after``."""
        found: list[int] = []
        indent: str | None = None
        for offset, text in enumerate(block.text.split("\n"), start=1):
            if block.line + offset <= after:
                continue
            if _TOP.match(text):
                break
            match = _ITEM.match(text)
            if match and (indent is None or match.group(1) == indent):
                indent = match.group(1)
                found.append(block.line + offset)
        return found

    # -- the outcome -------------------------------------------------------------------
    def read(self, block: BlockLines, data: dict[Any, Any]) -> Outcome | None:
        has_studies = "studies" in data
        missing = [k for k in REQUIRED if k not in data]
        if not has_studies:
            missing += [k for k in ("source", "values") if k not in data]
        if missing:
            named = ", ".join("values (or studies)" if k == "values" else k for k in missing)
            self.add("SDM208", block.line + 1, f"outcome {data.get('id', '')!r} has no {named}")
            return None
        outcome_id = str(data["id"])
        problems = []
        denominator = data["denominator"]
        if not _whole(denominator) or denominator <= 0:
            problems.append(("denominator", "must be a whole number above 0, like 100 or 1000"))
        if not isinstance(data["desirable"], bool):
            problems.append(("desirable", "must be true or false"))
        if data["certainty"] not in CERTAINTIES:
            problems.append(("certainty", f"must be one of {', '.join(CERTAINTIES)}"))
        if not has_studies and not isinstance(data["values"], dict):
            problems.append(("values", "must map each option id to a count"))
        for key in ("label", "timeframe"):
            if not isinstance(data[key], str) or not data[key].strip():
                problems.append((key, "must be a line of text"))
        for key, why in problems:
            self.add("SDM208", self.key_line(block, key), f"outcome {outcome_id!r}: {key!r} {why}")
        source = _opt_text(data.get("source"))
        if "source" in data and (source is None or self.meta.source(source) is None):
            self.add(
                "SDM206",
                self.key_line(block, "source"),
                f"outcome {outcome_id!r} cites source {source!r}, which is not in `sources`",
            )
        if has_studies and "values" in data:
            self.add(
                "SDM217",
                self.key_line(block, "studies"),
                f"outcome {outcome_id!r} has both `values:` and `studies:`; use `studies:` "
                "when the figures come from more than one study, else `values:` alone",
            )
        if problems:
            return None
        studies: tuple[StudyGroup, ...] = ()
        if has_studies:
            found = self.studies(block, outcome_id, data["studies"], denominator)
            if found is None:
                return None
            studies = found
            values = self.no_figures(block, outcome_id, data.get("no_figures"), studies)
        else:
            if "no_figures" in data:
                self.add(
                    "SDM208",
                    self.key_line(block, "no_figures"),
                    f"outcome {outcome_id!r}: `no_figures:` goes with `studies:`; under "
                    "`values:` write `unknown` or `{not_applicable: …}` for the option itself",
                )
            values = self.values(block, outcome_id, data["values"], denominator)
        return Outcome(
            id=outcome_id,
            label=data["label"].strip(),
            timeframe=data["timeframe"].strip(),
            denominator=denominator,
            desirable=data["desirable"],
            certainty=data["certainty"],
            source=source or (studies[0].source if studies else ""),
            values=MappingProxyType(values),
            line=block.line,
            population=_opt_text(data.get("population")),
            note=_opt_text(data.get("note")),
            studies=studies,
        )

    def values(
        self, block: BlockLines, outcome_id: str, raw: dict[Any, Any], denominator: int
    ) -> dict[str, OutcomeValue]:
        values: dict[str, OutcomeValue] = {}
        values_line = self.key_line(block, "values")
        for option_id, entry in raw.items():
            line = self.key_line(block, str(option_id), after=values_line)
            if not self.known_option(outcome_id, option_id, line):
                continue
            value = self.value(outcome_id, str(option_id), entry, denominator, line, "values")
            if value is not None:
                values[str(option_id)] = value
        for option_id in sorted(self.option_ids - set(map(str, raw))):
            self.add(
                "SDM204",
                values_line,
                f"outcome {outcome_id!r} has no count for option {option_id!r}; give a "
                "number, `unknown` if there is no reliable figure, or "
                '`{not_applicable: "why"}` if it cannot happen with this option',
            )
        return values

    def known_option(self, outcome_id: str, option_id: Any, line: int) -> bool:
        if str(option_id) in self.option_ids:
            return True
        self.add(
            "SDM203",
            line,
            f"outcome {outcome_id!r} gives a count for {option_id!r}, which is not an "
            f"option id ({', '.join(sorted(self.option_ids))})",
        )
        return False

    # -- studies -----------------------------------------------------------------------
    def studies(
        self, block: BlockLines, outcome_id: str, raw: Any, denominator: int
    ) -> tuple[StudyGroup, ...] | None:
        studies_line = self.key_line(block, "studies")
        if not isinstance(raw, list) or not raw:
            self.add(
                "SDM208",
                studies_line,
                f"outcome {outcome_id!r}: `studies:` must be a list of study groups, each "
                "starting `- source: …` with its own `values:`",
            )
            return None
        starts = self.item_lines(block, studies_line)
        groups = []
        for number, item in enumerate(raw, start=1):
            line = starts[number - 1] if number <= len(starts) else studies_line
            group = self.group(block, outcome_id, number, item, line, denominator)
            if group is not None:
                groups.append(group)
        return tuple(groups) if len(groups) == len(raw) else None

    def group(
        self,
        block: BlockLines,
        outcome_id: str,
        number: int,
        item: Any,
        line: int,
        denominator: int,
    ) -> StudyGroup | None:
        where = f"outcome {outcome_id!r}, study {number}"
        if not isinstance(item, dict):
            self.add("SDM208", line, f"{where}: each study needs `source:` and `values:`")
            return None
        unknown_keys = sorted(str(k) for k in set(item) - set(GROUP_KEYS))
        if unknown_keys:
            self.add(
                "SDM208",
                line,
                f"{where}: unknown key(s) {', '.join(unknown_keys)}; use {', '.join(GROUP_KEYS)}",
            )
        source = _opt_text(item.get("source"))
        if source is None:
            self.add("SDM208", line, f"{where} has no `source:`; name the study it comes from")
        elif self.meta.source(source) is None:
            self.add(
                "SDM206",
                self.key_line(block, "source", after=line - 1),
                f"{where} cites source {source!r}, which is not in `sources`",
            )
        certainty = item.get("certainty")
        if certainty is not None and certainty not in CERTAINTIES:
            self.add(
                "SDM208",
                self.key_line(block, "certainty", after=line - 1),
                f"{where}: certainty must be one of {', '.join(CERTAINTIES)}",
            )
            certainty = None
        raw_values = item.get("values")
        values_line = self.key_line(block, "values", after=line - 1)
        if not isinstance(raw_values, dict) or not raw_values:
            self.add(
                "SDM208",
                values_line if "values" in item else line,
                f"{where}: `values:` must map each option in the study to its figure; "
                "options without a figure go under the outcome's `no_figures:`",
            )
            return None
        values: dict[str, OutcomeValue] = {}
        for option_id, entry in raw_values.items():
            option_line = self.key_line(block, str(option_id), after=values_line)
            if not self.known_option(outcome_id, option_id, option_line):
                continue
            value = self.value(outcome_id, str(option_id), entry, denominator, option_line, "study")
            if value is not None:
                values[str(option_id)] = value
        if source is None:
            return None
        return StudyGroup(
            source=source,
            values=MappingProxyType(values),
            line=line,
            population=_opt_text(item.get("population")),
            timeframe=_opt_text(item.get("timeframe")),
            certainty=certainty,
            note=_opt_text(item.get("note")),
        )

    def no_figures(
        self, block: BlockLines, outcome_id: str, raw: Any, studies: tuple[StudyGroup, ...]
    ) -> dict[str, OutcomeValue]:
        line = self.key_line(block, "no_figures")
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            self.add(
                "SDM208",
                line,
                f"outcome {outcome_id!r}: `no_figures:` must map option ids to `unknown` "
                'or `{not_applicable: "why"}`',
            )
            raw = {}
        with_figure = {option_id for group in studies for option_id in group.values}
        values: dict[str, OutcomeValue] = {}
        for option_id, entry in raw.items():
            option_line = self.key_line(block, str(option_id), after=line)
            if not self.known_option(outcome_id, option_id, option_line):
                continue
            if str(option_id) in with_figure:
                self.add(
                    "SDM208",
                    option_line,
                    f"outcome {outcome_id!r}: option {option_id!r} has a figure in a study "
                    "and is also under `no_figures:`; remove one of them",
                )
                continue
            value = self.value(outcome_id, str(option_id), entry, 0, option_line, "no_figures")
            if value is not None:
                values[str(option_id)] = value
        for option_id in sorted(self.option_ids - with_figure - set(map(str, raw))):
            self.add(
                "SDM216",
                line,
                f"outcome {outcome_id!r}: option {option_id!r} is in no study; add it to a "
                'study group, or under `no_figures:` as `unknown` or `{not_applicable: "why"}`',
            )
        return values

    # -- one option's figure -----------------------------------------------------------
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
            note = _opt_text(raw.get("note"))
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
            return OutcomeValue(None, None, None, _opt_text(source), note, certainty)
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
            if not _whole(number):
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
            count, low, high, _opt_text(source), note, certainty, control=parsed_control
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
        if not _whole(count):
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
