"""Away, lock, meetings, full-screen apps and working hours, on a fake clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.events import (
    Away,
    Back,
    Blocked,
    BreakNow,
    ChangeSettings,
    Done,
    HideBreak,
    Overdue,
    Pause,
    Record,
    Resume,
    ShowBreak,
    Tick,
)
from deskcoach.core.hours import HoursError, parse_hours
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import Attention, Outcome, Phase
from tests.unit.refusals import assert_refused

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)  # a Monday


def at(seconds: float) -> Instant:
    return Instant((START.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(LONDON),
                   float(seconds))


def cycle(**changes: object) -> BreakCycle:
    return BreakCycle(Settings(notice_seconds=0, **changes), at(0))  # type: ignore[arg-type]


def records(effects: Sequence[object]) -> list[Outcome]:
    return [e.record.outcome for e in effects if isinstance(e, Record)]


def test_a_long_absence_is_a_natural_break_and_a_fresh_stretch() -> None:
    c = cycle()
    c.handle(Away(at(1500), "idle", idle_seconds=300))  # last input at 1200
    effects = c.handle(Back(at(1500 + 600)))
    assert records(effects) == [Outcome.NATURAL]
    assert c.status(at(2100)).seconds_left == 40 * 60
    record = next(e.record for e in effects if isinstance(e, Record))
    assert record.started == at(1200).wall


def test_a_short_absence_resumes_where_it_was() -> None:
    c = cycle(break_seconds=300)
    c.handle(Away(at(1000), "idle", idle_seconds=60))  # away since 940
    assert c.status(at(1100)).reason == "idle"
    assert c.handle(Back(at(1000 + 120))) == []  # gone 180 s: less than a break
    assert c.status(at(1120)).seconds_left == 2400 - 940


@pytest.mark.parametrize("reason", ["idle", "locked"])
def test_away_the_work_timer_stands_still(reason: str) -> None:
    """README: being away "stops the work timer". The status says so and shows it: the
    countdown and the tray ring stay where they were when the user left."""
    c = cycle(break_seconds=300)
    c.handle(Away(at(1000), reason, idle_seconds=60))  # away since 940: 1460 s were left
    for later in (1000, 1100, 1900, 2400, 5000):
        status = c.status(at(later))
        assert status.reason == reason
        assert status.seconds_left == 1460
        assert status.progress == pytest.approx(940 / 2400)
    c.handle(Back(at(1200)))  # 260 s away, less than a break: carries on from 1460
    assert c.status(at(1200)).seconds_left == 1460
    assert c.status(at(1300)).seconds_left == 1360


def test_the_status_says_when_strict_mode_is_on() -> None:
    assert not cycle().status(at(0)).strict
    strict = cycle(strict_mode=True).status(at(0))
    assert strict.strict
    assert not strict.can_skip
    assert not strict.can_snooze


def test_a_break_that_falls_due_while_away_waits() -> None:
    c = cycle(break_seconds=300)
    c.handle(Away(at(2300), "idle", idle_seconds=60))
    assert c.handle(Tick(at(2500))) == []  # due at 2400, but nobody is there
    assert c.next_wakeup(at(2500)) is None
    assert c.handle(Back(at(2400))) == []  # away 160 s: the break is 160 s later
    assert c.handle(Tick(at(2559))) == []
    assert c.handle(Tick(at(2561))) == [ShowBreak(300)]


def test_lock_during_a_break_ends_it_as_natural_when_long_enough() -> None:
    c = cycle()
    c.handle(BreakNow(at(100)))
    c.handle(Away(at(110), "locked"))
    assert c.status(at(400)).break_seconds_left == 110  # frozen while away
    effects = c.handle(Back(at(400)))
    assert [type(e) for e in effects] == [HideBreak, Record]
    assert records(effects) == [Outcome.NATURAL]


def test_a_strict_break_interrupted_by_a_lock_is_offered_again() -> None:
    c = cycle(strict_mode=True)
    c.handle(BreakNow(at(100)))
    c.handle(Away(at(150), "locked"))
    assert c.handle(Back(at(900))) == []
    assert c.phase is Phase.ON_BREAK
    assert c.status(at(900)).break_seconds_left == 120  # from the start again
    assert records(c.handle(Tick(at(1021)))) == [Outcome.COMPLETED]


def test_a_meeting_holds_the_break_until_it_ends() -> None:
    c = cycle()
    c.handle(Blocked(at(100), "meeting"))
    assert c.handle(Tick(at(2401))) == []
    assert c.status(at(2401)).reason == "meeting"
    assert c.handle(Blocked(at(3000), None)) == [ShowBreak(120)]


def test_a_long_hold_gives_one_gentle_notice() -> None:
    c = cycle(max_defer_minutes=30)
    c.handle(Blocked(at(100), "fullscreen"))
    c.handle(Tick(at(2400)))
    assert c.next_wakeup(at(2400)) == at(2400 + 1800).wall
    assert c.handle(Tick(at(2400 + 1800))) == [Overdue(30)]
    assert c.handle(Tick(at(2400 + 3600))) == []  # told once
    assert c.status(at(6000)).reason == "fullscreen"


def test_idle_during_a_meeting_then_back_after_it() -> None:
    c = cycle()
    c.handle(Blocked(at(1000), "meeting"))
    c.handle(Away(at(2000), "idle", idle_seconds=300))
    c.handle(Blocked(at(2500), None))
    assert c.status(at(2500)).reason == "idle"
    assert records(c.handle(Back(at(3000)))) == [Outcome.NATURAL]


def test_outside_working_hours_the_app_rests() -> None:
    c = BreakCycle(Settings(working_hours="mon-fri 09:30-12:00"), at(0))  # starts 09:00
    assert c.phase is Phase.PAUSED
    assert c.status(at(60)).reason == "outside_hours"
    assert c.paused_until == datetime(2026, 3, 2, 9, 30, tzinfo=LONDON)
    assert c.next_wakeup(at(60)) is None  # the scheduler's working-hours job ticks at 09:30
    c.handle(Tick(at(1800)))  # 09:30, the moment the job fires
    assert c.phase is Phase.WORKING
    assert c.status(at(1800)).seconds_left == 2400
    c.handle(Tick(at(3 * 3600)))  # 12:00: quiet again, till Tuesday 09:30
    assert c.phase is Phase.PAUSED
    assert c.paused_until == datetime(2026, 3, 3, 9, 30, tzinfo=LONDON)


def test_outside_working_hours_resume_is_refused_and_breaks_end_in_rest() -> None:
    c = BreakCycle(Settings(working_hours="mon-fri 09:30-12:00"), at(0))
    assert_refused(c.handle(Resume(at(10))), "outside your working hours")
    c.handle(BreakNow(at(20)))  # a break asked for is a break, hours or not
    assert c.phase is Phase.ON_BREAK
    c.handle(Done(at(50)))
    assert c.status(at(50)).reason == "outside_hours"
    c.handle(ChangeSettings(at(60), Settings(working_hours="mon-fri 08:00-12:00")))
    assert c.phase is Phase.WORKING  # new hours apply at once, not at the next Tick
    c.handle(ChangeSettings(at(70), Settings(working_hours="sat 08:00-12:00")))
    assert c.status(at(70)).reason == "outside_hours"
    assert c.paused_until == datetime(2026, 3, 7, 8, 0, tzinfo=LONDON)


@pytest.mark.parametrize(("text", "inside", "outside"), [
    ("mon-fri 08:30-12:30,13:30-17:30", datetime(2026, 3, 2, 13, 30),
     datetime(2026, 3, 2, 12, 30)),
    ("sat,sun 10:00-24:00", datetime(2026, 3, 7, 23, 59), datetime(2026, 3, 6, 11, 0)),
    ("", datetime(2026, 3, 1, 3, 0), None),
])
def test_hours(text: str, inside: datetime, outside: datetime | None) -> None:
    hours = parse_hours(text)
    assert hours.inside(inside.replace(tzinfo=LONDON))
    if outside is not None:
        assert not hours.inside(outside.replace(tzinfo=LONDON))


@pytest.mark.parametrize("bad", ["mon 9-5", "fri-mon 08:00-09:00", "mon 10:00-09:00",
                                 "mon 08:00-10:00,09:00-11:00", "someday 08:00-09:00",
                                 "mon-fri", "x" * 300])
def test_bad_hours_are_refused(bad: str) -> None:
    with pytest.raises(HoursError):
        parse_hours(bad)


def test_next_start_skips_the_weekend() -> None:
    hours = parse_hours("mon-fri 08:30-17:30")
    friday_evening = datetime(2026, 3, 6, 18, 0, tzinfo=LONDON)
    assert hours.next_start(friday_evening) == datetime(2026, 3, 9, 8, 30, tzinfo=LONDON)
    assert hours.next_change(datetime(2026, 3, 9, 9, 0, tzinfo=LONDON)) == datetime(
        2026, 3, 9, 17, 30, tzinfo=LONDON)


def test_attention_says_when_presence_should_ask_its_detectors() -> None:
    c = cycle()  # 40 min of work: the break falls due at 2400 s
    assert c.attention(at(2397), 2.0) == Attention(None, None, False, False, ask_blocks=False)
    assert c.attention(at(2398), 2.0).ask_blocks
    c.handle(Blocked(at(2398), "meeting"))
    c.handle(Tick(at(2400)))
    assert c.attention(at(2400), 2.0) == Attention(None, "meeting", False, True, True)
    c.handle(Blocked(at(2410), None))
    c.handle(Away(at(2420), "idle", 0.0))
    assert c.attention(at(2420), 2.0).away == "idle"
    c.handle(Back(at(2430)))
    c.handle(Pause(at(2440), START + timedelta(hours=2)))
    assert c.attention(at(2440), 2.0) == Attention(None, None, True, False, False)
