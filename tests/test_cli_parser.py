"""A command named first is parsed by a parser of that command alone: the same arguments,
defaults, help and usage errors as the whole parser gives."""

from __future__ import annotations

import contextlib
import io

import pytest

from sdm_aid.cli import app, build_parser
from sdm_aid.cli.launch import command_names

ARGV = [
    ["validate", "--strict", "--format", "json", "--jobs", "2", "a.md", "b"],
    ["validate"],
    ["list", "--aids", "x"],
    ["rules"],
    ["gui"],
    ["screenshot", "--aid", "knee-osteoarthritis", "--step", "about", "--out", "s.png"],
    ["audit", "d", "--out", "r.csv"],
    ["preview", "a.md"],
    ["export", "s.sdm.json", "-o", "x.pdf", "--force"],
    ["review", "collate", "a.md", "r.review.json", "-o", "x.html", "--you-said-we-did"],
    ["review", "respond", "a.md", "c1", "accepted", "--reason", "r", "--reply", "p"],
]


def _parse(parser: object, argv: list[str]) -> tuple[int | None, dict[str, object], str]:
    out, err = io.StringIO(), io.StringIO()
    code, args = None, {}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = vars(parser.parse_args(argv))  # type: ignore[attr-defined]
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, args, out.getvalue() + err.getvalue()


def test_every_command_has_its_own_parser() -> None:
    assert sorted(app.COMMANDS) == sorted(command_names(build_parser()))
    for name in app.COMMANDS:
        assert command_names(build_parser([name])) == [name]


@pytest.mark.parametrize("argv", ARGV, ids=lambda a: " ".join(a[:2]))
def test_one_command_parses_as_the_whole_parser(argv: list[str]) -> None:
    whole = _parse(build_parser(), argv)
    assert whole[0] is None and whole[1]["command"] == argv[0]
    assert _parse(build_parser(argv), argv) == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "--bogus"],
        ["validate", "--jobs", "0"],
        ["review", "bogus"],
        ["review", "collate"],
        ["export", "--help"],
        ["review", "respond", "--help"],
        ["rules", "extra"],
    ],
)
def test_help_and_usage_errors_are_the_same(argv: list[str]) -> None:
    whole = _parse(build_parser(), argv)
    assert whole[2]  # something was said
    assert _parse(build_parser(argv), argv) == whole
