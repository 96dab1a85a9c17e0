"""Example-based tests for the break cycle, driven by a fake clock.

`at(seconds)` is the whole fake clock: a moment `seconds` after 2026-03-02 09:00 London time on
both the wall clock and the monotonic clock. `wall_shift` moves only the wall clock (sleep, a
clock jump). The wall time is computed through UTC, the way a real clock reads it, so it stays
right across a DST change; away from one it equals `START + timedelta(seconds=...)`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deskcoach.core.cycle import BreakCycle
from deskcoach.core.cycle_queries import IGNORED_GRACE_SECONDS
from deskcoach.core.durations import morning_after
from deskcoach.core.events import (
    BreakNow,
    ChangeSettings,
    Done,
    Effect,
    Event,
    HideBreak,
    Pause,
    Record,
    Refusal,
    Resume,
    ShowBreak,
    ShowNotice,
    Shutdown,
    Skip,
    Snooze,
    Tick,
    UserActive,
)
from deskcoach.core.moments import Instant
from deskcoach.core.settings import Settings
from deskcoach.core.status import BreakRecord, Outcome, Phase
from tests.unit.refusals import assert_refused

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 3, 2, 9, 0, tzinfo=LONDON)
ROUTINE: tuple[str, ...] = ()  # the controller adds the exercises
SHOW = ShowBreak(120)  # the default break


def at(seconds: float, *, wall_shift: float = 0.0, start: datetime = START) -> Instant:
    """`seconds` after `start` on both clocks; `wall_shift` moves the wall clock alone."""
    wall = (start.astimezone(UTC) + timedelta(seconds=seconds + wall_shift)).astimezone(LONDON)
    return Instant(wall, float(seconds))


def wall(seconds: float, *, wall_shift: float = 0.0, start: datetime = START) -> datetime:
    return at(seconds, wall_shift=wall_shift, start=start).wall


def utc(moment: datetime | None) -> datetime:
    """For comparing instants: `==` on two times in one zone ignores DST (fold)."""
    assert moment is not None
    return moment.astimezone(UTC)


def new_cycle(start: datetime = START, **settings: int | bool) -> BreakCycle:
    return BreakCycle(Settings(**settings), at(0, start=start))  # type: ignore[arg-type]


def tick(cycle: BreakCycle, seconds: float, *, wall_shift: float = 0.0,
         start: datetime = START) -> list[Effect]:
    return cycle.handle(Tick(at(seconds, wall_shift=wall_shift, start=start)))


def to_break(cycle: BreakCycle) -> None:
    """Run the default 40-minute stretch: notice at 2340 s, break on screen at 2400 s."""
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert tick(cycle, 2400) == [SHOW]


def record(due: float, started: float | None, ended: float, outcome: Outcome,
           snoozes: int = 0, *, wall_shift: float = 0.0) -> Record:
    """The Record effect for a break whose moments are given as fake-clock seconds."""
    return Record(BreakRecord(wall(due, wall_shift=wall_shift),
                              None if started is None else wall(started, wall_shift=wall_shift),
                              wall(ended, wall_shift=wall_shift), outcome, snoozes, ROUTINE))


# ---- the plain cycle --------------------------------------------------------------------------

def test_fresh_cycle_status() -> None:
    cycle = new_cycle()
    st = cycle.status(at(0))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 2400
    assert st.next_break_at == wall(2400)
    assert st.break_seconds_left is None
    assert st.paused_until is None
    assert st.snoozes_left == 2
    assert st.skips_left == 3
    assert st.can_skip is True
    assert st.can_snooze is False
    assert st.progress == 0.0
    assert cycle.status(at(1200)).progress == pytest.approx(0.5)
    assert cycle.status(at(1200)).seconds_left == 1200


def test_default_cycle_shows_notice_60s_before_and_break_when_due() -> None:
    cycle = new_cycle()
    assert cycle.next_wakeup(at(0)) == wall(2340)
    assert tick(cycle, 60) == []
    assert tick(cycle, 2339) == []
    assert cycle.status(at(2339)).phase is Phase.WORKING
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert cycle.status(at(2340)).phase is Phase.PRE_BREAK
    assert cycle.status(at(2340)).can_snooze is True
    assert cycle.next_wakeup(at(2340)) == wall(2400)
    assert tick(cycle, 2370) == []  # the notice is not repeated
    assert tick(cycle, 2399) == []
    assert tick(cycle, 2400) == [ShowBreak(120)]
    st = cycle.status(at(2400))
    assert st.phase is Phase.ON_BREAK
    assert st.break_seconds_left == 120
    assert st.seconds_left == 0
    assert st.next_break_at is None
    assert st.progress == 1.0


def test_notice_uses_the_configured_lead_and_zero_means_none() -> None:
    cycle = new_cycle(notice_seconds=300)
    assert tick(cycle, 2099) == []
    assert tick(cycle, 2100) == [ShowNotice(300)]
    quiet = new_cycle(notice_seconds=0)
    assert quiet.next_wakeup(at(0)) == wall(2400)
    assert tick(quiet, 2399) == []
    assert tick(quiet, 2400) == [SHOW]


def test_late_first_tick_still_shows_one_notice_with_the_true_time_left() -> None:
    cycle = new_cycle()
    assert tick(cycle, 2385.5) == [ShowNotice(15)]  # rounded up, never 0 before the break


def test_break_countdown_completes() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.next_wakeup(at(2400)) == wall(2520)
    assert tick(cycle, 2460) == []
    assert cycle.status(at(2460)).break_seconds_left == 60
    assert cycle.status(at(2470)).break_seconds_left == 50  # counts between ticks too
    assert tick(cycle, 2519) == []
    assert cycle.status(at(2519)).break_seconds_left == 1
    assert tick(cycle, 2520) == [HideBreak(Outcome.COMPLETED),
                                 record(2400, 2400, 2520, Outcome.COMPLETED)]
    st = cycle.status(at(2520))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 2400  # a fresh stretch from the end of the break
    assert st.next_break_at == wall(4920)


def test_done_early_completes_the_break_and_starts_a_fresh_stretch() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Done(at(2430))) == [HideBreak(Outcome.COMPLETED),
                                            record(2400, 2400, 2430, Outcome.COMPLETED)]
    assert cycle.status(at(2430)).phase is Phase.WORKING
    assert cycle.status(at(2430)).seconds_left == 2400
    assert tick(cycle, 4770) == [ShowNotice(60)]
    assert tick(cycle, 4830) == [SHOW]


def test_done_is_refused_without_a_break_on_screen() -> None:
    cycle = new_cycle()
    assert_refused(cycle.handle(Done(at(100))), "no break on screen")
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert_refused(cycle.handle(Done(at(2350))), "no break on screen")


def test_break_now_starts_a_break_at_once_and_twice_is_harmless() -> None:
    cycle = new_cycle()
    assert cycle.handle(BreakNow(at(600))) == [SHOW]
    assert cycle.handle(BreakNow(at(610))) == []
    assert cycle.handle(Done(at(700))) == [HideBreak(Outcome.COMPLETED),
                                           record(600, 600, 700, Outcome.COMPLETED)]
    assert cycle.status(at(700)).seconds_left == 2400


def test_a_break_of_its_own_length_runs_that_long_and_only_once() -> None:
    """A daily anchor's five minutes: 300 s on screen where break_seconds is 120."""
    cycle = new_cycle()
    assert cycle.handle(BreakNow(at(600), 300)) == [ShowBreak(300)]
    assert cycle.break_length() == 300
    assert tick(cycle, 720) == []  # a standard break would be over here
    assert cycle.status(at(720)).break_seconds_left == 180
    cycle.handle(ChangeSettings(at(730), Settings(break_seconds=60)))
    assert cycle.status(at(730)).break_seconds_left == 170  # its own length is kept
    assert tick(cycle, 900) == [HideBreak(Outcome.COMPLETED),
                                record(600, 600, 900, Outcome.COMPLETED)]
    assert cycle.break_length() == 60  # the next break is the settings' again
    assert cycle.handle(BreakNow(at(1000))) == [ShowBreak(60)]


def test_a_snoozed_break_of_its_own_length_comes_back_as_long() -> None:
    cycle = new_cycle()
    assert cycle.handle(BreakNow(at(600), 300)) == [ShowBreak(300)]
    assert cycle.handle(Snooze(at(610))) == [HideBreak(None)]
    assert cycle.handle(BreakNow(at(620))) == [ShowBreak(300, again=True)]
    assert cycle.status(at(620)).break_seconds_left == 300


def test_a_break_of_no_length_is_refused() -> None:
    cycle = new_cycle()
    assert_refused(cycle.handle(BreakNow(at(600), 0)), "a break lasts at least one second")
    assert cycle.phase is Phase.WORKING
    assert cycle.current is None


# ---- snooze -----------------------------------------------------------------------------------

def test_snooze_limit_then_refused() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Snooze(at(2410))) == [HideBreak(None)]
    st = cycle.status(at(2410))
    assert st.phase is Phase.SNOOZED
    assert st.seconds_left == 300
    assert st.snoozes_left == 1
    assert st.can_snooze is False  # nothing on screen to snooze
    assert_refused(cycle.handle(Snooze(at(2420))), "no break to snooze")
    assert tick(cycle, 2709) == []
    assert tick(cycle, 2710) == [ShowBreak(120, again=True)]
    assert cycle.status(at(2710)).can_snooze is True
    assert cycle.handle(Snooze(at(2720))) == [HideBreak(None)]
    assert tick(cycle, 3020) == [ShowBreak(120, again=True)]
    st = cycle.status(at(3020))
    assert st.snoozes_left == 0
    assert st.can_snooze is False
    assert_refused(cycle.handle(Snooze(at(3030))),
                   r"cannot be snoozed again \(limit: 2 per break\)")
    assert cycle.status(at(3030)).phase is Phase.ON_BREAK
    assert cycle.handle(Done(at(3040))) == [
        HideBreak(Outcome.COMPLETED), record(2400, 2400, 3040, Outcome.COMPLETED, snoozes=2)]
    assert cycle.status(at(3040)).snoozes_left == 2  # the next break has its own snoozes


def test_snooze_during_the_notice_puts_the_break_off() -> None:
    cycle = new_cycle(snooze_minutes=10)
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert cycle.handle(Snooze(at(2340))) == []  # nothing on screen to hide
    assert cycle.status(at(2340)).phase is Phase.SNOOZED
    assert tick(cycle, 2400) == []
    assert tick(cycle, 2939) == []
    assert tick(cycle, 2940) == [ShowBreak(120, again=True)]
    assert cycle.handle(Done(at(3000))) == [
        HideBreak(Outcome.COMPLETED), record(2400, 2940, 3000, Outcome.COMPLETED, snoozes=1)]


def test_snooze_is_refused_while_working() -> None:
    cycle = new_cycle()
    assert_refused(cycle.handle(Snooze(at(100))), "no break to snooze right now")


def test_zero_snoozes_per_break_refuses_the_first_snooze() -> None:
    cycle = new_cycle(snoozes_per_break=0)
    to_break(cycle)
    assert cycle.status(at(2400)).can_snooze is False
    assert_refused(cycle.handle(Snooze(at(2410))), r"limit: 0 per break")


# ---- strict mode ------------------------------------------------------------------------------

def test_strict_mode_refuses_skip_and_snooze() -> None:
    cycle = new_cycle(strict_mode=True)
    st = cycle.status(at(0))
    assert st.can_skip is False
    assert st.snoozes_left == 0
    assert_refused(cycle.handle(Skip(at(100))), "strict mode is on: breaks cannot be skipped")
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert_refused(cycle.handle(Snooze(at(2350))), "strict mode is on: breaks cannot be snoozed")
    assert tick(cycle, 2400) == [SHOW]
    assert cycle.status(at(2400)).can_snooze is False
    assert_refused(cycle.handle(Snooze(at(2410))), "strict mode is on: breaks cannot be snoozed")
    assert_refused(cycle.handle(Skip(at(2420))), "strict mode is on: breaks cannot be skipped")
    assert cycle.status(at(2420)).phase is Phase.ON_BREAK
    assert tick(cycle, 2520) == [HideBreak(Outcome.COMPLETED),
                                 record(2400, 2400, 2520, Outcome.COMPLETED)]


def test_strict_mode_still_allows_a_pause_between_breaks() -> None:
    cycle = new_cycle(strict_mode=True)
    assert cycle.handle(Pause(at(100), wall(1900))) == []
    assert cycle.status(at(100)).phase is Phase.PAUSED


# ---- skip -------------------------------------------------------------------------------------

def test_daily_skip_budget_then_refused() -> None:
    cycle = new_cycle()
    assert cycle.handle(Skip(at(60))) == [record(2400, None, 60, Outcome.SKIPPED)]
    assert cycle.status(at(60)).skips_left == 2
    assert cycle.handle(Skip(at(120))) == [record(4800, None, 120, Outcome.SKIPPED)]
    assert cycle.handle(Skip(at(180))) == [record(7200, None, 180, Outcome.SKIPPED)]
    st = cycle.status(at(180))
    assert st.skips_left == 0
    assert st.can_skip is False
    assert st.seconds_left == 9600 - 180  # three intervals pushed on
    assert_refused(cycle.handle(Skip(at(240))), r"no skips left today \(daily budget: 3\)")
    assert cycle.status(at(240)).seconds_left == 9600 - 240  # the refusal changed nothing


def test_zero_skip_budget_refuses_the_first_skip() -> None:
    cycle = new_cycle(daily_skip_budget=0)
    assert cycle.status(at(0)).can_skip is False
    assert_refused(cycle.handle(Skip(at(60))), r"daily budget: 0")


def test_unlimited_skips_never_refuse() -> None:
    cycle = new_cycle(daily_skip_budget=-1)
    for n in range(1, 26):
        effects = cycle.handle(Skip(at(n)))
        assert effects == [record(2400 * n, None, n, Outcome.SKIPPED)]
    st = cycle.status(at(25))
    assert st.skips_left is None
    assert st.can_skip is True
    to_break_at = 2400 * 26
    assert tick(cycle, to_break_at) == [SHOW]
    assert cycle.handle(Skip(at(to_break_at + 1))) == [
        HideBreak(Outcome.SKIPPED),
        record(to_break_at, to_break_at, to_break_at + 1, Outcome.SKIPPED)]


def test_skip_budget_resets_on_a_new_local_day() -> None:
    cycle = new_cycle()
    for n in (60, 120, 180):
        cycle.handle(Skip(at(n)))
    tomorrow = morning_after(wall(200))
    assert tomorrow == datetime(2026, 3, 3, 4, 0, tzinfo=LONDON)
    assert cycle.handle(Pause(at(200), tomorrow)) == []
    midnight = 15 * 3600  # 09:00 + 15 h
    assert tick(cycle, midnight - 1) == []
    assert cycle.status(at(midnight - 1)).skips_left == 0
    assert tick(cycle, midnight) == []
    assert cycle.status(at(midnight)).skips_left == 3
    assert cycle.status(at(midnight)).phase is Phase.PAUSED
    four = 19 * 3600
    assert wall(four) == tomorrow
    assert tick(cycle, four) == []
    assert cycle.status(at(four)).phase is Phase.WORKING
    for n in (1, 2, 3):
        assert cycle.handle(Skip(at(four + n))) != []
    assert_refused(cycle.handle(Skip(at(four + 4))), "no skips left today")


def test_skip_while_working_pushes_the_break_one_interval() -> None:
    cycle = new_cycle()
    assert cycle.handle(Skip(at(600))) == [record(2400, None, 600, Outcome.SKIPPED)]
    st = cycle.status(at(600))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 4200
    assert st.next_break_at == wall(4800)
    assert tick(cycle, 2340) == []
    assert tick(cycle, 2400) == []
    assert tick(cycle, 4740) == [ShowNotice(60)]
    assert tick(cycle, 4800) == [SHOW]


def test_skip_during_the_notice_skips_the_coming_break() -> None:
    cycle = new_cycle()
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert cycle.handle(Skip(at(2350))) == [record(2400, None, 2350, Outcome.SKIPPED)]
    st = cycle.status(at(2350))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 4800 - 2350
    assert tick(cycle, 2400) == []
    assert tick(cycle, 4740) == [ShowNotice(60)]


def test_skip_on_break_hides_it_and_starts_a_fresh_stretch() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Skip(at(2410))) == [HideBreak(Outcome.SKIPPED),
                                            record(2400, 2400, 2410, Outcome.SKIPPED)]
    st = cycle.status(at(2410))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 2400
    assert st.skips_left == 2


def test_skip_while_snoozed_records_the_snoozed_break() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Snooze(at(2410))) == [HideBreak(None)]
    # nothing is on screen, so nothing to hide
    assert cycle.handle(Skip(at(2500))) == [record(2400, 2400, 2500, Outcome.SKIPPED, 1)]
    assert cycle.status(at(2500)).seconds_left == 2400
    assert tick(cycle, 2710) == []  # the snoozed break does not come back


# ---- pause ------------------------------------------------------------------------------------

def test_pause_30_minutes_then_it_resumes_by_itself_with_a_fresh_stretch() -> None:
    cycle = new_cycle()
    until = wall(2000 + 1800)
    assert cycle.handle(Pause(at(2000), until)) == []
    st = cycle.status(at(2000))
    assert st.phase is Phase.PAUSED
    assert st.paused_until == until
    assert st.next_break_at == wall(3800 + 2400)
    assert st.seconds_left == 1800 + 2400
    assert st.can_skip is False
    assert st.progress == 0.0
    assert cycle.next_wakeup(at(2000)) == until
    # the old notice and due time pass unnoticed while paused
    assert tick(cycle, 2340) == []
    assert tick(cycle, 2400) == []
    assert tick(cycle, 3799) == []
    assert cycle.status(at(3799)).phase is Phase.PAUSED
    assert_refused(cycle.handle(Skip(at(3799))), "paused")
    assert tick(cycle, 3800) == []
    st = cycle.status(at(3800))
    assert st.phase is Phase.WORKING
    assert st.paused_until is None
    assert st.seconds_left == 2400
    assert tick(cycle, 6140) == [ShowNotice(60)]
    assert tick(cycle, 6200) == [SHOW]


def test_resume_ends_a_pause_early() -> None:
    cycle = new_cycle()
    assert cycle.handle(Pause(at(600), wall(600 + 1800))) == []
    assert cycle.handle(Resume(at(1200))) == []
    st = cycle.status(at(1200))
    assert st.phase is Phase.WORKING
    assert st.paused_until is None
    assert st.seconds_left == 2400
    assert tick(cycle, 3540) == [ShowNotice(60)]
    assert tick(cycle, 3600) == [SHOW]


def test_resume_without_a_pause_changes_nothing() -> None:
    cycle = new_cycle()
    assert cycle.handle(Resume(at(600))) == []
    assert cycle.status(at(600)).seconds_left == 1800


def test_pause_must_end_in_the_future() -> None:
    cycle = new_cycle()
    assert_refused(cycle.handle(Pause(at(600), wall(600))), "must end in the future")
    assert_refused(cycle.handle(Pause(at(600), wall(0))), "must end in the future")
    assert cycle.status(at(600)).phase is Phase.WORKING


def test_pausing_during_a_break_records_it_as_skipped() -> None:
    cycle = new_cycle()
    to_break(cycle)
    until = wall(2430 + 1800)
    assert cycle.handle(Pause(at(2430), until)) == [HideBreak(Outcome.SKIPPED),
                                                   record(2400, 2400, 2430, Outcome.SKIPPED)]
    st = cycle.status(at(2430))
    assert st.phase is Phase.PAUSED
    assert st.paused_until == until
    assert st.skips_left == 2


def test_pausing_while_snoozed_records_the_break_as_skipped() -> None:
    cycle = new_cycle()
    to_break(cycle)
    cycle.handle(Snooze(at(2410)))
    assert cycle.handle(Pause(at(2500), wall(4300))) == [
        record(2400, 2400, 2500, Outcome.SKIPPED, snoozes=1)]
    assert cycle.status(at(2500)).phase is Phase.PAUSED


def test_pausing_during_a_break_is_refused_in_strict_mode() -> None:
    cycle = new_cycle(strict_mode=True)
    to_break(cycle)
    assert_refused(cycle.handle(Pause(at(2430), wall(4230))), "strict mode")
    st = cycle.status(at(2430))
    assert st.phase is Phase.ON_BREAK
    assert st.paused_until is None


def test_pausing_during_a_break_is_refused_without_skips_left() -> None:
    cycle = new_cycle(daily_skip_budget=0)
    to_break(cycle)
    assert_refused(cycle.handle(Pause(at(2430), wall(4230))), "no skips left today")
    assert cycle.status(at(2430)).phase is Phase.ON_BREAK


# ---- the user working through a break ----------------------------------------------------------

def test_user_activity_holds_the_break_countdown() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(UserActive(at(2430), True)) == []
    st = cycle.status(at(2500))
    assert st.break_seconds_left == 90  # 30 s ran before the user went back to work
    assert st.held is True
    assert tick(cycle, 2500) == []
    assert cycle.status(at(2500)).break_seconds_left == 90
    assert cycle.handle(UserActive(at(2500), False)) == []
    assert cycle.status(at(2500)).held is False
    assert tick(cycle, 2589) == []
    assert cycle.status(at(2589)).break_seconds_left == 1
    assert tick(cycle, 2590) == [HideBreak(Outcome.COMPLETED),
                                 record(2400, 2400, 2590, Outcome.COMPLETED)]


def test_a_break_ignored_the_whole_time_ends_missed_after_the_grace() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(UserActive(at(2400), True)) == []
    give_up = 2400 + 120 + IGNORED_GRACE_SECONDS
    assert give_up == 2820
    assert cycle.next_wakeup(at(2400)) == wall(give_up)
    assert tick(cycle, 2520) == []  # the break's own length is not enough
    assert tick(cycle, give_up - 1) == []
    assert cycle.status(at(give_up - 1)).break_seconds_left == 120
    assert tick(cycle, give_up) == [HideBreak(Outcome.MISSED),
                                    record(2400, 2400, give_up, Outcome.MISSED)]
    assert cycle.status(at(give_up)).seconds_left == 2400


def test_activity_before_a_break_does_not_hold_the_new_break() -> None:
    cycle = new_cycle()
    cycle.handle(UserActive(at(100), True))
    to_break(cycle)
    assert cycle.status(at(2400)).held is False
    assert tick(cycle, 2520) == [HideBreak(Outcome.COMPLETED),
                                 record(2400, 2400, 2520, Outcome.COMPLETED)]


# ---- settings changes -------------------------------------------------------------------------

def test_a_shorter_work_interval_moves_the_due_time() -> None:
    cycle = new_cycle()
    assert cycle.handle(ChangeSettings(at(600), Settings(work_minutes=20))) == []
    st = cycle.status(at(600))
    assert st.seconds_left == 600
    assert st.next_break_at == wall(1200)
    assert tick(cycle, 1139) == []
    assert tick(cycle, 1140) == [ShowNotice(60)]
    assert tick(cycle, 1200) == [SHOW]


def test_a_shorter_work_interval_already_over_starts_the_break_at_once() -> None:
    cycle = new_cycle()
    assert cycle.handle(ChangeSettings(at(1500), Settings(work_minutes=20))) == [SHOW]
    assert cycle.status(at(1500)).phase is Phase.ON_BREAK
    assert cycle.handle(Done(at(1560))) == [HideBreak(Outcome.COMPLETED),
                                            record(1500, 1500, 1560, Outcome.COMPLETED)]


def test_a_shorter_work_interval_inside_the_notice_window_gives_the_notice_at_once() -> None:
    cycle = new_cycle()
    assert cycle.handle(ChangeSettings(at(1150), Settings(work_minutes=20))) == [ShowNotice(50)]
    assert cycle.status(at(1150)).phase is Phase.PRE_BREAK


def test_a_longer_work_interval_during_the_notice_goes_back_to_working() -> None:
    cycle = new_cycle()
    assert tick(cycle, 2340) == [ShowNotice(60)]
    assert cycle.handle(ChangeSettings(at(2350), Settings(work_minutes=60))) == []
    st = cycle.status(at(2350))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 3600 - 2350
    assert tick(cycle, 2400) == []
    assert tick(cycle, 3540) == [ShowNotice(60)]


def test_a_shorter_break_applies_to_the_break_on_screen() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(ChangeSettings(at(2430), Settings(break_seconds=60))) == []
    assert cycle.status(at(2430)).break_seconds_left == 30
    assert tick(cycle, 2460) == [HideBreak(Outcome.COMPLETED),
                                 record(2400, 2400, 2460, Outcome.COMPLETED)]
    assert cycle.handle(ChangeSettings(at(2460), Settings(break_seconds=300))) == []
    assert tick(cycle, 4860) == [ShowBreak(300)]


def test_a_break_shortened_below_its_elapsed_time_ends_at_once() -> None:
    cycle = new_cycle(break_seconds=300)
    assert tick(cycle, 2400) == [ShowBreak(300)]
    assert cycle.handle(ChangeSettings(at(2500), Settings(break_seconds=60))) == [
        HideBreak(Outcome.COMPLETED), record(2400, 2400, 2500, Outcome.COMPLETED)]


def test_changing_an_unrelated_setting_after_a_skip_keeps_the_break_skipped() -> None:
    # Skip pushes the break to 4800 s; saving the settings dialog (here: sound off) must not
    # bring the skipped break back at 2400 s.
    cycle = new_cycle()
    assert cycle.handle(Skip(at(600))) == [record(2400, None, 600, Outcome.SKIPPED)]
    assert cycle.status(at(600)).seconds_left == 4200
    assert cycle.handle(ChangeSettings(at(700), Settings(sound=False))) == []
    assert cycle.status(at(700)).seconds_left == 4100
    assert tick(cycle, 2400) == []


# ---- sleep and clock jumps --------------------------------------------------------------------

def test_machine_sleep_counts_as_a_natural_break_and_starts_a_fresh_stretch() -> None:
    cycle = new_cycle()
    assert tick(cycle, 600) == []
    # two hours asleep: the wall clock moves on, the monotonic clock does not
    effects = tick(cycle, 600, wall_shift=7200)
    assert effects == [Record(BreakRecord(wall(2400), wall(600), wall(600, wall_shift=7200),
                                          Outcome.NATURAL, 0, ROUTINE))]
    st = cycle.status(at(600, wall_shift=7200))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 2400
    later = [tick(cycle, s, wall_shift=7200) for s in (2400, 2940, 3000, 3060)]
    assert later == [[], [ShowNotice(60)], [SHOW], []]


def test_waking_after_the_break_was_due_brings_no_overdue_break() -> None:
    cycle = new_cycle()
    assert tick(cycle, 2340) == [ShowNotice(60)]
    effects = tick(cycle, 2350, wall_shift=3 * 3600)
    assert effects == [Record(BreakRecord(wall(2400), wall(2340), wall(2350, wall_shift=10800),
                                          Outcome.NATURAL, 0, ROUTINE))]
    shows = [e for s in range(2350, 4800, 10)
             for e in tick(cycle, s, wall_shift=10800) if isinstance(e, ShowBreak)]
    assert shows == [SHOW]  # one break, 40 minutes after waking, never two


def test_sleeping_through_a_break_on_screen_hides_it_as_natural() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert tick(cycle, 2430) == []
    assert tick(cycle, 2430, wall_shift=3600) == [
        HideBreak(Outcome.NATURAL),
        Record(BreakRecord(wall(2400), wall(2400), wall(2430, wall_shift=3600),
                           Outcome.NATURAL, 0, ROUTINE))]
    assert cycle.status(at(2430, wall_shift=3600)).phase is Phase.WORKING


def test_sleep_shorter_than_a_break_is_not_a_break() -> None:
    cycle = new_cycle()
    assert tick(cycle, 600, wall_shift=119) == []
    st = cycle.status(at(600, wall_shift=119))
    assert st.phase is Phase.WORKING
    assert st.seconds_left == 1800


@pytest.mark.parametrize("command", [Done, Snooze], ids=["done", "snooze"])
def test_a_command_refused_after_a_sleep_keeps_the_natural_break_effects(
        command: type[Event]) -> None:
    # The break window is on screen when the machine sleeps; on waking, the first event is
    # the user pressing a button on that window. The sleep already ended the break, so the
    # command is refused - but the HideBreak and the NATURAL record must not be lost: the
    # window would stay up and the history would miss the break.
    cycle = new_cycle()
    to_break(cycle)
    assert tick(cycle, 2410) == []
    wake = at(2410, wall_shift=7200)
    effects: list[Effect] = cycle.handle(command(wake))
    assert [type(e) for e in effects] == [HideBreak, Record, Refusal]
    assert cycle.handle(Tick(wake)) == []
    assert cycle.status(wake).phase is Phase.WORKING


def test_wall_clock_jumping_back_does_not_change_the_countdown() -> None:
    cycle = new_cycle()
    assert tick(cycle, 600) == []
    assert tick(cycle, 600, wall_shift=-3600) == []
    st = cycle.status(at(600, wall_shift=-3600))
    assert st.seconds_left == 1800
    assert st.next_break_at == wall(2400, wall_shift=-3600)
    assert tick(cycle, 2339, wall_shift=-3600) == []
    assert tick(cycle, 2340, wall_shift=-3600) == [ShowNotice(60)]
    assert tick(cycle, 2400, wall_shift=-3600) == [SHOW]
    assert tick(cycle, 2520, wall_shift=-3600) == [
        HideBreak(Outcome.COMPLETED),
        record(2400, 2400, 2520, Outcome.COMPLETED, wall_shift=-3600)]


def test_wall_clock_jumping_back_does_not_stretch_a_break_on_screen() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert tick(cycle, 2460, wall_shift=-3600) == []
    assert cycle.status(at(2460, wall_shift=-3600)).break_seconds_left == 60
    assert tick(cycle, 2520, wall_shift=-3600)[0] == HideBreak(Outcome.COMPLETED)


def test_spring_dst_change_mid_stretch_does_not_shorten_or_stretch_it() -> None:
    # Europe/London, 2026-03-29: 01:00 GMT becomes 02:00 BST. The stretch starts at 00:30 GMT.
    start = datetime(2026, 3, 29, 0, 30, tzinfo=LONDON)
    cycle = new_cycle(start)
    assert wall(1800, start=start) == datetime(2026, 3, 29, 2, 0, tzinfo=LONDON)
    effects: list[Effect] = []
    for s in [*range(60, 2340, 60), 2340, 2399, 2400]:
        effects += tick(cycle, s, start=start)
        if s == 1800:
            st = cycle.status(at(s, start=start))
            assert st.seconds_left == 600
            assert utc(st.next_break_at) == datetime(2026, 3, 29, 1, 10, tzinfo=UTC)
    assert effects == [ShowNotice(60), SHOW]


def test_autumn_dst_change_mid_stretch_does_not_shorten_or_stretch_it() -> None:
    # Europe/London, 2026-10-25: 02:00 BST becomes 01:00 GMT. Start at 01:30 BST.
    start = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)
    cycle = new_cycle(start)
    due = cycle.status(at(0, start=start)).next_break_at
    assert utc(due) == datetime(2026, 10, 25, 1, 10, tzinfo=UTC)  # 01:10 GMT, the second one
    assert due is not None
    assert due.utcoffset() == timedelta(0)
    effects: list[Effect] = []
    for s in [*range(60, 2340, 60), 2340, 2399, 2400]:
        effects += tick(cycle, s, start=start)
    assert effects == [ShowNotice(60), SHOW]


def test_a_pause_across_the_autumn_dst_change_lasts_its_real_length() -> None:
    start = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON)  # 01:30 BST
    cycle = new_cycle(start)
    until = wall(2700, start=start)  # 45 minutes later: 01:15 GMT
    assert until.fold == 1
    assert cycle.handle(Pause(at(0, start=start), until)) == []
    assert tick(cycle, 1800, start=start) == []  # 01:00 GMT, "before" 01:30 on the dial
    assert cycle.status(at(1800, start=start)).phase is Phase.PAUSED
    assert tick(cycle, 2699, start=start) == []
    assert cycle.status(at(2699, start=start)).phase is Phase.PAUSED
    assert tick(cycle, 2700, start=start) == []
    assert cycle.status(at(2700, start=start)).phase is Phase.WORKING


# ---- status and the morning ------------------------------------------------------------------

def test_status_seconds_left_is_never_negative() -> None:
    working = new_cycle()
    st = working.status(at(9000))  # long past due, no Tick yet
    assert st.seconds_left == 0
    assert st.next_break_at == wall(9000)
    assert st.progress == 1.0

    on_break = new_cycle()
    to_break(on_break)
    st = on_break.status(at(9000))
    assert st.seconds_left == 0
    assert st.break_seconds_left == 0

    snoozed = new_cycle()
    to_break(snoozed)
    snoozed.handle(Snooze(at(2410)))
    assert snoozed.status(at(9000)).seconds_left == 0

    paused = new_cycle()
    paused.handle(Pause(at(0), wall(60)))
    assert paused.status(at(60 + 2400 + 500)).seconds_left == 0
    assert paused.status(at(10, wall_shift=-7200)).seconds_left == 7200 + 50 + 2400


@pytest.mark.parametrize(("now", "expected"), [
    # the night before the spring change: 04:00 BST on the 29th, 5 real hours later
    (datetime(2026, 3, 28, 22, 0, tzinfo=LONDON), datetime(2026, 3, 29, 4, 0, tzinfo=LONDON)),
    # after midnight but before 04:00: the same morning
    (datetime(2026, 3, 29, 0, 30, tzinfo=LONDON), datetime(2026, 3, 29, 4, 0, tzinfo=LONDON)),
    (datetime(2026, 3, 29, 3, 59, tzinfo=LONDON), datetime(2026, 3, 29, 4, 0, tzinfo=LONDON)),
    # at 04:00 exactly it is already "tomorrow"
    (datetime(2026, 3, 29, 4, 0, tzinfo=LONDON), datetime(2026, 3, 30, 4, 0, tzinfo=LONDON)),
    (datetime(2026, 10, 24, 23, 0, tzinfo=LONDON), datetime(2026, 10, 25, 4, 0, tzinfo=LONDON)),
    (datetime(2026, 10, 25, 1, 30, fold=1, tzinfo=LONDON),
     datetime(2026, 10, 25, 4, 0, tzinfo=LONDON)),
])
def test_morning_after(now: datetime, expected: datetime) -> None:
    result = morning_after(now)
    assert result == expected
    assert result.tzinfo is LONDON
    assert (result.hour, result.minute) == (4, 0)
    assert utc(result) == utc(expected)


def test_morning_after_across_dst_keeps_the_local_hour_not_the_real_length() -> None:
    spring = morning_after(datetime(2026, 3, 28, 22, 0, tzinfo=LONDON))
    assert spring.utcoffset() == timedelta(hours=1)
    assert utc(spring) - datetime(2026, 3, 28, 22, 0, tzinfo=UTC) == timedelta(hours=5)
    autumn = morning_after(datetime(2026, 10, 24, 23, 0, tzinfo=LONDON))
    assert autumn.utcoffset() == timedelta(0)
    assert utc(autumn) - datetime(2026, 10, 24, 22, 0, tzinfo=UTC) == timedelta(hours=6)


# ---- shutdown ---------------------------------------------------------------------------------

def test_shutdown_while_snoozed_records_snoozed() -> None:
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Snooze(at(2410))) == [HideBreak(None)]
    assert cycle.handle(Shutdown(at(2500))) == [
        record(2400, 2400, 2500, Outcome.SNOOZED, snoozes=1)]


def test_shutdown_while_snoozed_from_the_notice_has_no_start() -> None:
    cycle = new_cycle()
    assert tick(cycle, 2340) == [ShowNotice(60)]
    cycle.handle(Snooze(at(2345)))
    assert cycle.handle(Shutdown(at(2500))) == [
        record(2400, None, 2500, Outcome.SNOOZED, snoozes=1)]


def test_shutdown_while_working_records_nothing() -> None:
    cycle = new_cycle()
    assert cycle.handle(Shutdown(at(600))) == []


def test_shutdown_with_a_break_on_screen_records_it_missed() -> None:
    """It fell due and was not taken: leaving it out would raise the day's compliance."""
    cycle = new_cycle()
    to_break(cycle)
    assert cycle.handle(Shutdown(at(2450))) == [HideBreak(Outcome.MISSED),
                                                record(2400, 2400, 2450, Outcome.MISSED)]
