"""`sdm-aid review collate` and `sdm-aid review respond`."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from sdm_aid.cli import main
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.responses import load_responses
from sdm_aid.core.review import new_review, save_review
from support import FIXTURES, REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def panel(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A copy of the hip aid (so a responses file lands in tmp_path), two good reviews
    (one of an older version), a malformed one; returns the aid, the folder, comment ids."""
    aid_path = tmp_path / "aids" / "hip-osteoarthritis.md"
    aid_path.parent.mkdir()
    shutil.copy(HIP, aid_path)
    aid = load_aid_or_raise(aid_path)
    old_path = tmp_path / "old" / "hip-osteoarthritis.md"
    old_path.parent.mkdir()
    old_path.write_text(
        HIP.read_text(encoding="utf-8")
        .replace("version: 0.11.0", "version: 0.8.0")
        .replace("You can take your time.", "There is plenty of time."),
        encoding="utf-8",
    )
    folder = tmp_path / "reviews"
    ann = new_review(aid, "Ann", "patient")
    first = ann.add_comment("options", "Please add costs.")
    ann.rate("options", "enough", 2)
    save_review(ann, folder / "ann.review.json")
    bob = new_review(load_aid_or_raise(old_path), "Bob", "clinician")
    second = bob.add_comment("about", "Say how much time.", quote="There is plenty of time.")
    save_review(bob, folder / "bob.review.json")
    (folder / "junk.review.json").write_text("not json", encoding="utf-8")
    return aid_path, folder, [first.id, second.id]


def test_collate_to_html_reports_skipped_files_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, panel: tuple[Path, Path, list[str]]
) -> None:
    aid, folder, ids = panel
    out = tmp_path / "report.html"
    code, stdout, stderr = run(capsys, "review", "collate", str(aid), str(folder), "-o", str(out))
    assert code == 0
    assert f"{out}: 2 review(s) collated, 1 file(s) skipped, 2 comment(s)" in stdout
    assert "junk.review.json: the file is damaged: it is not valid JSON" in stderr
    assert "bob.review.json: a review of version 0.8.0" in stderr and "about" in stderr
    html = out.read_text(encoding="utf-8")
    assert "Ann (patient)" in html and "Bob (clinician)" in html
    assert "Please add costs." in html and "Section changed since: possibly addressed" in html
    assert all(i in html for i in ids)
    assert (folder / "junk.review.json").read_text(encoding="utf-8") == "not json"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it names the reviewers


def test_refuses_to_overwrite_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, panel: tuple[Path, Path, list[str]]
) -> None:
    aid, folder, _ = panel
    out = tmp_path / "report.md"
    out.write_text("keep me", encoding="utf-8")
    code, _, stderr = run(capsys, "review", "collate", str(aid), str(folder), "-o", str(out))
    assert code == 2 and "already exists; use --force" in stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(capsys, "review", "collate", str(aid), str(folder), "-o", str(out), "--force")
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("# Patient panel review: Hip osteoarthritis")


def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, panel: tuple[Path, Path, list[str]]
) -> None:
    aid, folder, _ = panel
    out = str(tmp_path / "r.html")
    cases = [
        (["review"], "choose a subcommand"),
        (["review", "collate", str(tmp_path / "no.md"), str(folder), "-o", out], "no such aid"),
        (["review", "collate", str(aid), str(folder), "-o", str(tmp_path / "r.docx")], ".pdf"),
        (
            ["review", "collate", str(aid), str(folder), "-o", out, "--responses", "nope.json"],
            "no such responses file",
        ),
        (
            [
                "review",
                "collate",
                str(FIXTURES / "broken" / "SDM201-missing-section.md"),
                str(folder),
                "-o",
                out,
            ],
            "cannot be used",
        ),
    ]
    for args, message in cases:
        code, _, stderr = run(capsys, *args)
        assert code == 2 and message in stderr, args
    assert run(capsys, "review", "collate", str(aid), "-o", out)[0] == 2  # no REVIEW
    assert not Path(out).exists()


def test_respond_then_you_said_we_did(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, panel: tuple[Path, Path, list[str]]
) -> None:
    aid, folder, (first, second) = panel
    code, stdout, _ = run(
        capsys, "review", "respond", str(aid), first, "accepted", "--reply", "Costs added."
    )
    assert code == 0 and "accepted" in stdout
    code, _, stderr = run(capsys, "review", "respond", str(aid), second, "declined")
    assert code == 2 and "needs a reason" in stderr
    code, _, _ = run(
        capsys, "review", "respond", str(aid), second, "declined", "--reason", "Time varies."
    )
    assert code == 0
    responses_file = aid.with_name("hip-osteoarthritis.responses.json")
    saved = load_responses(responses_file, "hip-osteoarthritis")
    assert {k: v.status for k, v in saved.items.items()} == {
        first: "accepted",
        second: "declined",
    }
    assert json.loads(responses_file.read_text(encoding="utf-8"))["aid_id"] == (
        "hip-osteoarthritis"
    )

    out = tmp_path / "yswd.md"
    code, _, _ = run(
        capsys, "review", "collate", str(aid), str(folder), "-o", str(out), "--you-said-we-did"
    )
    assert code == 0
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# You said, we did: Hip osteoarthritis")
    assert "**What we did:** Accepted" in md and "**Our reply:** Costs added." in md
    assert "**What we did:** Declined" in md and "**Why:** Time varies." in md
    assert "- Before: You do not need to decide today. ~~There is plenty of~~ time." in md
    assert "  Now: You do not need to decide today. **You can take your** time." in md
    assert "Ann" not in md and "Bob" not in md

    # an explicit responses file of another aid is refused
    other = tmp_path / "other.responses.json"
    other.write_text(
        responses_file.read_text(encoding="utf-8").replace("hip-osteoarthritis", "knee"), "utf-8"
    )
    code, _, stderr = run(
        capsys,
        "review",
        "collate",
        str(aid),
        str(folder),
        "-o",
        str(tmp_path / "x.html"),
        "--responses",
        str(other),
    )
    assert code == 2 and "for the aid 'knee'" in stderr


def test_collate_to_pdf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, panel: tuple[Path, Path, list[str]]
) -> None:
    pytest.importorskip("sdm_aid.drawing.pdf")
    aid, folder, _ = panel
    out = tmp_path / "report.pdf"
    code, _, stderr = run(capsys, "review", "collate", str(aid), str(folder), "-o", str(out))
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")
