"""Working hours around the clock changes: random schedules and moments, and the two DST nights.

`schedules` and `zoned_moments` are shared with the cron-job property in
tests/integration/test_scheduling.py.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given
from hypothesis import strategies as st

from deskcoach.core.hours import DAYS, MAX_TEXT, WorkingHours, parse_hours

BERLIN = ZoneInfo("Europe/Berlin")
#: Clocks that change by an hour (at 02:00 or 01:00 local), by half an hour (Lord Howe), at
#: midnight (Santiago), and one that never changes.
ZONES = tuple(ZoneInfo(name) for name in ("Europe/Berlin", "America/New_York",
                                          "Australia/Lord_Howe", "America/Santiago", "UTC"))


def _clock_changes(zone: ZoneInfo) -> list[datetime]:
    """The hours (UTC) in 2026 at which `zone` changes its offset."""
    hours = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=h) for h in range(366 * 24)]
    return [later for earlier, later in itertools.pairwise(hours)
            if earlier.astimezone(zone).utcoffset() != later.astimezone(zone).utcoffset()]


CLOCK_CHANGES = {zone: _clock_changes(zone) for zone in ZONES}
ANY_TIME = st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC))
# Minutes of the day, crowded around the small hours the clocks change in, and midnight.
_minute = st.integers(0, 1440) | st.sampled_from([0, 60, 90, 120, 135, 150, 180, 1440])


def _text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def schedules(draw: st.DrawFn) -> WorkingHours:
    """A schedule as a user would write it: per day, ranges that may touch but not overlap."""
    groups = []
    for day in DAYS:
        points = sorted(draw(st.lists(_minute, max_size=4)))
        spans = [f"{_text(lo)}-{_text(hi)}" for lo, hi in zip(points[::2], points[1::2],
                                                               strict=False) if lo < hi]
        if spans:
            groups.append(f"{day} {','.join(spans)}")
    text = "; ".join(groups)
    assume(len(text) <= MAX_TEXT)
    return parse_hours(text)


@st.composite
def zoned_moments(draw: st.DrawFn) -> datetime:
    """A moment in one of ZONES, often in the hours around one of its clock changes."""
    zone = draw(st.sampled_from(ZONES))
    moment = draw(ANY_TIME)
    changes = CLOCK_CHANGES[zone]
    near_a_change: bool = bool(changes) and draw(st.booleans())
    if near_a_change:
        seconds = draw(st.integers(-3 * 3600, 3600))
        moment = draw(st.sampled_from(changes)) + timedelta(
            seconds=seconds, microseconds=draw(st.sampled_from([0, 1, 999_999])))
    return moment.astimezone(zone)


@given(schedules(), ANY_TIME)
def test_on_a_clock_that_never_changes_the_hours_are_the_plain_ranges(
        hours: WorkingHours, moment: datetime) -> None:
    now = moment.astimezone(UTC)
    plain = any(lo <= now.time().replace(tzinfo=None) < hi for lo, hi in hours.days[now.weekday()])
    assert hours.inside(now) == (hours.always or plain)


@given(schedules(), zoned_moments())
def test_being_on_duty_changes_only_at_next_change(hours: WorkingHours, local: datetime) -> None:
    change = hours.next_change(local)
    if change is None:
        assert hours.always
        return
    assert local.astimezone(UTC) < change.astimezone(UTC) <= local + timedelta(days=8)
    just_before = (change.astimezone(UTC) - timedelta(microseconds=1)).astimezone(local.tzinfo)
    assert hours.inside(just_before) == hours.inside(local)
    start = hours.next_start(local)
    assert start is not None
    assert hours.inside(start)
    assert start.astimezone(UTC) >= change.astimezone(UTC)


def test_the_hour_shown_twice_does_not_end_the_duty() -> None:
    # 25 October 2026: Berlin's clocks go from 03:00 CEST back to 02:00 CET.
    hours = parse_hours("sun 02:30-05:00")
    first = datetime(2026, 10, 25, 2, 45, tzinfo=BERLIN)
    assert first.utcoffset() == timedelta(hours=2)
    assert hours.inside(first)
    second = datetime(2026, 10, 25, 2, 10, tzinfo=BERLIN, fold=1)  # an hour on, in CET
    assert hours.inside(second)
    # 02:30 comes round again: a start that changes nothing, but a moment cron fires at too.
    again = hours.next_change(first)
    assert again is not None
    assert again.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_a_start_the_clocks_skip_comes_as_late_as_the_skip() -> None:
    # 29 March 2026: Berlin's clocks go from 02:00 CET to 03:00 CEST; 02:30 never shows.
    hours = parse_hours("sun 02:30-05:00")
    night = datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)
    start = hours.next_start(night)
    assert start is not None
    assert start.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST
    assert not hours.inside(datetime(2026, 3, 29, 3, 10, tzinfo=BERLIN))
    assert hours.inside(datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN))


def test_edges_group_the_weekdays_of_each_time_of_day() -> None:
    hours = parse_hours("mon-fri 08:30-12:30,13:30-17:30; sat 10:00-24:00; sun 00:00-02:00")
    weekdays = (0, 1, 2, 3, 4)
    assert [(at.strftime("%H:%M"), days) for at, days in hours.edges().items()] == [
        ("00:00", (6,)), ("02:00", (6,)), ("08:30", weekdays), ("10:00", (5,)),
        ("12:30", weekdays), ("13:30", weekdays), ("17:30", weekdays)]
    # Saturday ends at 24:00 as Sunday starts: still on duty across midnight.
    assert hours.inside(datetime(2026, 3, 8, 0, 0, tzinfo=BERLIN))
    assert parse_hours("").edges() == {}
