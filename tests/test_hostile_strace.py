"""Which files do the commands really open? Traced with strace, Qt's own opens included.

Python's audit hooks do not see files Qt opens itself (an ``<img>`` in rich text, an
SVG's ``<image>``), so the commands run under ``strace -f``. The hostile corpus points at
canary files by absolute, percent-encoded, ``../``, symlinked, current-folder and SVG
``<image>`` paths: none may ever be opened (not even tried), and nothing at all is read
from the folder the command runs in (it holds canaries too, such as files named like the
PDF's icon-array placeholders). Every file that is opened
must be under a listed folder: the package and its Python and Qt, system libraries,
fonts and configuration, /proc and /dev, the user's config, cache, data and runtime
folders (temporary ones here), the ``--aids`` folders and the command's own inputs and
outputs. And no internet socket is opened or connected.

strace is a Debian package; ``.ci/run`` installs it. Without it these tests fail (they
are the only check of Qt's opens), saying how to install it.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
import make_hostile
from hostile_runner import isolated_env, run_measured

import sdm_aid

pytestmark = pytest.mark.slow

TESTS = Path(__file__).resolve().parent
RUNNER = TESTS / "hostile_runner.py"
SYSTEM = (
    "/lib/",
    "/lib64/",
    "/usr/lib/",
    "/usr/lib64/",
    "/usr/local/lib/",
    "/usr/share/fonts/",
    "/usr/local/share/fonts/",
    "/usr/share/fontconfig/",
    "/usr/share/X11/",
    "/usr/share/zoneinfo/",
    "/usr/share/icons/",
    "/usr/share/mime/",
    "/usr/share/locale/",
    "/usr/share/glib-2.0/",
    "/usr/share/ca-certificates/",
    "/usr/share/qt6/",
    "/var/cache/fontconfig/",
    "/etc/",
    "/proc/",
    "/dev/",
    "/sys/devices/system/cpu/",
)
# strace -y adds a descriptor's path: AT_FDCWD</cwd>, 3</a/folder>, "= 4</the/file>".
# Paths are C strings with escapes.
OPEN = re.compile(
    r"^(?P<pid>\d+) +(?:open|openat|openat2)\("
    r'(?:(?:AT_FDCWD|\d+)(?:<(?P<dir>[^>]*)>)?, )?"(?P<path>(?:[^"\\]|\\.)*)"'
)
RESULT = re.compile(r"\) += (?P<ret>-?\d+)(?:<(?P<real>[^>]*)>)?")
RESUMED = re.compile(r"^(?P<pid>\d+) +<\.\.\. (?:open|openat|openat2) resumed>")


def strace_or_fail() -> str:
    found = shutil.which("strace")
    if found is None:
        pytest.fail(
            "strace is not installed: these tests trace which files the commands open. "
            "Install it with `apt-get install strace` (.ci/run does this on Debian)."
        )
    return found


def opens(trace: Path, cwd: Path) -> list[tuple[str, str, int]]:
    """Every open in the trace: (path as asked, the file really opened, return value)."""
    result, pending = [], {}
    for line in trace.read_text("utf-8", "backslashreplace").splitlines():
        match = OPEN.match(line)
        if match:
            path = codecs.escape_decode(match["path"].encode())[0].decode("utf-8", "replace")
            if not path.startswith("/"):
                path = os.path.join(match["dir"] or str(cwd), path)
            ret = RESULT.search(line, match.end())
            if ret:
                result.append((path, ret["real"] or "", int(ret["ret"])))
            else:
                pending[match["pid"]] = path
            continue
        resumed = RESUMED.match(line)
        if resumed and resumed["pid"] in pending:
            ret = RESULT.search(line)
            path = pending.pop(resumed["pid"])
            result.append((path, ret["real"] or "" if ret else "", int(ret["ret"]) if ret else -1))
    return result


NETWORK = re.compile(r"^\d+ +(?:socket|connect)\(.*\bAF_INET6?\b")


def network_calls(trace: Path) -> list[str]:
    """Lines of the trace that open or connect an internet socket (there must be none)."""
    text = trace.read_text("utf-8", "backslashreplace")
    return [line for line in text.splitlines() if NETWORK.match(line)]


def allowed_prefixes(env: dict[str, str], named: list[Path]) -> tuple[str, ...]:
    paths = {
        Path(sdm_aid.__file__).resolve().parent.parent,  # the package (and its data)
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sysconfig.get_paths()["stdlib"]),
        Path(sysconfig.get_paths()["purelib"]),
        Path(sys.executable).resolve().parent.parent,
        *(Path(env[k]) for k in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")),
        Path(env["XDG_RUNTIME_DIR"]),
        *named,
    }
    return (*SYSTEM, *(str(p).rstrip("/") + "/" for p in paths))


def under(path: str, folders: tuple[str, ...]) -> bool:
    """Is ``path`` one of ``folders`` (each ending in "/") or inside one?"""
    return path.startswith(folders) or path + "/" in folders


def check_trace(
    trace: Path, cwd: Path, canary: Path, env: dict[str, str], named: list[Path]
) -> list[str]:
    canaries = (f"{canary}/", f"{cwd}/")  # nothing is read from the current folder
    prefixes = allowed_prefixes(env, named)
    problems, seen = [], set()
    for path, opened, ret in opens(trace, cwd):
        normal = os.path.normpath(path)
        real = opened or os.path.realpath(path)
        if any(under(p, canaries) for p in (real, normal)):
            problems.append(f"CANARY {'opened' if ret >= 0 else 'tried'}: {path}")
        elif (
            ret >= 0
            and not (under(normal, prefixes) or under(real, prefixes))
            and normal not in seen
        ):
            seen.add(normal)
            problems.append(f"opened outside the allowed folders: {path} ({real})")
    return problems


def traced(
    corpus: dict[str, Path], name: str, argv: list[str], named: list[Path]
) -> tuple[list[str], str]:
    """Run ``argv`` under strace; what it did wrong, and its output."""
    strace = strace_or_fail()
    root = corpus["root"]
    home = root / "home"
    env = isolated_env(home)
    trace = root / f"{name}.strace"
    calls = "trace=open,openat,openat2,socket,connect"
    command = [strace, "-f", "-qq", "-y", "-s", "4096", "-e", calls]
    measured = run_measured(
        [*command, "-o", str(trace), *argv],
        timeout=120,
        env=env,
        cwd=corpus["cwd"],
        out_dir=root / "out",
    )
    assert trace.exists(), f"strace wrote no trace: {measured.stderr[-2000:]}"
    print(f"{name}: {measured.seconds:.1f} s, {len(opens(trace, corpus['cwd']))} opens")
    problems = check_trace(trace, corpus["cwd"], corpus["canary"], env, named)
    problems += [f"NETWORK: {line}" for line in network_calls(trace)]
    if measured.killed:
        problems.append(f"killed: {measured.killed}")
    return problems, measured.stdout + measured.stderr


def make_corpus(tmp_path: Path) -> dict[str, Path]:
    """The corpus, with the markup aid and sessions for it alone in folders."""
    corpus = make_hostile.materialise(tmp_path)
    trace_aids = tmp_path / "trace-aids"
    trace_aids.mkdir()
    shutil.copy(corpus["aids"] / "markup-everywhere.md", trace_aids / "markup.md")
    session = json.loads((corpus["sessions"] / "markup-everywhere.sdm.json").read_text("utf-8"))
    session["aid_id"] = "h-markup-everywhere"
    sessions = tmp_path / "trace-sessions"
    sessions.mkdir()
    (sessions / "markup.sdm.json").write_text(json.dumps(session), "utf-8")
    shutil.copy(corpus["sessions"] / "markup-everywhere.sdm.json", sessions / "example.sdm.json")
    return {**corpus, "trace_aids": trace_aids, "trace_sessions": sessions}


def batch(corpus: dict[str, Path], calls: list[list[str]]) -> tuple[list[str], list[Path]]:
    """The runner's command line for ``calls`` in one process, and the files it uses."""
    root = corpus["root"]
    (root / "calls.json").write_text(json.dumps(calls), "utf-8")
    argv = [sys.executable, str(RUNNER), "cli", str(root / "calls.json"), str(root / "result")]
    return argv, [TESTS, root / "calls.json", root / "result", root / "out"]


def test_validate_opens_no_canary(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    folders = [corpus["images"], corpus["trace_aids"]]
    sdm_aid_command = str(Path(sys.executable).with_name("sdm-aid"))
    argv = [sdm_aid_command, "validate", *map(str, folders)]
    problems, output = traced(corpus, "validate", argv, named=folders)
    assert "Traceback" not in output, output[-3000:]
    assert not problems, "\n".join(problems)


def test_export_opens_no_canary(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path)
    out, sessions, aids = tmp_path / "exports", corpus["trace_sessions"], corpus["trace_aids"]
    calls = [
        [
            "export",
            str(sessions / s),
            "-o",
            f"{out}/{s}.{fmt}",
            "--force",
            "--aids",
            str(aids),
            "--aids",
            str(corpus["base"]),
        ]
        for s in ("markup.sdm.json", "example.sdm.json")
        for fmt in ("pdf", "html")
    ]
    argv, runner_files = batch(corpus, calls)
    named = [*runner_files, out, sessions, aids, corpus["base"]]
    problems, output = traced(corpus, "export", argv, named)
    assert "Traceback" not in output, output[-3000:]
    assert len(list(out.glob("*.pdf"))) == 2, output[-2000:]
    assert not problems, "\n".join(problems)


def test_screenshot_opens_no_canary(tmp_path: Path) -> None:
    """Every image aid's sections, drawn: the good picture is loaded, no canary is."""
    corpus = make_corpus(tmp_path)
    out, images = tmp_path / "shots", corpus["images"]
    calls = [
        [
            "screenshot",
            "--aid",
            f"image-{name}",
            "--step",
            step,
            "--out",
            f"{out}/{name}-{step}.png",
            "--aids",
            str(images),
        ]
        for name in make_hostile.IMAGE_AIDS
        for step in ("about",)
    ]
    argv, runner_files = batch(corpus, calls)
    problems, output = traced(corpus, "screenshot", argv, [*runner_files, out, images])
    assert "Traceback" not in output, output[-3000:]
    assert (out / "good-about.png").exists(), output[-2000:]
    trace = opens(corpus["root"] / "screenshot.strace", corpus["cwd"])
    good = str(images / "pics" / "good.png")
    assert any(path == good and ret >= 0 for path, _, ret in trace), "the good picture was not read"
    assert not problems, "\n".join(problems)


def test_the_trace_would_see_a_canary_and_a_socket(tmp_path: Path) -> None:
    """The checks above can fail: a process that reads a canary and opens a socket."""
    strace = strace_or_fail()
    canary = tmp_path / "canary"
    canary.mkdir()
    (canary / "canary.txt").write_text("canary")
    trace = tmp_path / "t.strace"
    code = "import socket; open('canary/canary.txt').read(); socket.socket(socket.AF_INET).close()"
    calls = "trace=open,openat,openat2,socket,connect"
    command = [strace, "-f", "-qq", "-y", "-s", "4096", "-e", calls, "-o", str(trace)]
    subprocess.run([*command, sys.executable, "-c", code], cwd=tmp_path, check=True)
    env = {k: str(tmp_path / k) for k in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    problems = check_trace(trace, tmp_path, canary, {**env, "XDG_RUNTIME_DIR": "/x"}, [])
    assert f"CANARY opened: {canary}/canary.txt" in problems
    assert len(network_calls(trace)) == 1
