"""Every hostile file through every command: a finding or a message, never a traceback.

The corpus is tests/fixtures/hostile/ (``make_hostile.py``), copied to a temporary folder
with its FIFOs, device links and canaries. Each command runs once per kind of file, in one
process (tests/hostile_runner.py), so the sweep stays quick. For every process: no
traceback on stderr, at most 500 MB resident at its peak (measured with ``wait4``, not
enforced: an address-space limit would kill Qt) and each call done within 10 s.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
import make_hostile
from hostile_runner import CALL_SECONDS, Measured, isolated_env, run_measured

pytestmark = pytest.mark.slow

RUNNER = Path(__file__).resolve().parent / "hostile_runner.py"
PEAK_MB = 500
BUNDLED = ("knee-osteoarthritis", "carpal-tunnel-syndrome", "low-back-pain-sciatica")
ACCEPTED_AIDS = {"crlf-accepted.md", "bom-accepted.md", "link-in-folder.md"}
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x9b]")  # raw terminal control codes
VALID_ALLOWLISTS = {"error-allowed", "markup-and-escapes"}  # read; the aid's findings follow
MARKUP_STEPS = ("outcomes", "preferences", "quiz", "decision", "summary")
FORMATS = ("pdf", "html", "md", "txt", "json", "fhir")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_hostile.materialise(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def env(corpus: dict[str, Path]) -> dict[str, str]:
    return isolated_env(corpus["root"] / "home")


def files(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(p for p in folder.glob(pattern) if not p.name.startswith("."))


def calls_of(output: str) -> list[str]:
    """The output of a batch, cut at the runner's "=== sdm-aid …" markers."""
    return re.split(r"^=== sdm-aid .*$", output, flags=re.M)[1:]


class Batch:
    def __init__(self, measured: Measured, results: list[dict]):
        self.measured, self.results = measured, results
        self.out = calls_of(measured.stdout)
        self.err = calls_of(measured.stderr)

    def problems(self) -> list[str]:
        """What broke the rules every command keeps, one line each."""
        m = self.measured
        found = []
        if m.killed:
            found.append(f"process killed: {m.killed}")
        if "Traceback" in m.stderr:
            count = m.stderr.count("Traceback")
            found.append(f"{count} traceback(s) on stderr (each call with one is listed below)")
        if m.peak_rss_mb > PEAK_MB:
            found.append(f"peak RSS {m.peak_rss_mb:.0f} MB > {PEAK_MB} MB")
        for r in self.results:
            if r["error"]:
                found.append(f"{' '.join(r['argv'])}: {r['error']}")
            elif r["seconds"] > CALL_SECONDS:
                found.append(f"{' '.join(r['argv'])}: took {r['seconds']:.1f} s")
        if not m.killed and len(self.results) < len(self.out):
            found.append("the batch stopped early")
        return found

    def says_something(self, i: int) -> bool:
        return bool(self.out[i].strip() or self.err[i].strip())


def batch(corpus: dict[str, Path], env: dict[str, str], name: str, calls: list[list[str]]) -> Batch:
    work = corpus["root"] / "batches" / name
    work.mkdir(parents=True, exist_ok=True)
    calls_file, result_file = work / "calls.json", work / "result.json"
    calls_file.write_text(json.dumps(calls), "utf-8")
    measured = run_measured(
        [sys.executable, str(RUNNER), "cli", str(calls_file), str(result_file)],
        timeout=CALL_SECONDS * len(calls) + 30,
        env=env,
        cwd=corpus["cwd"],
        out_dir=work,
    )
    results = json.loads(result_file.read_text("utf-8")) if result_file.exists() else []
    print(f"{name}: {len(calls)} call(s), {measured.seconds:.1f} s, {measured.peak_rss_mb:.0f} MB")
    return Batch(measured, results)


def check(b: Batch, extra: list[str] | None = None) -> None:
    problems = b.problems() + (extra or [])
    assert not problems, "\n".join(problems)


def readable_by_others(folder: Path) -> list[str]:
    """Files under ``folder`` that anyone but their owner could read (there must be none)."""
    found = [p for p in folder.rglob("*") if p.is_file() and p.stat().st_mode & 0o077]
    return [f"{p.name} is readable by others: {p.stat().st_mode & 0o777:o}" for p in found]


def silent_calls(b: Batch) -> list[str]:
    return [
        f"{' '.join(r['argv'])}: no finding and no message"
        for i, r in enumerate(b.results)
        if i < len(b.out) and not b.says_something(i)
    ]


def test_the_committed_corpus_is_what_make_hostile_makes(tmp_path: Path) -> None:
    """Run ``python tests/fixtures/make_hostile.py`` after changing the example aid."""
    make_hostile.main(tmp_path / "hostile")
    made = {p.relative_to(tmp_path / "hostile"): p.read_bytes() for p in files_under(tmp_path)}
    committed = {
        p.relative_to(make_hostile.OUT): p.read_bytes() for p in files_under(make_hostile.OUT)
    }
    assert made.keys() == committed.keys()
    assert [name for name in made if made[name] != committed[name]] == []


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


# -- aid files ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["aids", "images"])
def test_validate_every_aid(corpus: dict[str, Path], env: dict[str, str], kind: str) -> None:
    folder = corpus[kind]
    paths = [p for p in files(folder) if not p.is_dir() and (p.suffix == ".md" or not p.is_file())]
    calls = [["validate", "--format", "json", str(p)] for p in paths]
    calls.append(["validate", str(folder)])
    b = batch(corpus, env, f"validate-{kind}", calls)
    extra = silent_calls(b)
    for i, path in enumerate(paths):
        if i < len(b.out) and path.name not in (b.out[i] + b.err[i]):
            extra.append(f"validate {path.name}: no finding or message names the file")
        if i >= len(b.out) or path.name not in ACCEPTED_AIDS:
            continue
        try:
            report = json.loads(b.out[i])
        except ValueError:
            extra.append(f"{path.name}: no JSON report")
            continue
        errors = [f for f in report["findings"] if f.get("severity") == "error"]
        if errors:
            extra.append(f"{path.name} should be accepted: {errors[0]['message']}")
    if kind == "images":
        good = next(i for i, p in enumerate(paths) if p.name == "image-good.md")
        report = json.loads(b.out[good]) if good < len(b.out) else {"findings": [{}]}
        errors = [f for f in report["findings"] if f.get("severity") == "error"]
        if errors:
            extra.append(f"image-good.md should be accepted: {errors}")
    check(b, extra)


def test_validate_every_allowlist(corpus: dict[str, Path], env: dict[str, str]) -> None:
    folders = files(corpus["allowlists"])
    calls = [["validate", "--no-readability", str(f)] for f in folders]
    calls += [["list", "--aids", str(f)] for f in folders]
    b = batch(corpus, env, "validate-allowlists", calls)
    extra = silent_calls(b)
    for i, folder in enumerate(folders):
        if i < len(b.err) and folder.name not in VALID_ALLOWLISTS and not b.err[i].strip():
            extra.append(f"allow-list {folder.name}: validate says nothing about it")
        if i < len(b.out) and CONTROL.search(b.out[i] + b.err[i]):
            extra.append(f"allow-list {folder.name}: raw control characters printed")
    check(b, extra)


def test_list_with_every_aid(corpus: dict[str, Path], env: dict[str, str]) -> None:
    calls = [
        ["list", "--aids", str(corpus["aids"]), "--aids", str(corpus["images"])],
        [
            "list",
            "--format",
            "json",
            "--aids",
            str(corpus["aids"]),
            "--aids",
            str(corpus["images"]),
        ],
    ]
    b = batch(corpus, env, "list", calls)
    extra = []
    if len(b.out) == 2:
        text, listing = b.out[0], b.out[1]
        if CONTROL.search(text + b.err[0]):
            extra.append("list printed raw control characters: " + repr(CONTROL.findall(text)))
        for aid_id in (*BUNDLED, "h-crlf-accepted", "image-good"):
            if aid_id not in text:
                extra.append(f"list left out {aid_id}")
        try:
            entries = json.loads(listing)
        except ValueError:
            extra.append("list --format json printed no JSON")
        else:
            named = {Path(e["path"]).name for e in entries}
            for path in files(corpus["aids"], "*.md"):
                if path.name not in named and not path.is_dir():
                    extra.append(f"list does not mention {path.name}")
    check(b, extra)


def _aid_ids(folder: Path) -> list[str]:
    ids = []
    for path in files(folder, "*.md"):
        if path.is_file() and not path.is_symlink() and path.stat().st_size < 1_000_000:
            found = re.search(rb"^id: (h-[\w.-]+|image-[\w-]+)\r?$", path.read_bytes(), re.M)
            if found:
                ids.append(found.group(1).decode())
    return ids


@pytest.mark.parametrize("kind", ["aids", "images"])
def test_screenshot_every_aid(corpus: dict[str, Path], env: dict[str, str], kind: str) -> None:
    folder, out = corpus[kind], corpus["root"] / "shots" / kind
    steps = ("about", "options") if kind == "images" else ("about",)
    calls = [
        [
            "screenshot",
            "--aid",
            aid,
            "--step",
            step,
            "--out",
            str(out / f"{aid}-{step}.png"),
            "--aids",
            str(folder),
        ]
        for aid in _aid_ids(folder)
        for step in steps
    ]
    for step in MARKUP_STEPS:
        calls.append(
            [
                "screenshot",
                "--aid",
                "h-markup-everywhere",
                "--step",
                step,
                "--out",
                str(out / f"markup-{step}.png"),
                "--aids",
                str(folder),
            ]
        )
    sessions = Path(env["XDG_DATA_HOME"]) / "sdm-aid" / "sessions"
    before = set(sessions.glob("*")) if sessions.is_dir() else set()
    b = batch(corpus, env, f"screenshot-{kind}", calls)
    extra = silent_calls(b)
    wanted = (
        ("image-good-about", "image-good-options")
        if kind == "images"
        else ("h-crlf-accepted-about",)
    )
    if kind == "aids":  # markup in every field, but a usable aid: every step is drawn
        wanted += tuple(f"markup-{step}" for step in MARKUP_STEPS)
    for good in wanted:
        if not (out / f"{good}.png").exists():
            extra.append(f"no screenshot {good}.png of a usable aid")
    left = sorted(p.name for p in set(sessions.glob("*")) - before) if sessions.is_dir() else []
    if left:
        extra.append(f"screenshots left sessions behind: {left}")
    check(b, extra)


# -- sessions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_every_session(corpus: dict[str, Path], env: dict[str, str], fmt: str) -> None:
    out = corpus["root"] / "exports" / fmt
    sessions = files(corpus["sessions"])
    calls = [
        [
            "export",
            str(s),
            "-o",
            str(out / f"{s.name}.{fmt}"),
            "--format",
            fmt,
            "--force",
            "--aids",
            str(corpus["base"]),
            "--aids",
            str(corpus["aids"]),
        ]
        for s in sessions
    ]
    b = batch(corpus, env, f"export-{fmt}", calls)
    extra = silent_calls(b)
    for i, s in enumerate(sessions):
        if i < len(b.err) and CONTROL.search(b.err[i]):
            extra.append(f"export {s.name}: raw control characters in its messages")
    written = {p.name.removesuffix(f".{fmt}") for p in out.glob(f"*.{fmt}")} if out.exists() else ()
    extra += readable_by_others(out) if out.exists() else []
    for must in ("lone-surrogate.sdm.json", "markup-everywhere.sdm.json", "crlf.sdm.json"):
        if must not in written:
            extra.append(f"export of {must} to {fmt} wrote nothing")
    check(b, extra)


def test_audit_every_session(corpus: dict[str, Path], env: dict[str, str]) -> None:
    out = corpus["root"] / "audit"
    calls = [
        [
            "audit",
            str(corpus["sessions"]),
            "--out",
            str(out / f"report.{fmt}"),
            "--force",
            "--aids",
            str(corpus["base"]),
            "--aids",
            str(corpus["aids"]),
        ]
        for fmt in ("html", "csv")
    ]
    b = batch(corpus, env, "audit", calls)
    extra = silent_calls(b)
    for fmt in ("html", "csv"):
        if not (out / f"report.{fmt}").exists():
            extra.append(f"no {fmt} audit report")
        else:
            extra += readable_by_others(out)
    check(b, extra)


def test_library_with_every_file(corpus: dict[str, Path], env: dict[str, str]) -> None:
    """The app's library page lists the good aids and sessions whatever else is there."""
    sessions = Path(env["XDG_DATA_HOME"]) / "sdm-aid" / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    for path in files(corpus["sessions"]):
        target = sessions / path.name
        if path.is_symlink():
            target.symlink_to(os.readlink(path))
        elif not path.is_file():
            os.mkfifo(target)
        else:
            target.write_bytes(path.read_bytes())
    good = Path(__file__).parent / "fixtures" / "sessions" / "example-undecided.sdm.json"
    (sessions / "good.sdm.json").write_bytes(good.read_bytes())
    folders = [corpus["aids"], corpus["images"], corpus["base"], *files(corpus["allowlists"])]
    work = corpus["root"] / "batches" / "library"
    result_file = work / "result.json"
    work.mkdir(parents=True, exist_ok=True)
    measured = run_measured(
        [sys.executable, str(RUNNER), "library", str(result_file), *map(str, folders)],
        timeout=CALL_SECONDS + 20,
        env=env,
        cwd=corpus["cwd"],
        out_dir=work,
    )
    b = Batch(measured, [])
    extra = []
    if not result_file.exists():
        extra.append("the library runner wrote no result: " + measured.stderr[-2000:])
    else:
        result = json.loads(result_file.read_text("utf-8"))
        print(result["seconds"], len(result["ids"]), len(result["broken"]), result["status"])
        if result["seconds"] > CALL_SECONDS:
            extra.append(f"the library took {result['seconds']:.1f} s")
        for aid_id in (*BUNDLED, "example-aid", "h-crlf-accepted", "image-good"):
            if aid_id not in result["ids"]:
                extra.append(f"the library does not list {aid_id} (status: {result['status']!r})")
        listed = {Path(p).name for p in result["paths"]}
        for path in files(corpus["aids"], "*.md"):
            if path.name not in listed and not path.is_dir():
                extra.append(f"the library page does not show {path.name}")
        if result["sessions"] < 1:
            extra.append("the library lists no unfinished session")
        left = [
            p.name
            for p in sessions.glob("*.sdm.json")
            if p.name not in ("good.sdm.json",) and not p.is_symlink() and p.is_file()
        ]
        print("session files not moved aside:", left)
        for bad in ("json-infinity.sdm.json", "json-1e400.sdm.json", "json-depth-bomb.sdm.json"):
            if (sessions / bad).exists():
                extra.append(f"{bad} was not moved aside as .corrupt")
    check(b, extra)


# -- reviews and responses -----------------------------------------------------------------------
def test_collate_every_review(corpus: dict[str, Path], env: dict[str, str]) -> None:
    aid, out = corpus["base"] / "example-aid.md", corpus["root"] / "collate"
    reviews = files(corpus["reviews"])
    calls = [
        ["review", "collate", str(aid), str(r), "-o", str(out / f"{r.name}.html"), "--force"]
        for r in reviews
    ]
    for fmt in ("html", "md", "pdf"):
        calls.append(
            [
                "review",
                "collate",
                str(aid),
                *map(str, reviews),
                "-o",
                str(out / f"all.{fmt}"),
                "--force",
                "--you-said-we-did",
            ]
        )
    b = batch(corpus, env, "collate", calls)
    extra = silent_calls(b)
    for fmt in ("html", "md", "pdf"):
        if not (out / f"all.{fmt}").exists():
            extra.append(f"one bad review stopped the whole collation ({fmt})")
    extra += readable_by_others(out) if out.exists() else []
    if len(b.out) == len(calls) and "1 review(s) collated" not in b.out[-1]:
        extra.append("the good review was not collated with the others: " + b.out[-1][:300])
    check(b, extra)


def test_collate_and_respond_with_every_responses_file(
    corpus: dict[str, Path], env: dict[str, str]
) -> None:
    review = corpus["reviews"] / "good.review.json"
    folders = files(corpus["responses"])
    calls = []
    for folder in folders:
        aid = folder / "example-aid.md"
        calls.append(
            [
                "review",
                "collate",
                str(aid),
                str(review),
                "--you-said-we-did",
                "--force",
                "-o",
                str(folder / "report.html"),
            ]
        )
        calls.append(["review", "respond", str(aid), "c" * 32, "discuss", "--reply", "ok"])
    b = batch(corpus, env, "responses", calls)
    extra = silent_calls(b)
    for i in range(len(b.err)):
        if CONTROL.search(b.out[i] + b.err[i]):
            extra.append(f"{' '.join(calls[i][:3])}: raw control characters printed")
    check(b, extra)
