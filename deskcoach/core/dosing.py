"""An exercise at one of its levels: the steps the player serves, not just the words.

A level's `scale` (core/levels.py) multiplies the work of the standard steps: counted steps
get that share of their reps or breaths (at the same pace), holds that share of their time.
Short set-up steps ("sit tall", "hold one arm out") stay as they are: getting into position
takes as long at any level. Numbers the step text says ("8 times", "5 slow breaths",
"Hold 25 s") follow, so the words never contradict the counter. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from deskcoach.core.exercises import Exercise, Step

#: A step without a count this short or shorter is setting up, not work; it is not scaled.
SETUP_SECONDS: Final = 10
MIN_STEP_SECONDS: Final = 3


def _round(value: float) -> int:
    return int(value + 0.5)  # half up: 2.5 reps are 3, whatever Python's round() would say


def at_level(exercise: Exercise, level: int) -> Exercise:
    """`exercise` as served at `level` (an index into its levels, easiest first): scaled steps
    and the level's dose. Standard, unknown levels and exercises without levels: unchanged."""
    if not exercise.levels or not 0 <= level < len(exercise.levels):
        return exercise
    chosen = exercise.levels[level]
    if chosen.scale == 1.0:
        return exercise
    steps = tuple(scaled_step(step, chosen.scale, exercise) for step in exercise.steps)
    return dataclasses.replace(exercise, steps=steps, dose=chosen.dose)


def scaled_step(step: Step, scale: float, exercise: Exercise) -> Step:
    """One step with `scale` times its work (see the module docstring)."""
    if step.breaths and exercise.breath is not None:
        breaths = max(1, _round(step.breaths * scale))
        return dataclasses.replace(step, breaths=breaths, seconds=breaths * exercise.breath.cycle,
                                   text=_say(step.text, step.breaths, breaths, "slow breaths"))
    if step.reps:
        reps = max(1, _round(step.reps * scale))
        pace = step.seconds / step.reps
        return dataclasses.replace(step, reps=reps, seconds=max(2 * reps, _round(reps * pace)),
                                   text=_say(step.text, step.reps, reps, "times"))
    if step.seconds <= SETUP_SECONDS:
        return step
    seconds = max(MIN_STEP_SECONDS, _round(step.seconds * scale))
    return dataclasses.replace(step, seconds=seconds,
                               text=_hold(step.text, step.seconds, seconds))


def _say(text: str, old: int, new: int, unit: str) -> str:
    """"8 times" -> "5 times" when 8 is the step's count (other numbers are left alone)."""
    return _number(text, old, new, rf"\b{old} {unit}\b", f"{new} {unit}")


def _hold(text: str, old: int, new: int) -> str:
    return _number(text, old, new, rf"\b(Hold|for) {old} (s|seconds)\b", rf"\g<1> {new} \g<2>")


def _number(text: str, old: int, new: int, english: str, replacement: str) -> str:
    """The step's count said once in any language ("8-mal", "8回", "8 fois") follows the level;
    where the count appears more than once, only the English phrase names which one it is."""
    standalone = rf"(?<![\d.,]){old}(?![\d]|[.,]\d)"
    if len(re.findall(standalone, text)) == 1:
        return re.sub(standalone, str(new), text, count=1)
    return re.sub(english, replacement, text, count=1)
