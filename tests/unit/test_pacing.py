"""Pacing by pain: hand-worked logs with their expected decisions, and properties over any log.

Days are numbered from D0 = Monday 2 March 2026; every check-in is at 08:00 (mornings) or
11:00 (after a break), UTC+1. Expected levels and reasons were worked out by hand from the
rules in deskcoach/core/pacing.py.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.checkins import CheckIn, CheckInError, baseline, mornings, question_due
from deskcoach.core.pacing import (
    ACTIONS,
    PROGRESS_MORNINGS,
    Pace,
    level_name,
    pace,
    substitute,
)

ZONE = timezone(timedelta(hours=1))
D0 = date(2026, 3, 2)
NECK = ("neck",)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def morning(n: int, pain: int, region: str | None = None) -> CheckIn:
    return CheckIn(datetime(2026, 3, 2, 8, tzinfo=ZONE) + timedelta(days=n), pain, "morning",
                   region)


def after(n: int, pain: int, exercise: str = "chin-tuck") -> CheckIn:
    return CheckIn(datetime(2026, 3, 2, 11, tzinfo=ZONE) + timedelta(days=n), pain,
                   "after_break", "neck", exercise)


STANDARD = Pace("chin-tuck", 1, day(0))


def test_four_steady_mornings_step_up_with_the_reason() -> None:
    log = [morning(0, 2), morning(1, 2), morning(2, 1), morning(3, 2), morning(4, 2)]
    change = pace(STANDARD, log, NECK, 3, day(4))
    assert change.action == "up"
    assert change.pace == Pace("chin-tuck", 2, day(4))
    assert change.reason == ("Level up to harder: your mornings stayed the same or better "
                             "for 4 days")


def test_three_steady_mornings_hold_and_say_how_many() -> None:
    log = [morning(0, 2), morning(1, 2), morning(2, 1), morning(3, 2)]
    change = pace(STANDARD, log, NECK, 3, day(3))
    assert (change.action, change.pace) == ("hold", STANDARD)
    assert change.reason.startswith("Holding: 3 of 4 steady mornings")


def test_one_worse_morning_holds() -> None:
    log = [morning(0, 2), morning(1, 2), morning(2, 1), morning(3, 3), morning(4, 2)]
    change = pace(STANDARD, log, NECK, 3, day(4))
    assert change.action == "hold"
    assert "worse than usual" in change.reason


def test_two_worse_mornings_running_roll_back_one_step_not_to_zero() -> None:
    harder = Pace("chin-tuck", 2, day(0))
    log = [morning(0, 2), morning(1, 3), morning(2, 4)]
    change = pace(harder, log, NECK, 3, day(2))
    assert change.action == "back"
    assert change.pace == Pace("chin-tuck", 1, day(2))
    assert change.reason == ("Step back to standard: your mornings were worse than usual for "
                             "2 days running")


def test_two_worse_mornings_apart_are_no_spike() -> None:
    log = [morning(0, 2), morning(1, 3), morning(2, 2), morning(3, 3)]
    assert pace(STANDARD, log, NECK, 3, day(3)).action == "hold"


def test_at_the_easiest_level_a_spike_holds() -> None:
    easiest = Pace("chin-tuck", 0, day(0))
    log = [morning(0, 1), morning(1, 3), morning(2, 3)]
    change = pace(easiest, log, NECK, 3, day(2))
    assert (change.action, change.pace) == ("hold", easiest)


def test_a_flare_that_lingers_drops_the_exercise_for_a_week() -> None:
    log = [morning(0, 2), after(1, 5), morning(1, 2), morning(2, 4)]
    change = pace(STANDARD, log, NECK, 3, day(2))
    assert change.action == "drop"
    assert change.pace == Pace("chin-tuck", 1, day(2), dropped_until=day(9))
    assert change.reason == ("Left out for a week: it took your pain to 5/10 and the next "
                             "morning was still worse than usual (4 against 2)")


def test_a_flare_waits_for_the_next_morning() -> None:
    log = [morning(0, 2), after(1, 5), morning(1, 2)]
    change = pace(STANDARD, log, NECK, 3, day(1))
    assert change.action == "hold"
    assert "waiting to see how the next morning feels" in change.reason


def test_a_flare_that_settled_holds_a_few_days_then_allows_progress() -> None:
    log = [morning(0, 2), after(1, 4), *(morning(n, 2) for n in range(1, 8))]
    assert pace(STANDARD, log, NECK, 3, day(4)).action == "hold"  # flare on day 1, 3 days ago
    assert pace(STANDARD, log, NECK, 3, day(5)).action == "up"


def test_a_mild_ache_after_an_exercise_is_fine() -> None:
    log = [morning(0, 2), after(1, 3), *(morning(n, 2) for n in range(1, 5))]
    assert pace(STANDARD, log, NECK, 3, day(4)).action == "up"


def test_another_exercises_flare_does_not_count() -> None:
    log = [morning(0, 2), after(1, 7, "neck-rotation"), *(morning(n, 2) for n in range(1, 5))]
    assert pace(STANDARD, log, NECK, 3, day(4)).action == "up"


def test_a_dropped_exercise_rests_then_returns_one_level_easier() -> None:
    dropped = Pace("chin-tuck", 1, day(2), dropped_until=day(9))
    resting = pace(dropped, [], NECK, 3, day(5))
    assert (resting.action, resting.pace) == ("rest", dropped)
    back = pace(dropped, [], NECK, 3, day(9))
    assert back.action == "return"
    assert back.pace == Pace("chin-tuck", 0, day(9))


def test_at_the_top_level_steady_mornings_hold() -> None:
    top = Pace("chin-tuck", 2, day(0))
    log = [morning(n, 1) for n in range(5)]
    change = pace(top, log, NECK, 3, day(4))
    assert (change.action, change.pace) == ("hold", top)


def test_morning_check_ins_for_other_regions_do_not_count() -> None:
    log = [morning(0, 2, "neck"), *(morning(n, 6, "lower_back") for n in range(1, 5)),
           *(morning(n, 2, "neck") for n in range(1, 5))]
    assert pace(STANDARD, log, NECK, 3, day(4)).action == "up"
    # For the low back the first low-back morning (6) is the usual level: 3 more so far.
    low = pace(STANDARD, log, ("lower_back",), 3, day(4))
    assert low.action == "hold"
    assert "3 of 4 steady mornings" in low.reason


def test_without_an_earlier_morning_the_first_one_is_the_usual_level() -> None:
    fresh = Pace("chin-tuck")
    log = [morning(n, 3) for n in range(5)]
    assert pace(fresh, log, NECK, 3, day(4)).action == "up"
    assert pace(fresh, log[:4], NECK, 3, day(3)).action == "hold"


def test_mornings_and_baseline() -> None:
    log = [morning(0, 2), morning(0, 4), morning(1, 1), after(1, 6)]
    assert mornings(log) == {day(0): 4, day(1): 1}
    assert baseline(log, NECK, day(0)) == 4
    assert baseline(log, NECK, day(-1)) is None


def test_check_in_rules() -> None:
    with pytest.raises(CheckInError, match="pain must be a whole number from 0 to 10"):
        CheckIn(datetime(2026, 3, 2, tzinfo=ZONE), 11)
    with pytest.raises(CheckInError, match="region is 'knee'"):
        CheckIn(datetime(2026, 3, 2, tzinfo=ZONE), 1, region="knee")
    with pytest.raises(CheckInError, match="UTC offset"):
        CheckIn(datetime(2026, 3, 2), 1)


def test_substitute_serves_the_same_regions() -> None:
    exercises = {"chin-tuck": ("neck",), "neck-rotation": ("neck",),
                 "shoulder-rolls": ("shoulders", "neck"), "calf-raises": ("legs",)}
    assert substitute("chin-tuck", exercises) == "neck-rotation"
    assert substitute("chin-tuck", exercises, {"neck-rotation"}) == "shoulder-rolls"
    assert substitute("chin-tuck", exercises, {"neck-rotation", "shoulder-rolls"}) is None


def test_level_names() -> None:
    assert [level_name(i) for i in range(3)] == ["easier", "standard", "harder"]
    assert level_name(3, 5) == "level 4"


# ---- properties over any log ----

LEVELS = st.integers(1, 5)
LOGS = st.lists(st.one_of(
    st.builds(morning, st.integers(-3, 12), st.integers(0, 10)),
    st.builds(after, st.integers(-3, 12), st.integers(0, 10),
              st.sampled_from(("chin-tuck", "neck-rotation")))), max_size=30)
STATES = st.builds(Pace, st.just("chin-tuck"), st.integers(0, 4),
                   st.one_of(st.none(), st.integers(-2, 6).map(day)),
                   st.one_of(st.none(), st.integers(-2, 14).map(day)))
TODAY = st.integers(0, 14).map(day)


@settings(max_examples=300, deadline=None)
@given(STATES, LOGS, LEVELS, TODAY)
def test_levels_move_at_most_one_step_and_stay_in_range(state: Pace, log: list[CheckIn],
                                                       levels: int, today: date) -> None:
    change = pace(state, log, NECK, levels, today)
    start = min(state.level, levels - 1)
    assert change.action in ACTIONS
    assert change.reason
    assert 0 <= change.pace.level < levels
    assert change.pace.level - start == {"up": 1, "back": -1}.get(
        change.action, -1 if change.action == "return" and start > 0 else 0)
    if change.changed:
        assert change.pace.since == today


@settings(max_examples=200, deadline=None)
@given(STATES, LOGS, LEVELS, TODAY, st.randoms(use_true_random=False))
def test_the_order_of_the_log_does_not_matter(state: Pace, log: list[CheckIn], levels: int,
                                              today: date, rng: random.Random) -> None:
    shuffled = list(log)
    rng.shuffle(shuffled)
    assert pace(state, shuffled, NECK, levels, today) == pace(state, log, NECK, levels, today)


@settings(max_examples=200, deadline=None)
@given(STATES, LOGS, LEVELS, TODAY, LOGS)
def test_check_ins_after_today_change_nothing(state: Pace, log: list[CheckIn], levels: int,
                                              today: date, later: list[CheckIn]) -> None:
    future = [c for c in later if c.day > today]
    assert pace(state, log + future, NECK, levels, today) == pace(state, log, NECK, levels,
                                                                   today)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2), st.integers(0, 8), st.lists(st.integers(0, 8), min_size=4,
                                                        max_size=10))
def test_steady_mornings_always_step_up_below_the_top(level: int, base: int,
                                                      drops: list[int]) -> None:
    log = [morning(0, base)] + [morning(n + 1, max(base - d, 0)) for n, d in enumerate(drops)]
    change = pace(Pace("chin-tuck", level, day(0)), log, NECK, 4, day(len(drops)))
    assert change.action == "up"
    assert change.reason.endswith(f"same or better for {PROGRESS_MORNINGS} days")


@settings(max_examples=300, deadline=None)
@given(STATES, LOGS, LEVELS, st.integers(1, PROGRESS_MORNINGS), st.integers(1, 9))
def test_a_worse_recent_morning_never_steps_up(state: Pace, log: list[CheckIn], levels: int,
                                               back: int, extra: int) -> None:
    today = day(10)
    since = state.since or day(-10)
    state = Pace(state.exercise, state.level, since)
    usual = [c for c in log if c.day != today - timedelta(days=back - 1) or c.kind != "morning"]
    base = baseline(usual, NECK, since)
    if base is None or base + extra > 10 or today - timedelta(days=back - 1) <= since:
        return
    worse = [*usual, morning((today - D0).days - back + 1, base + extra)]
    assert pace(state, worse, NECK, levels, today).action != "up"


@settings(max_examples=200, deadline=None)
@given(STATES, LOGS, LEVELS, TODAY)
def test_a_resting_exercise_keeps_its_level(state: Pace, log: list[CheckIn], levels: int,
                                            today: date) -> None:
    if state.dropped_until is None or today >= state.dropped_until:
        return
    change = pace(state, log, NECK, levels, today)
    assert change.action == "rest"
    assert change.pace.level == min(state.level, levels - 1)


def test_one_question_at_most_after_a_rated_break() -> None:
    at_ten = datetime(2026, 3, 9, 10, tzinfo=ZONE)  # day 7
    assert question_due([], at_ten, None) is None
    assert question_due([], at_ten, "uncomfortable") == "after_break"
    assert question_due([], at_ten, "good") == "morning"
    log = [morning(7, 2)]
    assert question_due(log, at_ten, "neutral") == "weekly"
    weekly = CheckIn(datetime(2026, 3, 3, 10, tzinfo=ZONE), 3, "weekly", "neck")  # day 1
    assert question_due([*log, weekly], at_ten, "good") is None
    assert question_due([*log, weekly], at_ten + timedelta(days=6), "good") == "morning"
    # The body map on day 1 is due again a week later, on day 8.
    assert question_due([morning(8, 2), weekly], at_ten + timedelta(days=1), "good") == "weekly"
    assert question_due([morning(13, 2), weekly], at_ten + timedelta(days=6),
                        "good") == "weekly"
