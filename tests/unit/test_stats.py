"""Compliance statistics on hand-built histories with known answers, plus properties.

`brk(ended, ...)` builds one break record that ended at `ended` and lasted `minutes`
(started = ended - minutes, computed in real time); `at(...)` is a local wall time in London
unless a zone is given. Durations across a DST change are worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.stats import (
    DEFINITIONS,
    Bucket,
    DayStats,
    Span,
    buckets,
    headline,
    per_day,
    skip_heatmap,
    streak,
    streak_may_go_back,
)
from deskcoach.core.status import BreakRecord, Outcome

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")

C, N, S, Z, M = (Outcome.COMPLETED, Outcome.NATURAL, Outcome.SKIPPED, Outcome.SNOOZED,
                 Outcome.MISSED)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, zone: tzinfo = LONDON,
       fold: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone, fold=fold)


def brk(ended: datetime, outcome: Outcome = C, snoozes: int = 0,
        exercises: tuple[str, ...] = (), minutes: float = 1, due: datetime | None = None,
        ) -> BreakRecord:
    started = (ended.astimezone(UTC) - timedelta(minutes=minutes)).astimezone(ended.tzinfo)
    return BreakRecord(due or started, started, ended, outcome, snoozes, exercises)


def active(start: datetime, end: datetime) -> Span:
    return Span(start, end, "active")


def paused(start: datetime, end: datetime) -> Span:
    return Span(start, end, "paused")


def one_day(records: list[BreakRecord], day: date, spans: list[Span] | None = None,
            ) -> DayStats:
    [stats] = per_day(records, day, day, spans or ())
    return stats


def segments(stats: DayStats | Bucket) -> int:
    return (stats.completed + stats.snoozed_then_taken + stats.natural + stats.skipped
            + stats.missed)


def made(day: date, taken: int, due: int, minutes: float = 0.0,
         regions: tuple[str, ...] = ()) -> DayStats:
    """A DayStats with `taken` completed breaks and the rest missed."""
    return DayStats(day, taken, 0, 0, 0, due - taken, due, taken,
                    taken / due if due else None, None, minutes, regions)


# ---- counting -------------------------------------------------------------------------------

def test_counts_per_day_and_bar_segments_add_up_to_due() -> None:
    records = [
        brk(at(2026, 3, 2, 9, 30)), brk(at(2026, 3, 2, 10, 0)),
        brk(at(2026, 3, 2, 10, 30), snoozes=2),
        brk(at(2026, 3, 2, 11, 0), N),
        brk(at(2026, 3, 2, 11, 30), S),
        brk(at(2026, 3, 2, 12, 0), Z, snoozes=1),
        brk(at(2026, 3, 2, 12, 30), M),
        brk(at(2026, 3, 4, 9, 30), S),
    ]
    days = per_day(records, date(2026, 3, 1), date(2026, 3, 4))

    assert [d.day for d in days] == [date(2026, 3, d) for d in (1, 2, 3, 4)]
    monday = days[1]
    assert (monday.completed, monday.snoozed_then_taken, monday.natural, monday.skipped,
            monday.missed) == (2, 1, 1, 2, 1)
    assert (monday.due, monday.taken) == (7, 4)
    assert monday.compliance == pytest.approx(4 / 7)
    assert days[3].compliance == 0.0
    for stats in days:
        assert segments(stats) == stats.due
        assert stats.taken == stats.completed + stats.snoozed_then_taken + stats.natural


def test_days_without_breaks_are_zero_filled_with_no_compliance() -> None:
    days = per_day([brk(at(2026, 3, 2, 9))], date(2026, 3, 1), date(2026, 3, 3))

    empty = days[0]
    assert (empty.due, empty.taken, empty.completed, empty.compliance) == (0, 0, 0, None)
    assert (empty.longest_stretch_min, empty.minutes_moved, empty.regions) == (None, 0.0, ())
    assert days[1].compliance == 1.0
    assert days[2].compliance is None


def test_only_records_in_range_count_and_an_empty_range_gives_nothing() -> None:
    records = [brk(at(2026, 2, 28, 23, 59)), brk(at(2026, 3, 1, 0, 0)),
               brk(at(2026, 3, 2, 23, 59)), brk(at(2026, 3, 3, 0, 0))]

    days = per_day(records, date(2026, 3, 1), date(2026, 3, 2))

    assert [d.due for d in days] == [1, 1]
    assert per_day(records, date(2026, 3, 2), date(2026, 3, 1)) == []


def test_a_break_spanning_midnight_counts_on_the_day_it_ended() -> None:
    across = brk(at(2026, 3, 5, 0, 3), minutes=6, due=at(2026, 3, 4, 23, 55))

    days = per_day([across], date(2026, 3, 4), date(2026, 3, 5))

    assert [d.due for d in days] == [0, 1]
    assert across.started is not None
    assert across.started.date() == date(2026, 3, 4)


# ---- time zones and DST ---------------------------------------------------------------------

def test_spring_forward_day_has_23_hours_and_stretches_run_in_real_time() -> None:
    # 29 March 2026: London skips 01:00-02:00 (GMT -> BST).
    day = date(2026, 3, 29)
    records = [brk(at(2026, 3, 29, 0, 5)), brk(at(2026, 3, 29, 23, 55)),
               brk(at(2026, 3, 28, 23, 59)), brk(at(2026, 3, 30, 0, 0))]
    spans = [active(at(2026, 3, 29, 0, 30), at(2026, 3, 29, 3, 30))]  # 2 real hours

    stats = one_day(records, day, spans)

    assert stats.due == 2
    assert stats.longest_stretch_min == pytest.approx(120)


def test_fall_back_day_has_25_hours_and_stretches_run_in_real_time() -> None:
    # 25 October 2026: London repeats 01:00-02:00 (BST -> GMT).
    day = date(2026, 10, 25)
    records = [
        brk(at(2026, 10, 25, 0, 1)), brk(at(2026, 10, 25, 23, 59)),
        brk(at(2026, 10, 25, 1, 30, fold=0), S), brk(at(2026, 10, 25, 1, 30, fold=1), S),
        brk(at(2026, 10, 24, 23, 59)), brk(at(2026, 10, 26, 0, 0)),
        # taken 00:50-01:00 BST; the next stretch runs 01:00 BST to 04:00 GMT: 4 real hours
        brk(at(2026, 10, 25, 1, 0), minutes=10),
    ]
    spans = [active(at(2026, 10, 25, 0, 0), at(2026, 10, 25, 4, 0))]  # 5 real hours

    stats = one_day(records, day, spans)

    assert (stats.due, stats.taken, stats.skipped) == (5, 3, 2)
    assert stats.longest_stretch_min == pytest.approx(240)


def test_each_record_counts_on_the_day_where_it_happened() -> None:
    # Flew London -> New York: the history holds both offsets.
    in_london = brk(datetime(2026, 6, 10, 9, 0, tzinfo=timezone(timedelta(hours=1))))
    in_new_york = brk(datetime(2026, 6, 10, 23, 30, tzinfo=timezone(timedelta(hours=-4))))

    days = per_day([in_london, in_new_york], date(2026, 6, 10), date(2026, 6, 11))

    # 23:30 in New York would be 04:30 on the 11th in London: it stays on the 10th.
    assert [d.due for d in days] == [2, 0]


def test_a_record_from_tokyo_keeps_tokyo_midnights() -> None:
    records = [brk(at(2026, 3, 2, 14, 59, zone=TOKYO)), brk(at(2026, 3, 2, 15, 0, zone=TOKYO)),
               brk(at(2026, 3, 3, 0, 0, zone=TOKYO))]

    days = per_day(records, date(2026, 3, 2), date(2026, 3, 3))

    assert [d.due for d in days] == [2, 1]  # 00:00 begins the 3rd


# ---- the longest stretch --------------------------------------------------------------------

def test_stretch_runs_from_a_taken_break_to_the_start_of_the_next() -> None:
    day = date(2026, 3, 2)
    records = [brk(at(2026, 3, 2, 10, 0), minutes=10),  # 09:50-10:00
               brk(at(2026, 3, 2, 11, 30), minutes=10),  # 11:20-11:30
               brk(at(2026, 3, 2, 11, 0), S), brk(at(2026, 3, 2, 11, 10), M)]
    spans = [active(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 12, 0))]

    # 09:00-09:50 (50), 10:00-11:20 (80: skipped and missed breaks don't end it), 11:30-12:00
    assert one_day(records, day, spans).longest_stretch_min == pytest.approx(80)


def test_paused_time_is_not_part_of_a_stretch() -> None:
    day = date(2026, 3, 2)
    records = [brk(at(2026, 3, 2, 10, 0), minutes=5)]
    overlapping = [active(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 17, 0)),
                   paused(at(2026, 3, 2, 12, 0), at(2026, 3, 2, 15, 0))]
    split = [active(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 12, 0)),
             paused(at(2026, 3, 2, 12, 0), at(2026, 3, 2, 15, 0)),
             active(at(2026, 3, 2, 15, 0), at(2026, 3, 2, 17, 0))]

    # 09:00-09:55 (55), 10:00-12:00 (120), paused, 15:00-17:00 (120): never 10:00-17:00
    assert one_day(records, day, overlapping).longest_stretch_min == pytest.approx(120)
    assert one_day(records, day, split).longest_stretch_min == pytest.approx(120)


def test_time_with_the_app_closed_is_not_part_of_a_stretch() -> None:
    day = date(2026, 3, 2)
    spans = [active(at(2026, 3, 2, 8, 0), at(2026, 3, 2, 9, 30)),
             active(at(2026, 3, 2, 13, 0), at(2026, 3, 2, 14, 0))]

    records = [brk(at(2026, 3, 2, 9, 0), minutes=5), brk(at(2026, 3, 2, 13, 50), minutes=5)]

    assert one_day([], day, spans).longest_stretch_min == pytest.approx(90)
    assert one_day([], day, spans).due == 0
    # 08:00-08:55 (55), 09:00-09:30 (30), closed, 13:00-13:45 (45), 13:50-14:00 (10)
    assert one_day(records, day, spans).longest_stretch_min == pytest.approx(55)


def test_a_natural_break_ends_a_stretch_but_the_sleep_is_not_one() -> None:
    day = date(2026, 3, 2)
    slept = brk(at(2026, 3, 2, 14, 0), N, minutes=120)  # asleep 12:00-14:00
    spans = [active(at(2026, 3, 2, 9, 0), at(2026, 3, 2, 17, 0))]

    assert one_day([slept], day, spans).longest_stretch_min == pytest.approx(180)


def test_a_stretch_across_midnight_counts_on_the_day_it_ended() -> None:
    spans = [active(at(2026, 3, 2, 22, 0), at(2026, 3, 3, 1, 0))]

    days = per_day([], date(2026, 3, 2), date(2026, 3, 3), spans)

    assert [d.longest_stretch_min for d in days] == [None, pytest.approx(180)]


def test_without_spans_the_stretch_is_the_longest_gap_between_taken_breaks_that_day() -> None:
    records = [brk(at(2026, 3, 2, 10, 0)), brk(at(2026, 3, 2, 11, 30), minutes=5),
               brk(at(2026, 3, 2, 15, 0), minutes=5), brk(at(2026, 3, 2, 13, 0), S),
               brk(at(2026, 3, 3, 9, 0))]

    days = per_day(records, date(2026, 3, 2), date(2026, 3, 3))

    # 10:00-11:25 (85), 11:30-14:55 (205); overnight gaps and lone breaks give nothing
    assert [d.longest_stretch_min for d in days] == [pytest.approx(205), None]


# ---- minutes moved and regions --------------------------------------------------------------

def test_minutes_moved_and_regions_come_from_completed_breaks() -> None:
    seconds = {"neck-roll": 45, "wrist-circles": 75, "calf-raise": 60, "squat": 90}
    regions = {"neck-roll": ("neck",), "wrist-circles": ("wrists", "forearms"),
               "calf-raise": ("legs",), "squat": ("legs", "hips")}
    records = [
        brk(at(2026, 3, 2, 10), exercises=("neck-roll", "wrist-circles")),  # 120 s
        brk(at(2026, 3, 2, 11), snoozes=1, exercises=("calf-raise", "retired-id")),  # 60 s
        brk(at(2026, 3, 2, 12), S, exercises=("squat",)),  # skipped: not moved
    ]

    [stats] = per_day(records, date(2026, 3, 2), date(2026, 3, 2), (), seconds, regions)
    [bare] = per_day(records, date(2026, 3, 2), date(2026, 3, 2))

    assert stats.minutes_moved == pytest.approx(3.0)
    assert stats.regions == ("forearms", "legs", "neck", "wrists")
    assert (bare.minutes_moved, bare.regions) == (0.0, ())


# ---- streak ---------------------------------------------------------------------------------

def week_of(*taken_due: tuple[int, int]) -> list[DayStats]:
    return [made(date(2026, 3, 2) + timedelta(days=i), t, d)
            for i, (t, d) in enumerate(taken_due)]


@pytest.mark.parametrize(("history", "expected"), [
    ([], 0),
    ([(0, 0), (0, 0)], 0),
    ([(8, 10), (9, 10), (10, 10)], 3),
    ([(8, 10), (0, 0), (9, 10), (0, 0), (10, 10)], 3),  # nothing due: skipped over
    ([(8, 10), (5, 10), (9, 10), (10, 10)], 2),
    ([(8, 10), (9, 10), (2, 10)], 2),  # today in progress, below the goal so far
    ([(8, 10), (9, 10), (0, 0)], 2),  # today: nothing due yet
    ([(8, 10), (5, 10), (9, 10)], 1),
    ([(9, 10), (5, 10), (2, 10)], 0),
    ([(4, 5), (8, 10)], 2),  # exactly the goal is enough
])
def test_streak(history: list[tuple[int, int]], expected: int) -> None:
    assert streak(week_of(*history)) == expected


def test_streak_goal_is_a_parameter_and_exact_fractions_meet_it() -> None:
    days = week_of((7, 10), (7, 10), (6, 10))

    assert streak(days, goal=0.7) == 2
    assert streak(days, goal=0.6) == 3
    assert streak(days) == 0


@pytest.mark.parametrize(("history", "goes_back"), [
    ([], True),
    ([(8, 10), (0, 0), (9, 10)], True),   # unbroken to the first day: earlier days may add
    ([(0, 0), (9, 10), (2, 10)], True),   # today below the goal does not end it
    ([(5, 10), (9, 10), (10, 10)], False),
])
def test_whether_the_streak_may_go_back_further(history: list[tuple[int, int]],
                                                goes_back: bool) -> None:
    assert streak_may_go_back(week_of(*history)) is goes_back


def test_streak_on_per_day_output_skips_days_the_app_was_paused() -> None:
    records = [brk(at(2026, 3, d, 10)) for d in (2, 3, 5)] + [brk(at(2026, 3, 6, 9), M)]

    days = per_day(records, date(2026, 3, 2), date(2026, 3, 6))

    assert [d.due for d in days] == [1, 1, 0, 1, 1]
    assert streak(days) == 3


# ---- buckets --------------------------------------------------------------------------------

def span_of(first: date, last: date) -> list[DayStats]:
    return [made(first + timedelta(days=i), 1, 2, minutes=1.5)
            for i in range((last - first).days + 1)]


def test_week_buckets_across_a_year_boundary_use_iso_weeks() -> None:
    days = span_of(date(2025, 12, 24), date(2026, 1, 6))  # Wed .. Tue

    weeks = buckets(days, "week")

    assert [(w.label, w.start, w.end) for w in weeks] == [
        ("W52 2025", date(2025, 12, 22), date(2025, 12, 29)),
        ("W01 2026", date(2025, 12, 29), date(2026, 1, 5)),
        ("W02 2026", date(2026, 1, 5), date(2026, 1, 12)),
    ]
    assert [(w.due, w.taken) for w in weeks] == [(10, 5), (14, 7), (4, 2)]
    assert weeks[1].compliance == 0.5
    assert weeks[1].minutes_moved == pytest.approx(10.5)
    assert all(segments(w) == w.due for w in weeks)


def test_iso_week_53() -> None:
    weeks = buckets(span_of(date(2026, 12, 27), date(2027, 1, 4)), "week")

    assert [w.label for w in weeks] == ["W52 2026", "W53 2026", "W01 2027"]
    assert (weeks[1].start, weeks[1].end) == (date(2026, 12, 28), date(2027, 1, 4))
    assert weeks[1].due == 14


def test_month_buckets_and_labels() -> None:
    months = buckets(span_of(date(2026, 11, 29), date(2027, 1, 2)), "month")

    assert [(m.label, m.start, m.end, m.due) for m in months] == [
        ("Nov 2026", date(2026, 11, 1), date(2026, 12, 1), 4),
        ("Dec 2026", date(2026, 12, 1), date(2027, 1, 1), 62),
        ("Jan 2027", date(2027, 1, 1), date(2027, 2, 1), 4),
    ]


def test_day_buckets_sum_nothing_and_keep_the_order() -> None:
    days = list(reversed(per_day([brk(at(2026, 11, 23, 10), S)],
                                 date(2026, 11, 22), date(2026, 11, 23))))

    sunday, monday = buckets(days, "day")

    assert (sunday.label, sunday.start, sunday.end) == (
        "Sun 22 Nov 2026", date(2026, 11, 22), date(2026, 11, 23))
    assert (sunday.due, sunday.compliance) == (0, None)
    assert (monday.label, monday.skipped, monday.due, monday.compliance) == (
        "Mon 23 Nov 2026", 1, 1, 0.0)


def test_bucket_keeps_the_longest_stretch_and_regions_of_its_days() -> None:
    first = DayStats(date(2026, 3, 2), 1, 0, 0, 0, 0, 1, 1, 1.0, 50.0, 1.0, ("neck",))
    second = DayStats(date(2026, 3, 3), 0, 0, 0, 0, 0, 0, 0, None, 75.0, 0.0, ("eyes", "neck"))
    third = DayStats(date(2026, 3, 4), 0, 0, 0, 0, 0, 0, 0, None, None, 0.0, ())

    [week] = buckets([first, second, third], "week")

    assert (week.longest_stretch_min, week.regions) == (75.0, ("eyes", "neck"))


def test_an_unknown_bucket_size_is_refused() -> None:
    with pytest.raises(ValueError, match="fortnight"):
        buckets([], "fortnight")


# ---- headline -------------------------------------------------------------------------------

def test_headline_compares_this_week_so_far_with_the_whole_of_last_week() -> None:
    today = date(2026, 11, 18)  # Wednesday
    days = [
        made(date(2026, 11, 9), 3, 5, minutes=9.0, regions=("hips",)),  # last week: 6 / 10
        made(date(2026, 11, 13), 3, 5),
        made(date(2026, 11, 15), 0, 0),
        made(date(2026, 11, 16), 4, 5, minutes=2.5, regions=("neck",)),  # this week: 8 / 10
        made(date(2026, 11, 17), 0, 0),
        made(date(2026, 11, 18), 4, 5, minutes=1.0, regions=("wrists", "neck")),
        made(date(2026, 11, 19), 0, 7, minutes=50.0, regions=("legs",)),  # after today
    ]

    top = headline(days, today)

    assert (top.today_taken, top.today_due) == (4, 5)
    assert top.week_compliance == pytest.approx(0.8)
    assert top.last_week_compliance == pytest.approx(0.6)
    assert top.change_points == pytest.approx(20.0)
    assert top.streak == 2
    assert top.week_minutes_moved == pytest.approx(3.5)
    assert top.week_regions == ("neck", "wrists")


def test_headline_with_nothing_due_last_week_has_no_change() -> None:
    today = date(2026, 11, 16)  # Monday
    top = headline([made(date(2026, 11, 10), 0, 0), made(today, 1, 2)], today)

    assert (top.week_compliance, top.last_week_compliance, top.change_points) == (0.5, None,
                                                                                  None)
    assert top.streak == 0  # today is below the goal so far and nothing before it


def test_headline_on_day_one() -> None:
    top = headline([], date(2026, 11, 16))

    assert (top.today_taken, top.today_due, top.week_compliance, top.change_points,
            top.streak, top.week_minutes_moved, top.week_regions) == (0, 0, None, None, 0,
                                                                      0.0, ())


# ---- skip heat map --------------------------------------------------------------------------

def test_skip_heatmap_counts_skipped_and_missed_by_local_weekday_and_hour_due() -> None:
    records = [
        brk(at(2026, 6, 1, 9, 20), S, due=at(2026, 6, 1, 9, 15)),  # Monday
        brk(at(2026, 6, 1, 9, 50), M, due=at(2026, 6, 1, 9, 40)),
        brk(at(2026, 6, 5, 16, 30), Z, due=at(2026, 6, 5, 16, 5)),  # Friday, never taken
        brk(at(2026, 6, 5, 16, 45), C, due=at(2026, 6, 5, 16, 40)),
        brk(at(2026, 6, 5, 17, 45), N, due=at(2026, 6, 5, 17, 40)),
        # happened in UTC: 14:10 there, though 15:10 in London
        brk(at(2026, 6, 3, 14, 30, zone=UTC), S, due=at(2026, 6, 3, 14, 10, zone=UTC)),
        # due late on Sunday 7 June, ended on Monday 8 June: outside the range
        brk(at(2026, 6, 8, 0, 5), M, due=at(2026, 6, 7, 23, 50)),
        # due on Sunday 31 May, ended on Monday 1 June: inside it, on the Sunday row
        brk(at(2026, 6, 1, 0, 5), S, due=at(2026, 5, 31, 23, 50)),
    ]

    grid = skip_heatmap(records, date(2026, 6, 1), date(2026, 6, 7))

    assert len(grid) == 7
    assert all(len(row) == 24 for row in grid)
    assert grid[0][9] == 2
    assert grid[4][16] == 1
    assert grid[2][14] == 1
    assert grid[6][23] == 1
    assert sum(map(sum, grid)) == 5
    assert sum(map(sum, skip_heatmap(records, date(2026, 6, 2), date(2026, 6, 1)))) == 0


def test_definitions_are_written_down_for_the_help() -> None:
    for word in ("Due:", "Taken:", "Skipped:", "Missed:", "Compliance:", "Streak:",
                 "midnight", "paused"):
        assert word in DEFINITIONS
    assert not DEFINITIONS.startswith("Compliance statistics")
    assert all("\n" not in paragraph for paragraph in DEFINITIONS.split("\n\n"))


# ---- properties -----------------------------------------------------------------------------

ZONES = [LONDON, NEW_YORK, TOKYO, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("America/Santiago"),
         UTC]
EPOCH = datetime(2026, 3, 20, tzinfo=UTC)
offsets = st.sampled_from([timezone(timedelta(minutes=m)) for m in (-300, -240, 0, 60, 330, 540)])


@st.composite
def records_strategy(draw: st.DrawFn) -> BreakRecord:
    end = EPOCH + timedelta(seconds=draw(st.integers(0, 40 * 86400)))
    length = timedelta(seconds=draw(st.integers(0, 3 * 3600)))
    tz = draw(offsets)
    return BreakRecord((end - length).astimezone(tz), (end - length).astimezone(tz),
                       end.astimezone(tz), draw(st.sampled_from(list(Outcome))),
                       draw(st.integers(0, 3)), ())


@st.composite
def spans_strategy(draw: st.DrawFn) -> Span:
    start = EPOCH + timedelta(seconds=draw(st.integers(0, 40 * 86400)))
    end = start + timedelta(seconds=draw(st.integers(0, 30 * 3600)))
    return Span(start, end, draw(st.sampled_from(["active", "paused"])))


@settings(max_examples=300, deadline=None)
@given(st.lists(records_strategy(), max_size=60), st.lists(spans_strategy(), max_size=8),
       st.sampled_from(ZONES), st.integers(0, 40), st.integers(0, 40))
def test_per_day_counts_every_record_in_range_once(
        records: list[BreakRecord], spans: list[Span], zone: tzinfo, a: int, b: int) -> None:
    first = EPOCH.date() + timedelta(days=min(a, b))
    last = EPOCH.date() + timedelta(days=max(a, b))
    in_range = [r for r in records if first <= r.ended.date() <= last]
    spans = [Span(span.start.astimezone(zone), span.end.astimezone(zone), span.kind)
             for span in spans]  # running time where the reader is now

    days = per_day(records, first, last, spans)
    wider = per_day(records, first - timedelta(days=9), last + timedelta(days=2), spans)

    assert [d.day for d in days] == [first + timedelta(days=i) for i in range(len(days))]
    assert days[-1].day == last
    assert sum(d.due for d in days) == len(in_range)
    by_day = {d.day: d for d in days}
    for record in in_range:
        assert by_day[record.ended.date()].due > 0
    for stats in days:
        assert segments(stats) == stats.due
        assert stats.taken == stats.completed + stats.snoozed_then_taken + stats.natural
        assert stats.compliance == (stats.taken / stats.due if stats.due else None)
        assert stats.longest_stretch_min is None or stats.longest_stretch_min > 0
    assert sum(d.skipped + d.missed for d in days) == sum(
        map(sum, skip_heatmap(records, first, last)))
    # A day's figures (its longest stretch too) never depend on the range asked for.
    assert days == wider[9:-2]
    for size in ("day", "week", "month"):
        assert sum(bucket.due for bucket in buckets(days, size)) == len(in_range)
        assert sum(bucket.taken for bucket in buckets(days, size)) == sum(d.taken for d in days)
