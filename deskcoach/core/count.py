"""The step's own count, in words and numbers: "Breath 4 of 10", "Rep 3 of 8", "Hold 12 s".

The break window shows one timer for the whole break; within a step people follow this count
instead, because a dose is given in breaths, repetitions or seconds held, not in a clock.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from deskcoach.core.exercises import Exercise, Step

#: A step that asks to hold or stay still counts its seconds down as a hold.
_HOLD = re.compile(r"\b(hold|stay)\b", re.IGNORECASE)
BREATH: Final = "breath"
REP: Final = "rep"
HOLD: Final = "hold"
TIMED: Final = "timed"


@dataclass(frozen=True)
class Count:
    kind: str  # breath | rep | hold | timed
    number: int  # the breath or rep under way (1-based), or the whole seconds left
    total: int  # how many breaths or reps, or the step's seconds


def step_count(exercise: Exercise, step: Step, elapsed: float) -> Count:
    """Where `elapsed` seconds into `step` stands in the step's own terms."""
    seconds = max(1, step.seconds)
    t = max(0.0, min(elapsed, seconds))
    if step.breaths and exercise.breath is not None:
        return Count(BREATH, _nth(t, seconds, step.breaths), step.breaths)
    if step.reps:
        return Count(REP, _nth(t, seconds, step.reps), step.reps)
    left = max(0, math.ceil(seconds - t))
    return Count(HOLD if _HOLD.search(step.text) else TIMED, left, seconds)


def _nth(t: float, seconds: int, count: int) -> int:
    return min(count, int(t / (seconds / count)) + 1)
