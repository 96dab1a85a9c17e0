"""The cycle's vocabulary: moments, events in, effects out, records and status.

Kept apart from the state machine (cycle.py) so that the machine reads as rules alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from deskcoach.core.settings import Settings


@dataclass(frozen=True)
class Instant:
    """A moment: aware wall-clock time plus a monotonic reading in seconds."""

    wall: datetime
    mono: float

    def after(self, seconds: float) -> Instant:
        return Instant(shift(self.wall, seconds), self.mono + seconds)


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


@dataclass(frozen=True)
class BreakRecord:
    """One row of history, written once the outcome is known."""

    due: datetime
    started: datetime | None
    ended: datetime
    outcome: Outcome
    snoozes: int
    exercises: tuple[str, ...] = ()


# ---- events ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Event:
    """Something the cycle must react to, at the moment it happened."""

    at: Instant


class Tick(Event):
    """A deadline fired or the periodic refresh ran: catch up with time."""


@dataclass(frozen=True)
class BreakNow(Event):
    """A break now; `seconds` gives this one its own length (a daily anchor's five minutes),
    None the settings' break_seconds."""

    seconds: int | None = None


class Done(Event):
    pass


class Snooze(Event):
    pass


class Skip(Event):
    """Skip the break on screen or waiting, or else the next one."""


class Resume(Event):
    pass


class Shutdown(Event):
    """DeskCoach is quitting: record what can still be known."""


@dataclass(frozen=True)
class Pause(Event):
    """No breaks until `until`."""

    until: datetime


@dataclass(frozen=True)
class ChangeSettings(Event):
    """New settings in effect (the user's or the organisation's); they apply at once."""

    settings: Settings


@dataclass(frozen=True)
class Away(Event):
    """The user left: no input for the idle threshold (reason "idle"), the screen locked, or
    the machine went to sleep ("asleep": status says "locked"; a sleep long enough is a
    natural break even in strict mode, as the clock-gap check makes it)."""

    reason: str  # "idle" | "locked" | "asleep"
    idle_seconds: float = 0.0  # how long ago the last input was


class Back(Event):
    """The user is back at the desk (input again, or the screen unlocked)."""


@dataclass(frozen=True)
class Blocked(Event):
    """A full-screen app or a meeting is in front (or None when it ends): breaks wait."""

    reason: str | None  # "fullscreen" | "meeting" | None


class NoteRead(Event):
    """The user has read the first-break safety note: the break's countdown starts now."""


@dataclass(frozen=True)
class UserActive(Event):
    """Whether the user is typing or moving the mouse elsewhere; holds a break's countdown."""

    active: bool


# ---- effects --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShowNotice:
    """Tell the user a break is coming in `seconds_ahead`."""

    seconds_ahead: int


@dataclass(frozen=True)
class ShowBreak:
    """Put the break window up for a break of `break_seconds`."""

    break_seconds: int
    again: bool = False  # the same break back after a snooze


@dataclass(frozen=True)
class HideBreak:
    """Take the break window down; the break ended with `outcome`."""

    outcome: Outcome | None  # None: snoozed, the same break comes back


@dataclass(frozen=True)
class Record:
    """Write a finished break to the history."""

    record: BreakRecord


@dataclass(frozen=True)
class Overdue:
    """A break has waited for a meeting or full-screen app for the longest allowed wait."""

    minutes: int


@dataclass(frozen=True)
class Refusal:
    """A command that the state or the settings do not allow; the text says why.

    It comes last: the effects before it (catching up with time, a natural break after a
    sleep, say) still happened and must be carried out. The command itself changed nothing.
    """

    reason: str


Effect = ShowNotice | ShowBreak | HideBreak | Record | Overdue | Refusal


def refusal(effects: list[Effect]) -> str | None:
    """Why the command was refused, or None when it was carried out."""
    last = effects[-1] if effects else None
    return last.reason if isinstance(last, Refusal) else None


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


def shift(wall: datetime, seconds: float) -> datetime:
    """`wall` moved by real elapsed seconds, DST-safe (plain `+` on a zoned time is not)."""
    return (wall.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(wall.tzinfo)


def seconds_between(start: datetime, end: datetime) -> float:
    """Real seconds from `start` to `end`, DST-safe (plain `-` within one zone is not)."""
    return end.timestamp() - start.timestamp()
