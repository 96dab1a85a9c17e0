"""Working hours: when DeskCoach is on duty.

Written as `mon-fri 08:30-12:30,13:30-17:30; sat 09:00-12:00` (days, then time ranges; several
groups separated by `;`). An empty schedule means always. Outside the hours DeskCoach is quiet
and the time does not count in statistics.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

DAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)")
MAX_TEXT: Final = 200


class HoursError(ValueError):
    pass


@dataclass(frozen=True)
class WorkingHours:
    """Per weekday (0 = Monday) the sorted, non-overlapping ranges; empty: always on duty."""

    days: tuple[tuple[tuple[time, time], ...], ...] = ((),) * 7
    text: str = ""

    @property
    def always(self) -> bool:
        return not any(self.days)

    def inside(self, moment: datetime) -> bool:
        if self.always:
            return True
        now = moment.time().replace(tzinfo=None)
        return any(start <= now < end for start, end in self.days[moment.weekday()])

    def next_start(self, moment: datetime) -> datetime | None:
        """The next moment a working range begins (strictly after `moment`)."""
        return self._next(moment, start=True)

    def next_change(self, moment: datetime) -> datetime | None:
        """The next range start or end after `moment`: when `inside` may change."""
        return min(filter(None, (self._next(moment, start=True),
                                 self._next(moment, start=False))), default=None)

    def _next(self, moment: datetime, start: bool) -> datetime | None:
        if self.always:
            return None
        for offset in range(8):
            day: date = moment.date() + timedelta(days=offset)
            for lo, hi in self.days[day.weekday()]:
                edge = lo if start else hi
                at = (datetime.combine(day + timedelta(days=1), time(0), tzinfo=moment.tzinfo)
                      if edge == time.max else
                      datetime.combine(day, edge, tzinfo=moment.tzinfo))
                if at > moment:
                    return at
        return None


def parse_hours(text: str) -> WorkingHours:
    """Read a schedule; raises HoursError naming the part that is wrong and the form to use."""
    cleaned = " ".join(text.lower().split())
    if len(cleaned) > MAX_TEXT:
        raise HoursError(f"working hours are at most {MAX_TEXT} characters")
    if not cleaned or cleaned in ("always", "any"):
        return WorkingHours()
    days: list[list[tuple[time, time]]] = [[] for _ in DAYS]
    for group in filter(None, (g.strip() for g in cleaned.split(";"))):
        parts = group.split(" ", 1)
        if len(parts) != 2:
            raise HoursError(f"cannot read {group!r}: write days then hours, e.g. "
                             "'mon-fri 08:30-17:30'")
        for day in _days(parts[0]):
            for span in parts[1].replace(" ", "").split(","):
                days[day].append(_span(span))
    for ranges in days:
        ranges.sort()
        for (_, end), (start, _) in itertools.pairwise(ranges):
            if start < end:
                raise HoursError("working hours overlap on a day; list each time once")
    return WorkingHours(tuple(tuple(r) for r in days), cleaned)


def _days(text: str) -> list[int]:
    result: list[int] = []
    for part in text.split(","):
        ends = part.split("-")
        if not all(e in DAYS for e in ends) or len(ends) > 2:
            raise HoursError(f"{part!r} is not a day or day range (use mon..sun, e.g. mon-fri)")
        first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
        if last < first:
            raise HoursError(f"{part!r}: a day range runs forward, e.g. mon-fri")
        result.extend(range(first, last + 1))
    return result


def _span(text: str) -> tuple[time, time]:
    match = _RANGE.fullmatch(text)
    if not match:
        raise HoursError(f"{text!r} is not a time range like 08:30-12:30")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start = time(h1, m1)
    end = time.max if (h2, m2) == (24, 0) else time(h2 % 24, m2) if h2 < 24 else None
    if end is None or end <= start:
        raise HoursError(f"{text!r}: a range must end after it starts, within one day")
    return start, end
