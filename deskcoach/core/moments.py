"""Moments: the wall clock for what people read, a monotonic reading for every countdown.

Both move DST-safely here: plain `+` and `-` on zoned times do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class Instant:
    """A moment: aware wall-clock time plus a monotonic reading in seconds."""

    wall: datetime
    mono: float

    def after(self, seconds: float) -> Instant:
        return Instant(shift(self.wall, seconds), self.mono + seconds)


def shift(wall: datetime, seconds: float) -> datetime:
    """`wall` moved by real elapsed seconds, DST-safe (plain `+` on a zoned time is not)."""
    return (wall.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(wall.tzinfo)


def seconds_between(start: datetime, end: datetime) -> float:
    """Real seconds from `start` to `end`, DST-safe (plain `-` within one zone is not)."""
    return end.timestamp() - start.timestamp()
