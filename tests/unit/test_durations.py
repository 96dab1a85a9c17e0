"""Reading a pause length: the accepted forms, the refused ones and the 1m-24h bounds."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcoach.core.durations import MAX_PAUSE, MIN_PAUSE, DurationError, parse_pause

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)


def test_bounds() -> None:
    assert timedelta(minutes=1) == MIN_PAUSE
    assert timedelta(hours=24) == MAX_PAUSE
    assert issubclass(DurationError, ValueError)


@pytest.mark.parametrize(("text", "length"), [
    ("30m", timedelta(minutes=30)),
    ("1h", timedelta(hours=1)),
    ("1h30m", timedelta(minutes=90)),
    ("90s", timedelta(seconds=90)),
    ("1m", timedelta(minutes=1)),
    ("60s", timedelta(minutes=1)),
    ("0h1m", timedelta(minutes=1)),
    ("00001m", timedelta(minutes=1)),
    ("24h", timedelta(hours=24)),
    ("1440m", timedelta(hours=24)),
    ("86400s", timedelta(hours=24)),
    ("23h59m60s", timedelta(hours=24)),
    ("1h1m1s", timedelta(seconds=3661)),
    ("2m2m", timedelta(minutes=4)),
    ("30s1m", timedelta(seconds=90)),
    (" 1H30M ", timedelta(minutes=90)),
    ("1h 30m", timedelta(minutes=90)),
    ("\t45m\n", timedelta(minutes=45)),
])
def test_accepted_lengths(text: str, length: timedelta) -> None:
    assert parse_pause(text, NOW) == NOW + length


@pytest.mark.parametrize("text", ["tomorrow", "Tomorrow", " TOMORROW ", "to morrow"])
def test_tomorrow_is_four_in_the_morning(text: str) -> None:
    assert parse_pause(text, NOW) == datetime(2026, 3, 3, 4, 0, tzinfo=LONDON)
    early = datetime(2026, 3, 3, 2, 0, tzinfo=LONDON)
    assert parse_pause(text, early) == datetime(2026, 3, 3, 4, 0, tzinfo=LONDON)


@pytest.mark.parametrize("text", [
    "", "   ", "30", "m", "h1", "1.5h", "+5m", "30min", "30 minutes", "1d", "1h30",
    "1h\t30m", "abc", "123456s", "1h-30m", "tomorrow please", "5m!", "m5", "1hh",
])
def test_unreadable_lengths(text: str) -> None:
    message = f"cannot read pause length {text!r}: use e.g. 30m, 1h, 1h30m or tomorrow"
    with pytest.raises(DurationError, match=re.escape(message)):
        parse_pause(text, NOW)


@pytest.mark.parametrize("text", ["-5m", "-1h30m", " -30s", "-tomorrow"])
def test_negative_lengths_say_so(text: str) -> None:
    message = f"a pause cannot be negative ({text!r}): use e.g. 30m, 1h, 1h30m or tomorrow"
    with pytest.raises(DurationError, match=re.escape(message)):
        parse_pause(text, NOW)


@pytest.mark.parametrize("text", ["0m", "0s", "59s", "0h0m59s", "24h1s", "1441m", "86401s",
                                  "25h", "99999h"])
def test_lengths_outside_one_minute_to_a_day(text: str) -> None:
    with pytest.raises(DurationError, match=re.escape(f"pause length {text!r} is outside 1m-24h")):
        parse_pause(text, NOW)


def test_a_pause_across_the_autumn_dst_change_lasts_its_real_length() -> None:
    # 01:30 BST on 2026-10-25; an hour later the clocks read 01:30 again (GMT).
    now = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)
    until = parse_pause("1h", now)
    assert until.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=1)
    assert (until.hour, until.minute, until.utcoffset()) == (1, 30, timedelta(0))


def test_a_pause_across_the_spring_dst_change_lasts_its_real_length() -> None:
    now = datetime(2026, 3, 29, 0, 30, tzinfo=LONDON)  # 00:30 GMT; 01:00 becomes 02:00
    until = parse_pause("1h", now)
    assert until.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=1)
    assert (until.hour, until.minute) == (2, 30)  # a time that exists on the clock


# ---- properties -------------------------------------------------------------------------------

def check_any(text: str) -> timedelta | None:
    """Parse `text`; the length, or None when refused - anything else fails the test."""
    try:
        until = parse_pause(text, NOW)
    except DurationError:
        return None
    assert until.tzinfo is NOW.tzinfo
    length = until - NOW
    assert MIN_PAUSE <= length <= MAX_PAUSE  # "tomorrow" from 09:00 is 19 h
    return length


@settings(max_examples=500)
@given(st.text())
def test_any_text_parses_within_bounds_or_is_refused(text: str) -> None:
    check_any(text)


@settings(max_examples=300)
@given(st.text(alphabet="0123456789hmsHMS ta", max_size=12))
def test_near_miss_text_parses_within_bounds_or_is_refused(text: str) -> None:
    check_any(text)


parts = st.lists(st.tuples(st.integers(0, 99999), st.sampled_from("hmsHMS")),
                 min_size=1, max_size=4)


@settings(max_examples=300)
@given(parts, st.sampled_from(["", " "]))
def test_well_formed_lengths_are_accepted_exactly_when_in_bounds(
        chunks: list[tuple[int, str]], joiner: str) -> None:
    text = joiner.join(f"{n}{unit}" for n, unit in chunks)
    seconds = sum(n * {"h": 3600, "m": 60, "s": 1}[unit.lower()] for n, unit in chunks)
    expected = timedelta(seconds=seconds) if 60 <= seconds <= 86400 else None
    assert check_any(text) == expected
