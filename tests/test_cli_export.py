"""``sdm-aid export``: every format from a fixture session, and every way it can go wrong."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from sdm_aid.cli import main
from sdm_aid.core.export import SCHEMA
from sdm_aid.core.session import from_json
from support import EXAMPLE, FIXTURES, REPO

SESSIONS = FIXTURES / "sessions"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def knee_session(tmp_path: Path) -> Path:
    path = tmp_path / "knee.sdm.json"
    shutil.copy(SESSIONS / "knee-decided.sdm.json", path)
    return path


@pytest.fixture
def example_aids(tmp_path: Path) -> Path:
    """A folder holding only the example aid (tests/fixtures also holds broken copies)."""
    folder = tmp_path / "aids"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    return folder


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.html", lambda b: b.startswith(b"<!DOCTYPE html>") and b"<svg" in b),
        ("out.md", lambda b: b.startswith(b"## Shared decision-making record")),
        ("out.txt", lambda b: b.startswith(b"Shared decision-making record")),
        ("out.json", lambda b: json.loads(b)["schema"] == SCHEMA),
    ],
)
def test_export_each_text_format_by_file_name(
    capsys: pytest.CaptureFixture[str],
    knee_session: Path,
    tmp_path: Path,
    name: str,
    check: Callable[[bytes], bool],
) -> None:
    out = tmp_path / name
    code, stdout, stderr = run(capsys, "export", str(knee_session), "-o", str(out))
    assert (code, stderr) == (0, "")
    assert stdout.strip() == str(out)
    data = out.read_bytes()
    assert check(data)
    assert b"Exercise and physiotherapy" in data


def test_variant_and_format_can_be_given(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    out = tmp_path / "patient.notes"
    code, _, _ = run(
        capsys,
        "export",
        str(knee_session),
        "--format",
        "md",
        "--variant",
        "patient",
        "-o",
        str(out),
    )
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Your decision summary") and "## What could happen" in text
    record = tmp_path / "record.html"
    assert (
        run(capsys, "export", str(knee_session), "--variant", "record", "-o", str(record))[0] == 0
    )
    assert "Shared decision-making record" in record.read_text(encoding="utf-8")


def test_pdf_export(
    capsys: pytest.CaptureFixture[str], qapp: object, knee_session: Path, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    code, _, stderr = run(capsys, "export", str(knee_session), "-o", str(out))
    assert (code, stderr) == (0, "")
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
def test_pdf_export_works_headless_in_a_fresh_process(knee_session: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = tmp_path / "headless.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "sdm_aid", "export", str(knee_session), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_never_overwrites_without_force(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.txt"
    out.write_text("keep me", encoding="utf-8")
    code, _, stderr = run(capsys, "export", str(knee_session), "-o", str(out))
    assert code == 2 and "already exists" in stderr and "--force" in stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run(capsys, "export", str(knee_session), "-o", str(out), "--force")[0] == 0
    assert out.read_text(encoding="utf-8").startswith("Shared decision-making record")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["knee.sdm.json", "out.txt"]


def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    code, _, stderr = run(
        capsys, "export", str(tmp_path / "nope.sdm.json"), "-o", str(tmp_path / "a.txt")
    )
    assert code == 2 and "nope.sdm.json" in stderr
    code, _, stderr = run(capsys, "export", str(knee_session), "-o", str(tmp_path / "a.docx"))
    assert code == 2 and "--format" in stderr
    code, _, stderr = run(capsys, "export", str(knee_session), "-o", "-")
    assert code == 2 and "--format" in stderr
    code, _, stderr = run(capsys, "export", str(knee_session), "--format", "pdf", "-o", "-")
    assert code == 2 and "standard output" in stderr
    assert run(capsys, "export", str(knee_session), "--format", "docx", "-o", "x")[0] == 2
    assert not (tmp_path / "a.txt").exists() and not (tmp_path / "a.docx").exists()


def test_corrupt_session_is_reported_and_left_as_it_is(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sdm.json"
    bad.write_text('{"schema": "sdm-aid/session", "schema_version": 1', encoding="utf-8")
    code, _, stderr = run(capsys, "export", str(bad), "-o", str(tmp_path / "out.txt"))
    assert code == 2
    assert "damaged" in stderr and "bad.sdm.json" in stderr
    assert bad.exists() and not list(tmp_path.glob("*.corrupt"))  # a named file is not moved
    assert not (tmp_path / "out.txt").exists()


def test_aid_not_in_the_library(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_aids: Path
) -> None:
    session = tmp_path / "example.sdm.json"
    shutil.copy(SESSIONS / "example-undecided.sdm.json", session)
    out = tmp_path / "out.txt"
    code, _, stderr = run(capsys, "export", str(session), "-o", str(out))
    assert code == 2 and "'example-aid'" in stderr and "--aids" in stderr
    code, _, stderr = run(
        capsys, "export", str(session), "-o", str(out), "--aids", str(example_aids)
    )
    assert (code, stderr) == (0, "")
    assert "Decision: not made yet; the patient would like more time." in out.read_text(
        encoding="utf-8"
    )


def test_newer_aid_version_is_used_with_a_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_aids: Path
) -> None:
    data = json.loads((SESSIONS / "example-undecided.sdm.json").read_text(encoding="utf-8"))
    data["aid_version"] = "1.0.0"
    session = tmp_path / "old.sdm.json"
    session.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.json"
    code, _, stderr = run(
        capsys, "export", str(session), "-o", str(out), "--aids", str(example_aids)
    )
    assert code == 0
    assert "warning" in stderr and "1.0.0" in stderr and "1.2.0" in stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["aid"]["version"] == "1.2.0" and exported["aid"]["session_version"] == "1.0.0"
    assert from_json(json.dumps(exported["session"])).aid_version == "1.0.0"  # file untouched
    assert json.loads(session.read_text(encoding="utf-8"))["aid_version"] == "1.0.0"


def test_record_to_standard_output(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    code, stdout, _ = run(capsys, "export", str(knee_session), "--format", "txt", "-o", "-")
    assert code == 0
    assert stdout.startswith("Shared decision-making record")
    assert "Decision: Exercise and physiotherapy." in stdout


def test_fhir_export(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    pytest.importorskip("sdm_aid.core.fhir")
    out = tmp_path / "bundle.fhir.json"
    code, _, stderr = run(capsys, "export", str(knee_session), "-o", str(out))
    assert (code, stderr) == (0, "")
    assert json.loads(out.read_text(encoding="utf-8"))["resourceType"] == "Bundle"


def test_export_loads_no_qt_unless_asked_for_a_pdf(knee_session: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import sdm_aid.cli.export\n"
        "heavy = ('PySide6', 'jinja2', 'sdm_aid.core')\n"
        "light = not any(m.startswith(heavy) for m in sys.modules)\n"
        "from sdm_aid.cli import main\n"
        f"assert main(['export', {str(knee_session)!r}, '-o', {str(tmp_path / 'a.html')!r}]) == 0\n"
        "qt = any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)\n"
        "print(light, qt)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    assert out.split()[-2:] == ["True", "False"]


def test_clinician_notes_go_on_the_patient_copy_only_when_asked(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from sdm_aid.cli import main
    from support import FIXTURES

    session = FIXTURES / "sessions" / "knee-decided.sdm.json"
    assert main(["export", str(session), "--format", "txt", "--variant", "patient", "-o", "-"]) == 0
    assert "BMI 31" not in capsys.readouterr().out
    code = main(
        [
            "export",
            str(session),
            "--format",
            "txt",
            "--variant",
            "patient",
            "--with-clinician-notes",
            "-o",
            "-",
        ]
    )
    assert code == 0 and "BMI 31" in capsys.readouterr().out


def test_large_print_sets_the_patient_copy_at_16_point(
    capsys: pytest.CaptureFixture[str], knee_session: Path, tmp_path: Path
) -> None:
    """``--large-print``: the patient copy as a web page and a PDF at 16 pt (more pages);
    asked of a copy that has no type size, it is a usage error, not silently ignored."""
    import io

    from pypdf import PdfReader

    code, out, _ = run(capsys, "export", str(knee_session), "--format", "html", "-o", "-")
    assert code == 0 and "font-size: 12pt" in out and "font-size: 16pt" not in out
    code, out, _ = run(
        capsys, "export", str(knee_session), "--format", "html", "--large-print", "-o", "-"
    )
    assert code == 0 and "body { max-width: none; padding: 0; font-size: 16pt; }" in out
    pages = []
    for name, extra in (("standard.pdf", []), ("large.pdf", ["--large-print"])):
        code, _, err = run(capsys, "export", str(knee_session), "-o", str(tmp_path / name), *extra)
        assert code == 0, err
        pages.append(len(PdfReader(io.BytesIO((tmp_path / name).read_bytes())).pages))
    assert pages[0] <= 3 < pages[1]
    for args in (["--format", "txt"], ["--format", "pdf", "--variant", "record"]):
        target = str(tmp_path / "no.pdf") if "pdf" in args else "-"
        code, _, err = run(
            capsys, "export", str(knee_session), *args, "--large-print", "-o", target
        )
        assert code == 2 and "--large-print is for the patient copy" in err, args
    assert not (tmp_path / "no.pdf").exists()
