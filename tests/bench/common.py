"""What every benchmark shares: the Figure record, statistics, timing and child processes."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench.bigshop import CACHE, ROOT

WORK = CACHE / "work"


@dataclass(frozen=True)
class Figure:
    """One line of the table: a measured value beside its floor, measured in the same run.

    ``ratio`` is value / floor. ``check`` decides ``passed`` from (value, floor, ratio); None when the
    figure has no budget and is there to show how costs grow.
    """

    name: str
    value: float
    floor: float | None
    unit: str
    budget: str = ""
    check: Callable[[float, float | None, float | None], bool] | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor == 0:
            return None
        return self.value / self.floor

    @property
    def passed(self) -> bool | None:
        return None if self.check is None else bool(self.check(self.value, self.floor, self.ratio))

    def as_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": round(self.value, 4),
            "floor": None if self.floor is None else round(self.floor, 4),
            "unit": self.unit,
            "ratio": None if ratio is None else round(ratio, 3),
            "budget": self.budget,
            "pass": self.passed,
            "note": self.note,
        }


def ratio_at_most(limit: float) -> Callable[[float, float | None, float | None], bool]:
    return lambda _value, _floor, ratio: ratio is not None and ratio <= limit


def ratio_at_least(limit: float) -> Callable[[float, float | None, float | None], bool]:
    return lambda _value, _floor, ratio: ratio is not None and ratio >= limit


def value_below(limit: float) -> Callable[[float, float | None, float | None], bool]:
    return lambda value, _floor, _ratio: value < limit


def within_of_floor(extra: float) -> Callable[[float, float | None, float | None], bool]:
    return lambda value, floor, _ratio: floor is not None and value - floor <= extra


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile by the nearest-rank method (p95 of 200 values: the 190th)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5 - 1e-9)))
    return float(ordered[rank - 1])


def child_env(folder: Path) -> dict[str, str]:
    """The environment of a child process: offscreen Qt, private data and config folders."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    (folder / "config").mkdir(parents=True, exist_ok=True)
    env = {
        key: value for key, value in os.environ.items() if key not in ("CAREBOOK_DB", "CAREBOOK_DATA_DIR")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CAREBOOK_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        PYTHONPATH=str(ROOT),
    )
    return env


STARTED = "{started}"  # in run_child's args: replaced by time.time() just before the child starts


def run_child(args: Sequence[str], *, timeout: float = 900) -> dict[str, Any]:
    """Run ``python ARGS`` in a fresh private folder; return the JSON object its last line printed."""
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WORK) as folder:
        env = child_env(Path(folder))
        command = [sys.executable, *args]
        command = [repr(time.time()) if part == STARTED else part for part in command]
        result = subprocess.run(
            command,
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args[:3])} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def table_text(figures: list[Figure]) -> str:
    header = ("figure", "value", "floor", "ratio", "budget", "pass")
    rows = [header]
    for f in figures:
        verdict = "-" if f.passed is None else ("PASS" if f.passed else "MISS")
        ratio = f.ratio
        rows.append((f.name, f"{fmt(f.value)} {f.unit}", f"{fmt(f.floor)} {f.unit}",
                     "-" if ratio is None else f"{ratio:.2f}", f.budget or "-", verdict))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
