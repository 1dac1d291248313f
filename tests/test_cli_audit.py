"""`sdm-aid audit`: writes a report, refuses to overwrite, reports skipped files."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.cli import build_parser, main
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import new_session, save_session
from support import EXAMPLE


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    aid = load_aid_or_raise(EXAMPLE)
    sessions = tmp_path / "sessions"
    for n, choice in enumerate(("exercise", "wait", "exercise")):
        s = new_session(aid, patient_name="Zebedee Quillfeather")
        s.decision.decide([choice])
        s.quiz_answers = {"0": 1}
        save_session(s, sessions / f"{n}.sdm.json")
    (sessions / "Ottoline.sdm.json").write_text("{broken", encoding="utf-8")
    return sessions


def aids_dir(tmp_path: Path) -> Path:
    aids = tmp_path / "aids"
    aids.mkdir(exist_ok=True)
    (aids / "example-aid.md").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return aids


def test_audit_is_registered_with_a_handler() -> None:
    args = build_parser().parse_args(["audit", "d", "--out", "r.csv", "--aids", "x"])
    assert callable(args.handler) and args.aids == [Path("x")]


def test_writes_csv_with_aids_from_aids_dir(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.csv"
    code = main(["audit", str(folder), "--out", str(out), "--aids", str(aids_dir(tmp_path))])
    captured = capsys.readouterr()
    assert code == 0
    assert "3 session(s) counted, 1 file(s) skipped" in captured.out
    assert "Ottoline.sdm.json" in captured.err and "left as it was" in captured.err
    assert (folder / "Ottoline.sdm.json").read_text(encoding="utf-8") == "{broken"
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert ["quiz", "example-aid", "en-GB", "1.2.0", "score", "1/1", "3"] in rows
    assert ["choice", "example-aid", "en-GB", "1.2.0", "option", "exercise", "2"] in rows
    text = out.read_text(encoding="utf-8")
    assert "Zebedee" not in text and "Ottoline" not in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["aids", "report.csv", "sessions"]


def test_without_the_aid_quiz_scores_are_left_out(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["audit", str(folder), "--out", str(out)]) == 0
    assert "quiz scores left out for 3" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "the aid is not in the library" in html
    assert "Zebedee" not in html and "Ottoline" not in html


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    out.write_text("keep me", encoding="utf-8")
    assert main(["audit", str(folder), "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["audit", str(folder), "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_format_from_the_name_or_the_option(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(folder), "--out", str(tmp_path / "report.txt")]) == 2
    assert "name it .html or .csv" in capsys.readouterr().err
    assert not (tmp_path / "report.txt").exists()
    out = tmp_path / "report.txt"
    assert main(["audit", str(folder), "--out", str(out), "--format", "csv"]) == 0
    assert out.read_text(encoding="utf-8").startswith("section,aid,language,version,")


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(tmp_path / "nowhere"), "--out", str(tmp_path / "r.csv")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["audit", str(tmp_path)]) == 2  # --out is required
    assert not (tmp_path / "r.csv").exists()


def test_importing_the_command_loads_neither_jinja2_nor_qt() -> None:
    code = (
        "import sys; from sdm_aid.cli import build_parser; build_parser(); "
        "import sdm_aid.cli.audit; "
        "print(sorted(m for m in sys.modules if m == 'sdm_aid.core.audit' "
        "or m.split('.')[0] in ('jinja2', 'PySide6', 'shiboken6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
