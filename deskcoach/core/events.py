"""The cycle's events in and effects out.

Kept apart from the state machine (cycle.py) so that the machine reads as rules alone, and
from what the tray shows before the first event (moments.py, status.py): `deskcoach run`
loads this module when the first event flows, once the tray icon shows (platform/lazy_modules.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import BreakRecord, Outcome

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
