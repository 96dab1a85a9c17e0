"""The cycle seen from outside: its phase, its status, what the presence detectors need to
know of it, and how each break ended (the record the history keeps).

Apart from the events and effects (events.py): the tray shows a status the moment it starts,
while events flow only once the app has settled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import NamedTuple


class Phase(Enum):
    WORKING = "working"
    PRE_BREAK = "pre_break"
    ON_BREAK = "on_break"
    SNOOZED = "snoozed"
    PAUSED = "paused"


class Outcome(Enum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"  # put off and never taken before DeskCoach quit
    MISSED = "missed"
    NATURAL = "natural"


class BreakRecord(NamedTuple):
    """One row of history, written once the outcome is known. A named tuple, not a frozen
    dataclass: `deskcoach stats` makes some 12,000 of them for a year, and a frozen
    dataclass's __init__ (one object.__setattr__ per field) was an eighth of its work."""

    due: datetime
    started: datetime | None
    ended: datetime
    outcome: Outcome
    snoozes: int
    exercises: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attention:
    """What the presence detectors need to know of the cycle (BreakCycle.attention)."""

    away: str | None  # "idle" | "locked" while the user is away
    blocked: str | None  # "fullscreen" | "meeting" while breaks wait for one
    paused: bool
    holding: bool  # a due break waits for `blocked` to end
    ask_blocks: bool  # a break is about to fall due or waits: ask the detectors
    slept: bool = False  # the machine slept during this absence


@dataclass(frozen=True)
class Status:
    """What the tray, the CLI and the break window show of the cycle now."""

    phase: Phase
    next_break_at: datetime | None
    seconds_left: int
    break_seconds_left: int | None
    paused_until: datetime | None
    snoozes_left: int
    skips_left: int | None  # None: unlimited
    can_snooze: bool
    can_skip: bool
    progress: float  # how far the work stretch has gone, 0..1
    held: bool = False  # a break's countdown waits while the user works elsewhere
    reason: str | None = None  # why the timer is stopped or a break waits (see `reasons`)
    strict: bool = False  # strict mode: Snooze and Skip are not offered at all
