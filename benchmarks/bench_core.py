"""Benchmarks for the Qt-free core: library indexing, parsing and validation.

Run: ``python benchmarks/bench_core.py``. Ratios compare against Python-Markdown alone
converting the same text, measured in the same run. Exit 1 when a target is missed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import markdown

from _harness import Result, best_of, interleaved, report
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.parser import parse_aid
from sdm_aid.core.render import EXTENSIONS
from sdm_aid.core.validation import ValidationConfig, check_text
from sdm_aid.paths import bundled_aids_dir

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "tests" / "fixtures" / "example-aid.md"


def make_library(folder: Path, count: int) -> None:
    """A library of ``count`` distinct aids, made from the bundled ones and the example."""
    templates = [p.read_text(encoding="utf-8") for p in sorted(bundled_aids_dir().glob("*.md"))]
    templates.append(EXAMPLE.read_text(encoding="utf-8"))
    for n in range(count):
        text = templates[n % len(templates)]
        old_id = text.split("\nid: ", 1)[1].split("\n", 1)[0]
        text = text.replace(f"\nid: {old_id}\n", f"\nid: {old_id}-{n}\n", 1)
        sub = folder / f"group-{n % 20}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"aid-{n}.md").write_text(text, encoding="utf-8")


def clear_textstat_caches() -> None:
    """textstat memoises results by text; clear those so every validation does real work.

    The per-language caches (syllable dictionary, hyphenator, easy words) are kept: a
    process loads them once, and the first validation pays for that (see README).
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend") and "utils" not in name:
            for obj in vars(module).values():
                wrapped = getattr(obj, "__wrapped__", None)
                if wrapped is not None and "utils" not in wrapped.__module__:
                    obj.cache_clear()


def bench_index(count: int = 1000) -> list[Result]:
    root = Path(tempfile.mkdtemp(prefix="sdm-bench-"))
    try:
        make_library(root / "aids", count)
        cache = root / "cache"

        def cold() -> None:
            shutil.rmtree(cache, ignore_errors=True)
            entries = AidLibrary([(root / "aids", "folder")], cache).scan()
            assert len(entries) == count

        cold_time = best_of(cold, repeat=5)
        cold()

        def warm() -> None:  # a new library object, as after restarting the app
            entries = AidLibrary([(root / "aids", "folder")], cache).scan()
            assert len(entries) == count and not any(e.broken for e in entries)

        warm_time = best_of(warm, repeat=10)
    finally:
        shutil.rmtree(root)
    return [
        Result(f"index {count} aids (no cache)", cold_time, "s", 1.0),
        Result(f"re-index {count} unchanged aids (from cache)", warm_time, "s", 0.3),
    ]


def bench_parse() -> list[Result]:
    largest = max(bundled_aids_dir().glob("*.md"), key=lambda p: p.stat().st_size)
    text = largest.read_text(encoding="utf-8")
    md = markdown.Markdown(extensions=list(EXTENSIONS))

    def markdown_alone() -> None:
        md.reset()
        md.convert(text)

    config = ValidationConfig()
    check_text(text, config=config)  # load the syllable dictionary once, as any process does
    times = interleaved(
        {
            "markdown": markdown_alone,
            "parse": lambda: parse_aid(text),
            "validate": lambda: check_text(text, config=config),
        },
        repeat=40,
        setup=clear_textstat_caches,
    )
    size = len(text.encode("utf-8")) // 1000
    print(
        f"\n{largest.name} ({size} KB): Markdown alone {times['markdown'] * 1000:.1f} ms, "
        f"parse {times['parse'] * 1000:.1f} ms, validate {times['validate'] * 1000:.1f} ms"
    )
    return [
        Result(
            f"parse a {size} KB aid, × Markdown alone", times["parse"] / times["markdown"], "×", 1.5
        ),
        Result(
            f"validate a {size} KB aid (readability included), × Markdown alone",
            times["validate"] / times["markdown"],
            "×",
            3.0,
        ),
    ]


def bench_validate_startup() -> list[Result]:
    """`sdm-aid validate` must start without importing Qt."""
    code = (
        "import sys; from sdm_aid.cli import main; main(['validate', '--no-readability', "
        f"{str(EXAMPLE)!r}]); print(sum(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return [Result("Qt modules imported by `sdm-aid validate`", float(out.split()[-1]), "", 0)]


def main() -> int:
    results = bench_index() + bench_parse() + bench_validate_startup()
    return report("SDM Aid core benchmarks", results)


if __name__ == "__main__":
    sys.exit(main())
