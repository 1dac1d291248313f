"""The standalone bundle against the installed package: start-up to first paint, and size.

Run after ``packaging/build.sh``: ``python benchmarks/bench_bundle.py [BUNDLE_FOLDER]``
(default ``dist/sdm-aid``). Both programs start the same way, as a person starts them
(``sdm-aid`` from the virtual environment, ``sdm-aid/sdm-aid`` from the bundle), each in a
fresh process with the same fresh HOME, interleaved, offscreen; each prints "painted" at
its window's first paint and quits (``SDM_AID_QUIT_AFTER_PAINT``, sdm_aid/ui/app.py).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import Result, report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 11


def first_paint(program: str, env: dict[str, str]) -> float:
    """Seconds from starting ``program`` until it reports its first paint."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [program], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    painted = 0.0
    for line in proc.stdout:
        if line.startswith("painted") and not painted:
            painted = time.perf_counter() - start
    proc.wait()
    if not painted:
        raise RuntimeError(f"{program} never painted")
    return painted


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "sdm-aid").resolve()
    bundled = bundle / "sdm-aid"
    installed = shutil.which("sdm-aid", path=str(Path(sys.executable).parent))
    if not bundled.is_file() or installed is None:
        print("build the bundle first (packaging/build.sh) and run with the venv's python")
        return 2
    with tempfile.TemporaryDirectory(prefix="sdm-bench-bundle-") as tmp:
        env = {
            "HOME": tmp,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "SDM_AID_QUIT_AFTER_PAINT": "1",
        }
        for program in (installed, str(bundled)):  # warm the disk cache and library index
            first_paint(program, env)
        times: dict[str, list[float]] = {"installed": [], "bundle": []}
        for _ in range(RUNS):
            times["installed"].append(first_paint(installed, env))
            times["bundle"].append(first_paint(str(bundled), env))
    pkg, frozen = (statistics.median(times[k]) for k in ("installed", "bundle"))
    tarballs = sorted((bundle.parent).glob("sdm-aid-*-linux-*.tar.gz"))
    archive = tarballs[-1].stat().st_size if tarballs else 0
    print(
        f"\nstart-up to first paint (median of {RUNS}): installed package {pkg * 1000:.0f} ms, "
        f"bundle {frozen * 1000:.0f} ms; bundle {size_of(bundle) / 1e6:.0f} MB unpacked, "
        f"{archive / 1e6:.0f} MB as .tar.gz"
    )
    results = [
        Result("bundle start-up to first paint, × installed package", frozen / pkg, "×", 1.2),
        Result("bundle size unpacked", size_of(bundle) / 1e6, "MB", 200),
    ]
    code = report("SDM Aid bundle benchmarks", results)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "bundle.json").write_text(json.dumps([r.__dict__ for r in results], indent=2))
    return code


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
