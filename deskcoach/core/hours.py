"""Working hours: when DeskCoach is on duty.

Written as `mon-fri 08:30-12:30,13:30-17:30; sat 09:00-12:00` (days, then time ranges; several
groups separated by `;`). An empty schedule means always. Outside the hours DeskCoach is quiet
and the time does not count in statistics.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final

from deskcoach.core.i18n import fill, tr

DAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)")
MAX_TEXT: Final = 200


class HoursError(ValueError):
    pass


@dataclass(frozen=True)
class WorkingHours:
    """Per weekday (0 = Monday) the sorted, non-overlapping ranges; empty: always on duty.

    On duty from a range's start to its end as the wall clock shows them. On the nights the
    clocks change, a start or end the clocks skip happens that much later (02:30, when 02:00
    jumps to 03:00, is 03:30) and one they show twice happens twice, exactly as cron jobs fire;
    `inside` follows the latest start or end, so the repeated hour does not flip the duty back.
    Moments carry their time zone.
    """

    days: tuple[tuple[tuple[time, time], ...], ...] = ((),) * 7
    text: str = ""

    @property
    def always(self) -> bool:
        return not any(self.days)

    def edges(self) -> dict[time, tuple[int, ...]]:
        """Each time of day a range starts or ends, with the weekdays it does so on: what the
        scheduler turns into cron jobs (a range ending at 24:00 ends at 00:00 the next day)."""
        found: dict[time, set[int]] = {}
        for weekday, at, _ in self._marks():
            found.setdefault(at, set()).add(weekday)
        return {at: tuple(sorted(days)) for at, days in sorted(found.items())}

    def inside(self, moment: datetime) -> bool:
        if self.always:
            return True
        now = moment.astimezone(UTC)
        for offset in range(8):
            passed = [mark for mark in self._on(moment.date() - timedelta(days=offset),
                                                 moment.tzinfo) if mark[0] <= now]
            if passed:
                return max(passed)[1]  # a range starting as another ends: still on duty
        return False

    def next_start(self, moment: datetime) -> datetime | None:
        """The next moment a working range begins (strictly after `moment`)."""
        return self._next(moment, starts_only=True)

    def next_change(self, moment: datetime) -> datetime | None:
        """The next range start or end after `moment`: when `inside` may change."""
        return self._next(moment, starts_only=False)

    def _next(self, moment: datetime, starts_only: bool) -> datetime | None:
        after = moment.astimezone(UTC)
        for offset in range(8):
            later = [at for at, starts in self._on(moment.date() + timedelta(days=offset),
                                                   moment.tzinfo)
                     if at > after and (starts or not starts_only)]
            if later:
                return min(later).astimezone(moment.tzinfo)
        return None

    def _marks(self) -> Iterator[tuple[int, time, bool]]:
        """(weekday, time of day, True for a start) for every range start and end."""
        for weekday, ranges in enumerate(self.days):
            for start, end in ranges:
                yield weekday, start, True
                yield ((weekday + 1) % 7, time(0), False) if end == time.max else (
                    weekday, end, False)

    def _on(self, day: date, zone: tzinfo | None) -> list[tuple[datetime, bool]]:
        """The instants (UTC) on `day` at which a range starts (True) or ends (False)."""
        return [(instant, starts) for weekday, at, starts in self._marks()
                if weekday == day.weekday() for instant in _occurrences(day, at, zone)]


def _occurrences(day: date, at: time, zone: tzinfo | None) -> list[datetime]:
    """When the clock in `zone` shows `at` on `day`: twice in the hour the clocks go back; a
    time they skip comes as late as the skip (read with the offset before the change)."""
    first = datetime.combine(day, at, tzinfo=zone)
    second = first.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return [first.astimezone(UTC)]
    shown = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if shown == first.replace(tzinfo=None):  # shown twice
        return [first.astimezone(UTC), second.astimezone(UTC)]
    return [first.astimezone(UTC)]


def parse_hours(text: str) -> WorkingHours:
    """Read a schedule; raises HoursError naming the part that is wrong and the form to use."""
    cleaned = " ".join(text.lower().split())
    if len(cleaned) > MAX_TEXT:
        raise HoursError(fill(tr("working hours are at most %1 characters"), MAX_TEXT))
    if not cleaned or cleaned in ("always", "any"):
        return WorkingHours()
    days: list[list[tuple[time, time]]] = [[] for _ in DAYS]
    for group in filter(None, (g.strip() for g in cleaned.split(";"))):
        parts = group.split(" ", 1)
        if len(parts) != 2:
            raise HoursError(fill(tr("cannot read %1: write days then hours, e.g. 'mon-fri "
                                     "08:30-17:30'"), repr(group)))
        for day in _days(parts[0]):
            for span in parts[1].replace(" ", "").split(","):
                days[day].append(_span(span))
    for ranges in days:
        ranges.sort()
        for (_, end), (start, _) in itertools.pairwise(ranges):
            if start < end:
                raise HoursError(tr("working hours overlap on a day; list each time once"))
    return WorkingHours(tuple(tuple(r) for r in days), cleaned)


def _days(text: str) -> list[int]:
    result: list[int] = []
    for part in text.split(","):
        ends = part.split("-")
        if not all(e in DAYS for e in ends) or len(ends) > 2:
            raise HoursError(fill(tr("%1 is not a day or day range (use mon..sun, e.g. mon-fri)"),
                                  repr(part)))
        first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
        if last < first:
            raise HoursError(fill(tr("%1: a day range runs forward, e.g. mon-fri"), repr(part)))
        result.extend(range(first, last + 1))
    return result


def _span(text: str) -> tuple[time, time]:
    match = _RANGE.fullmatch(text)
    if not match:
        raise HoursError(fill(tr("%1 is not a time range like 08:30-12:30"), repr(text)))
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start = time(h1, m1)
    end = time.max if (h2, m2) == (24, 0) else time(h2 % 24, m2) if h2 < 24 else None
    if end is None or end <= start:
        raise HoursError(fill(tr("%1: a range must end after it starts, within one day"),
                              repr(text)))
    return start, end
