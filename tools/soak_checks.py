"""The soak test's verdicts (pure, tested): is memory flat, do history and stats agree."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Memory:
    baseline_mb: float
    final_mb: float
    peak_mb: float
    growth_mb: float
    samples: int


def memory_verdict(samples: Sequence[tuple[float, int]], warm_up: float,
                   window: int = 5) -> Memory:
    """`samples` are (seconds since start, RSS in kB). Baseline: the median of the first
    `window` samples after warm-up; final: the median of the last `window`."""
    after = [kb for t, kb in samples if t >= warm_up]
    if len(after) < 2:
        raise ValueError("too few memory samples after warm-up")
    window = max(1, min(window, len(after) // 2))
    baseline = statistics.median(after[:window]) / 1024
    final = statistics.median(after[-window:]) / 1024
    return Memory(round(baseline, 1), round(final, 1), round(max(kb for _, kb in samples) / 1024,
                                                               1), round(final - baseline, 1),
                  len(samples))


def consistency(rows: Sequence[tuple[str, date]], days: Sequence[dict[str, Any]]) -> list[str]:
    """Differences between history rows (outcome, local day ended) and `stats` JSON days."""
    problems: list[str] = []
    by_outcome = Counter(outcome for outcome, _ in rows)
    per_day = Counter(day.isoformat() for _, day in rows)
    total = {key: sum(int(d[key]) for d in days)
             for key in ("due", "completed", "snoozed_then_taken", "natural", "skipped",
                         "missed")}
    expected = {
        "due": len(rows),
        "completed + snoozed_then_taken": by_outcome["completed"],
        "natural": by_outcome["natural"],
        "skipped (incl. snoozed, never taken)": by_outcome["skipped"] + by_outcome["snoozed"],
        "missed": by_outcome["missed"],
    }
    counted = {
        "due": total["due"],
        "completed + snoozed_then_taken": total["completed"] + total["snoozed_then_taken"],
        "natural": total["natural"],
        "skipped (incl. snoozed, never taken)": total["skipped"],
        "missed": total["missed"],
    }
    for key, want in expected.items():
        if counted[key] != want:
            problems.append(f"stats count {counted[key]} {key}, the history has {want}")
    for d in days:
        parts = sum(int(d[k]) for k in ("completed", "snoozed_then_taken", "natural",
                                        "skipped", "missed"))
        if parts != int(d["due"]):
            problems.append(f"{d['day']}: the outcomes add up to {parts}, not {d['due']} due")
        if int(d["due"]) != per_day.get(str(d["day"]), 0):
            problems.append(f"{d['day']}: stats say {d['due']} due, the history has "
                            f"{per_day.get(str(d['day']), 0)} breaks that day")
    shown = {str(d["day"]) for d in days}
    missing = sorted(set(per_day) - shown)
    if missing:
        problems.append(f"stats leave out days with breaks: {', '.join(missing)}")
    return problems
