"""Which exercises a break shows: chosen, asked for by name, or swapped.

Chosen from the catalogue by the user's preferences and what they moved today; swapped for
another that fits the time left. Built before the tray icon shows, it loads the exercise rules
(core.routine, core.exercises) and the coach only when first used, once the icon is up.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cached_property
from typing import TYPE_CHECKING

from deskcoach.core.anchors import ANCHOR_SECONDS
from deskcoach.core.moments import Instant, shift
from deskcoach.core.settings import Settings
from deskcoach.store.history import History

if TYPE_CHECKING:
    from deskcoach.core.exercises import Catalogue, Exercise
    from deskcoach.core.routine import Preferences, Routine
    from deskcoach.services.coaching import Coach as Coaching


class Routines:
    def __init__(self, history: History, settings: Callable[[], Settings],
                 catalogue: Catalogue | None = None, rng: random.Random | None = None) -> None:
        """`settings`: the settings in effect now (they change while the app runs)."""
        self.history = history
        if catalogue is not None:
            self.catalogue = catalogue
        self.rng = rng or random.Random()
        self._settings = settings
        self._forced: str | None = None
        self.anchor_routine: Routine | None = None  # the next break's, once the user accepts
        self._when: datetime | None = None  # the break on screen's start
        self.length: int | None = None  # the break on screen's length, when not the settings'

    @cached_property
    def catalogue(self) -> Catalogue:
        """No exercises until `load`."""
        from deskcoach.core.exercises import Catalogue

        return Catalogue({})

    @cached_property
    def routine(self) -> Routine:
        """The break's exercises: none before the first break."""
        from deskcoach.core.routine import Routine

        return Routine(())

    @cached_property
    def coaching(self) -> Coaching:
        """The check-ins and pacing (loaded with the catalogue, once the tray icon shows)."""
        from deskcoach.services.coaching import Coach as Coaching

        history = self.history
        return Coaching(lambda: history.connection, self.catalogue)

    def load(self, catalogue: Catalogue) -> None:
        """Start-up stage: the catalogue loads once the tray icon shows."""
        self.catalogue = catalogue
        self.coaching.catalogue = catalogue

    def force(self, exercise: str) -> str | None:
        """Show `exercise` at the next break (`show_now` for a break on screen); the refusal,
        or None."""
        if exercise not in self.catalogue:
            return f"there is no exercise '{exercise}' (see `deskcoach exercises`)"
        self._forced = exercise
        return None

    def show_now(self, exercise: str, elapsed: float) -> str | None:
        """On a break, `elapsed` seconds in: `exercise` takes the place of the one on screen.
        What was done stays done, and it is not credited before it has been shown."""
        chosen = self.coaching.levelled(self.catalogue).get(exercise)
        if chosen is None:
            return f"there is no exercise '{exercise}' (see `deskcoach exercises`)"
        self._forced = None
        self.routine = self.routine.swapped(self.routine.at(elapsed).index, chosen, elapsed,
                                            self.break_seconds())
        return None

    def preferences(self) -> Preferences:
        from deskcoach.core.routine import Preferences

        s = self._settings()
        return Preferences(frozenset(s.avoid_exercises), frozenset(s.avoid_regions),
                           s.seated_only, s.spine_preference)

    def unseen_notes(self, seen: set[str]) -> tuple[Exercise, ...]:
        """The routine's exercises with cautions this user has not been shown yet (`seen`)."""
        return tuple(e for e in self.routine.exercises
                     if (e.cautions or e.avoid_if) and e.id not in seen)

    def anchor(self, today: date) -> Routine:
        """A daily anchor's five-minute routine (empty when nothing fits)."""
        from deskcoach.core.routine import choose

        return choose(self.coaching.break_catalogue(self.catalogue, today), ANCHOR_SECONDS,
                      self.rng, self.preferences())

    def break_seconds(self) -> int:
        return self._settings().break_seconds if self.length is None else self.length

    def choose(self, now: Instant, seconds: int | None = None) -> Routine:
        """A fresh routine for the break starting `now` (`seconds` long, if not the settings'
        break_seconds): an accepted anchor's, the one asked for, or a chosen mix."""
        from deskcoach.core.routine import NO_REPEAT_BREAKS, Routine, choose

        self.length = None if seconds is None or seconds == self._settings().break_seconds \
            else seconds
        self._when = now.wall
        anchor, self.anchor_routine = self.anchor_routine, None
        if anchor is not None:
            self.routine = anchor
            return anchor
        forced, self._forced = self._forced, None
        exercise = self.coaching.levelled(self.catalogue).get(forced) if forced else None
        if exercise is not None:
            self.routine = Routine((exercise,))
            return self.routine
        start = datetime.combine(now.wall.date(), time(0), tzinfo=now.wall.tzinfo)
        moved: Counter[str] = Counter()
        for ident in self.history.exercises_between(start, shift(now.wall, 1)):
            known = self.catalogue.get(ident)
            moved.update(known.regions if known else ())
        self.routine = choose(self.coaching.break_catalogue(self.catalogue, now.wall.date()),
                              self.break_seconds(), self.rng, self.preferences(),
                              self.history.recent_exercises(NO_REPEAT_BREAKS), moved,
                              self.discomfort(now.wall))
        return self.routine

    def discomfort(self, now: datetime | None) -> dict[str, int]:
        """Per exercise: its check-ins above a mild ache lately, plus one-tap "uncomfortable"
        ratings of breaks that held only it (History.discomfort). Never per break."""
        counts = self.history.discomfort()
        for ident, n in (self.coaching.flares(now) if now else {}).items():
            counts[ident] = counts.get(ident, 0) + n
        return counts

    def swap(self, elapsed: float) -> str | None:
        """Replace the exercise on screen `elapsed` seconds into the break with another that
        fits the time left; the refusal, or None."""
        routine, break_seconds = self.routine, self.break_seconds()
        if not routine.exercises:
            return "there is no exercise on screen to swap"
        index = routine.at(elapsed).index
        if index >= len(routine.exercises):  # the closing rest: every exercise was done
            return "there is no exercise on screen to swap"
        from deskcoach.core.routine import replacement

        left = break_seconds - max(elapsed, routine.starts[index])
        other = replacement(self.coaching.levelled(self.catalogue), routine, index, left,
                            self.rng,
                            self.preferences(), self.discomfort(self._when))
        if other is None:
            return "no other exercise fits the time left"
        self.routine = routine.swapped(index, other, elapsed, break_seconds)
        return None
