"""The command line on hostile files: a message naming the file, never a traceback (issue 12)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.cli import main
from sdm_aid.cli.output import CleanStream, clean
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.review import new_review
from sdm_aid.core.review import to_json as review_to_json
from support import EXAMPLE, FIXTURES, REPO

SESSION = FIXTURES / "sessions" / "example-undecided.sdm.json"
DEEP = "[" * 100_000 + "]" * 100_000
posix = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _session(**changes: object) -> str:
    data = json.loads(SESSION.read_text(encoding="utf-8"))
    data.update(changes)
    return json.dumps(data)


@pytest.fixture
def aids(tmp_path: Path) -> Path:
    folder = tmp_path / "aids"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "example-aid.md")
    return folder


def _escape_aid(folder: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("id: example-aid", "id: escape-aid", 1)
    text = text.replace('title: "Example', 'title: "\\e[31mRED\\a\\e]0;owned\\a\\0 Example', 1)
    (folder / "escape.md").write_text(text, encoding="utf-8")


def test_clean_shows_control_characters_as_escapes() -> None:
    assert clean("a\x1b[31mb\x07c\x00d\re\u202ef\x9bg\ud800") == (
        "a\\x1b[31mb\\x07c\\x00d\\x0de\\u202ef\\x9bg\ufffd"
    )
    assert clean("tab\tand\nnewline, café 日本") == "tab\tand\nnewline, café 日本"


def test_clean_stream_keeps_binary_output_untouched() -> None:
    import io

    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8")
    stream = CleanStream(text)
    print("x\x1by", file=stream)  # type: ignore[arg-type]
    stream.flush()
    stream.buffer.write(b"\x1bbinary")
    assert raw.getvalue() == b"x\\x1by\n\x1bbinary"


def test_list_and_validate_print_no_escape_codes(
    capsys: pytest.CaptureFixture[str], aids: Path
) -> None:
    _escape_aid(aids)
    from sdm_aid.core.library import index_file

    assert "\x1b" in (index_file(aids / "escape.md", "folder").title or "")  # really hostile
    code, out, err = run(capsys, "list", "--aids", str(aids))
    assert code == 0 and "escape-aid" in out and "\\x1b[31mRED\\x07" in out
    for stream in (out, err):
        assert not any(c in stream for c in "\x1b\x07\x00")
    code, out, err = run(capsys, "validate", str(aids), "--no-readability")
    assert not any(c in out + err for c in "\x1b\x07\x00")


@posix
def test_validate_and_list_report_every_bad_aid_and_go_on(
    capsys: pytest.CaptureFixture[str], aids: Path
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    (aids / "date.md").write_text(
        text.replace("id: example-aid", "id: date-aid").replace(
            "last_reviewed:", "last_reviewed: 2026-02-30\nold_reviewed:", 1
        ),
        encoding="utf-8",
    )
    (aids / "tag.md").write_text(
        text.replace("id: example-aid", "id: tag-aid", 1).replace(
            "tags: [elbow, example]", "tags: [elbow, 2026-13-45]", 1
        ),
        encoding="utf-8",
    )
    (aids / "crlf.md").write_bytes(
        text.replace("id: example-aid", "id: crlf-aid").replace("\n", "\r\n").encode()
    )
    os.mkfifo(aids / "fifo.md")
    (aids / "zero.md").symlink_to("/dev/zero")
    code, out, err = run(capsys, "validate", str(aids), "--no-readability")
    assert code == 1 and err == ""
    assert f"{aids / 'date.md'}:" in out and "'2026-02-30' is not a real date" in out
    assert f"{aids / 'tag.md'}:" in out and "'2026-13-45' is not a real date" in out
    assert f"{aids / 'fifo.md'}: SDM109 error: cannot read the file: it is not a regular" in out
    assert f"{aids / 'zero.md'}: SDM109" in out and "outside" in out
    assert str(aids / "crlf.md") not in out.replace(f"{aids / 'crlf.md'}:", "")  # no error
    assert not any(f"{aids / 'crlf.md'}:" in line and "error" in line for line in out.split("\n"))
    assert "6 file(s) checked" in out

    code, out, _ = run(capsys, "list", "--aids", str(aids))
    assert code == 0 and "crlf-aid" in out and "example-aid" in out
    assert "knee-osteoarthritis" in out  # the bundled aids are still listed
    assert out.count("BROKEN") == 4

    # named directly on the command line: a finding, never a hang or "no such file"
    code, out, _ = run(capsys, "validate", str(aids / "fifo.md"), "/dev/zero")
    assert code == 1 and "not a regular file" in out and "/dev/zero: SDM109" in out


def test_a_malformed_allowlist_is_reported_and_validation_goes_on(
    capsys: pytest.CaptureFixture[str], aids: Path
) -> None:
    (aids / "validation-allowlist.yaml").write_text(
        "- rule: SDM315\n  aids: 5\n  reason: typed wrongly\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "validate", str(aids), "--no-readability")
    assert code == 1
    assert "validation-allowlist.yaml: entry 1: `aids` must be" in err
    assert "nothing in it is allowed" in err and "1 file(s) checked" in out


def _write_sessions(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    files = {
        "infinity": _session(ratings={"a": 1}).replace('"a": 1', '"a": Infinity'),
        "huge": _session(ratings={"a": 1}).replace('"a": 1', '"a": 1e400'),
        "deep": DEEP,
        "version": _session(schema_version=True),
        "sure": _session(sure={"sure": "no"}),
    }
    paths = {}
    for name, text in files.items():
        paths[name] = folder / f"{name}.sdm.json"
        paths[name].write_text(text, encoding="utf-8")
    paths["zero"] = folder / "zero.sdm.json"
    paths["zero"].write_bytes(b"\x00" * 4096)
    return paths


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("infinity", "it holds Infinity"),
        ("huge", "out of range"),
        ("deep", "nested more than"),
        ("version", "no valid schema version"),
        ("sure", "SURE answers must be true or false"),
        ("zero", "not valid JSON"),
    ],
)
def test_export_of_a_hostile_session_is_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path, name: str, reason: str
) -> None:
    path = _write_sessions(tmp_path / "sessions")[name]
    out = tmp_path / "out.txt"
    code, _, err = run(capsys, "export", str(path), "-o", str(out), "--aids", str(aids))
    assert code == 2 and path.name in err and reason in err and not out.exists()


def test_export_of_a_lone_surrogate_replaces_it_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    path = tmp_path / "s.sdm.json"
    path.write_text(_session(patient_name="\ud800 Ann"), encoding="utf-8")
    for fmt in ("txt", "md", "html", "json", "fhir"):
        out = tmp_path / f"out-{fmt}"
        code, _, err = run(
            capsys, "export", str(path), "-o", str(out), "--format", fmt, "--aids", str(aids)
        )
        assert code == 0, err
        assert "invalid character(s)" in err and "replaced" in err
        assert "\ud800" not in out.read_bytes().decode("utf-8")


def test_export_refuses_an_aid_the_app_refuses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    text = (aids / "example-aid.md").read_text(encoding="utf-8")
    broken = text.replace("```outcome", "```outcome\nnot: [valid", 1)
    assert broken != text
    (aids / "example-aid.md").write_text(broken, encoding="utf-8")
    session = tmp_path / "s.sdm.json"
    shutil.copy(SESSION, session)
    out = tmp_path / "out.html"
    code, _, err = run(capsys, "export", str(session), "-o", str(out), "--aids", str(aids))
    assert code == 2 and "the aid for this session cannot be used" in err
    assert "SDM207" in err and not out.exists()


def test_screenshot_of_an_aid_with_errors_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    text = (aids / "example-aid.md").read_text(encoding="utf-8")
    (aids / "example-aid.md").write_text(
        text.replace("```outcome", "```outcome\nnot: [valid", 1), encoding="utf-8"
    )
    code, _, err = run(
        capsys,
        "screenshot",
        "--aid",
        "example-aid",
        "--step",
        "options",
        "--out",
        str(tmp_path / "x.png"),
        "--aids",
        str(aids),
    )
    assert code == 1 and "cannot be used" in err and "SDM207" in err
    assert not (tmp_path / "x.png").exists()


def _reviews(folder: Path) -> Path:
    folder.mkdir()
    review = new_review(load_aid_or_raise(EXAMPLE), "Ann", "patient")
    (folder / "good.review.json").write_text(review_to_json(review), encoding="utf-8")
    (folder / "deep.review.json").write_text(DEEP, encoding="utf-8")
    (folder / "zero.review.json").write_bytes(b"\x00" * 256)
    return folder


def test_collate_skips_bad_reviews_and_a_bad_responses_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    reviews = _reviews(tmp_path / "reviews")
    aid = aids / "example-aid.md"
    responses = aids / "example-aid.responses.json"
    responses.write_text('{"a":' * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    out = tmp_path / "report.md"
    code, stdout, err = run(capsys, "review", "collate", str(aid), str(reviews), "-o", str(out))
    assert code == 0 and out.exists()
    assert "1 review(s) collated, 2 file(s) skipped" in stdout
    assert "deep.review.json: the file is damaged: it is nested more than" in err
    assert "example-aid.responses.json cannot be used" in err and "without responses" in err
    # respond refuses to overwrite the damaged responses file, with a message
    code, _, err = run(capsys, "review", "respond", str(aid), "c1", "accepted")
    assert code == 2 and "nested more than" in err
    assert responses.read_text(encoding="utf-8").startswith('{"a":{"a":')


def test_audit_skips_hostile_sessions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    folder = tmp_path / "sessions"
    _write_sessions(folder)
    shutil.copy(SESSION, folder / "good.sdm.json")
    out = tmp_path / "audit.csv"
    code, stdout, err = run(capsys, "audit", str(folder), "--out", str(out), "--aids", str(aids))
    assert code == 0 and "1 session(s) counted, 6 file(s) skipped" in stdout
    assert err.count("skipped") == 6


@posix
def test_no_command_line_ends_in_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    """The issue's command lines: each in this process, and some in a process of their own
    as a person would run them (real standard streams)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    (aids / "date.md").write_text(
        text.replace("id: example-aid", "id: d").replace(
            "last_reviewed:", "last_reviewed: 2026-02-30\nx:", 1
        ),
        encoding="utf-8",
    )
    block = tmp_path / "block"
    block.mkdir()
    (block / "block.md").write_text(
        text.replace("```outcome", "```outcome\nwhen: 2026-13-45", 1), encoding="utf-8"
    )
    (aids / "validation-allowlist.yaml").write_text("- rule: [x\n", encoding="utf-8")
    sessions = _write_sessions(tmp_path / "sessions")
    surrogate = tmp_path / "surrogate.sdm.json"
    surrogate.write_text(_session(patient_name="\ud800 x"), encoding="utf-8")
    reviews = _reviews(tmp_path / "reviews")
    aid = str(aids / "example-aid.md")
    commands = [
        ["validate", str(aids)],
        ["validate", str(block)],
        ["list", "--aids", str(aids)],
        ["validate", "/dev/zero"],
        ["review", "collate", aid, str(reviews), "-o", str(tmp_path / "r.md"), "--force"],
        ["audit", str(tmp_path / "sessions"), "--out", str(tmp_path / "a.csv")],
        ["export", str(surrogate), "-o", "-", "--format", "txt", "--aids", str(aids)],
    ]
    commands += [
        ["export", str(path), "-o", str(tmp_path / "x.txt"), "--aids", str(aids)]
        for path in sessions.values()
    ]
    said = {}
    for command in commands:
        code, out, err = run(capsys, *command)  # an exception would fail the test here
        assert code in (0, 1, 2) and (out + err).strip(), command
        said[" ".join(command)] = out + err
    assert "'2026-13-45' is not a real date" in said[f"validate {block}"]
    assert "/dev/zero: SDM109" in said["validate /dev/zero"]

    env = dict(os.environ, PYTHONPATH=str(REPO))
    for command in (commands[1], commands[3], commands[4], commands[6]):  # nothing moved
        result = subprocess.run(
            [sys.executable, "-m", "sdm_aid", *command],
            capture_output=True,
            text=True,
            errors="replace",
            env=env,
            timeout=60,
            cwd=tmp_path,
        )
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert result.returncode in (0, 1, 2), (command, result.returncode, result.stderr)
        assert (result.stdout + result.stderr).strip() == said[" ".join(command)].strip()


@posix
def test_a_hostile_library_folder_never_stops_export_or_audit_of_good_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, aids: Path
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    (aids / "date.md").write_text(
        text.replace("id: example-aid", "id: d").replace(
            "last_reviewed:", "last_reviewed: 2026-02-30\nx:", 1
        ),
        encoding="utf-8",
    )
    (aids / "laughs.md").write_text("---\na: &a [x]\nb: [*a, *a]\n---\n", encoding="utf-8")
    os.mkfifo(aids / "fifo.md")
    (aids / "zero.md").symlink_to("/dev/zero")
    session = tmp_path / "s.sdm.json"
    shutil.copy(SESSION, session)
    out = tmp_path / "out.md"
    code, _, err = run(capsys, "export", str(session), "-o", str(out), "--aids", str(aids))
    assert code == 0 and out.exists(), err
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(SESSION, folder / "a.sdm.json")
    code, stdout, _ = run(
        capsys, "audit", str(folder), "--out", str(tmp_path / "a.csv"), "--aids", str(aids)
    )
    assert code == 0 and "1 session(s) counted;" in stdout
