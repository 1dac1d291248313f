"""Random and mutated aid text only ever yields findings, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdm_aid.core.findings import RULES
from sdm_aid.core.validation import ValidationConfig, check_text
from support import EXAMPLE

EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
LINES = EXAMPLE_TEXT.split("\n")
CONFIG = ValidationConfig(readability=False)
PIECES = st.sampled_from(
    [
        "---",
        "#",
        "{#options}",
        "{.status-quo}",
        "```outcome",
        "```",
        ":",
        "- ",
        "|",
        "[@",
        "]",
        "{",
        "}",
        "\t",
        "\n",
        "  ",
        "100",
        "-1",
        "unknown",
        "null",
        "[",
        "'",
        '"',
        "\x00",
        "é",
        "&lt;",
        "<b>",
    ]
)


def _check(text: str) -> None:
    result = check_text(text, config=CONFIG)
    for finding in result.findings:
        assert finding.rule in RULES
        assert finding.line is None or finding.line >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(LINES) - 1),
            st.one_of(PIECES, st.text(max_size=12)),
            st.sampled_from(["insert", "replace", "delete", "append"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_example(edits: list[tuple[int, str, str]]) -> None:
    lines = list(LINES)
    for index, piece, action in edits:
        index %= len(lines)
        if action == "insert":
            lines.insert(index, piece)
        elif action == "replace":
            lines[index] = piece
        elif action == "delete" and len(lines) > 1:
            del lines[index]
        else:
            lines[index] += piece
    _check("\n".join(lines))
