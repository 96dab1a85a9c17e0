"""Check-ins: the user's own word on how their body feels, the log the coach paces by.

A check-in is one pain-or-discomfort rating from 0 to 10, now, optionally for one body region
and one exercise. It is health data: it lives in the user's history and nowhere else. Times are
passed in (aware datetimes in the user's zone); the calendar day is the user's local day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

from deskcoach.core.settings import REGION_NAMES

#: after_break: the 10-second question after a break; morning: the first break of the day
#: ("how is it this morning?"); weekly: the body map; manual: `deskcoach checkin`.
KINDS: Final = ("after_break", "morning", "weekly", "manual")
MAX_PAIN: Final = 10
#: At or under this during and after exercise is fine ("a mild ache"); above it is too much.
MILD: Final = 3
MAX_NOTE: Final = 200  # characters of the user's own words with a check-in


class CheckInError(ValueError):
    """A check-in that breaks a rule; the message names the field and the allowed range."""


@dataclass(frozen=True)
class CheckIn:
    at: datetime
    pain: int
    kind: str = "manual"
    region: str | None = None
    exercise: str | None = None
    flags: tuple[str, ...] = field(default=())  # red-flag ids the user ticked (see redflags)
    note: str = ""  # the user's own words, kept with the check-in (health data, like it)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise CheckInError("a check-in's time must carry its UTC offset")
        if isinstance(self.pain, bool) or not isinstance(self.pain, int) or \
                not 0 <= self.pain <= MAX_PAIN:
            raise CheckInError(f"pain must be a whole number from 0 to {MAX_PAIN}, "
                               f"not {self.pain!r}")
        if self.kind not in KINDS:
            raise CheckInError(f"kind is {self.kind!r}, allowed: {', '.join(KINDS)}")
        if self.region is not None and self.region not in REGION_NAMES:
            raise CheckInError(f"region is {self.region!r}, allowed: {', '.join(REGION_NAMES)}")
        if not isinstance(self.note, str) or len(self.note) > MAX_NOTE or \
                any(ch < " " for ch in self.note):
            raise CheckInError(f"the note is one line of at most {MAX_NOTE} characters")

    @property
    def day(self) -> date:
        return self.at.date()

    def concerns(self, regions: Iterable[str]) -> bool:
        """Whether this check-in speaks about an exercise working these regions: a general one
        (no region) speaks about every exercise."""
        return self.region is None or self.region in tuple(regions)

    def as_dict(self) -> dict[str, object]:
        return {"at": self.at.isoformat(timespec="seconds"), "day": self.day.isoformat(),
                "kind": self.kind, "pain": self.pain, "region": self.region,
                "exercise": self.exercise, "flags": list(self.flags), "note": self.note}


def mornings(checkins: Iterable[CheckIn], regions: Iterable[str] | None = None,
             after: date | None = None) -> dict[date, int]:
    """Each day's morning rating (the highest, if several), oldest first.

    With `regions`, only morning check-ins that concern them; with `after`, only days after it.
    """
    wanted = None if regions is None else tuple(regions)
    days: dict[date, int] = {}
    for c in checkins:
        if c.kind != "morning" or (after is not None and c.day <= after):
            continue
        if wanted is not None and not c.concerns(wanted):
            continue
        days[c.day] = max(days.get(c.day, 0), c.pain)
    return dict(sorted(days.items()))


def baseline(checkins: Iterable[CheckIn], regions: Iterable[str], on_or_before: date) -> int | None:
    """The user's usual morning level when a step began: the last morning rating on or before
    that day. None when there is none yet (the first morning after then stands in)."""
    before = {d: p for d, p in mornings(checkins, regions).items() if d <= on_or_before}
    return before[max(before)] if before else None


def daily_average(checkins: Iterable[CheckIn], first: date, last: date) -> dict[date, float]:
    """The mean rating of every day in [first, last] that has a check-in (for trend lines)."""
    sums: dict[date, list[int]] = {}
    for c in checkins:
        if first <= c.day <= last:
            sums.setdefault(c.day, []).append(c.pain)
    return {d: sum(v) / len(v) for d, v in sorted(sums.items())}


WEEKLY_DAYS: Final = 7


def question_due(log: Iterable[CheckIn], now: datetime, rating: str | None) -> str | None:
    """Which check-in to offer after a break the user rated (`rating`), if any.

    One question at most, never nagging: the pain question when the break felt uncomfortable;
    else the morning question at the first rated break of a day; else the weekly body map
    once a week. Unrated breaks (the user let the question go by) ask nothing.
    """
    if rating is None:
        return None
    if rating == "uncomfortable":
        return "after_break"
    entries = [c for c in log if c.at <= now]
    if not any(c.kind == "morning" and c.day == now.date() for c in entries):
        return "morning"
    recent = now.date() - timedelta(days=WEEKLY_DAYS)
    if not any(c.kind == "weekly" and c.day > recent for c in entries):
        return "weekly"
    return None
