"""What the cycle answers without changing: status, break time left, next wake-up, attention.

Functions of a `BreakCycle` (cycle.py delegates to them), kept apart so the state machine
reads as its rules alone.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import TYPE_CHECKING, Final

from deskcoach.core.moments import Instant, seconds_between, shift
from deskcoach.core.status import Attention, Phase, Status

if TYPE_CHECKING:
    from deskcoach.core.cycle import BreakCycle

#: A break window ignored for this long past its length closes itself and counts as missed.
IGNORED_GRACE_SECONDS: Final = 300.0


def status(cycle: BreakCycle, now: Instant) -> Status:
    s = cycle.settings
    brk = cycle.current
    used = brk.snoozes if brk else 0
    snoozes_left = 0 if s.strict_mode else max(0, s.snoozes_per_break - used)
    skips_left = None if s.skips_unlimited else max(0, s.daily_skip_budget - cycle.skips_today)
    break_left_s: int | None = None
    next_at: datetime | None
    remaining = break_left(cycle, now)
    if remaining is not None:
        break_left_s = ceil_seconds(remaining)
        next_at, left = None, 0
    elif cycle.phase is Phase.PAUSED and cycle.paused_until is not None:
        next_at = shift(cycle.paused_until, s.work_minutes * 60)
        left = ceil_seconds(seconds_between(now.wall, next_at))
    else:
        # Away, the work timer stands still where it was when the user left (the absence
        # is added back on return, or the stretch starts afresh after a natural break).
        left = ceil_seconds(cycle.due_mono - _work_clock(cycle, now))
        next_at = shift(now.wall, left)
    can_skip = (not s.strict_mode and cycle.phase is not Phase.PAUSED
                and (skips_left is None or skips_left > 0))
    can_snooze = (snoozes_left > 0 and cycle.phase in (Phase.ON_BREAK, Phase.PRE_BREAK))
    return Status(cycle.phase, next_at, left, break_left_s, cycle.paused_until,
                  snoozes_left, skips_left, can_snooze, can_skip, _progress(cycle, now),
                  cycle.phase is Phase.ON_BREAK and cycle.user_active, _reason(cycle),
                  s.strict_mode)


def break_length(cycle: BreakCycle) -> int:
    """The break on screen's (or the next one's) length: its own (a daily anchor's), or the
    settings' break_seconds."""
    own = cycle.current.seconds if cycle.current is not None else None
    return cycle.settings.break_seconds if own is None else own


def break_left(cycle: BreakCycle, now: Instant) -> float | None:
    """Seconds left on the break's countdown at `now`; None when no break is on."""
    if cycle.phase is not Phase.ON_BREAK or cycle.current is None:
        return None
    running = 0.0 if cycle.frozen() else max(0.0, now.mono - cycle.last.mono)
    return max(0.0, cycle.current.remaining - running)


def next_wakeup(cycle: BreakCycle, now: Instant) -> datetime | None:
    """The wall-clock moment at which the cycle next needs a Tick. The working hours'
    starts and ends are not among them: the scheduler ticks at those (cron jobs built
    from `hours.edges()`)."""
    s = cycle.settings
    if cycle.phase is Phase.PAUSED:
        return None if cycle.pause_reason == "outside_hours" else cycle.paused_until
    if cycle.away is not None:
        return None  # the user's return is an event of its own
    if cycle.held_since is not None:
        if cycle.overdue_told:
            return None
        return shift(now.wall, max(0.0, cycle.held_since + s.max_defer_minutes * 60 - now.mono))
    if cycle.phase is Phase.ON_BREAK and cycle.current is not None:
        brk = cycle.current
        give_up = brk.shown_mono + brk.waited + break_length(cycle) + IGNORED_GRACE_SECONDS
        target = give_up if cycle.frozen() else min(give_up, cycle.last.mono + brk.remaining)
    elif cycle.phase is Phase.WORKING and s.notice_seconds > 0:
        target = cycle.due_mono - s.notice_seconds
        if target <= now.mono:
            target = cycle.due_mono
    else:
        target = cycle.due_mono
    return shift(now.wall, max(0.0, target - now.mono))


def attention(cycle: BreakCycle, now: Instant, lookahead: float) -> Attention:
    """Whether the user counts as away, and whether the full-screen and meeting detectors
    are worth asking: a break falls due within `lookahead` app seconds or already waits."""
    due_soon = (cycle.phase in (Phase.WORKING, Phase.PRE_BREAK, Phase.SNOOZED)
                and cycle.due_mono <= now.mono + lookahead)
    waiting = cycle.held_since is not None
    return Attention(away=cycle.away, blocked=cycle.blocked, paused=cycle.phase is Phase.PAUSED,
                     holding=waiting, ask_blocks=due_soon or waiting or cycle.blocked is not None,
                     slept=cycle.away_slept)


def _reason(cycle: BreakCycle) -> str | None:
    if cycle.phase is Phase.PAUSED:
        return cycle.pause_reason
    if cycle.away is not None:
        return cycle.away
    if cycle.held_since is not None:
        return cycle.blocked
    return None


def _progress(cycle: BreakCycle, now: Instant) -> float:
    if cycle.phase in (Phase.ON_BREAK, Phase.SNOOZED):
        return 1.0
    if cycle.phase is Phase.PAUSED:
        return 0.0
    span = cycle.due_mono - cycle.stretch_start
    at = _work_clock(cycle, now)
    return min(1.0, max(0.0, (at - cycle.stretch_start) / span)) if span > 0 else 1.0


def _work_clock(cycle: BreakCycle, now: Instant) -> float:
    """The monotonic reading the work stretch has reached: it stops while the user is away."""
    return now.mono if cycle.away_since is None else min(now.mono, cycle.away_since.mono)


def ceil_seconds(seconds: float) -> int:
    return max(0, math.ceil(seconds - 1e-9))
