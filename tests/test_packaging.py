"""The wheel carries the bundled aids and resources, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from sdm_aid import paths
from support import REPO


def test_paths_resolve_to_real_folders() -> None:
    assert (paths.bundled_aids_dir() / "knee-osteoarthritis.md").is_file()
    assert (paths.resources_dir() / "wordlists").is_dir()


@pytest.mark.slow
def test_wheel_contains_aids_and_resources(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed in this environment")
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("sdm_aid-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for aid in (REPO / "decision_aids").glob("*.md"):
        assert f"sdm_aid/_data/decision_aids/{aid.name}" in names
    assert "sdm_aid/_data/decision_aids/validation-allowlist.yaml" in names
    assert "sdm_aid/_data/resources/wordlists/medical-terms.txt" in names
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
