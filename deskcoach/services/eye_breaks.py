"""The eye micro-break cadence at work: follows the movement cycle, keeps the count.

The controller calls `follow` after every event and merges `next_wakeup` into its alarm;
the prompts go out through the two callbacks (the controller's signals). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.eyes import EyeCadence, EyeDone, EyePrompt
from deskcoach.core.moments import Instant
from deskcoach.store.eyelog import EyeLog

if TYPE_CHECKING:
    import sqlite3


class EyeBreaks:
    def __init__(self, db: Callable[[], sqlite3.Connection], now: Instant, minutes: int,
                 prompt: Callable[[int], Any], closed: Callable[[], Any]) -> None:
        self.cadence = EyeCadence.start(minutes, now)
        self.log = EyeLog(db)
        self._prompt, self._closed = prompt, closed

    def follow(self, now: Instant, cycle: BreakCycle) -> None:
        self.cadence.configure(cycle.settings.eye_break_minutes, now)
        self._perform(self.cadence.follow(now, cycle), now)

    def close(self, now: Instant) -> None:
        """The user dismissed the prompt before its 20 seconds were over."""
        self._perform(list(self.cadence.close(now)), now)

    def _perform(self, effects: list[EyePrompt | EyeDone], now: Instant) -> None:
        for effect in effects:
            if isinstance(effect, EyePrompt):
                self._prompt(effect.seconds)
            else:
                self.log.add(effect.shown, now.wall)
                self._closed()

    def next_wakeup(self, now: Instant, cycle: BreakCycle) -> datetime | None:
        return self.cadence.next_wakeup(now, cycle)

    def next_at(self, now: Instant, cycle: BreakCycle) -> str | None:
        at = self.cadence.next_at(now, cycle)
        return None if at is None else at.isoformat(timespec="seconds")


def earliest(*moments: datetime | None) -> datetime | None:
    found = [m for m in moments if m is not None]
    return min(found) if found else None
