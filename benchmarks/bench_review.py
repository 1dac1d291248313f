"""Benchmark for collating patient-panel reviews.

Run: ``python benchmarks/bench_review.py``. Generates 200 review files of the bundled hip
aid (one in ten of an older version, with one section changed), then times loading the
aid, collating all 200 files and rendering the HTML report, median of 15 runs. textstat's
memo caches and the diff cache are cleared before each run, so readability and diffs are
worked out every time; the syllable dictionary, which a process loads once (about 0.7 s),
is loaded before timing. Also prints, for information, the whole ``sdm-aid review collate``
command in a fresh process. Exit 1 when the target is missed.
"""

from __future__ import annotations

import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_core import clear_textstat_caches

from _harness import Result, _timed, report
from sdm_aid.core import collate as collate_module
from sdm_aid.core.collate import collate
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.review import CRITERIA, ROLES, new_review, review_sections, save_review
from sdm_aid.core.review_report import render_report
from sdm_aid.paths import bundled_aids_dir

COUNT = 200
HIP = bundled_aids_dir() / "hip-osteoarthritis.md"
PHRASES = (
    "I found this part clear",
    "but the numbers were hard to follow",
    "and I would like more about recovery at home",
    "and what happens if I wait longer than a year",
    "the pictures helped",
    "this felt one-sided",
)


def make_reviews(folder: Path, count: int = COUNT, seed: int = 6) -> None:
    rng = random.Random(seed)
    aid = load_aid_or_raise(HIP)
    text = HIP.read_text(encoding="utf-8")
    older_text = re.sub(r"(?m)^version: .*$", "version: 0.1.0", text, count=1).replace(
        "It is a big operation.", "It is a major operation with real risks."
    )
    older = parse_aid(older_text).aid
    assert older is not None
    for n in range(count):
        source = older if n % 10 == 0 else aid
        sections = review_sections(source)
        review = new_review(source, f"Reviewer {n}", ROLES[n % len(ROLES)], sections)
        for section in sections:
            for criterion in CRITERIA:
                roll = rng.random()
                if roll < 0.1:
                    continue  # not answered
                review.rate(section.id, criterion, None if roll < 0.2 else rng.randint(1, 5))
        for _ in range(rng.randint(2, 6)):
            section = rng.choice(sections)
            sentence = section.text.split("\n")[0][:80]
            words = " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 6)))
            review.add_comment(section.id, words, quote=sentence if rng.random() < 0.5 else "")
        review.answer("helps_decide", rng.choice(("yes", "partly", "no", None)))
        review.answer("options_fair", rng.choice(("yes", "partly", "no", "not-sure")))
        review.answer("rating", rng.randint(1, 5))
        if rng.random() < 0.4:
            review.answer("missing", " ".join(rng.choice(PHRASES) for _ in range(3)))
        save_review(review, folder / f"review-{n:03}.review.json")


def bench_collate() -> list[Result]:
    root = Path(tempfile.mkdtemp(prefix="sdm-bench-review-"))
    try:
        folder = root / "reviews"
        folder.mkdir()
        make_reviews(folder)
        paths = sorted(folder.glob("*.review.json"))

        def run() -> None:
            aid = load_aid_or_raise(HIP)
            collation = collate(aid, paths)
            assert len(collation.reviews) == COUNT and not collation.skipped
            render_report(collation)

        def setup() -> None:
            clear_textstat_caches()
            collate_module._diff_cache.clear()

        run()  # loads the syllable dictionary and the templates, as any process does once
        samples = [_timed(run, setup) for _ in range(15)]
        median = statistics.median(samples)
        print(
            f"\ncollate {COUNT} reviews + HTML report: median {median:.3f} s, "
            f"min {min(samples):.3f} s, max {max(samples):.3f} s"
        )

        out = root / "report.html"
        start = time.perf_counter()
        command = ["review", "collate", str(HIP), str(folder), "-o", str(out)]
        subprocess.run(
            [sys.executable, "-m", "sdm_aid", *command],
            check=True,
            capture_output=True,
        )
        whole = time.perf_counter() - start
        size = out.stat().st_size // 1000
        print(
            f"`sdm-aid review collate` of {COUNT} files in a fresh process (Python start, "
            f"imports and the syllable dictionary included): {whole:.2f} s; report {size} KB"
        )
    finally:
        shutil.rmtree(root)
    return [
        Result(f"collate {COUNT} reviews of one aid and render the HTML report", median, "s", 1.0)
    ]


def main() -> int:
    return report("SDM Aid review benchmarks", bench_collate())


if __name__ == "__main__":
    sys.exit(main())
