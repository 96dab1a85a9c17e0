"""Gathering what the progress dashboard and `deskcoach stats` show, from the history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from deskcoach.core import stats
from deskcoach.core.status import BreakRecord
from deskcoach.store.eyelog import EyeLog
from deskcoach.store.history import History

#: Every moment counts on its own day where it happened (UTC-12 to UTC+14), which can be a
#: day either side of the reader's: read this many days more on each side.
_MARGIN_DAYS = 2
#: How far back the first extra read for a long streak goes; each further one goes twice as far.
_STREAK_STEP_DAYS = 28


@dataclass(frozen=True)
class Progress:
    days: list[stats.DayStats]
    headline: stats.Headline
    heatmap: list[list[int]]
    first: date
    last: date


def gather(history: History, exercises: Iterable[stats.Measured], zone: tzinfo, first: date,
           last: date, heatmap: bool = True,
           goal: float = stats.DEFAULT_GOAL) -> Progress:
    """Per-day figures for first..last (inclusive) and the headline as of `last`.

    The headline compares this week with last week, so at least 14 days are computed, and
    its streak reads further back, as far as it goes. A day's figures never depend on the
    range asked for. `zone` only frames what is read; days are those where things happened.
    `heatmap=False` leaves the skip heat map empty (`deskcoach stats` does not show it).
    """
    wanted = first
    first = min(first, last - timedelta(days=13))
    records, spans = _read(history, zone, first, last, spans=True)
    seconds: dict[str, int] = {}
    regions: dict[str, tuple[str, ...]] = {}
    for exercise in exercises:  # the catalogue, or store.exercise_lengths' summary of it
        seconds[exercise.id], regions[exercise.id] = exercise.seconds, exercise.regions
    days = stats.per_day(records, first, last, spans, seconds, regions,
                         _eye_breaks(history, zone, first, last))
    earlier = _earlier_streak_days(history, zone, first, days, goal)
    shown = [d for d in days if d.day >= wanted]
    skips = stats.skip_heatmap(records, wanted, last) if heatmap else []
    return Progress(shown, stats.headline(earlier + days, last, goal), skips, wanted, last)


def _eye_breaks(history: History, zone: tzinfo, first: date, last: date) -> list[datetime]:
    """When eye breaks were shown around first..last (per_day keeps those on its days)."""
    start = datetime.combine(first - timedelta(days=1), time(0), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=2), time(0), tzinfo=zone)
    return EyeLog(lambda: history.connection).shown_between(start, end)


def _read(history: History, zone: tzinfo, first: date, last: date,
          spans: bool) -> tuple[list[BreakRecord], list[stats.Span]]:
    """The records (and activity spans) that can count on first..last. A stretch ending in
    the range may have begun days before it, so records go back to the first span's start."""
    start = datetime.combine(first - timedelta(days=_MARGIN_DAYS), time(0), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=_MARGIN_DAYS + 1), time(0), tzinfo=zone)
    found = [stats.Span(lo, hi, kind) for kind, lo, hi in history.spans(start, end)] if spans \
        else []
    if found:
        start = min(start, *(span.start for span in found))
    return history.records_between(start, end), found


def _earlier_streak_days(history: History, zone: tzinfo, first: date,
                         days: list[stats.DayStats], goal: float) -> list[stats.DayStats]:
    """The days before `first` that the streak reaches (it never stops at a range's start):
    read further back, a longer step each time, until a day ends it or the history does."""
    oldest = history.first_ended()
    if oldest is None:
        return []
    floor = oldest.astimezone(zone).date() - timedelta(days=_MARGIN_DAYS)
    earlier: list[stats.DayStats] = []
    step = _STREAK_STEP_DAYS
    while first > floor and stats.streak_may_go_back(earlier + days, goal):
        last, first = first - timedelta(days=1), max(floor, first - timedelta(days=step))
        step *= 2
        records, _ = _read(history, zone, first, last, spans=False)
        earlier = stats.per_day(records, first, last) + earlier
    return earlier
