"""The guarded read path: hostile files are refused with a reason, never read or hung on."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import yaml

from sdm_aid.core import safe_read
from sdm_aid.core.fileio import read_aid_text
from sdm_aid.core.frontmatter import load_yaml
from sdm_aid.core.parser import parse_aid
from sdm_aid.core.session import fingerprint
from support import EXAMPLE

needs_posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def test_a_regular_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert safe_read.read_bytes(path, 10) == b"hello"
    assert safe_read.read_text(path, 10) == "hello"


@needs_posix
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(safe_read.ReadError) as caught:
        safe_read.read_bytes(fifo, 1000)
    assert caught.value.kind == "not-regular" and "pipe" in caught.value.reason
    assert time.monotonic() - started < 2


@needs_posix
def test_a_link_to_a_device_or_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    zero = tmp_path / "zero.md"
    zero.symlink_to("/dev/zero")
    with pytest.raises(safe_read.ReadError) as caught:
        safe_read.read_bytes(zero, 1000)
    assert caught.value.kind == "outside" and "/dev/zero" in caught.value.reason

    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    folder = tmp_path / "aids"
    folder.mkdir()
    (folder / "link.md").symlink_to(outside)
    with pytest.raises(safe_read.ReadError, match="outside") as caught:
        safe_read.read_bytes(folder / "link.md", 1000)
    assert caught.value.kind == "outside"


@needs_posix
def test_a_link_inside_the_folder_is_followed(tmp_path: Path) -> None:
    folder = tmp_path / "aids"
    (folder / "sub").mkdir(parents=True)
    (folder / "real.md").write_text("real", encoding="utf-8")
    (folder / "same.md").symlink_to("real.md")
    assert safe_read.read_text(folder / "same.md", 100) == "real"
    # From a sub-folder to the library folder: inside the folder being read (root) only.
    (folder / "sub" / "up.md").symlink_to(folder / "real.md")
    assert safe_read.read_text(folder / "sub" / "up.md", 100, root=folder) == "real"
    with pytest.raises(safe_read.ReadError):
        safe_read.read_text(folder / "sub" / "up.md", 100)
    # A link inside the folder to a pipe is still refused.
    os.mkfifo(folder / "pipe")
    (folder / "pipe.md").symlink_to("pipe")
    with pytest.raises(safe_read.ReadError) as caught:
        safe_read.read_text(folder / "pipe.md", 100)
    assert caught.value.kind == "not-regular"


def test_the_size_is_checked_and_text_must_be_utf8(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 101)
    with pytest.raises(safe_read.ReadError) as caught:
        safe_read.read_bytes(big, 100)
    assert caught.value.kind == "too-large" and "101" in caught.value.reason
    latin = tmp_path / "latin.md"
    latin.write_bytes(b"ok\nok\ncaf\xe9\n")
    with pytest.raises(safe_read.ReadError) as caught:
        safe_read.read_text(latin, 100)
    assert caught.value.kind == "not-text" and caught.value.line == 3


def test_read_error_is_an_os_error_with_a_plain_reason(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="cannot open it"):
        safe_read.read_bytes(tmp_path / "missing.json", 10)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than"),
        ("[" * 25 + "]" * 25, "nested more than 20"),
        ('{"a": NaN}', "NaN"),
        ('{"a": Infinity}', "Infinity"),
        ('{"a": -Infinity}', "Infinity"),
        ('{"a": 1e400}', "out of range"),
        ('{"a": ' + "9" * 30 + "}", "out of range"),
        ("\x00" * 100, "not valid JSON"),
    ],
)
def test_hostile_json_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        safe_read.loads_json(text)


def test_json_lone_surrogates_are_replaced_and_counted() -> None:
    data, replaced = safe_read.loads_json('{"name": "\\ud800 x", "\\udc00k": ["\\ud83d\\ude00"]}')
    assert data == {"name": "\ufffd x", "\ufffdk": ["\U0001f600"]}  # a real pair is kept
    assert replaced == 2
    assert "2 invalid character" in safe_read.surrogate_note(replaced)
    data, replaced = safe_read.loads_json('{"a": [1, 2.5, "é"]}')
    assert data == {"a": [1, 2.5, "é"]} and replaced == 0
    data, replaced = safe_read.loads_json('["a\udfff", "\\\\ud800"]')  # one unescaped
    assert data == ["a\ufffd", "\\ud800"] and replaced == 1


def test_json_depth_limit_is_the_same_with_and_without_lone_surrogates() -> None:
    """Text that cannot hold a lone surrogate skips the copy of every string, not the limit."""
    for inner in ("1", '"\\ud800"'):
        data, _ = safe_read.loads_json("[" * 20 + inner + "]" * 20)  # 20 levels are allowed
        assert data != []
        with pytest.raises(ValueError, match="nested more than 20"):
            safe_read.loads_json("[" * 21 + inner + "]" * 21)
        deep = inner
        for _ in range(10):  # objects in lists: 20 levels, and the outer list makes 21
            deep = '{"b": [' + deep + "]}"
        with pytest.raises(ValueError, match="nested more than 20"):
            safe_read.loads_json(f"[{deep}]")
        assert safe_read.loads_json(deep)[0]["b"]


def _laughs(levels: int = 12) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines)


def test_yaml_aliases_are_refused_so_billion_laughs_cannot_expand() -> None:
    started = time.monotonic()
    with pytest.raises(yaml.YAMLError, match="alias"):
        load_yaml(_laughs())
    assert time.monotonic() - started < 1
    with pytest.raises(yaml.YAMLError, match="alias"):
        load_yaml("base: &b {x: 1}\nmore:\n  <<: *b\n")
    assert load_yaml("a: &unused 1\nb: 2") == {"a": 1, "b": 2}  # an anchor alone is harmless


@pytest.mark.parametrize(
    ("text", "line"),
    [("last_reviewed: 2026-02-30", 0), ("id: x\ntags: [elbow, 2026-13-45]", 1)],
)
def test_impossible_dates_are_yaml_errors_with_their_line(text: str, line: int) -> None:
    with pytest.raises(yaml.MarkedYAMLError, match="not a real date") as caught:
        load_yaml(text)
    assert caught.value.problem_mark is not None and caught.value.problem_mark.line == line
    assert str(load_yaml("d: 2026-02-28")["d"]) == "2026-02-28"


def test_a_number_too_long_for_python_is_a_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError, match="too long"):
        load_yaml("year: " + "1" * 5000)


def test_crlf_aid_reads_like_the_lf_one(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(EXAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    text, problems = read_aid_text(crlf)
    assert problems == [] and text is not None and "\r" not in text
    from_crlf = parse_aid(text, crlf)
    from_lf = parse_aid(EXAMPLE.read_text(encoding="utf-8"), EXAMPLE)
    assert from_crlf.aid is not None and from_lf.aid is not None
    assert [f.rule for f in from_crlf.findings] == [f.rule for f in from_lf.findings]
    assert fingerprint(from_crlf.aid) == fingerprint(from_lf.aid)  # hashes unchanged
    # parse_aid given CRLF text directly (the preview reads files itself) works too
    direct = parse_aid(EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n"), crlf)
    assert direct.aid is not None and fingerprint(direct.aid) == fingerprint(from_lf.aid)


@needs_posix
def test_read_aid_text_turns_each_refusal_into_a_finding(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "big.md").write_bytes(b"x" * (safe_read.AID_LIMIT + 1))
    rules = {}
    for name in ("fifo.md", "zero.md", "big.md"):
        text, findings = read_aid_text(tmp_path / name)
        assert text is None and len(findings) == 1
        rules[name] = (findings[0].rule, findings[0].message)
    assert rules["fifo.md"][0] == "SDM109" and "not a regular file" in rules["fifo.md"][1]
    assert rules["zero.md"][0] == "SDM109" and "outside" in rules["zero.md"][1]
    assert rules["big.md"][0] == "SDM101"


def test_json_depth_limit_allows_every_file_sdm_aid_writes() -> None:
    from support import FIXTURES

    for path in (FIXTURES / "sessions").glob("*.sdm.json"):
        data, _ = safe_read.loads_json(path.read_text(encoding="utf-8"))
        assert data == json.loads(path.read_text(encoding="utf-8"))


def test_a_key_given_twice_is_refused_in_json_and_yaml() -> None:
    """Which of two values counts would be a guess: a figure could be replaced unseen."""
    with pytest.raises(ValueError, match="'a' is given twice"):
        safe_read.loads_json('{"a": 1, "b": {"c": 2}, "a": 3}')
    with pytest.raises(ValueError, match="'c' is given twice"):
        safe_read.loads_json('{"b": {"c": 2, "c": 2}}')
    assert safe_read.loads_json('[{"a": 1}, {"a": 2}]')[0] == [{"a": 1}, {"a": 2}]
    with pytest.raises(yaml.YAMLError, match="'exercise' is given twice"):
        load_yaml("values:\n  exercise: 70\n  wait: 65\n  exercise: 20\n")
    assert load_yaml("- {a: 1}\n- {a: 2}\n") == [{"a": 1}, {"a": 2}]


def test_an_aid_figure_given_twice_is_a_finding_not_a_silent_choice() -> None:
    from sdm_aid.core.parser import parse_aid
    from support import EXAMPLE

    text = EXAMPLE.read_text(encoding="utf-8")
    twice = text.replace("      exercise: 70\n", "      exercise: 70\n      exercise: 20\n", 1)
    assert twice != text
    result = parse_aid(twice)
    assert any("given twice" in f.message for f in result.findings), result.findings
    assert not result.ok
