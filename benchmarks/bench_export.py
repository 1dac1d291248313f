"""Benchmarks for exported summaries: HTML and PDF of the patient copy.

Run: ``python benchmarks/bench_export.py``. Uses the largest bundled aid (by file size),
the bundled aid with the most icon arrays and the knee aid, each with a fully filled session
comparing every option. Prints the median of interleaved runs; exit 1 when a target is missed.

Targets (issue #5): PDF of the patient copy ≤ 500 ms, HTML ≤ 50 ms. Each run makes the
summary from the session and renders it, as an export does; the PDF time includes laying
out the text and drawing the icon arrays, but not starting Qt (once per process, reported
separately).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))  # the fixture-session builder

from fixtures.sessions.builder import filled_session  # noqa: E402

from _harness import Result, interleaved, report  # noqa: E402
from sdm_aid.core.export import render_html, render_qt_html  # noqa: E402
from sdm_aid.core.model import Aid  # noqa: E402
from sdm_aid.core.parser import load_aid_or_raise  # noqa: E402
from sdm_aid.core.summary import build_summary  # noqa: E402
from sdm_aid.paths import bundled_aids_dir  # noqa: E402


def arrays(aid: Aid) -> int:
    """Icon arrays the patient copy draws with every option compared (each figure above 0
    and each study's comparison group, out of at most 1,000)."""
    return len(render_qt_html(build_summary(filled_session(aid), aid))[1])


def bench_aid(aid: Aid, label: str) -> list[Result]:
    from sdm_aid.drawing.pdf import summary_pdf_bytes

    session = filled_session(aid)

    def html() -> None:
        render_html(build_summary(session, aid), "patient")

    def pdf() -> None:
        summary_pdf_bytes(build_summary(session, aid), "patient")

    html()  # load the templates once, as any process does
    pdf()
    times = interleaved({"html": html, "pdf": pdf}, repeat=15)
    size_html = len(render_html(build_summary(session, aid)).encode("utf-8")) // 1000
    size_pdf = len(summary_pdf_bytes(build_summary(session, aid))) // 1000
    print(
        f"\n{label}: {aid.id}, {len(aid.options)} options, {arrays(aid)} icon arrays; "
        f"HTML {times['html'] * 1000:.1f} ms ({size_html} KB), "
        f"PDF {times['pdf'] * 1000:.0f} ms ({size_pdf} KB)"
    )
    return [
        Result(f"HTML of the patient copy, {aid.id}", times["html"] * 1000, "ms", 50),
        Result(f"PDF of the patient copy, {aid.id}", times["pdf"] * 1000, "ms", 500),
    ]


def cold_cli_ms(aid: Aid, repeat: int = 3) -> float:
    """Median wall time of ``sdm-aid export -o x.pdf`` in a new process (start-up included)."""
    import statistics
    import subprocess
    import tempfile

    from sdm_aid.core.session import save_session

    with tempfile.TemporaryDirectory() as folder:
        session = Path(folder) / "s.sdm.json"
        save_session(filled_session(aid), session)
        env = {**os.environ, "XDG_DATA_HOME": folder, "XDG_CACHE_HOME": folder}  # no user data
        times = []
        for n in range(repeat):
            command = [sys.executable, "-m", "sdm_aid", "export", str(session)]
            start = time.perf_counter()
            subprocess.run(
                [*command, "-o", f"{folder}/{n}.pdf"], check=True, capture_output=True, env=env
            )
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    start = time.perf_counter()
    from sdm_aid.drawing.pdf import ensure_app

    ensure_app()
    print(
        f"starting Qt for the first PDF in a process: {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    paths = sorted(bundled_aids_dir().glob("*.md"))
    largest = load_aid_or_raise(max(paths, key=lambda p: p.stat().st_size))
    most = max((load_aid_or_raise(p) for p in paths), key=arrays)
    results = bench_aid(largest, "largest aid")
    if most.id != largest.id:
        results += bench_aid(most, "most icon arrays")
    knee = bundled_aids_dir() / "knee-osteoarthritis.md"  # the issue-11 fixture's aid
    if knee.exists() and knee.stem not in (largest.id, most.id):
        results += bench_aid(load_aid_or_raise(knee), "knee (the fixture's aid)")
    print(f"whole `sdm-aid export` of a PDF in a fresh process: {cold_cli_ms(largest):.0f} ms")
    return report("SDM Aid export benchmarks", results)


if __name__ == "__main__":
    sys.exit(main())
