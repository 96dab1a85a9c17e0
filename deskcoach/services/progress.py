"""Gathering what the progress dashboard and `deskcoach stats` show, from the history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from deskcoach.core import stats
from deskcoach.core.exercises import Catalogue
from deskcoach.store.history import History


@dataclass(frozen=True)
class Progress:
    days: list[stats.DayStats]
    headline: stats.Headline
    heatmap: list[list[int]]
    first: date
    last: date


def gather(history: History, catalogue: Catalogue, zone: tzinfo, first: date,
           last: date, heatmap: bool = True) -> Progress:
    """Per-day figures for first..last (inclusive) in `zone`, reading only that range.

    The headline compares this week with last week, so at least 14 days are computed.
    `heatmap=False` leaves the skip heat map empty (`deskcoach stats` does not show it).
    """
    wanted = first
    first = min(first, last - timedelta(days=13))
    start = datetime.combine(first - timedelta(days=1), time(0), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=2), time(0), tzinfo=zone)
    records = history.records_between(start, end)
    spans = [stats.Span(lo, hi, kind) for kind, lo, hi in history.spans(start, end)]
    seconds = {e.id: e.seconds for e in catalogue}
    regions = {e.id: e.regions for e in catalogue}
    days = stats.per_day(records, zone, first, last, spans, seconds, regions)
    shown = [d for d in days if d.day >= wanted]
    skips = stats.skip_heatmap(records, zone, wanted, last) if heatmap else []
    return Progress(shown, stats.headline(days, last), skips, wanted, last)
