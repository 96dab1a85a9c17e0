"""Choosing a break's routine, and where in it a break is after some seconds.

Selection rotates body regions across the day (a region not yet moved today weighs more),
does not repeat an exercise from the last few breaks, honours the user's exclusions, seated-only
and spine preference, and makes an exercise reported uncomfortable come back less often (per
exercise: services/routines.py counts check-ins about it, never a whole break's rating). The
random source is passed in, so a seeded `random.Random` makes a choice reproducible.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:  # only named here: the app's start builds an empty Routine before the catalogue
    from deskcoach.core.exercises import Catalogue, Exercise, Step

MAX_EXERCISES: Final = 4
NO_REPEAT_BREAKS: Final = 3  # an exercise done in the last 3 breaks waits
DISCOMFORT_FACTOR: Final = 0.3  # each "uncomfortable" multiplies an exercise's weight by this


@dataclass(frozen=True)
class Preferences:
    avoid_exercises: frozenset[str] = frozenset()
    avoid_regions: frozenset[str] = frozenset()
    seated_only: bool = False
    spine: str = "any"  # "extension": bending back feels good; "flexion": bending forward


@dataclass(frozen=True)
class Moment:
    """Where a routine is: which exercise and step, and how far into the step."""

    index: int  # exercise index; len(routine) when only the closing rest is left
    step: int
    step_elapsed: float
    step_left: float
    exercise: Exercise | None
    current: Step | None


@dataclass(frozen=True)
class Routine:
    exercises: tuple[Exercise, ...]
    starts: tuple[float, ...] = field(default=())  # when each exercise starts in the break

    def __post_init__(self) -> None:
        if not self.starts:
            offsets, t = [], 0.0
            for exercise in self.exercises:
                offsets.append(t)
                t += exercise.seconds
            object.__setattr__(self, "starts", tuple(offsets))

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)

    @property
    def seconds(self) -> float:
        if not self.exercises:
            return 0.0
        return self.starts[-1] + self.exercises[-1].seconds

    def at(self, elapsed: float) -> Moment:
        """The moment `elapsed` seconds into the break."""
        for index in range(len(self.exercises) - 1, -1, -1):
            start = self.starts[index]
            exercise = self.exercises[index]
            if elapsed >= start:
                offset = elapsed - start
                for number, step in enumerate(exercise.steps):
                    if offset < step.seconds:
                        return Moment(index, number, offset, step.seconds - offset, exercise,
                                      step)
                    offset -= step.seconds
                break
        if self.exercises and elapsed < self.starts[0]:
            first = self.exercises[0]
            return Moment(0, 0, 0.0, float(first.steps[0].seconds), first, first.steps[0])
        return Moment(len(self.exercises), 0, 0.0, 0.0, None, None)

    def reached(self, elapsed: float) -> tuple[str, ...]:
        """The exercises begun by `elapsed`: what the history records as done."""
        return tuple(e.id for e, s in zip(self.exercises, self.starts, strict=True)
                     if elapsed >= s)

    def swapped(self, index: int, replacement: Exercise, elapsed: float,
                break_seconds: float) -> Routine:
        """Put `replacement` in place of exercise `index` from now; what no longer fits goes."""
        kept = list(self.exercises[:index])
        starts = list(self.starts[:index])
        t = max(elapsed, self.starts[index] if index < len(self.starts) else elapsed)
        for exercise in (replacement, *self.exercises[index + 1:]):
            if t + exercise.seconds > break_seconds and exercise is not replacement:
                break
            kept.append(exercise)
            starts.append(t)
            t += exercise.seconds
        return Routine(tuple(kept), tuple(starts))


def allowed(catalogue: Catalogue, prefs: Preferences) -> list[Exercise]:
    """Every exercise the user's choices permit, standing ones replaced when seated-only."""
    result: dict[str, Exercise] = {}
    for exercise in catalogue:
        chosen: Exercise | None = exercise
        if prefs.seated_only and exercise.position == "standing":
            alternative = exercise.seated_alternative
            chosen = catalogue.get(alternative) if alternative else None
        if chosen is None or not _permitted(chosen, prefs):
            continue
        result[chosen.id] = chosen
    return [result[k] for k in sorted(result)]


def _permitted(exercise: Exercise, prefs: Preferences) -> bool:
    if exercise.id in prefs.avoid_exercises:
        return False
    if prefs.avoid_regions.intersection(exercise.regions):
        return False
    if prefs.seated_only and exercise.position == "standing":
        return False
    return not ((prefs.spine == "extension" and exercise.direction == "flexion")
                or (prefs.spine == "flexion" and exercise.direction == "extension"))


def choose(catalogue: Catalogue, break_seconds: int, rng: random.Random,
           prefs: Preferences = Preferences(),
           recent: Sequence[Iterable[str]] = (),
           regions_today: Mapping[str, int] | None = None,
           discomfort: Mapping[str, int] | None = None) -> Routine:
    """A routine of 1-4 exercises that fits `break_seconds` (empty if nothing is allowed).

    `recent` lists the exercises of past breaks, newest last; `regions_today` counts how
    often each region was moved today; `discomfort` counts "uncomfortable" reports.
    """
    pool = allowed(catalogue, prefs)
    recently = {ident for past in list(recent)[-NO_REPEAT_BREAKS:] for ident in past}
    moved: Counter[str] = Counter(regions_today or {})
    sore = discomfort or {}
    chosen: list[Exercise] = []
    left = float(break_seconds)
    while len(chosen) < MAX_EXERCISES:
        fits = [e for e in pool if e.seconds <= left and e not in chosen]
        # Not repeating recent exercises matters, but fitting the break matters more.
        fits = [e for e in fits if e.id not in recently] or fits
        if not fits:
            break
        weights = [_weight(e, moved, sore) for e in fits]
        pick = rng.choices(fits, weights=weights)[0]
        chosen.append(pick)
        left -= pick.seconds
        moved.update(pick.regions)
    if not chosen and pool:
        chosen.append(min(pool, key=lambda e: (e.seconds, e.id)))  # a break shorter than all
    return Routine(tuple(chosen))


def _weight(exercise: Exercise, moved: Counter[str], sore: Mapping[str, int]) -> float:
    rotation = sum(1.0 / (1 + moved[region]) ** 2 for region in exercise.regions)
    rotation /= len(exercise.regions)
    return rotation * DISCOMFORT_FACTOR ** sore.get(exercise.id, 0)


def replacement(catalogue: Catalogue, routine: Routine, index: int, seconds_left: float,
                rng: random.Random, prefs: Preferences = Preferences(),
                discomfort: Mapping[str, int] | None = None) -> Exercise | None:
    """Another exercise for "Swap": allowed, not in this routine, and fits the time left."""
    current = routine.exercises[index] if index < len(routine.exercises) else None
    pool = [e for e in allowed(catalogue, prefs)
            if e.id not in routine.ids and e.seconds <= max(seconds_left, 0)]
    if not pool:
        return None
    moved = Counter(r for e in routine.exercises if e is not current for r in e.regions)
    sore = discomfort or {}
    return rng.choices(pool, weights=[_weight(e, moved, sore) for e in pool])[0]
