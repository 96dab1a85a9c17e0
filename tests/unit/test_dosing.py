"""An exercise at a level: the steps the player serves follow the level, not only its words.
Every expected number below is worked out by hand from the entry and the level's scale."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcoach.core.dosing import at_level
from deskcoach.core.exercises import parse_exercise
from tests.unit.test_exercises import MOVING, SOURCE, STILL, entry, plain

LEVELS: list[dict[str, Any]] = [
    {"name": "easier", "dose": "6 slow breaths", "how": "Fewer breaths.", "scale": 0.6},
    {"name": "standard", "dose": "10 slow breaths", "how": "As described."},
    {"name": "harder", "dose": "13 slow breaths", "how": "More breaths.", "scale": 1.3},
]


def test_breath_paced_steps_take_the_levels_share_of_breaths_at_the_same_pace() -> None:
    exercise = parse_exercise(SOURCE, entry(levels=LEVELS))  # 10 s set-up, 10 breaths of 10 s
    easier, standard, harder = (at_level(exercise, i) for i in range(3))
    assert standard == exercise
    assert [(s.seconds, s.breaths) for s in easier.steps] == [(10, None), (60, 6)]
    assert [(s.seconds, s.breaths) for s in harder.steps] == [(10, None), (130, 13)]
    assert (easier.seconds, exercise.seconds, harder.seconds) == (70, 110, 140)
    assert (easier.dose, harder.dose) == ("6 slow breaths", "13 slow breaths")


def test_counted_steps_take_the_levels_share_of_reps_and_the_text_follows() -> None:
    data = plain(dose="8 rolls", levels=[
        {"name": "easier", "dose": "5 rolls", "how": "Fewer.", "scale": 0.6},
        {"name": "standard", "dose": "8 rolls", "how": "As described."},
        {"name": "harder", "dose": "10 rolls", "how": "More.", "scale": 1.3}])
    data["steps"][1]["text"] = "Roll the shoulders back. 8 times."
    exercise = parse_exercise(SOURCE, data)  # 10 s set-up, 8 reps in 20 s (2.5 s a rep)
    easier, harder = at_level(exercise, 0), at_level(exercise, 2)
    # 8 x 0.6 = 4.8 -> 5 reps, 5 x 2.5 = 12.5 -> 13 s; 8 x 1.3 = 10.4 -> 10 reps, 25 s
    assert [(s.seconds, s.reps) for s in easier.steps] == [(10, None), (13, 5)]
    assert [(s.seconds, s.reps) for s in harder.steps] == [(10, None), (25, 10)]
    assert easier.steps[1].text == "Roll the shoulders back. 5 times."
    assert harder.steps[1].text == "Roll the shoulders back. 10 times."
    assert easier.steps[0].text == exercise.steps[0].text


@pytest.mark.parametrize(("text", "expected"), [
    ("Rolle die Schultern zurück. 8-mal.", "Rolle die Schultern zurück. 5-mal."),
    ("肩を後ろに回します。8回。", "肩を後ろに回します。5回。"),
    ("Répétez 8 fois, 2,5 s chacun.", "Répétez 5 fois, 2,5 s chacun."),
    # the count said twice: only the English phrase says which; other languages keep the text
    ("8 times, in 8 slow sets.", "5 times, in 8 slow sets."),
    ("8-mal, dann 8-mal.", "8-mal, dann 8-mal."),
])
def test_a_translated_step_text_follows_the_count_when_it_says_it_once(
        text: str, expected: str) -> None:
    data = plain(dose="8 rolls", levels=[
        {"name": "easier", "dose": "5 rolls", "how": "Fewer.", "scale": 0.6},
        {"name": "standard", "dose": "8 rolls", "how": "As described."},
        {"name": "harder", "dose": "10 rolls", "how": "More.", "scale": 1.3}])
    data["steps"][1]["text"] = text
    assert at_level(parse_exercise(SOURCE, data), 0).steps[1].text == expected


def test_holds_take_the_levels_share_of_time_and_set_up_stays() -> None:
    data = plain(dose="30 s hold", levels=[
        {"name": "easier", "dose": "18 s hold", "how": "Shorter.", "scale": 0.6},
        {"name": "standard", "dose": "30 s hold", "how": "As described."},
        {"name": "harder", "dose": "45 s hold", "how": "Longer.", "scale": 1.5}])
    data["steps"] = [{"text": "Get ready.", "seconds": 6, "keyframes": STILL},
                     {"text": "Lean in. Hold 30 s.", "seconds": 30, "keyframes": MOVING}]
    exercise = parse_exercise(SOURCE, data)
    easier, harder = at_level(exercise, 0), at_level(exercise, 2)
    assert [s.seconds for s in easier.steps] == [6, 18]
    assert [s.seconds for s in harder.steps] == [6, 45]
    assert easier.steps[1].text == "Lean in. Hold 18 s."
    assert harder.steps[1].text == "Lean in. Hold 45 s."


def test_levels_out_of_range_or_not_authored_serve_the_standard_dose() -> None:
    exercise = parse_exercise(SOURCE, entry(levels=LEVELS))
    assert at_level(exercise, 3) == exercise
    assert at_level(exercise, -1) == exercise
    bare = parse_exercise(SOURCE, entry())
    assert at_level(bare, 0) == bare


@given(st.floats(0.3, 3.0), st.integers(5, 30), st.integers(2, 4))
def test_counted_steps_keep_at_least_two_seconds_a_rep(scale: float, reps: int,
                                                       pace: int) -> None:
    data = plain(levels=[
        {"name": "easier", "dose": "less", "how": "Less.", "scale": min(scale, 0.99)},
        {"name": "standard", "dose": plain()["dose"], "how": "As described."},
        {"name": "harder", "dose": "more", "how": "More.", "scale": max(scale, 1.01)}])
    data["steps"][1].update(reps=reps, seconds=reps * pace)
    exercise = parse_exercise(SOURCE, data)
    for level in (0, 2):
        step = at_level(exercise, level).steps[1]
        assert step.reps is not None
        assert step.reps >= 1
        assert step.seconds >= 2 * step.reps

