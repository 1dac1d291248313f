"""Benchmark for the command line: each command against a baseline in the same run.

Run: ``python benchmarks/bench_cli.py [--quick]``. Every measure starts fresh processes,
interleaved with its baseline so machine noise hits both alike, and reports the median
wall time and peak memory (from ``wait4``) of each. Both sides start from compiled
bytecode, as an installed package does. Exit 1 when a target is missed.

The baselines are the least any such command could do:

* ``validate`` of the bundled aids: a process that only parses the same aids;
* ``review collate`` of 200 reviews: a process that parses the aid and loads the files;
* ``export`` to PDF: a script that writes the same HTML with ``QPdfWriter``;
* ``export`` to HTML: a process that only renders the jinja2 template;
* ``screenshot --step about``: a bare PySide6 window shown and grabbed;
* ``validate DIR`` of many aids with one job: parsing the same aids in one process;
  and with two jobs against one.
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_core import make_library
from bench_review import make_reviews

from _harness import Result, report
from sdm_aid.paths import bundled_aids_dir

REPO = Path(__file__).resolve().parent.parent
KNEE_SESSION = REPO / "tests" / "fixtures" / "sessions" / "knee-decided.sdm.json"
HIP = bundled_aids_dir() / "hip-osteoarthritis.md"


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one fresh process; it must succeed (exit 0 or 1)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        assert proc.stderr is not None
        raise SystemExit(f"{args} failed ({code}): {proc.stderr.read().decode()[-2000:]}")
    return took, usage.ru_maxrss // 1024


def sdm(*args: str) -> list[str]:
    return [sys.executable, "-m", "sdm_aid", *args]


def python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


def pair(
    name: str,
    ours: list[str],
    base: list[str],
    env: dict[str, str],
    target: float,
    repeat: int,
    before: list[str] | None = None,
) -> tuple[Result, str]:
    """Median time of ``ours`` over ``base``, run in turn; a row and a line of detail."""
    a, b, mem_a, mem_b = [], [], [], []
    for _ in range(repeat):
        if before:
            subprocess.run(before, env=env, check=False, capture_output=True)
        t, m = run(ours, env)
        a.append(t)
        mem_a.append(m)
        t, m = run(base, env)
        b.append(t)
        mem_b.append(m)
    ours_s, base_s = statistics.median(a), statistics.median(b)
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    detail = (
        f"{name}: {ours_s:.2f} s, {max(mem_a)} MiB against {base_s:.2f} s, {max(mem_b)} MiB"
        f" (each pair's ratio {min(ratios):.2f}–{max(ratios):.2f} in {repeat} pairs)"
    )
    return Result(name, ours_s / base_s, "×", target), detail


PARSE_BUNDLED = (
    "import sys\nfrom pathlib import Path\nfrom sdm_aid.core.parser import load_aid\n"
    "for p in sorted(Path(sys.argv[1]).glob('*.md')): load_aid(p)\n"
)
LOAD_REVIEWS = (
    "import json, sys\nfrom pathlib import Path\nfrom sdm_aid.core.parser import load_aid\n"
    "load_aid(Path(sys.argv[1]))\n"
    "for p in sorted(Path(sys.argv[2]).glob('*.review.json')): json.loads(p.read_text())\n"
)
HTML_ONLY = (
    "import json, sys, jinja2\nfrom pathlib import Path\n"
    "env = jinja2.Environment(loader=jinja2.FileSystemLoader(sys.argv[1]), autoescape=True)\n"
    "json.loads(Path(sys.argv[2]).read_text())\n"
    "Path(sys.argv[3]).write_text(env.get_template('summary_patient.html.j2').render())\n"
)
PDF_ONLY = (
    "import sys\nfrom pathlib import Path\n"
    "from PySide6.QtGui import QGuiApplication, QPdfWriter, QPageSize, QTextDocument\n"
    "app = QGuiApplication([])\n"
    "doc = QTextDocument()\ndoc.setHtml(Path(sys.argv[1]).read_text())\n"
    "w = QPdfWriter(sys.argv[2])\nw.setPageSize(QPageSize(QPageSize.PageSizeId.A4))\n"
    "doc.print_(w)\n"
)
BARE_WINDOW = (
    "import sys\nfrom PySide6.QtWidgets import QApplication, QLabel, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.setCentralWidget(QLabel('SDM Aid'))\n"
    "w.resize(1280, 860)\nw.show()\napp.processEvents()\nw.grab().save(sys.argv[1])\n"
)


def main() -> int:
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 7
    import sdm_aid

    compileall.compile_dir(Path(sdm_aid.__file__).parent, quiet=1)
    root = Path(tempfile.mkdtemp(prefix="sdm-bench-cli-"))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(root / "home"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CACHE_HOME=str(root / "cache"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_RUNTIME_DIR=str(root / "run"),
    )
    (root / "run").mkdir(mode=0o700)
    results, details = [], []
    try:
        aids = str(bundled_aids_dir())
        row = pair(
            "validate the bundled aids / parse them",
            sdm("validate", aids),
            python(PARSE_BUNDLED, aids),
            env,
            2.0,
            repeat,
        )
        results.append(row[0])
        details.append(row[1])

        reviews = root / "reviews"
        reviews.mkdir()
        make_reviews(reviews)
        files = sorted(str(p) for p in reviews.glob("*.review.json"))
        out = str(root / "report.html")
        row = pair(
            "review collate 200 files / load them",
            sdm("review", "collate", str(HIP), *files, "-o", out, "--force"),
            python(LOAD_REVIEWS, str(HIP), str(reviews)),
            env,
            2.5,
            repeat,
        )
        results.append(row[0])
        details.append(row[1])

        html_out = str(root / "summary.html")
        subprocess.run(
            sdm("export", str(KNEE_SESSION), "-o", html_out, "--force"),
            env=env,
            check=True,
            capture_output=True,
        )
        row = pair(
            "export PDF / QPdfWriter of the same HTML",
            sdm("export", str(KNEE_SESSION), "-o", str(root / "s.pdf"), "--force"),
            python(PDF_ONLY, html_out, str(root / "base.pdf")),
            env,
            1.6,
            repeat,
        )
        results.append(row[0])
        details.append(row[1])
        row = pair(
            "export HTML / jinja2 render only",
            sdm("export", str(KNEE_SESSION), "-o", html_out, "--force"),
            python(
                HTML_ONLY,
                str(REPO / "resources" / "templates"),
                str(KNEE_SESSION),
                str(root / "b.html"),
            ),
            env,
            1.8,
            repeat,
        )
        results.append(row[0])
        details.append(row[1])
        row = pair(
            "screenshot --step about / bare window grabbed",
            sdm(
                "screenshot",
                "--aid",
                "knee-osteoarthritis",
                "--step",
                "about",
                "--out",
                str(root / "s.png"),
            ),
            python(BARE_WINDOW, str(root / "b.png")),
            env,
            1.8,
            repeat,
        )
        results.append(row[0])
        details.append(row[1])

        count = 200 if quick else 1000
        library = root / "library"
        make_library(library, count)
        row = pair(
            f"validate {count} aids with one job / parse them",
            sdm("validate", "--jobs", "1", str(library)),
            python(PARSE_BUNDLED.replace(".glob(", ".rglob("), str(library)),
            env,
            1.3,
            max(3, repeat // 2),
        )
        results.append(row[0])
        details.append(row[1])
        one, two = (
            subprocess.run(
                sdm("validate", "--jobs", jobs, str(library)),
                env=env,
                capture_output=True,
                check=False,
            ).stdout
            for jobs in ("1", "2")
        )
        if one != two or not one:
            raise SystemExit("validate --jobs 2 printed another report than --jobs 1")
        row = pair(
            f"validate {count} aids, --jobs 2 / --jobs 1",
            sdm("validate", "--jobs", "2", str(library)),
            sdm("validate", "--jobs", "1", str(library)),
            env,
            0.6,
            max(3, repeat // 2),
        )
        results.append(row[0])
        details.append(row[1])
    finally:
        shutil.rmtree(root, ignore_errors=True)
    status = report("Command line against baselines (median of interleaved runs)", results)
    print()
    for line in details:
        print(f"- {line}")
    return status


if __name__ == "__main__":
    sys.exit(main())
