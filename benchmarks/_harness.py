"""Small timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


def _timed(fn: Callable[[], object], setup: Callable[[], object] | None) -> float:
    """One call of ``fn`` in seconds, after ``setup``, with the garbage collector off."""
    if setup:
        setup()
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def best_of(
    fn: Callable[[], object], repeat: int = 30, setup: Callable[[], object] | None = None
) -> float:
    """Minimum wall time of ``fn`` in seconds, with the garbage collector off while timing."""
    return min(_timed(fn, setup) for _ in range(repeat))


def interleaved(
    fns: dict[str, Callable[[], object]],
    repeat: int = 40,
    setup: Callable[[], object] | None = None,
) -> dict[str, float]:
    """Median wall time of each function, run in turn so that machine noise hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            samples[name].append(_timed(fn, setup))
    return {name: statistics.median(values) for name, values in samples.items()}


@dataclass
class Result:
    name: str
    value: float
    unit: str
    target: float
    better: str = "lower"

    @property
    def ok(self) -> bool:
        return self.value <= self.target if self.better == "lower" else self.value >= self.target

    def row(self) -> str:
        mark = "ok" if self.ok else "MISSED"
        value, target = f"{self.value:.3g} {self.unit}", f"≤ {self.target:g} {self.unit}"
        return f"| {self.name} | {value} | {target} | {mark} |"


def report(title: str, results: list[Result]) -> int:
    print(f"\n{title} (Python {sys.version.split()[0]})\n")
    print("| measure | result | target | |")
    print("|---|---|---|---|")
    for result in results:
        print(result.row())
    return 0 if all(r.ok for r in results) else 1
