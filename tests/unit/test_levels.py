"""Exercise levels in catalogue entries, and pacing by the catalogue's level names."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from deskcoach.core.exercises import CatalogueError, parse_exercise
from deskcoach.core.levels import Level
from deskcoach.core.pacing import Pace, pace
from tests.unit.test_exercises import SOURCE, entry
from tests.unit.test_pacing import NECK, day, morning

LEVELS = [
    {"name": "easier", "dose": "6 slow breaths", "how": "Arms only to shoulder height.",
     "scale": 0.6},
    {"name": "standard", "dose": "10 slow breaths", "how": "As described.", "scale": 1.0},
    {"name": "harder", "dose": "13 slow breaths", "how": "Hold the top of each breath.",
     "scale": 1.3},
]


def test_levels_are_parsed_easiest_first_and_listed() -> None:
    exercise = parse_exercise(SOURCE, entry(levels=LEVELS))
    assert exercise.levels == (
        Level("easier", "6 slow breaths", "Arms only to shoulder height.", 0.6),
        Level("standard", "10 slow breaths", "As described."),
        Level("harder", "13 slow breaths", "Hold the top of each breath.", 1.3))
    assert exercise.as_dict()["levels"] == LEVELS
    assert parse_exercise(SOURCE, entry()).levels == ()  # none authored yet


def with_level(index: int, **values: Any) -> list[dict[str, Any]]:
    levels = [dict(level) for level in LEVELS]
    levels[index].update(values)
    return levels


@pytest.mark.parametrize(("levels", "message"), [
    (LEVELS[:2], "'levels' must be a list of 3-5 levels, easiest first"),
    ("easy", "'levels' must be a list of 3-5 levels"),
    ([*LEVELS, "x"], "'levels[3]' must be a table with name, dose and how"),
    (with_level(0, extra=1), "'levels[0].extra' is not a known key"),
    (with_level(2, dose=""), "'levels[2].dose' must be one line of 1-40 characters"),
    (with_level(2, how="h" * 91), "'levels[2].how' must be one line of 1-90 characters"),
    (with_level(0, name="tiny"), "'levels[0].name' is 'tiny', allowed: easier, standard"),
    (with_level(2, name="easier"), "'levels' names the same level twice"),
    (with_level(1, name="hardest"), "'levels' must include the 'standard' level"),
    (with_level(1, dose="12 slow breaths"),
     "'standard' has dose '12 slow breaths'; it must be the exercise's own dose "
     "'10 slow breaths'"),
    ([LEVELS[1], LEVELS[0], LEVELS[2]], "must start with an easier level"),
    (with_level(0, scale=None), "'levels[0].scale' must be a number from 0.3 to 3"),
    (with_level(2, scale="more"), "'levels[2].scale' must be a number from 0.3 to 3"),
    (with_level(2, scale=3.5), "'levels[2].scale' must be a number from 0.3 to 3"),
    (with_level(0, scale=True), "'levels[0].scale' must be a number from 0.3 to 3"),
    (with_level(1, scale=1.2), "'levels[1].scale' must be 1 (or left out) on the 'standard'"),
    (with_level(0, scale=1.5), "scales must grow from the easiest level to the hardest, not "
                               "1.5, 1, 1.3"),
])
def test_bad_levels_are_refused_naming_the_file_and_key(levels: object, message: str) -> None:
    with pytest.raises(CatalogueError) as refused:
        parse_exercise(SOURCE, entry(levels=levels))
    assert str(refused.value).startswith(f"{SOURCE}: ")
    assert message in str(refused.value)


def test_pacing_names_the_catalogues_levels() -> None:
    names = ("gentlest", "easier", "standard", "harder")
    log = [morning(0, 2), *(morning(n, 2) for n in range(1, 5))]
    change = pace(Pace("chin-tuck", 2, day(0)), log, NECK, names, day(4))
    assert change.pace.level == 3
    assert change.reason.startswith("Level up to harder:")
    back = pace(Pace("chin-tuck", 1, day(0)), [morning(0, 2), morning(1, 4), morning(2, 4)],
                NECK, names, day(2))
    assert back.reason.startswith("Step back to gentlest:")
    assert date(2026, 3, 2) == day(0)
