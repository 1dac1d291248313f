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

And, in this process: the PDF export's time per icon array with 5, 20 and 50 arrays in
the summary (it must not grow with their number).
"""

from __future__ import annotations

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

from _fresh import child_env, compile_package
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


class Pairs:
    """Each command against its baseline, run in turn, with the same environment."""

    def __init__(self, env: dict[str, str], repeat: int) -> None:
        self.env, self.repeat = env, repeat
        self.results: list[Result] = []
        self.details: list[str] = []

    def pair(
        self, name: str, ours: list[str], base: list[str], target: float, repeat: int = 0
    ) -> None:
        """Median time of ``ours`` over ``base``: a row, and a line of detail."""
        a, b, mem_a, mem_b = [], [], [], []
        repeat = repeat or self.repeat
        for _ in range(repeat):
            t, m = run(ours, self.env)
            a.append(t)
            mem_a.append(m)
            t, m = run(base, self.env)
            b.append(t)
            mem_b.append(m)
        ours_s, base_s = statistics.median(a), statistics.median(b)
        ratios = [x / y for x, y in zip(a, b, strict=True)]
        self.details.append(
            f"{name}: {ours_s:.2f} s, {max(mem_a)} MiB against {base_s:.2f} s, {max(mem_b)} MiB"
            f" (each pair's ratio {min(ratios):.2f}–{max(ratios):.2f} in {repeat} pairs)"
        )
        self.results.append(Result(name, ours_s / base_s, "×", target))


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


ARRAY_COUNTS = (5, 20, 50)


def pdf_per_array(repeat: int) -> tuple[Result, str]:
    """The PDF's time per icon array with 5, 20 and 50 arrays; the row: 50 against 5.

    The summaries are the knee aid's fully filled one with its outcome lines repeated
    until it draws that many arrays (each line is a real outcome of the aid, with its
    text and its figures); an array's time is what the summary takes over the same
    summary without outcome lines, divided by the arrays. The quickest of interleaved runs
    in this process, with Qt started once beforehand.
    """
    import dataclasses

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / "tests"))  # the fixture-session builder
    from fixtures.sessions.builder import filled_session

    from _harness import best_of
    from sdm_aid.core.export import render_qt_html
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.summary import Summary, build_summary
    from sdm_aid.drawing.pdf import ensure_app, summary_pdf_bytes

    ensure_app()
    aid = load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")
    full = build_summary(filled_session(aid), aid)

    def arrays(summary: Summary) -> int:
        return len(render_qt_html(summary)[1])

    lines = [line for line in full.outcomes if arrays(dataclasses.replace(full, outcomes=(line,)))]
    cases: dict[int, Summary] = {0: dataclasses.replace(full, outcomes=())}
    for count in ARRAY_COUNTS:
        chosen = [lines[0]]
        while arrays(dataclasses.replace(full, outcomes=tuple(chosen))) < count:
            chosen.append(lines[len(chosen) % len(lines)])
        cases[count] = dataclasses.replace(full, outcomes=tuple(chosen))
    # The quickest of interleaved runs: the differences are tens of milliseconds, and a
    # busy machine only ever adds to a run.
    samples: dict[int, list[float]] = {n: [] for n in cases}
    for _ in range(repeat):
        for n, summary in cases.items():
            samples[n].append(best_of(lambda s=summary: summary_pdf_bytes(s), repeat=1))
    times = {name: min(values) for name, values in samples.items()}
    made = {n: arrays(cases[n]) for n in ARRAY_COUNTS}
    per = {n: (times[n] - times[0]) / made[n] * 1000 for n in ARRAY_COUNTS}
    first, last = ARRAY_COUNTS[0], ARRAY_COUNTS[-1]
    detail = (
        "PDF time per icon array: "
        + ", ".join(f"{per[n]:.2f} ms with {made[n]} arrays" for n in ARRAY_COUNTS)
        + f" (the summary without them: {times[0] * 1000:.0f} ms)"
    )
    name = f"PDF time per icon array, {last} arrays against {first}"
    return Result(name, per[last] / per[first], "×", 1.2), detail


def main() -> int:
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 7
    compile_package()
    root = Path(tempfile.mkdtemp(prefix="sdm-bench-cli-"))
    bench = Pairs(child_env(root, home=True, runtime=True), repeat)
    try:
        aids = str(bundled_aids_dir())
        bench.pair(
            "validate the bundled aids / parse them",
            sdm("validate", aids),
            python(PARSE_BUNDLED, aids),
            2.0,
        )

        reviews = root / "reviews"
        reviews.mkdir()
        make_reviews(reviews)
        files = sorted(str(p) for p in reviews.glob("*.review.json"))
        out = str(root / "report.html")
        bench.pair(
            "review collate 200 files / load them",
            sdm("review", "collate", str(HIP), *files, "-o", out, "--force"),
            python(LOAD_REVIEWS, str(HIP), str(reviews)),
            2.5,
        )

        html_out = str(root / "summary.html")
        subprocess.run(
            sdm("export", str(KNEE_SESSION), "-o", html_out, "--force"),
            env=bench.env,
            check=True,
            capture_output=True,
        )
        pdf_out, pdf_base = str(root / "s.pdf"), str(root / "base.pdf")
        bench.pair(
            "export PDF / QPdfWriter of the same HTML",
            sdm("export", str(KNEE_SESSION), "-o", pdf_out, "--force"),
            python(PDF_ONLY, html_out, pdf_base),
            1.6,
        )
        templates = str(REPO / "resources" / "templates")
        bench.pair(
            "export HTML / jinja2 render only",
            sdm("export", str(KNEE_SESSION), "-o", html_out, "--force"),
            python(HTML_ONLY, templates, str(KNEE_SESSION), str(root / "b.html")),
            1.8,
        )
        shot = ("--aid", "knee-osteoarthritis", "--step", "about", "--out", str(root / "s.png"))
        bench.pair(
            "screenshot --step about / bare window grabbed",
            sdm("screenshot", *shot),
            python(BARE_WINDOW, str(root / "b.png")),
            1.8,
        )

        count = 200 if quick else 1000
        library = root / "library"
        make_library(library, count)
        bench.pair(
            f"validate {count} aids with one job / parse them",
            sdm("validate", "--jobs", "1", str(library)),
            python(PARSE_BUNDLED.replace(".glob(", ".rglob("), str(library)),
            1.3,
            max(3, repeat // 2),
        )
        one, two = (
            subprocess.run(
                sdm("validate", "--jobs", jobs, str(library)),
                env=bench.env,
                capture_output=True,
                check=False,
            ).stdout
            for jobs in ("1", "2")
        )
        if one != two or not one:
            raise SystemExit("validate --jobs 2 printed another report than --jobs 1")
        bench.pair(
            f"validate {count} aids, --jobs 2 / --jobs 1",
            sdm("validate", "--jobs", "2", str(library)),
            sdm("validate", "--jobs", "1", str(library)),
            0.6,
            max(3, repeat // 2),
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    row = pdf_per_array(7 if quick else 25)
    bench.results.append(row[0])
    bench.details.append(row[1])
    status = report("Command line against baselines (median of interleaved runs)", bench.results)
    print()
    for line in bench.details:
        print(f"- {line}")
    return status


if __name__ == "__main__":
    sys.exit(main())
