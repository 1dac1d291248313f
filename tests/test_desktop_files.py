"""Linux desktop integration (packaging/): the .desktop entry, icons, AppStream metainfo and
MIME types, installed and removed for one user by the scripts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sdm_aid.cli.launch import REVIEW_SUFFIX, SESSION_SUFFIX
from support import REPO

ID = "io.github.sdm_aid.SdmAid"
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "bin dir" / "sdm-aid"  # a space, as in many home folders
    path.parent.mkdir()
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def _install(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(data.parent), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data)}
    return subprocess.run(
        [str(REPO / "packaging" / "install-desktop-files.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
    )


def installed(data: Path) -> list[Path]:
    return sorted(p for p in data.rglob(f"*{ID}*") if p.is_file())


def test_install_and_uninstall_for_one_user(tmp_path: Path, program: Path) -> None:
    data = tmp_path / "xdg-data"
    out = _install(data, str(program))
    assert out.returncode == 0, out.stderr
    desktop = data / "applications" / f"{ID}.desktop"
    text = desktop.read_text()
    assert f'Exec="{program}" %F' in text
    assert "MimeType=application/x-sdm-session+json;application/x-sdm-review+json;" in text
    assert (data / "metainfo" / f"{ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text()
        assert "application/x-sdm-session+json:*.sdm.json" in globs
        assert "application/x-sdm-review+json:*.review.json" in globs
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout
    assert len(installed(data)) == 12  # 8 PNG sizes, the SVG, entry, metainfo, MIME

    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data)}
    out = subprocess.run(
        [str(REPO / "packaging" / "uninstall-desktop-files.sh")], env=env, capture_output=True
    )
    assert out.returncode == 0
    assert installed(data) == []


def test_install_refuses_a_program_that_is_not_there(tmp_path: Path) -> None:
    out = _install(tmp_path / "d", str(tmp_path / "missing" / "sdm-aid"))
    assert out.returncode != 0


def test_mime_types_match_the_apps_suffixes() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{ID}.mime.xml").getroot()
    globs = {
        t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)]
        for t in root.findall("m:mime-type", ns)
    }
    assert globs == {
        "application/x-sdm-session+json": [f"*{SESSION_SUFFIX}"],
        "application/x-sdm-review+json": [f"*{REVIEW_SUFFIX}"],
    }


def test_metainfo_validates() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: apt-get install appstream)")
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_icons_are_the_svg_in_every_size() -> None:
    assert (ICONS / "sdm-aid.svg").read_text().count("<path") >= 3
    for png in ICONS.glob("sdm-aid-*.png"):
        size = int(png.stem.rsplit("-", 1)[1])
        data = png.read_bytes()
        assert int.from_bytes(data[16:20], "big") == size == int.from_bytes(data[20:24], "big")
    assert "CC0-1.0" in (ICONS / "README.md").read_text()
