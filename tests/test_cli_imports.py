"""Each command loads only what it needs (issue 16): a command that has no window never
loads Qt, one that writes no summary never loads jinja2, and FHIR code loads only for FHIR.

Each command runs in a fresh process, which then lists the modules it loaded."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from support import EXAMPLE, FIXTURES

SESSION = FIXTURES / "sessions" / "knee-decided.sdm.json"
HIP = Path(__file__).resolve().parents[1] / "decision_aids" / "hip-osteoarthritis.md"

# PySide's ``Qt`` namespace (93 Python enums, about 11 ms) is built the first time it is
# used, and only then appears in the module's dictionary: listed here as "PySide6.QtCore.Qt".
QT_NAMESPACE = "PySide6.QtCore.Qt"
RUN = (
    "import json, sys\n"
    "from sdm_aid.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "names = sorted(sys.modules)\n"
    "core = sys.modules.get('PySide6.QtCore')\n"
    f"names += ['{QT_NAMESPACE}'] if core is not None and 'Qt' in vars(core) else []\n"
    "print('\\nMODULES ' + json.dumps(names))\n"
)


def _loaded(args: list[str], tmp_path: Path) -> set[str]:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return {m.split(".")[0] for m in json.loads(line[len("MODULES ") :])} | {
        m
        for m in json.loads(line[len("MODULES ") :])
        if m.startswith("sdm_aid.") or m == QT_NAMESPACE
    }


def _review(tmp_path: Path) -> Path:
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.review import new_review, review_sections, save_review

    aid = load_aid_or_raise(HIP)
    review = new_review(aid, "A reviewer", "patient", review_sections(aid))
    path = tmp_path / "one.review.json"
    save_review(review, path)
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (["validate", str(EXAMPLE)], {"PySide6", "jinja2", "sdm_aid.core.fhir"}),
        (["list"], {"PySide6", "jinja2", "sdm_aid.core.fhir", "markdown"}),
        (["export", str(SESSION), "-o", "{out}.html"], {"PySide6", "sdm_aid.core.fhir"}),
        (["export", str(SESSION), "-o", "{out}.md"], {"PySide6", "sdm_aid.core.fhir"}),
        (["export", str(SESSION), "-o", "{out}.txt"], {"PySide6", "sdm_aid.core.fhir"}),
        (["export", str(SESSION), "-o", "{out}.json"], {"PySide6", "sdm_aid.core.fhir"}),
        (["export", str(SESSION), "-o", "{out}.fhir.json"], {"PySide6"}),
        (["review", "collate", str(HIP), "{review}", "-o", "{out}.html"], {"PySide6"}),
        (["review", "collate", str(HIP), "{review}", "-o", "{out}.md"], {"PySide6"}),
    ],
)
def test_commands_load_only_what_they_need(
    args: list[str], absent: set[str], tmp_path: Path
) -> None:
    review = _review(tmp_path) if "{review}" in args else None
    out = str(tmp_path / "out")
    args = [a.replace("{out}", out).replace("{review}", str(review)) for a in args]
    loaded = _loaded(args, tmp_path)
    # The command really did its work in that process.
    if args[0] == "validate":
        assert "sdm_aid.core.validation" in loaded
    elif args[0] == "list":
        assert "sdm_aid.core.library" in loaded
    else:
        assert Path(args[args.index("-o") + 1]).stat().st_size > 0
    assert not (absent & loaded), f"{args[0]} loaded {sorted(absent & loaded)}"


def test_the_fhir_export_does_load_fhir(tmp_path: Path) -> None:
    """The check above can fail: the FHIR export itself loads the FHIR code."""
    loaded = _loaded(["export", str(SESSION), "-o", str(tmp_path / "x.fhir.json")], tmp_path)
    assert "sdm_aid.core.fhir" in loaded


@pytest.mark.slow
def test_a_pdf_export_of_a_kept_aid_loads_no_parser_and_no_babel(tmp_path: Path) -> None:
    """The second export of the same aid reads its kept parse (core/parse_cache.py) and
    the date words from the shipped table (core/long_dates.py)."""
    first = _loaded(["export", str(SESSION), "-o", str(tmp_path / "a.pdf")], tmp_path)
    assert {"markdown", "sdm_aid.core.parser"} <= first  # the first run parses the aid
    loaded = _loaded(["export", str(SESSION), "-o", str(tmp_path / "b.pdf")], tmp_path)
    assert "PySide6" in loaded and (tmp_path / "b.pdf").stat().st_size > 0
    never = {"markdown", "yaml", "nh3", "babel", "pygments", "sdm_aid.core.parser"}
    assert not never & loaded, sorted(never & loaded)
    # Nor PySide's Qt namespace: pens, brushes and header text are made without it
    # (sdm_aid/drawing/figures.py); the record copy too.
    assert QT_NAMESPACE not in first | loaded
    record = ["export", str(SESSION), "-o", str(tmp_path / "r.pdf"), "--variant", "record"]
    assert QT_NAMESPACE not in _loaded(record, tmp_path)


def test_the_qt_namespace_check_can_fail(tmp_path: Path) -> None:
    """A window does use the Qt namespace, and the check above sees it."""
    args = ["screenshot", "--aid", "knee-osteoarthritis", "--step", "about"]
    loaded = _loaded([*args, "--out", str(tmp_path / "about.png")], tmp_path)
    assert QT_NAMESPACE in loaded


@pytest.mark.slow
def test_a_screenshot_of_one_step_loads_that_step_only(tmp_path: Path) -> None:
    args = ["screenshot", "--aid", "knee-osteoarthritis", "--step", "about"]
    loaded = _loaded([*args, "--out", str(tmp_path / "about.png")], tmp_path)
    assert (tmp_path / "about.png").stat().st_size > 0
    assert "sdm_aid.ui.steps.about" in loaded
    others = {
        f"sdm_aid.ui.steps.{name}"
        for name in (
            "options",
            "compare",
            "outcomes",
            "preferences",
            "quiz",
            "sure",
            "decision",
            "summary",
            "short_route",
        )
    }
    assert not others & loaded, sorted(others & loaded)
