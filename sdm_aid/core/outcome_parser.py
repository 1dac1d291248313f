"""Read one ```outcome block into an :class:`~sdm_aid.core.model.Outcome`.

An outcome gives its figures either with ``values:`` (one study, the outcome's
``source``) or with ``studies:`` (one group per study that compared the options in it)
plus ``no_figures:`` for the options that have no figure in any group. Each problem
becomes a finding at the line of the key that causes it.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any, Protocol

from sdm_aid.core.model import CERTAINTIES, AidMeta, Outcome, OutcomeValue, StudyGroup
from sdm_aid.core.outcome_values import Add, FigureReader, is_whole, opt_text

REQUIRED = ("id", "label", "timeframe", "denominator", "desirable", "certainty")
GROUP_KEYS = ("source", "population", "timeframe", "certainty", "note", "values")
_ITEM = re.compile(r"^(\s*)-(?:\s|$)")
_TOP = re.compile(r"^[^\s#-]")


class BlockLines(Protocol):
    """What the reader needs of a block: its fence line, its text and its key lines."""

    line: int
    text: str

    @property
    def keys(self) -> list[tuple[int, str]]: ...


class OutcomeReader:
    """Reads outcome blocks of one aid; findings go to ``add(rule, line, message)``."""

    def __init__(self, meta: AidMeta, option_ids: set[str], add: Add):
        self.meta = meta
        self.option_ids = option_ids
        self.add = add
        self.figures = FigureReader(meta, add)

    # -- lines -------------------------------------------------------------------------
    @staticmethod
    def key_line(
        block: BlockLines,
        key: str,
        after: int | None = None,
        default: int | None = None,
        before: int | None = None,
    ) -> int:
        """The line of the first ``key:`` between the absolute lines ``after`` and
        ``before`` (both excluded); else ``default``, else the fence's line."""
        offset_after = 0 if after is None else after - block.line
        for offset, name in block.keys:
            if before is not None and block.line + offset >= before:
                break
            if offset > offset_after and name == key:
                return block.line + offset
        return block.line if default is None else default

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
        if not is_whole(denominator) or denominator <= 0:
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
        source = opt_text(data.get("source"))
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
            return None  # which list was meant is unclear: no further findings from guessing
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
            population=opt_text(data.get("population")),
            note=opt_text(data.get("note")),
            studies=studies,
        )

    def values(
        self, block: BlockLines, outcome_id: str, raw: dict[Any, Any], denominator: int
    ) -> dict[str, OutcomeValue]:
        values: dict[str, OutcomeValue] = {}
        values_line = self.key_line(block, "values")
        for option_id, entry in raw.items():
            line = self.key_line(block, str(option_id), after=values_line, default=values_line)
            if not self.known_option(outcome_id, option_id, line):
                continue
            value = self.figures.value(
                outcome_id, str(option_id), entry, denominator, line, "values"
            )
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
            end = starts[number] if number < len(starts) else None
            group = self.group(block, outcome_id, number, item, (line, end), denominator)
            if group is not None:
                groups.append(group)
        return tuple(groups) if len(groups) == len(raw) else None

    def group(
        self,
        block: BlockLines,
        outcome_id: str,
        number: int,
        item: Any,
        lines: tuple[int, int | None],
        denominator: int,
    ) -> StudyGroup | None:
        """One study group; ``lines`` are its first line and the next group's (or None).

        None when anything in it is wrong (the outcome is then left out)."""
        where = f"outcome {outcome_id!r}, study {number}"
        line, end = lines

        def key_line(key: str, after: int, default: int) -> int:
            return self.key_line(block, key, after=after, default=default, before=end)

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
        source = opt_text(item.get("source"))
        if source is None:
            self.add("SDM208", line, f"{where} has no `source:`; name the study it comes from")
        elif self.meta.source(source) is None:
            self.add(
                "SDM206",
                key_line("source", line - 1, line),
                f"{where} cites source {source!r}, which is not in `sources`",
            )
        certainty = item.get("certainty")
        if certainty is not None and certainty not in CERTAINTIES:
            self.add(
                "SDM208",
                key_line("certainty", line - 1, line),
                f"{where}: certainty must be one of {', '.join(CERTAINTIES)}",
            )
            certainty = None
        raw_values = item.get("values")
        values_line = key_line("values", line - 1, line)
        if not isinstance(raw_values, dict) or not raw_values:
            self.add(
                "SDM208",
                values_line,
                f"{where}: `values:` must map each option in the study to its figure; "
                "options without a figure go under the outcome's `no_figures:`",
            )
            return None
        values: dict[str, OutcomeValue] = {}
        for option_id, entry in raw_values.items():
            option_line = key_line(str(option_id), values_line, values_line)
            if not self.known_option(outcome_id, option_id, option_line):
                continue
            value = self.figures.value(
                outcome_id, str(option_id), entry, denominator, option_line, "study"
            )
            if value is not None:
                values[str(option_id)] = value
        if source is None or len(values) < len(raw_values):
            return None
        return StudyGroup(
            source=source,
            values=MappingProxyType(values),
            line=line,
            population=opt_text(item.get("population")),
            timeframe=opt_text(item.get("timeframe")),
            certainty=certainty,
            note=opt_text(item.get("note")),
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
            option_line = self.key_line(block, str(option_id), after=line, default=line)
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
            value = self.figures.value(
                outcome_id, str(option_id), entry, 0, option_line, "no_figures"
            )
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
