"""Away and back: what the user's absence (idle, a locked screen) does to the cycle.

An absence at least a break long was a natural break; a shorter one does not count as work
(the stretch resumes where it was); a strict break interrupted by a lock starts again.
Functions of a `BreakCycle`, which calls them for its `Away` and `Back` events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from deskcoach.core.moments import Instant, shift
from deskcoach.core.status import Outcome, Phase

if TYPE_CHECKING:
    from deskcoach.core.cycle import BreakCycle
    from deskcoach.core.events import Effect


def leave(cycle: BreakCycle, now: Instant, reason: str, idle_seconds: float) -> None:
    """The user left `idle_seconds` ago (the last input), the screen locked or the machine
    went to sleep ("asleep": told as locked, but a sleep is a break, strict or not)."""
    if reason == "asleep":
        cycle.away_slept, reason = True, "locked"
    if cycle.away is not None:
        cycle.away = "locked" if reason == "locked" else cycle.away
        return
    back_to = max(0.0, min(idle_seconds, now.mono - cycle.stretch_start))
    cycle.away = reason
    cycle.away_since = Instant(shift(now.wall, -back_to), now.mono - back_to)
    cycle.away_during_break = cycle.phase is Phase.ON_BREAK


def come_back(cycle: BreakCycle, now: Instant) -> list[Effect]:
    """Back at the desk: a long enough absence was a natural break; else carry on."""
    if cycle.away is None or cycle.away_since is None:
        return []
    reason, since, during_break = cycle.away, cycle.away_since, cycle.away_during_break
    slept, cycle.away_slept = cycle.away_slept, False
    cycle.away, cycle.away_since, cycle.away_during_break = None, None, False
    absence = max(0.0, now.mono - since.mono)
    if cycle.phase is Phase.PAUSED:
        return []
    settings, current = cycle.settings, cycle.current
    strict_lock = reason == "locked" and during_break and settings.strict_mode and not slept
    if cycle.phase is Phase.ON_BREAK and current is not None and strict_lock:
        # A strict break interrupted by a lock is offered again from the start.
        current.remaining = float(cycle.break_length())
        current.waited += absence
        return []
    if absence >= settings.break_seconds:
        natural = current or cycle._coming(now)
        natural.started = natural.started or since.wall
        cycle.current = natural
        return cycle._finish(now, Outcome.NATURAL)
    if cycle.phase is Phase.ON_BREAK and current is not None:
        current.waited += absence
    else:  # resume where it was: the absence does not count as work
        cycle.due_mono += absence
        cycle.stretch_start += absence
    return []
