"""Run SDM Aid on hostile files, measured: used by tests/test_hostile_*.py.

As a script it runs a batch in one process, so a sweep of a whole class of files costs
one interpreter start (and one QApplication):

* ``python hostile_runner.py cli CALLS.json RESULT.json`` runs ``sdm_aid.cli.main`` on
  each argument list in CALLS.json, each under a 10 s alarm, and records its exit code and
  time. An exception that escapes is printed as a traceback (as a real process would).
* ``python hostile_runner.py library RESULT.json FOLDER...`` opens the app's main window
  with those folders of aids added, waits for the library worker, and records what the
  library page lists.

From Python, :func:`run_measured` starts a process and measures its time and peak memory
(``wait4``), killing it if it runs too long or grows past a safety limit. The limit only
protects the machine; the tests compare the measured peak with their own, lower limit.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

CALL_SECONDS = 10
SAFETY_RSS_KB = 1_500_000  # kill a run above 1.5 GB; the tests allow 500 MB


@dataclass
class Measured:
    returncode: int | None  # None: killed by us
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str
    killed: str = ""  # why we killed it, if we did


def isolated_env(home: Path) -> dict[str, str]:
    """The environment for a command run on the corpus: offscreen Qt, and the user's
    folders (data, cache, config, runtime) all under ``home``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    (home / "runtime").mkdir(parents=True, mode=0o700, exist_ok=True)
    return env


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_measured(
    argv: list[str], *, timeout: float, env: dict[str, str], cwd: Path, out_dir: Path
) -> Measured:
    """Run ``argv``; its stdout and stderr go to files in ``out_dir`` (no pipe to fill)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n = len(list(out_dir.glob("*.stdout")))
    out_path, err_path = out_dir / f"{n}.stdout", out_dir / f"{n}.stderr"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd
        )
        killed = ""
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            elapsed = time.monotonic() - start
            if elapsed > timeout:
                killed = f"still running after {timeout:.0f} s"
            elif _rss_kb(proc.pid) > SAFETY_RSS_KB:
                killed = f"over {SAFETY_RSS_KB // 1000} MB resident"
            if killed:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    return Measured(
        None if killed else proc.returncode,
        seconds,
        usage.ru_maxrss / 1024,
        out_path.read_text("utf-8", "backslashreplace"),
        err_path.read_text("utf-8", "backslashreplace"),
        killed,
    )


# -- in the child ------------------------------------------------------------------------------
class CallTimeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise CallTimeout(f"the call took over {CALL_SECONDS} s")


def _delete_windows() -> None:
    """Delete the windows a call left for deletion (a real process would have ended)."""
    if "PySide6.QtCore" not in sys.modules:
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def run_cli_batch(calls: list[list[str]]) -> list[dict[str, object]]:
    from sdm_aid.cli import main

    signal.signal(signal.SIGALRM, _alarm)
    results: list[dict[str, object]] = []
    for argv in calls:
        marker = f"=== sdm-aid {' '.join(argv)}"
        print(marker, flush=True)
        print(marker, file=sys.stderr, flush=True)
        start = time.monotonic()
        error = ""
        code: int | None = None
        signal.alarm(CALL_SECONDS)
        try:
            code = main(argv)
        except CallTimeout as exc:
            error = str(exc)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException as exc:  # print it as an uncaught one would be
            traceback.print_exc()
            error = f"{type(exc).__name__}: {exc}"
        finally:
            signal.alarm(0)
        sys.stdout.flush()
        sys.stderr.flush()
        _delete_windows()
        results.append(
            {"argv": argv, "code": code, "seconds": time.monotonic() - start, "error": error}
        )
    return results


def run_library(folders: list[Path]) -> dict[str, object]:
    """Open the main window on ``folders`` and wait until the library worker is done."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sdm_aid.ui.app import make_app
    from sdm_aid.ui.main_window import MainWindow
    from sdm_aid.ui.support.workers import wait_for_workers

    app = make_app()
    window = MainWindow(folders, use_threads=True)
    window.show()
    page = window.library_page
    start = time.monotonic()
    loading = window.statusBar().currentMessage()
    while not page.model.entries and time.monotonic() - start < CALL_SECONDS:
        app.processEvents()
        message = window.statusBar().currentMessage()
        if message and message != loading:  # an error instead of a list
            break
        time.sleep(0.01)
    seconds = time.monotonic() - start
    wait_for_workers()
    for _ in range(20):
        app.processEvents()
    entries = page.model.entries
    result = {
        "seconds": seconds,
        "ids": sorted({e.id for e in entries if e is not None and not e.broken}),
        "broken": sorted(str(e.path) for e in entries if e is not None and e.broken),
        "paths": sorted(str(e.path) for e in entries if e is not None),
        "sessions": page.sessions_model.rowCount(),
        "status": window.statusBar().currentMessage(),
    }
    window.autosaver.session = None
    window.hide()
    return result


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "cli":
        calls = json.loads(Path(argv[1]).read_text("utf-8"))
        Path(argv[2]).write_text(json.dumps(run_cli_batch(calls)), "utf-8")
    elif mode == "library":
        result = run_library([Path(p) for p in argv[2:]])
        Path(argv[1]).write_text(json.dumps(result), "utf-8")
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
