"""The standalone bundle (packaging/): built with PyInstaller, unpacked into a fresh folder
and run with a fresh HOME and an empty environment, as on a computer without Python.

Marked ``bundle`` and left out of the main run (building takes about a minute); .ci/run
runs ``pytest -m bundle``. ``SDM_AID_BUNDLE=dist/sdm-aid-….tar.gz`` tests an archive built
already instead of building one.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sdm_aid import __version__, paths
from sdm_aid.core.parser import load_aid
from sdm_aid.core.review import new_review, save_review
from support import FIXTURES, REPO

pytestmark = pytest.mark.bundle

SESSION = FIXTURES / "sessions" / "knee-decided.sdm.json"


def _build() -> Path:
    given = os.environ.get("SDM_AID_BUNDLE")
    if given:
        return Path(given).resolve()
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install pyinstaller to build the bundle")
    build = subprocess.run(
        [str(REPO / "packaging" / "build.sh")],
        cwd=REPO,
        env=dict(os.environ, PYTHON=sys.executable),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    print(build.stdout.strip().splitlines()[-1])
    [tarball] = (REPO / "dist").glob(f"sdm-aid-{__version__}-linux-*.tar.gz")
    return tarball


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh folder holding the unpacked bundle, a fresh HOME and the files to open."""
    tarball = _build()
    place = tmp_path_factory.mktemp("fresh")
    with tarfile.open(tarball) as archive:
        archive.extractall(place, filter="tar")
    (place / "home").mkdir()
    shutil.copy(SESSION, place / "brought.sdm.json")
    aid = load_aid(paths.bundled_aids_dir() / "hip-osteoarthritis.md").usable_aid
    assert aid is not None
    save_review(new_review(aid, "Pat Reviewer", "patient"), place / "hip.review.json")
    yield place


def _env(place: Path, **extra: str) -> dict[str, str]:
    # Nothing from this process: no virtual environment, no PYTHONPATH, no XDG folders.
    return {"HOME": str(place / "home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def run(
    place: Path, *args: str, platform: str = "offscreen", **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(place / "sdm-aid" / "sdm-aid"), *args],
        cwd=place,
        env=_env(place, QT_QPA_PLATFORM=platform, **extra),
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_version(place: Path) -> None:
    out = run(place, "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"sdm-aid {__version__}"


def test_screenshot_of_the_outcomes_step(place: Path) -> None:
    png = place / "outcomes.png"
    out = run(
        place, "screenshot", "--aid", "knee-osteoarthritis", "--step", "outcomes", "--out", str(png)
    )
    assert out.returncode == 0, out.stderr
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 500


def test_export_of_a_session_to_pdf(place: Path) -> None:
    pdf = place / "summary.pdf"
    out = run(place, "export", str(place / "brought.sdm.json"), "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Knee osteoarthritis: what are my options?" in text and "Page 1 of" in text


def test_validate_the_bundled_aids(place: Path) -> None:
    out = run(place, "validate", "--strict")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "4 file(s) checked: 0 error(s), 0 warning(s)" in out.stdout
    assert "/sdm-aid/_internal/sdm_aid/_data/decision_aids/" in out.stdout  # inside the bundle


def test_smoke_test_opens_a_session_and_a_review(place: Path) -> None:
    out = run(
        place, "--smoke-test", str(place / "brought.sdm.json"), str(place / "hip.review.json")
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"opened session {place / 'brought.sdm.json'} (aid knee-osteoarthritis)" in out.stdout
    assert f"opened review {place / 'hip.review.json'} (aid hip-osteoarthritis)" in out.stdout


def test_xcb_under_xvfb(place: Path) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: apt-get install xvfb)")
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        assert server.poll() is None, "Xvfb did not start"
        out = run(
            place, "--smoke-test", str(place / "brought.sdm.json"), platform="xcb", DISPLAY=display
        )
        assert out.returncode == 0, out.stdout + out.stderr
        assert "opened session" in out.stdout
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(10)


def test_wayland_under_a_headless_weston(place: Path, tmp_path: Path) -> None:
    if shutil.which("weston") is None:
        pytest.skip("weston is not installed (Debian: apt-get install weston)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    compositor = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", "--socket=wl-sdm", "--idle-time=0"],
        env={"XDG_RUNTIME_DIR": str(runtime), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        end = time.monotonic() + 20
        while not (runtime / "wl-sdm").exists() and time.monotonic() < end:
            time.sleep(0.1)
        assert (runtime / "wl-sdm").exists(), "weston did not start"
        out = run(
            place,
            "--smoke-test",
            str(place / "brought.sdm.json"),
            platform="wayland",
            XDG_RUNTIME_DIR=str(runtime),
            WAYLAND_DISPLAY="wl-sdm",
        )
        assert out.returncode == 0, out.stdout + out.stderr
        assert "opened session" in out.stdout
    finally:
        compositor.terminate()
        compositor.wait(10)


def test_platform_plugins_find_their_libraries(place: Path) -> None:
    plugins = place / "sdm-aid" / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    names = {p.name for p in plugins.iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= names
    for name in ("libqoffscreen.so", "libqxcb.so", "libqwayland.so"):
        ldd = subprocess.run(["ldd", str(plugins / name)], capture_output=True, text=True)
        assert "not found" not in ldd.stdout, ldd.stdout


def test_lean_no_unused_qt_modules(place: Path) -> None:
    internal = place / "sdm-aid" / "_internal"
    names = " ".join(p.name for p in internal.rglob("*"))
    for unused in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt63D", "Multimedia", "libqtls", "libssl"):
        assert unused not in names, unused
    files = [p for p in internal.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"bundle size: {size / 1e6:.0f} MB")
    assert size < 200e6


def test_only_unix_sockets(place: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian: apt-get install strace)")
    trace = place / "strace.txt"
    program = str(place / "sdm-aid" / "sdm-aid")
    # The app window as people use it (listening for a second start), for a few seconds.
    window = subprocess.Popen(
        ["strace", "-f", "-e", "trace=socket", "-o", str(trace), program],
        cwd=place,
        env=_env(place, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # strace and the app: ended together below
    )
    data = (place / "home" / ".local" / "share" / "sdm-aid").resolve()
    digest = hashlib.sha256(str(data).encode()).hexdigest()[:16]
    socket = Path("/tmp") / f"sdm-aid-{os.getuid()}-{digest}"  # no XDG_RUNTIME_DIR here
    try:
        end = time.monotonic() + 60
        while not socket.exists() and time.monotonic() < end:
            time.sleep(0.1)
        assert socket.exists(), "the app window is not listening for a second start"
        second = run(place, str(place / "brought.sdm.json"))  # handed to the window above
    finally:
        os.killpg(window.pid, signal.SIGTERM)
        window.wait(30)
    calls = [line for line in trace.read_text().splitlines() if "socket(" in line]
    assert calls, "the app window made no socket: it does not listen for a second start"
    assert all("socket(AF_UNIX" in line for line in calls), calls
    assert second.returncode == 0 and "handed over" in second.stderr
    for args in (
        ("--smoke-test", str(place / "brought.sdm.json")),
        ("export", str(place / "brought.sdm.json"), "-o", "-", "--format", "txt"),
    ):
        subprocess.run(
            ["strace", "-f", "-e", "trace=socket", "-o", str(trace), program, *args],
            cwd=place,
            env=_env(place, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            timeout=180,
        )
        calls = [line for line in trace.read_text().splitlines() if "socket(" in line]
        assert all("socket(AF_UNIX" in line for line in calls), calls


def test_licences_and_desktop_files_travel_with_the_bundle(place: Path) -> None:
    root = place / "sdm-aid"
    notices = (root / "_internal" / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    for needle in (
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "PySide6",
        "Carnegie Mellon",
        "Jinja2",
        "Markdown",
        "PyYAML",
        "nh3",
        "textstat",
        "pyphen",
        "platformdirs",
        "MIT License",
        "PYTHON SOFTWARE FOUNDATION",
    ):
        assert needle in notices, needle
    data = place / "xdg"
    out = subprocess.run(
        [str(root / "install-desktop-files.sh")],
        env=_env(place, XDG_DATA_HOME=str(data)),
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    desktop = (data / "applications" / "io.github.sdm_aid.SdmAid.desktop").read_text()
    assert re.search(rf'^Exec="{re.escape(str(root / "sdm-aid"))}" %F$', desktop, re.M)
    assert (data / "icons/hicolor/256x256/apps/io.github.sdm_aid.SdmAid.png").is_file()


def test_glibc_needed(place: Path) -> None:
    if shutil.which("objdump") is None:
        pytest.skip("objdump is not installed (binutils)")
    files = [
        str(p)
        for p in (place / "sdm-aid").rglob("*")
        if p.is_file() and (".so" in p.name or p.name == "sdm-aid")
    ]
    out = subprocess.run(["objdump", "-T", *files], capture_output=True, text=True).stdout
    versions = sorted(
        {tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", out)}
    )
    newest = ".".join(map(str, versions[-1]))
    print(f"glibc needed: {newest}")
    assert versions[-1] <= (2, 36), newest  # Debian 12 builds it; it runs on glibc 2.36 and newer
