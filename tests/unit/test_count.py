"""The step's own count: breaths and reps numbered from 1, holds counted down in seconds."""

from __future__ import annotations

from deskcoach.core.count import BREATH, HOLD, REP, TIMED, Count, step_count
from deskcoach.core.exercises import Breath, Exercise, Step


def _exercise(*steps: Step, breath: Breath | None = None) -> Exercise:
    return Exercise("x", "X", "s", ("neck",), "either", "neutral", "d", (), (), ("CCOHS",),
                    steps, breath)


def test_breaths_count_from_one_to_the_dose() -> None:
    step = Step("Breathe in slowly.", 80, (), breaths=8)  # 10 s a breath
    ex = _exercise(step, breath=Breath(4, 6))
    assert step_count(ex, step, 0.0) == Count(BREATH, 1, 8)
    assert step_count(ex, step, 9.99) == Count(BREATH, 1, 8)
    assert step_count(ex, step, 35.0) == Count(BREATH, 4, 8)
    assert step_count(ex, step, 80.0) == Count(BREATH, 8, 8)  # never "9 of 8"


def test_reps_count_from_one_to_the_dose() -> None:
    step = Step("Tuck your chin.", 40, (), reps=8)  # 5 s a rep
    ex = _exercise(step)
    assert step_count(ex, step, 0.0) == Count(REP, 1, 8)
    assert step_count(ex, step, 12.0) == Count(REP, 3, 8)
    assert step_count(ex, step, 39.9) == Count(REP, 8, 8)


def test_a_hold_counts_its_seconds_down() -> None:
    step = Step("Lean gently. Hold 25 s.", 25, ())
    ex = _exercise(step)
    assert step_count(ex, step, 0.0) == Count(HOLD, 25, 25)
    assert step_count(ex, step, 13.2) == Count(HOLD, 12, 25)
    assert step_count(ex, step, 30.0) == Count(HOLD, 0, 25)


def test_a_step_that_is_no_hold_counts_plain_seconds() -> None:
    step = Step("Walk about the room.", 100, ())
    assert step_count(_exercise(step), step, 40.0) == Count(TIMED, 60, 100)


def test_breaths_without_a_pace_count_as_time() -> None:
    step = Step("Breathe.", 30, (), breaths=3)
    assert step_count(_exercise(step), step, 5.0).kind == TIMED
