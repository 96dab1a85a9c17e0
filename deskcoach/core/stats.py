"""Compliance statistics from break history: pure functions, one pass over the records.

How DeskCoach counts your breaks

Due: a break is due when it falls due while DeskCoach is running and not paused. Every break
in the history was due. Time paused, outside working hours or with DeskCoach closed makes no
breaks due, so it never counts against you.

Taken: a break you completed, or a natural break: you were away from the computer (or it was
asleep) for at least a break's length when a break was due or during a work stretch.

Snoozed, then taken: a completed break that you snoozed first. It counts as taken; the bars
show it apart from the other completed breaks.

Skipped: a break you skipped, or snoozed and never took before DeskCoach closed.

Missed: a break left unanswered until its window closed by itself, or on screen when DeskCoach
was quit.

Compliance: breaks taken divided by breaks due. With nothing due there is no compliance
figure (a dash, not zero).

Days: a break counts on the day it ended, by the clock of the place where it happened:
DeskCoach records the computer's UTC offset with every break and every stretch of running
time, so after you travel your past days stay as they were, and a day spent in another time
zone is that zone's day. A moment at exactly 00:00 belongs to the day that begins then, so a
break or a stretch ending at 00:00, or spanning midnight, counts on the new day. A day on
which the clocks change has 23 or 25 hours. Days with nothing due (paused, outside working
hours, DeskCoach not running) neither break nor extend a streak and do not lower a week's
compliance: they never count against you.

Streak: the days in a row, up to today, on which you took at least your goal share of the
breaks due (the "Streak goal" setting, 80% unless you or your organisation change it). It
looks back through all of your history, whatever range is shown. Today joins the streak once
it meets the goal; until then the streak runs up to yesterday.

Longest stretch without a break: the longest time DeskCoach was running and not paused from
the end of a taken break (or DeskCoach starting or resuming) to the start of the next taken
break (or DeskCoach closing or pausing), in real time, so a clock change never stretches or
shrinks it. It counts on the day it ended, and it is the same whatever range is shown, even
when it began days before. For days from before DeskCoach recorded when it was running, it is
the longest gap between two taken breaks on the same day.

Minutes moved: the length of the exercises in the breaks you completed. Body regions: the
regions those exercises work.

Eye breaks: the 20-second prompts to look into the distance that were shown, on the day they
were shown. They are not movement breaks: they count in none of the figures above.

Weeks run Monday to Sunday. This week's compliance covers Monday to today and is compared
with the whole of last week, in percentage points.

Skip heat map: skipped and missed breaks by the weekday and hour they fell due, by the clock
of the place where they happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Final, Protocol

from deskcoach.core.intervals import Interval, longest_stretches, merge, subtract
from deskcoach.core.status import BreakRecord, Outcome

#: The definitions above for the dashboard's help: everything after the first paragraph, one
#: line per paragraph (paragraphs apart by a blank line) so a label can wrap them.
DEFINITIONS: Final[str] = "\n\n".join(
    " ".join(paragraph.split()) for paragraph in (__doc__ or "").split("\n\n")[1:])

ACTIVE: Final = "active"  # DeskCoach running and not paused
PAUSED: Final = "paused"
SIZES: Final = ("day", "week", "month")
DEFAULT_GOAL: Final = 0.8
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SKIPPED: Final = frozenset({Outcome.SKIPPED, Outcome.SNOOZED, Outcome.MISSED})
_EPSILON: Final = 1e-9



class Measured(Protocol):
    """What the statistics need of an exercise: an Exercise, or the summary of one."""

    @property
    def id(self) -> str: ...
    @property
    def seconds(self) -> int: ...
    @property
    def regions(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Span:
    """A stretch of time DeskCoach was `active` (running, not paused) or `paused`."""

    start: datetime
    end: datetime
    kind: str


@dataclass(frozen=True)
class DayStats:
    """One local day. The bar segments add up:
    completed + snoozed_then_taken + natural + skipped + missed == due."""

    day: date
    completed: int  # completed without a snooze
    snoozed_then_taken: int
    natural: int
    skipped: int  # skipped, or snoozed and never taken
    missed: int
    due: int
    taken: int  # completed + snoozed_then_taken + natural
    compliance: float | None  # taken / due; None when nothing was due
    longest_stretch_min: float | None  # None: no time running that day (or unknown)
    minutes_moved: float
    regions: tuple[str, ...]
    eye_breaks: int = 0  # eye micro-breaks shown; apart from the movement breaks above


@dataclass(frozen=True)
class Bucket:
    """Days summed over a day, an ISO week (Monday start) or a calendar month."""

    start: date
    end: date  # exclusive
    label: str
    completed: int
    snoozed_then_taken: int
    natural: int
    skipped: int
    missed: int
    due: int
    taken: int
    compliance: float | None
    longest_stretch_min: float | None  # the longest of its days
    minutes_moved: float
    regions: tuple[str, ...]


@dataclass(frozen=True)
class Headline:
    today_taken: int
    today_due: int
    week_compliance: float | None  # Monday..today
    last_week_compliance: float | None  # the whole of last week
    change_points: float | None  # (week - last week) in percentage points
    streak: int
    week_minutes_moved: float
    week_regions: tuple[str, ...]


# ---- per day --------------------------------------------------------------------------------

def per_day(records: Iterable[BreakRecord], first: date, last: date,
            spans: Iterable[Span] = (), exercise_seconds: Mapping[str, int] | None = None,
            exercise_regions: Mapping[str, tuple[str, ...]] | None = None,
            eye_breaks: Iterable[datetime] = ()) -> list[DayStats]:
    """Every day from `first` to `last` inclusive, days without breaks zero-filled;
    `eye_breaks` are the moments eye micro-breaks were shown (each in its own offset).

    Each moment counts on its own calendar day in the UTC offset it carries (where it
    happened; see `local_day`), not in the zone of whoever asks. Records outside the range are
    ignored, so the whole history may be passed in; a day's figures never depend on the range.
    """
    if last < first:
        return []
    n = (last - first).days + 1
    days = [first + timedelta(days=i) for i in range(n)]
    seconds_of = exercise_seconds or {}
    regions_of = exercise_regions or {}

    completed, snoozed, natural, skipped, missed = ([0] * n for _ in range(5))
    moved = [0] * n
    regions: list[set[str] | None] = [None] * n
    taken: list[Interval] = []
    for record in records:
        outcome = record.outcome
        ended = record.ended
        if outcome is Outcome.COMPLETED or outcome is Outcome.NATURAL:
            started = record.started
            taken.append(_interval(started if started and started <= ended else ended, ended))
        i = (local_day(ended) - first).days
        if not 0 <= i < n:
            continue
        if outcome is Outcome.COMPLETED:
            if record.snoozes > 0:
                snoozed[i] += 1
            else:
                completed[i] += 1
            for exercise in record.exercises:
                moved[i] += seconds_of.get(exercise, 0)
                worked = regions_of.get(exercise)
                if worked:
                    found = regions[i]
                    if found is None:
                        regions[i] = found = set()
                    found.update(worked)
        elif outcome is Outcome.NATURAL:
            natural[i] += 1
        elif outcome is Outcome.MISSED:
            missed[i] += 1
        else:  # SKIPPED, SNOOZED
            skipped[i] += 1

    eyes = [0] * n
    for shown in eye_breaks:
        i = (local_day(shown) - first).days
        if 0 <= i < n:
            eyes[i] += 1
    longest = longest_stretches(_active_intervals(spans), taken, first, n)
    result = []
    for i, day in enumerate(days):
        took = completed[i] + snoozed[i] + natural[i]
        due = took + skipped[i] + missed[i]
        found = regions[i]
        stretch = longest[i]
        result.append(DayStats(
            day, completed[i], snoozed[i], natural[i], skipped[i], missed[i], due, took,
            took / due if due else None, None if stretch is None else stretch.total_seconds() / 60,
            moved[i] / 60, tuple(sorted(found)) if found else (), eyes[i]))
    return result


def local_day(moment: datetime) -> date:
    """The day a moment counts on: its calendar date in the UTC offset it carries, the one in
    force where it happened. 00:00 begins a day, so a moment at midnight counts on the new day."""
    return moment.date()


def _interval(start: datetime, end: datetime) -> Interval:
    """The interval between two moments, each in a fixed UTC offset as the history reads
    them: Python compares and subtracts two moments that share a zone with rules (such as a
    ZoneInfo) by their wall clocks, so any other zone's moments are put in UTC first."""
    return (start if type(start.tzinfo) is timezone else start.astimezone(UTC),
            end if type(end.tzinfo) is timezone else end.astimezone(UTC),
            local_day(start), local_day(end))


def _active_intervals(spans: Iterable[Span]) -> list[Interval]:
    """When DeskCoach was running and not paused: active spans minus paused ones."""
    active: list[Interval] = []
    paused: list[Interval] = []
    for span in spans:
        if span.end <= span.start:
            continue
        if span.kind == ACTIVE:
            active.append(_interval(span.start, span.end))
        elif span.kind == PAUSED:
            paused.append(_interval(span.start, span.end))
    return subtract(merge(active), merge(paused))


# ---- buckets, streak, headline --------------------------------------------------------------

def buckets(days: Sequence[DayStats], size: str) -> list[Bucket]:
    """Days summed per `size`: "day", "week" (ISO, Monday start, "W47 2026") or "month"
    ("Nov 2026"). Only buckets holding at least one of `days` appear, oldest first."""
    if size not in SIZES:
        raise ValueError(f"bucket size must be one of {', '.join(SIZES)}, not {size!r}")
    groups: dict[date, list[DayStats]] = {}
    for stats in sorted(days, key=lambda stats: stats.day):
        groups.setdefault(_bucket_start(stats.day, size), []).append(stats)
    return [_bucket(start, size, group) for start, group in groups.items()]


def _bucket_start(day: date, size: str) -> date:
    if size == "week":
        return day - timedelta(days=day.weekday())
    if size == "month":
        return day.replace(day=1)
    return day


def _bucket(start: date, size: str, group: list[DayStats]) -> Bucket:
    if size == "week":
        year, week, _ = start.isocalendar()
        end, label = start + timedelta(days=7), f"W{week:02d} {year}"
    elif size == "month":
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        label = f"{_MONTHS[start.month - 1]} {start.year}"
    else:
        end = start + timedelta(days=1)
        label = f"{_WEEKDAYS[start.weekday()]} {start.day} {_MONTHS[start.month - 1]} {start.year}"
    taken = sum(d.taken for d in group)
    due = sum(d.due for d in group)
    stretches = [d.longest_stretch_min for d in group if d.longest_stretch_min is not None]
    return Bucket(
        start, end, label, sum(d.completed for d in group),
        sum(d.snoozed_then_taken for d in group), sum(d.natural for d in group),
        sum(d.skipped for d in group), sum(d.missed for d in group), due, taken,
        taken / due if due else None, max(stretches) if stretches else None,
        sum(d.minutes_moved for d in group),
        tuple(sorted({region for d in group for region in d.regions})))


def _met(stats: DayStats, goal: float) -> bool:
    return stats.due > 0 and stats.taken / stats.due >= goal - _EPSILON


def streak(days: Sequence[DayStats], goal: float = DEFAULT_GOAL) -> int:
    """Days in a row meeting `goal`, ending at the last day. Days with nothing due are passed
    over; the last day (today, maybe still in progress) only counts once it meets the goal."""
    return _streak(days, goal)[0]


def streak_may_go_back(days: Sequence[DayStats], goal: float = DEFAULT_GOAL) -> bool:
    """Whether the streak runs unbroken to the first of `days`, so earlier days may add to it:
    the caller then asks again with more history (the streak never stops at a range's start)."""
    return _streak(days, goal)[1]


def _streak(days: Sequence[DayStats], goal: float) -> tuple[int, bool]:
    ordered = sorted(days, key=lambda stats: stats.day)
    count = 0
    for position in range(len(ordered) - 1, -1, -1):
        stats = ordered[position]
        if stats.due == 0:
            continue
        if _met(stats, goal):
            count += 1
        elif position != len(ordered) - 1:
            return count, False
    return count, True


def headline(days: Sequence[DayStats], today: date, goal: float = DEFAULT_GOAL) -> Headline:
    """The dashboard's headline numbers as of `today` (days after it are ignored)."""
    by_day = {stats.day: stats for stats in days if stats.day <= today}
    monday = today - timedelta(days=today.weekday())
    week = [by_day[day] for day in _dates(monday, today) if day in by_day]
    last_week = [by_day[day] for day in _dates(monday - timedelta(days=7),
                                              monday - timedelta(days=1)) if day in by_day]
    now = by_day.get(today)
    this_rate, last_rate = _compliance(week), _compliance(last_week)
    change = None if this_rate is None or last_rate is None else (this_rate - last_rate) * 100
    return Headline(
        now.taken if now else 0, now.due if now else 0, this_rate, last_rate, change,
        streak(list(by_day.values()), goal), sum(d.minutes_moved for d in week),
        tuple(sorted({region for d in week for region in d.regions})))


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _compliance(days: Iterable[DayStats]) -> float | None:
    due = taken = 0
    for stats in days:
        due += stats.due
        taken += stats.taken
    return taken / due if due else None


# ---- when breaks get skipped ----------------------------------------------------------------

def skip_heatmap(records: Iterable[BreakRecord], first: date, last: date) -> list[list[int]]:
    """7 rows (Monday..Sunday) x 24 hours: skipped (incl. snoozed, never taken) and missed
    breaks by the weekday and hour they fell due where they happened, for the breaks `per_day`
    counts in `first`..`last` (by the day they ended)."""
    grid = [[0] * 24 for _ in range(7)]
    for record in records:
        if record.outcome in _SKIPPED and first <= local_day(record.ended) <= last:
            grid[record.due.weekday()][record.due.hour] += 1
    return grid
