from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.cli import main
from support import EXAMPLE, FIXTURES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_validate_clean_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", "--strict", str(EXAMPLE))
    assert code == 0
    assert "1 file(s) checked: 0 error(s), 0 warning(s)" in out


def test_validate_errors_exit_1_with_file_line_rule(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "broken" / "SDM204-missing-count.md"
    code, out = run(capsys, "validate", str(path))
    assert code == 1
    assert (
        f"{path}:" in out
        and ": SDM204 error: outcome 'skin-change' has no count for option 'injection'" in out
    )


def test_warnings_fail_only_with_strict(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "broken" / "SDM316-no-quiz.md")
    assert run(capsys, "validate", path)[0] == 0
    assert run(capsys, "validate", "--strict", path)[0] == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "validate", str(tmp_path / "missing.md"))[0] == 2
    assert run(capsys, "validate", "--format", "xml")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "validate", "--format", "json", str(FIXTURES / "broken"))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["errors"] > 0
    finding = next(f for f in data["findings"] if f["rule"] == "SDM205")
    assert finding["severity"] == "error" and finding["line"] > 1
    assert finding["file"].endswith("SDM205-count-too-high.md")


def test_allowlist_accepts_named_warnings_but_never_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    unapproved = text.replace(
        "approved_by:\n  name: Example Reviewer\n  role: Consultant "
        "(example only)\n  date: 2026-01-20\n",
        "",
    )
    (tmp_path / "aid.md").write_text(unapproved, encoding="utf-8")
    assert run(capsys, "validate", "--strict", str(tmp_path))[0] == 1
    (tmp_path / "validation-allowlist.yaml").write_text(
        "- rule: SDM315\n  aids: [example-aid]\n  reason: test\n", encoding="utf-8"
    )
    code, out = run(capsys, "validate", "--strict", str(tmp_path))
    assert code == 0 and "[allowed: test]" in out
    (tmp_path / "aid.md").write_text(unapproved.replace("  injection: 5\n", ""), encoding="utf-8")
    (tmp_path / "validation-allowlist.yaml").write_text(
        "- rule: SDM204\n  reason: errors cannot be allowed\n", encoding="utf-8"
    )
    assert run(capsys, "validate", str(tmp_path))[0] == 1


def test_duplicate_ids_across_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("one.md", "two.md"):
        (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
    code, out = run(capsys, "validate", str(tmp_path))
    assert code == 1 and "SDM210" in out


def test_list_shows_bundled_and_extra_aids_with_badges(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "aid.md").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "broken.md").write_text("nothing", encoding="utf-8")
    code, out = run(capsys, "list", "--aids", str(tmp_path), "--format", "json")
    data = {item["path"]: item for item in json.loads(out)}
    assert code == 0
    mine = data[str(tmp_path / "aid.md")]
    assert mine["id"] == "example-aid" and mine["status"] == "draft" and mine["approved"]
    assert data[str(tmp_path / "broken.md")]["broken"]
    code, out = run(capsys, "list", "--aids", str(tmp_path), "--search", "elbow")
    assert "example-aid" in out and "draft" in out


def test_rules_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "rules")
    assert code == 0 and "SDM204  error" in out and "SDM315  warning" in out


def test_python_dash_m_and_console_script_work() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sdm_aid", "validate", str(EXAMPLE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "0 error(s)" in result.stdout


def test_authoring_guide_holds_the_tested_example_and_every_rule() -> None:
    from sdm_aid.core.findings import RULES
    from support import REPO

    guide = (REPO / "docs" / "authoring.md").read_text(encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8") in guide
    for code in RULES:
        assert f"| {code} |" in guide


def test_validate_in_several_processes_gives_the_same_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--jobs 2 checks files in two processes; the report is the same, in the same order,
    duplicate ids and allow-lists included."""
    broken = FIXTURES / "broken"
    folder = tmp_path / "aids"
    folder.mkdir()
    for n, path in enumerate(sorted(broken.glob("*.md"))[:12]):
        (folder / f"{n:02d}-{path.name}").write_bytes(path.read_bytes())
    (folder / "99-again.md").write_text(EXAMPLE.read_text(encoding="utf-8"))
    (folder / "98-example.md").write_text(EXAMPLE.read_text(encoding="utf-8"))
    outputs = []
    for jobs in ("1", "2"):
        code = main(["validate", "--format", "json", "--jobs", jobs, str(folder)])
        outputs.append((code, json.loads(capsys.readouterr().out)))
    assert outputs[0] == outputs[1]
    code, report = outputs[0]
    assert code == 1 and report["summary"]["files"] == 14
    assert any(f["rule"] == "SDM210" for f in report["findings"])  # duplicate id found
    assert main(["validate", "--jobs", "0", str(folder)]) == 2


def test_an_allowance_about_named_outcomes_never_covers_a_new_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An evidence gap allowed for one outcome must not hide the same gap in another."""
    from sdm_aid.core.allowlist import AllowlistError, load_allowlist

    text = EXAMPLE.read_text(encoding="utf-8")
    # The example's benefit outcome gives figures for 3 options; leave it one (SDM326).
    thin = text.replace(
        "  - source: example-trial\n    values:\n      exercise: 70\n      wait: 65\n", ""
    ).replace(
        '"a dummy injection"}}\n',
        '"a dummy injection"}}\nno_figures:\n  exercise: unknown\n  wait: unknown\n',
        1,
    )
    assert thin != text
    (tmp_path / "aid.md").write_text(thin, encoding="utf-8")
    allow = tmp_path / "validation-allowlist.yaml"
    allow.write_text(
        "- rule: SDM326\n  aids: [example-aid]\n  about: [some-other-outcome]\n  reason: gap\n",
        encoding="utf-8",
    )
    code, out = run(capsys, "validate", "--strict", str(tmp_path))
    assert code == 1 and "SDM326" in out and "[allowed: gap]" not in out
    allow.write_text(
        "- rule: SDM326\n  aids: [example-aid]\n  about: [much-better]\n  reason: gap\n",
        encoding="utf-8",
    )
    code, out = run(capsys, "validate", "--strict", str(tmp_path))
    assert "SDM326" in out and "[allowed: gap]" in out
    allow.write_text("- rule: SDM326\n  about: much-better\n  reason: gap\n", encoding="utf-8")
    with pytest.raises(AllowlistError, match="about"):
        load_allowlist(allow)
