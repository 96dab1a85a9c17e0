"""Choosing a break's routine, where in it a break is, swapping, and the user's preferences.

The catalogues are synthetic (built by `ex()`), so nothing here depends on the exercise files
shipped in resources/. Statistical checks run a fixed set of seeds, so they are reproducible;
their margins are many standard deviations wide.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcoach.core.exercises import (
    DIRECTIONS,
    POSITIONS,
    REGIONS,
    Catalogue,
    Exercise,
    parse_exercise,
)
from deskcoach.core.routine import (
    DISCOMFORT_FACTOR,
    MAX_EXERCISES,
    NO_REPEAT_BREAKS,
    Moment,
    Preferences,
    Routine,
    allowed,
    choose,
    replacement,
)

RUNS = 300


def ex(ident: str, seconds: int | Sequence[int] = 30, regions: Sequence[str] = ("neck",),
       position: str = "either", direction: str = "neutral",
       alternative: str | None = None) -> Exercise:
    """A valid exercise: `seconds` is the total (split over two steps) or the step lengths."""
    lengths = ([seconds // 2, seconds - seconds // 2] if isinstance(seconds, int)
               else list(seconds))
    data: dict[str, Any] = {
        "schema_version": 2, "id": ident, "name": ident.title(), "summary": "A movement.",
        "regions": list(regions), "position": position, "direction": direction,
        "dose": "once", "sources": ["Dunstan et al., Diabetes Care 35(5), 2012"],
        "steps": [{"text": f"Step {i + 1}.", "seconds": s,
                   "keyframes": [{"base": "stand", "view": "side"}]}
                  for i, s in enumerate(lengths)],
    }
    if alternative is not None:
        data["seated_alternative"] = alternative
    return parse_exercise(f"{ident}.toml", data)


def cat(*exercises: Exercise) -> Catalogue:
    return Catalogue({e.id: e for e in exercises})


def routine_of(catalogue: Catalogue, *names: str) -> Routine:
    found = [catalogue.get(n) for n in names]
    return Routine(tuple(e for e in found if e is not None))


def ids(exercises: Iterable[Exercise]) -> list[str]:
    return [e.id for e in exercises]


def counts(catalogue: Catalogue, break_seconds: int, **kwargs: Any) -> Counter[str]:
    """How often each exercise is chosen over RUNS seeded breaks."""
    tally: Counter[str] = Counter()
    for seed in range(RUNS):
        tally.update(choose(catalogue, break_seconds, random.Random(seed), **kwargs).ids)
    return tally


# ---- Routine.at, reached, seconds -------------------------------------------------------------

# "a" has steps of 10 and 15 s (0-25), "b" 20 and 30 s (25-75).
A = ex("a", [10, 15])
B = ex("b", [20, 30])
AB = Routine((A, B))


def test_starts_follow_one_another() -> None:
    assert AB.starts == (0.0, 25.0)
    assert AB.seconds == 75.0
    assert AB.ids == ("a", "b")


@pytest.mark.parametrize(("elapsed", "index", "step", "step_elapsed", "step_left"), [
    (-5.0, 0, 0, 0.0, 10.0),
    (0.0, 0, 0, 0.0, 10.0),
    (4.0, 0, 0, 4.0, 6.0),
    (9.5, 0, 0, 9.5, 0.5),
    (10.0, 0, 1, 0.0, 15.0),  # exactly at a step's end: the next step
    (24.75, 0, 1, 14.75, 0.25),
    (25.0, 1, 0, 0.0, 20.0),  # exactly at an exercise's end: the next exercise
    (44.0, 1, 0, 19.0, 1.0),
    (45.0, 1, 1, 0.0, 30.0),
    (74.5, 1, 1, 29.5, 0.5),
])
def test_at_finds_the_exercise_and_step(elapsed: float, index: int, step: int,
                                        step_elapsed: float, step_left: float) -> None:
    moment = AB.at(elapsed)
    exercise = (A, B)[index]
    assert moment == Moment(index, step, step_elapsed, step_left, exercise,
                            exercise.steps[step])


@pytest.mark.parametrize("elapsed", [75.0, 75.5, 120.0, 10_000.0])
def test_after_the_last_exercise_only_the_closing_rest_is_left(elapsed: float) -> None:
    assert AB.at(elapsed) == Moment(2, 0, 0.0, 0.0, None, None)


def test_an_empty_routine() -> None:
    empty = Routine(())
    assert empty.seconds == 0.0
    assert empty.starts == ()
    assert empty.ids == ()
    assert empty.at(0.0) == Moment(0, 0, 0.0, 0.0, None, None)
    assert empty.reached(100.0) == ()


@pytest.mark.parametrize(("elapsed", "reached"), [
    (-1.0, ()),
    (0.0, ("a",)),
    (24.9, ("a",)),
    (25.0, ("a", "b")),
    (500.0, ("a", "b")),
])
def test_reached_lists_the_exercises_begun(elapsed: float, reached: tuple[str, ...]) -> None:
    assert AB.reached(elapsed) == reached


def test_given_starts_are_kept() -> None:
    routine = Routine((A, B), (5.0, 40.0))
    assert routine.seconds == 90.0
    assert routine.at(0.0) == Moment(0, 0, 0.0, 10.0, A, A.steps[0])  # before the first start
    assert routine.at(5.0) == Moment(0, 0, 0.0, 10.0, A, A.steps[0])
    assert routine.at(15.0) == Moment(0, 1, 0.0, 15.0, A, A.steps[1])
    assert routine.at(40.0) == Moment(1, 0, 0.0, 20.0, B, B.steps[0])
    assert routine.at(90.0) == Moment(2, 0, 0.0, 0.0, None, None)
    assert routine.reached(4.0) == ()
    assert routine.reached(39.0) == ("a",)
    assert routine.reached(40.0) == ("a", "b")


# ---- Routine.swapped --------------------------------------------------------------------------

P, Q, R = ex("p", 30), ex("q", 40), ex("r", 50)  # 0-30, 30-70, 70-120
PQR = Routine((P, Q, R))


def test_a_swap_starts_now_and_keeps_what_still_fits() -> None:
    short = ex("short", 20)
    swapped = PQR.swapped(1, short, 35.0, 130)
    assert swapped.ids == ("p", "short", "r")
    assert swapped.starts == (0.0, 35.0, 55.0)
    assert swapped.seconds == 105.0


def test_a_swap_drops_what_no_longer_fits() -> None:
    long = ex("long", 60)
    swapped = PQR.swapped(1, long, 35.0, 130)  # r would run 95-145 in a 130 s break
    assert swapped.ids == ("p", "long")
    assert swapped.starts == (0.0, 35.0)


def test_what_ends_exactly_at_the_break_end_still_fits() -> None:
    long = ex("long", 45)
    swapped = PQR.swapped(1, long, 35.0, 130)  # r runs 80-130
    assert swapped.ids == ("p", "long", "r")
    assert swapped.starts == (0.0, 35.0, 80.0)
    assert PQR.swapped(1, long, 35.0, 129).ids == ("p", "long")


def test_a_swap_before_the_exercise_began_keeps_its_start() -> None:
    swapped = PQR.swapped(1, ex("s", 40), 12.0, 120)
    assert swapped.ids == ("p", "s", "r")
    assert swapped.starts == (0.0, 30.0, 70.0)


def test_swapping_the_first_and_the_last() -> None:
    first = PQR.swapped(0, ex("s", 20), 5.0, 120)
    assert first.ids == ("s", "q", "r")
    assert first.starts == (5.0, 25.0, 65.0)
    last = PQR.swapped(2, ex("s", 20), 80.0, 120)
    assert last.ids == ("p", "q", "s")
    assert last.starts == (0.0, 30.0, 80.0)
    assert PQR.ids == ("p", "q", "r")  # the original is unchanged
    assert PQR.starts == (0.0, 30.0, 70.0)


def test_the_swapped_routine_is_followed_by_at() -> None:
    s = ex("s", [10, 10])
    swapped = PQR.swapped(1, s, 35.0, 130)  # p 0-30, s 35-55, r 55-105
    assert swapped.at(44.0) == Moment(1, 0, 9.0, 1.0, s, s.steps[0])
    assert swapped.at(45.0) == Moment(1, 1, 0.0, 10.0, s, s.steps[1])
    assert swapped.at(55.0) == Moment(2, 0, 0.0, 25.0, R, R.steps[0])
    assert swapped.at(105.0) == Moment(3, 0, 0.0, 0.0, None, None)
    assert swapped.reached(54.0) == ("p", "s")
    assert swapped.reached(55.0) == ("p", "s", "r")


# ---- allowed ----------------------------------------------------------------------------------

def test_everything_is_allowed_by_default_sorted_by_id() -> None:
    catalogue = cat(ex("c"), ex("a", position="standing"), ex("b", direction="flexion"))
    assert ids(allowed(catalogue, Preferences())) == ["a", "b", "c"]


def test_avoided_exercises_are_left_out() -> None:
    catalogue = cat(ex("a"), ex("b"), ex("c"))
    prefs = Preferences(avoid_exercises=frozenset({"a", "c", "zzz"}))
    assert ids(allowed(catalogue, prefs)) == ["b"]


def test_exercises_touching_an_avoided_region_are_left_out() -> None:
    catalogue = cat(ex("a", regions=["neck", "shoulders"]), ex("b", regions=["legs"]),
                    ex("c", regions=["wrists_hands", "eyes", "shoulders"]),
                    ex("d", regions=["hips"]))
    prefs = Preferences(avoid_regions=frozenset({"shoulders", "hips"}))
    assert ids(allowed(catalogue, prefs)) == ["b"]


def test_seated_only_replaces_standing_exercises_with_their_seated_alternative() -> None:
    catalogue = cat(
        ex("reach", position="standing", alternative="reach-seated"),
        ex("reach-seated", position="seated"),
        ex("lunge", position="standing"),  # no alternative: dropped
        ex("squat", position="standing", alternative="sit-stand"),
        ex("sit-stand", position="either"),
        ex("march", position="standing", alternative="march-seated"),
        ex("march-seated", position="seated", regions=["legs"]),
        ex("chin-tuck", position="seated"),
    )
    assert ids(allowed(catalogue, Preferences(seated_only=True))) == [
        "chin-tuck", "march-seated", "reach-seated", "sit-stand"]
    # the alternative must itself be allowed
    prefs = Preferences(seated_only=True, avoid_regions=frozenset({"legs"}))
    assert ids(allowed(catalogue, prefs)) == ["chin-tuck", "reach-seated", "sit-stand"]
    prefs = Preferences(seated_only=True, avoid_exercises=frozenset({"reach-seated"}))
    assert ids(allowed(catalogue, prefs)) == ["chin-tuck", "march-seated", "sit-stand"]
    # and not seated-only: the standing ones stay
    assert ids(allowed(catalogue, Preferences())) == [
        "chin-tuck", "lunge", "march", "march-seated", "reach", "reach-seated", "sit-stand",
        "squat"]


def test_seated_only_lists_an_alternative_once() -> None:
    catalogue = cat(ex("reach", position="standing", alternative="reach-seated"),
                    ex("reach-seated", position="seated"))
    result = allowed(catalogue, Preferences(seated_only=True))
    assert result == [catalogue.get("reach-seated")]


@pytest.mark.parametrize(("spine", "kept"), [
    ("extension", ["ext", "neu"]),
    ("flexion", ["flex", "neu"]),
    ("any", ["ext", "flex", "neu"]),
])
def test_the_spine_preference(spine: str, kept: list[str]) -> None:
    catalogue = cat(ex("ext", direction="extension"), ex("flex", direction="flexion"),
                    ex("neu", direction="neutral"))
    assert ids(allowed(catalogue, Preferences(spine=spine))) == kept


def test_the_spine_preference_applies_to_a_seated_alternative() -> None:
    catalogue = cat(ex("reach", position="standing", alternative="reach-seated",
                       direction="neutral"),
                    ex("reach-seated", position="seated", direction="extension"))
    assert ids(allowed(catalogue, Preferences(seated_only=True, spine="flexion"))) == []


# ---- choose -----------------------------------------------------------------------------------

def test_a_routine_fills_the_break_up_to_four_exercises() -> None:
    catalogue = cat(*(ex(f"e{i}", 20) for i in range(10)))
    for seed in range(50):
        routine = choose(catalogue, 600, random.Random(seed))
        assert len(routine.exercises) == MAX_EXERCISES == 4
        assert len(set(routine.ids)) == 4
        routine = choose(catalogue, 65, random.Random(seed))
        assert len(routine.exercises) == 3  # 60 s of 65: a fourth does not fit
        assert routine.seconds == 60.0


def test_a_routine_fits_the_break() -> None:
    catalogue = cat(*(ex(f"e{i}", 20 + 15 * i) for i in range(10)))  # 20-155 s
    for seed in range(RUNS):
        break_seconds = 30 + seed
        routine = choose(catalogue, break_seconds, random.Random(seed))
        assert 1 <= len(routine.exercises) <= MAX_EXERCISES
        assert routine.seconds <= break_seconds
        assert routine.starts[0] == 0.0


def test_seeded_choices_repeat_exactly() -> None:
    catalogue = cat(*(ex(f"e{i}", 20 + 7 * i, regions=[REGIONS[i % len(REGIONS)]])
                      for i in range(12)))
    kwargs: dict[str, Any] = {"recent": [["e1"], ["e2"]], "regions_today": {"neck": 2},
                              "discomfort": {"e3": 1}}
    first = [choose(catalogue, 240, random.Random(seed), **kwargs) for seed in range(30)]
    second = [choose(catalogue, 240, random.Random(seed), **kwargs) for seed in range(30)]
    assert first == second
    assert len({r.ids for r in first}) > 5  # and the seed does matter


def test_nothing_from_the_last_breaks_while_there_are_alternatives() -> None:
    catalogue = cat(*(ex(i, 30) for i in "abcdef"))
    recent = [["a"], ["b", "c"], ["d"], ["e"]]  # newest last: "a" is four breaks ago
    tally = counts(catalogue, 70, recent=recent)
    assert NO_REPEAT_BREAKS == 3
    assert set(tally) == {"a", "f"}  # b-e were in the last three breaks
    assert tally["a"] + tally["f"] == 2 * RUNS


def test_repeats_come_back_when_everything_was_recent() -> None:
    catalogue = cat(ex("a", 30), ex("b", 30))
    tally = counts(catalogue, 40, recent=[["a"], ["b"]])
    assert sum(tally.values()) == RUNS
    assert tally["a"] > 50
    assert tally["b"] > 50


def test_a_recent_exercise_that_fits_beats_a_fresh_one_that_does_not() -> None:
    # The fresh exercise is too long for the break; the recent one fits. The routine should
    # still fit the break (the no-repeat rule waits only "while there are alternatives").
    catalogue = cat(ex("short", 30), ex("long", 150))
    routine = choose(catalogue, 60, random.Random(1), recent=[["short"]])
    assert routine.seconds <= 60, f"chose {routine.ids} ({routine.seconds} s) for a 60 s break"


def test_regions_not_moved_today_are_preferred() -> None:
    catalogue = cat(ex("neck-roll", 30, regions=["neck"]), ex("calf-raise", 30, regions=["legs"]),
                    ex("shrug", 30, regions=["neck", "shoulders"]))
    # one exercise fits the break
    baseline = counts(catalogue, 40)
    assert all(60 < baseline[i] < 140 for i in ("neck-roll", "calf-raise", "shrug"))
    tally = counts(catalogue, 40, regions_today={"neck": 4, "shoulders": 1})
    # weights: neck-roll 1/25, calf-raise 1, shrug (1/25 + 1/4) / 2 = 0.145: calf ~84 %
    assert tally["calf-raise"] > 220
    assert tally["neck-roll"] < 30
    assert tally["neck-roll"] < tally["shrug"]


def test_a_routine_spreads_over_regions() -> None:
    # Within one routine a region just picked weighs less for the next pick.
    catalogue = cat(ex("neck-1", 30, regions=["neck"]), ex("neck-2", 30, regions=["neck"]),
                    ex("neck-3", 30, regions=["neck"]), ex("legs-1", 30, regions=["legs"]))
    tally = counts(catalogue, 60)
    # "legs-1" is picked first 1 time in 4; after a neck pick it weighs 1 against 3 x 1/4, so
    # it is in about 75 % of the routines (50 % if the first pick did not count).
    assert tally["legs-1"] > 0.62 * RUNS


def test_discomfort_makes_an_exercise_rarer() -> None:
    catalogue = cat(ex("a", 30), ex("b", 30))
    baseline = counts(catalogue, 40)
    assert 100 < baseline["a"] < 200
    once = counts(catalogue, 40, discomfort={"a": 1})
    # weight 0.3 against 1: about 23 %
    assert DISCOMFORT_FACTOR == 0.3
    assert 35 < once["a"] < 110
    twice = counts(catalogue, 40, discomfort={"a": 2, "b": 0, "unknown": 5})
    # weight 0.09 against 1: about 8 %
    assert twice["a"] < 50
    assert twice["a"] < once["a"]


def test_an_empty_or_fully_excluded_catalogue_gives_an_empty_routine() -> None:
    assert choose(Catalogue({}), 120, random.Random(0)) == Routine(())
    catalogue = cat(ex("a", regions=["neck"]), ex("b", position="standing"))
    prefs = Preferences(avoid_regions=frozenset({"neck"}), seated_only=True)
    routine = choose(catalogue, 120, random.Random(0), prefs)
    assert routine.exercises == ()
    assert routine.seconds == 0.0


def test_a_break_shorter_than_every_exercise_gets_the_shortest() -> None:
    catalogue = cat(ex("long", 90), ex("b-short", 40), ex("a-short", 40), ex("mid", 60))
    for seed in range(20):
        routine = choose(catalogue, 30, random.Random(seed))
        assert routine.ids == ("a-short",)  # the shortest, ties by id
        assert routine.starts == (0.0,)


def test_the_shortest_fallback_honours_the_preferences() -> None:
    catalogue = cat(ex("long", 90), ex("short", 40))
    prefs = Preferences(avoid_exercises=frozenset({"short"}))
    assert choose(catalogue, 30, random.Random(0), prefs).ids == ("long",)


# ---- replacement ------------------------------------------------------------------------------

def test_a_replacement_is_never_in_the_routine_and_fits_the_time_left() -> None:
    catalogue = cat(ex("a", 30), ex("b", 30), ex("c", 30), ex("d", 60), ex("e", 90),
                    ex("f", 20))
    routine = routine_of(catalogue, "a", "b")
    seen: Counter[str] = Counter()
    for seed in range(RUNS):
        other = replacement(catalogue, routine, 1, 60.0, random.Random(seed))
        assert other is not None
        seen[other.id] += 1
    assert set(seen) == {"c", "d", "f"}  # not a or b (in the routine), not e (90 s)


def test_a_replacement_fits_exactly_and_honours_the_preferences() -> None:
    catalogue = cat(ex("a", 30), ex("b", 45), ex("c", 45, regions=["legs"]), ex("d", 46))
    routine = routine_of(catalogue, "a")
    prefs = Preferences(avoid_regions=frozenset({"legs"}))
    for seed in range(20):
        other = replacement(catalogue, routine, 0, 45.0, random.Random(seed), prefs)
        assert other is not None
        assert other.id == "b"


@pytest.mark.parametrize("seconds_left", [19.0, 0.0, -5.0])
def test_no_replacement_when_nothing_fits(seconds_left: float) -> None:
    catalogue = cat(ex("a", 30), ex("b", 20), ex("c", 40))
    routine = routine_of(catalogue, "a")
    assert replacement(catalogue, routine, 0, seconds_left, random.Random(0)) is None


def test_no_replacement_when_everything_is_in_the_routine() -> None:
    catalogue = cat(ex("a", 30), ex("b", 20))
    routine = Routine(tuple(catalogue))
    assert replacement(catalogue, routine, 0, 600.0, random.Random(0)) is None
    assert replacement(Catalogue({}), Routine(()), 0, 600.0, random.Random(0)) is None


def test_a_replacement_prefers_regions_the_rest_of_the_routine_does_not_move() -> None:
    catalogue = cat(ex("neck-1", 30, regions=["neck"]), ex("now", 30, regions=["hips"]),
                    ex("neck-2", 30, regions=["neck"]), ex("legs-1", 30, regions=["legs"]),
                    ex("hips-2", 30, regions=["hips"]))
    routine = routine_of(catalogue, "neck-1", "now")
    seen: Counter[str] = Counter()
    for seed in range(RUNS):
        other = replacement(catalogue, routine, 1, 60.0, random.Random(seed))
        assert other is not None
        seen[other.id] += 1
    # neck was moved by the rest of the routine (weight 1/4); legs and hips were not (1):
    # the exercise being replaced does not count
    assert seen["neck-2"] < 0.2 * RUNS
    assert seen["legs-1"] > 0.3 * RUNS
    assert seen["hips-2"] > 0.3 * RUNS


def test_discomfort_makes_a_replacement_rarer() -> None:
    catalogue = cat(ex("a", 30), ex("b", 30), ex("c", 30))
    routine = routine_of(catalogue, "a")
    seen: Counter[str] = Counter()
    for seed in range(RUNS):
        other = replacement(catalogue, routine, 0, 60.0, random.Random(seed),
                            discomfort={"b": 2})
        assert other is not None
        seen[other.id] += 1
    assert seen["b"] < 0.2 * RUNS  # about 8 %


# ---- properties -------------------------------------------------------------------------------

@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    size = draw(st.integers(1, 12))
    exercises: dict[str, Exercise] = {}
    for i in range(size):
        ident = f"ex-{i}"
        exercises[ident] = ex(
            ident, draw(st.integers(20, 180)),
            regions=draw(st.lists(st.sampled_from(REGIONS), min_size=1, max_size=3,
                                  unique=True)),
            position=draw(st.sampled_from(POSITIONS)),
            direction=draw(st.sampled_from(DIRECTIONS)))
    # some standing exercises name a seated (or either) one as their alternative
    sitters = [e.id for e in exercises.values() if e.position != "standing"]
    for ident, exercise in list(exercises.items()):
        if exercise.position == "standing" and sitters and draw(st.booleans()):
            target = draw(st.sampled_from(sitters))
            seconds = [s.seconds for s in exercise.steps]
            exercises[ident] = ex(ident, seconds, exercise.regions, "standing",
                                  exercise.direction, alternative=target)
    return Catalogue(exercises)


@st.composite
def preferences(draw: st.DrawFn, catalogue: Catalogue) -> Preferences:
    known = [e.id for e in catalogue]
    return Preferences(
        avoid_exercises=frozenset(draw(st.lists(st.sampled_from(known), max_size=3))),
        avoid_regions=frozenset(draw(st.lists(st.sampled_from(REGIONS), max_size=3))),
        seated_only=draw(st.booleans()),
        spine=draw(st.sampled_from(["any", "extension", "flexion"])))


def permitted(exercise: Exercise, prefs: Preferences) -> bool:
    return (exercise.id not in prefs.avoid_exercises
            and not set(exercise.regions) & prefs.avoid_regions
            and not (prefs.seated_only and exercise.position == "standing")
            and not (prefs.spine == "extension" and exercise.direction == "flexion")
            and not (prefs.spine == "flexion" and exercise.direction == "extension"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), break_seconds=st.integers(30, 600), seed=st.integers(0, 2**32))
def test_choose_always_gives_a_permitted_routine_that_fits(
        data: st.DataObject, break_seconds: int, seed: int) -> None:
    catalogue = data.draw(catalogues())
    prefs = data.draw(preferences(catalogue))
    regions_today = data.draw(st.dictionaries(st.sampled_from(REGIONS), st.integers(0, 10)))
    discomfort = data.draw(st.dictionaries(st.sampled_from([e.id for e in catalogue]),
                                           st.integers(0, 4)))
    routine = choose(catalogue, break_seconds, random.Random(seed), prefs,
                     regions_today=regions_today, discomfort=discomfort)
    chosen = routine.exercises
    pool = allowed(catalogue, prefs)
    assert len(chosen) <= MAX_EXERCISES
    assert len(set(routine.ids)) == len(chosen)
    assert all(permitted(e, prefs) for e in chosen)
    assert all(e in pool for e in chosen)
    assert (len(chosen) == 0) == (len(pool) == 0)
    if routine.seconds > break_seconds:
        assert len(chosen) == 1
        assert all(e.seconds > break_seconds for e in pool)  # none fit
        assert chosen[0] == min(pool, key=lambda e: (e.seconds, e.id))
    else:
        # nothing more that is allowed would have fitted, unless the routine is full
        left = break_seconds - routine.seconds
        assert len(chosen) == MAX_EXERCISES or all(
            e in chosen or e.seconds > left for e in pool)


@settings(max_examples=200, deadline=None)
@given(catalogue=catalogues(), break_seconds=st.integers(30, 600), seed=st.integers(0, 2**32),
       elapsed=st.floats(-10, 700, allow_nan=False))
def test_at_and_reached_agree_with_the_timeline(catalogue: Catalogue, break_seconds: int,
                                                seed: int, elapsed: float) -> None:
    routine = choose(catalogue, break_seconds, random.Random(seed))
    moment = routine.at(elapsed)
    reached = routine.reached(elapsed)
    if elapsed >= routine.seconds:
        assert moment.index == len(routine.exercises)
        assert moment.exercise is None
        assert reached == routine.ids
        return
    assert moment.exercise is routine.exercises[moment.index]
    assert moment.current is moment.exercise.steps[moment.step]
    assert moment.step_elapsed >= 0
    assert moment.step_left > 0
    assert moment.step_elapsed + moment.step_left == pytest.approx(
        moment.current.seconds)
    begun = routine.starts[moment.index] + sum(
        s.seconds for s in moment.exercise.steps[:moment.step])
    if elapsed >= 0:
        assert begun + moment.step_elapsed == pytest.approx(elapsed)
        assert reached == routine.ids[:moment.index + 1]
