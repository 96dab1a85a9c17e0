"""Eye micro-breaks: the second, lighter cadence beside the movement breaks.

Every `eye_break_minutes` of work (0 turns it off) a 20-second prompt asks the user to look
into the distance (the 20-20-20 habit; Talens-Estarelles et al., Contact Lens and Anterior Eye,
2023). It never blocks, waits while a meeting or full-screen app is in front, and is never
stacked next to a movement break: it ends CLEARANCE_SECONDS or more before one (a
movement break rests the eyes too, so the eye timer starts again when one ends). The cycle is
only read, never changed; time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.moments import Instant, shift
from deskcoach.core.status import Phase

EYE_SECONDS: Final = 20
CLEARANCE_SECONDS: Final = 120


@dataclass(frozen=True)
class EyePrompt:
    """Show the eye prompt for `seconds` (effect)."""

    seconds: int = EYE_SECONDS


@dataclass(frozen=True)
class EyeDone:
    """The prompt's time is over (effect): record it as shown."""

    shown: datetime


@dataclass
class EyeCadence:
    """When the next eye micro-break falls due, and whether one is on screen."""

    minutes: int
    due_mono: float  # when the next prompt falls due (monotonic seconds)
    showing_since: Instant | None = None
    _stretch: float = 0.0  # the movement cycle's stretch start we last saw

    @classmethod
    def start(cls, minutes: int, now: Instant) -> EyeCadence:
        return cls(minutes, now.mono + minutes * 60, None, now.mono)

    @property
    def on(self) -> bool:
        return self.minutes > 0

    def configure(self, minutes: int, now: Instant) -> None:
        """A new interval (from the settings) counts from now."""
        if minutes != self.minutes:
            self.minutes, self.due_mono = minutes, now.mono + minutes * 60

    def _resting(self, cycle: BreakCycle) -> bool:
        """Whether the eyes get a rest anyway: a movement break, a pause, the user away."""
        return cycle.phase in (Phase.ON_BREAK, Phase.PAUSED) or cycle.away is not None

    def follow(self, now: Instant, cycle: BreakCycle) -> list[EyePrompt | EyeDone]:
        """Catch up with time and the movement cycle; the prompts to show or close."""
        if self.showing_since is not None:
            if now.mono - self.showing_since.mono >= EYE_SECONDS or not self.on:
                shown, self.showing_since = self.showing_since, None
                self.due_mono = now.mono + self.minutes * 60
                return [EyeDone(shown.wall)]
            return []
        if not self.on:
            return []
        if self._resting(cycle):  # the timer starts again once work does
            self.due_mono, self._stretch = now.mono + self.minutes * 60, cycle.stretch_start
            return []
        if cycle.stretch_start != self._stretch:  # a fresh stretch of work (after a break)
            self._stretch = cycle.stretch_start
            self.due_mono = max(self.due_mono, cycle.stretch_start + self.minutes * 60)
        if now.mono < self.due_mono or cycle.blocked is not None:
            return []
        if cycle.phase is not Phase.WORKING or \
                cycle.due_mono - now.mono < CLEARANCE_SECONDS + EYE_SECONDS:
            # A movement break is near (or waiting): it rests the eyes as well.
            self.due_mono = now.mono + self.minutes * 60
            return []
        self.showing_since = now
        return [EyePrompt()]

    def close(self, now: Instant) -> list[EyeDone]:
        """The user closed the prompt early."""
        if self.showing_since is None:
            return []
        shown, self.showing_since = self.showing_since, None
        self.due_mono = now.mono + self.minutes * 60
        return [EyeDone(shown.wall)]

    def next_wakeup(self, now: Instant, cycle: BreakCycle) -> datetime | None:
        """When `follow` next needs calling; None when nothing is due."""
        if self.showing_since is not None:
            return shift(now.wall, max(0.0, self.showing_since.mono + EYE_SECONDS - now.mono))
        if not self.on or self._resting(cycle) or cycle.blocked is not None:
            return None
        return shift(now.wall, max(0.0, self.due_mono - now.mono))

    def next_at(self, now: Instant, cycle: BreakCycle) -> datetime | None:
        """For status: when the next prompt is expected (None when off or resting)."""
        if self.showing_since is not None:
            return self.showing_since.wall
        return self.next_wakeup(now, cycle)
