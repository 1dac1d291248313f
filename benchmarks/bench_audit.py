"""Benchmark for the service audit: 1,000 varied sessions over the bundled aids.

Run: ``python benchmarks/bench_audit.py``. Each timed run is the whole of what
``sdm-aid audit`` does after start-up: index the library, read and count every session
file, parse the aids the sessions use, and render the report (HTML or CSV). The median of
several runs is reported. Exit 1 when a target is missed.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import Result, report
from sdm_aid.core.audit import audit_folder, library_lookup, render_csv, render_html
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.model import Aid
from sdm_aid.core.session import (
    COLLABORATE_ITEMS,
    MORE_TIME,
    NOT_DECIDED,
    SURE_ITEMS,
    new_session,
    save_session,
)

COUNT = 1000
TARGET_S = 2.0


def bundled_aids() -> list[Aid]:
    library = AidLibrary.default(include_user=False, cache=False)
    library.scan()
    aids = [library.load(e).aid for e in library.entries if not e.broken]
    return [a for a in aids if a is not None]


def make_sessions(folder: Path, count: int = COUNT, seed: int = 5) -> None:
    """``count`` sessions with a spread of answers, some unfinished, one in 50 damaged."""
    rng = random.Random(seed)
    aids = bundled_aids()
    for n in range(count):
        path = folder / f"{n:04d}.sdm.json"
        if n % 50 == 49:
            path.write_text('{"schema": "sdm-aid/session", "schema_version": 1', encoding="utf-8")
            continue
        aid = rng.choice(aids)
        s = new_session(aid, rng.choice(("consultation", "home")), f"Patient {n}", "Dr Test")
        if n % 20 == 7:
            s.aid_version = "0.1.0"  # made with an older version: quiz left out
        s.ratings = {p.id: rng.randint(0, 10) for p in aid.preferences if rng.random() < 0.8}
        s.other_matters = "Some words of my own. " * rng.randint(0, 5)
        if rng.random() < 0.85:
            s.quiz_answers = {
                str(i): rng.randrange(len(q.choices))
                for i, q in enumerate(aid.quiz)
                if rng.random() < 0.9
            }
        if rng.random() < 0.8:
            s.sure = {item: rng.random() < 0.75 for item in SURE_ITEMS}
        pick = rng.choice((None, NOT_DECIDED, MORE_TIME, *aid.option_ids))
        if pick in (NOT_DECIDED, MORE_TIME):
            s.decision.not_yet(rng.sample(aid.option_ids, rng.randint(0, 1)), pick == MORE_TIME)
        elif pick is not None:
            s.decision.decide([pick, *rng.sample(aid.option_ids, rng.randint(0, 1))])
        s.decision.own_questions = ["A question of my own?"] * rng.randint(0, 3)
        if rng.random() < 0.6:
            s.collaborate = {item: rng.choice((2, 3, 4, 4, 4)) for item in COLLABORATE_ITEMS}
        save_session(s, path)


def bench_audit(repeat: int = 7) -> list[Result]:
    root = Path(tempfile.mkdtemp(prefix="sdm-bench-audit-"))
    try:
        sessions = root / "sessions"
        sessions.mkdir()
        make_sessions(sessions)
        results = []
        for name, render in (("HTML", render_html), ("CSV", render_csv)):
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                lookup = library_lookup(AidLibrary.default(include_user=False, cache=False))
                audit = audit_folder(sessions, lookup)
                text = render(audit)
                times.append(time.perf_counter() - start)
            assert audit.sessions == COUNT - COUNT // 50 and len(text) > 1000
            median = statistics.median(times)
            print(
                f"{name}: median {median:.3f} s, fastest {min(times):.3f} s "
                f"over {repeat} runs ({audit.sessions} sessions, "
                f"{sum(audit.skipped.values())} skipped, {audit.quiz_left_out} quiz left out)"
            )
            results.append(Result(f"audit {COUNT:,} sessions to {name}", median, "s", TARGET_S))
        results += bench_command(root, sessions)
    finally:
        shutil.rmtree(root)
    return results


def bench_command(root: Path, sessions: Path, repeat: int = 5) -> list[Result]:
    """``sdm-aid audit`` as a person runs it: a fresh process, start-up included."""
    env = {**os.environ, **{f"XDG_{d}_HOME": str(root / d.lower()) for d in ("DATA", "CACHE")}}
    results = []
    for suffix in ("html", "csv"):
        out = root / f"report.{suffix}"
        command = [sys.executable, "-m", "sdm_aid", "audit", str(sessions), "--out", str(out)]
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([*command, "--force"], env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"`sdm-aid audit --out report.{suffix}` (fresh process): median {median:.3f} s")
        results.append(
            Result(
                f"`sdm-aid audit` of {COUNT:,} sessions to {suffix.upper()}, whole command",
                median,
                "s",
                TARGET_S,
            )
        )
    return results


def main() -> int:
    return report("SDM Aid service audit benchmark", bench_audit())


if __name__ == "__main__":
    sys.exit(main())
