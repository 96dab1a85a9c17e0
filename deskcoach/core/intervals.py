"""Interval arithmetic for the statistics: unions, differences and the longest stretch of
work between breaks, per day (stats.py builds the intervals from spans and records)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

#: (start, end) as aware datetimes, start <= end, and the days (`local_day`) of those moments.
#: Datetimes, not POSIX seconds: datetime.timestamp() was a tenth of `deskcoach stats`' work,
#: and moments read in one UTC offset share a tzinfo, which makes comparing them cheap.
Interval = tuple[datetime, datetime, date, date]
_ZERO = timedelta(0)


def merge(intervals: list[Interval]) -> list[Interval]:
    """Sorted, disjoint union of the intervals (each end keeps the day of the moment it is)."""
    merged: list[Interval] = []
    for start, end, start_day, end_day in sorted(intervals, key=lambda i: (i[0], i[1])):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2], end_day)
        else:
            merged.append((start, end, start_day, end_day))
    return merged


def subtract(keep: list[Interval], cut: list[Interval]) -> list[Interval]:
    """The parts of `keep` outside `cut` (both sorted and disjoint); a point in `cut` splits."""
    pieces: list[Interval] = []
    j = 0
    for start, end, start_day, end_day in keep:
        while j < len(cut) and cut[j][1] <= start:
            j += 1
        cursor, cursor_day, k = start, start_day, j
        while k < len(cut) and cut[k][0] < end:
            cut_start, cut_end, cut_start_day, cut_end_day = cut[k]
            if cut_start > cursor:
                pieces.append((cursor, cut_start, cursor_day, cut_start_day))
            if cut_end > cursor:
                cursor, cursor_day = cut_end, cut_end_day
            k += 1
        if cursor < end:
            pieces.append((cursor, end, cursor_day, end_day))
    return pieces


def longest_stretches(active: list[Interval], taken: list[Interval], first: date,
                      n: int) -> list[timedelta | None]:
    """Per day from `first`, the longest stretch, counted on the day it ended."""
    longest: list[timedelta | None] = [None] * n
    breaks, covered = merge(taken), [False] * n
    for _, _, start_day, end_day in active:
        for i in range(max(0, (start_day - first).days), min(n, (end_day - first).days + 1)):
            covered[i] = True
    for start, end, _, end_day in subtract(active, breaks):
        _longer(longest, (end_day - first).days, end - start)
    # Days without spans (history from before they were recorded): gaps between taken breaks.
    for (_, prev_end, _, prev_day), (next_start, _, next_day, _) in pairwise(breaks):
        i = (next_day - first).days
        if prev_day == next_day and 0 <= i < n and not covered[i]:
            _longer(longest, i, next_start - prev_end)
    return longest


def _longer(longest: list[timedelta | None], i: int, length: timedelta) -> None:
    if 0 <= i < len(longest) and length > _ZERO:
        known = longest[i]
        if known is None or length > known:
            longest[i] = length
